import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { initI18n } from '../lib/i18n';
import { RouteErrorBoundary } from './route-error';

/** A view that crashes at /broken, as a view with a bug (or code that failed to load) would. */
function View() {
  if (useLocation().pathname === '/broken') throw new Error('The view broke');
  return <p>The overview</p>;
}

function Page() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => void navigate(-1)}>Back</button>
      <RouteErrorBoundary location={location.key}>
        <View />
      </RouteErrorBoundary>
    </>
  );
}

describe('a view that crashes', () => {
  it('says so with the error and a way back to the overview, and the page comes back once the reader goes elsewhere', async () => {
    // React reports the error it caught; the page, not the log, is what this test reads.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={initI18n('en')}>
        <MemoryRouter initialEntries={['/', '/broken']} initialIndex={1}>
          <Page />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The view broke');
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('The overview')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
