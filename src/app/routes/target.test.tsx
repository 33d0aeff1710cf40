import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';

describe('the target page', () => {
  it('shows the targets, says no figure is recorded, and offers the data table', async () => {
    const { user } = renderApp('/targets/agencies-abroad?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vietnamese representative agencies abroad' })).toBeInTheDocument();
    expect(screen.getByText(/No figure has been recorded for this target yet/)).toBeInTheDocument();
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('about 115 agencies by 2030; about 150 agencies by 2045. No figure recorded yet.');
    await user.click(within(figure).getByRole('button', { name: 'Show data table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(expect.arrayContaining([expect.stringContaining('about 115'), expect.stringContaining('about 150')]));
  });

  it('says so when the target does not exist', async () => {
    renderApp('/targets/nope?lang=en');
    expect(await screen.findByRole('heading', { name: 'This page does not exist.' })).toBeInTheDocument();
  });
});
