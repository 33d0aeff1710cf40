import { render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { datasetFailures, DATASET_PATH } from '../../mocks/handlers/dataset';
import shipped from '../../public/data/dataset.json';
import { renderApp, routerAt } from '../../test/render';
import { App } from './app';

describe('the dashboard', () => {
  it('shows a loading state, then the resolutions from the dataset', async () => {
    renderApp();
    expect(screen.getByText(/Loading the dataset/)).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('heading', { name: 'Resolutions at a glance' })).toBeInTheDocument();
    const cards = screen.getByRole('list', { name: 'Resolutions' });
    expect(within(cards).getAllByRole('heading').map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Resolution 292/NQ-CP', 'Resolution 57', 'Resolution 59', 'Resolution 56', 'Resolution 68']),
    );
  });

  it('shows the error and a retry when the dataset fails, and recovers on retry', async () => {
    server.use(datasetFailures.serverError);
    const { user } = renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Resolutions at a glance' })).toBeInTheDocument();
  });

  it('says when the network is down', async () => {
    server.use(datasetFailures.networkError);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('The network did not answer');
  });

  it('filters every view by resolution', async () => {
    const { user, location } = renderApp();
    await user.click(await screen.findByRole('checkbox', { name: 'Resolution 57' }));
    const cards = screen.getByRole('list', { name: 'Resolutions' });
    expect(within(cards).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Resolution 57']);
    expect(screen.getByRole('region', { name: 'Numeric targets' })).toHaveTextContent('No numeric target for these filters.');
    expect(location().search).toContain('res=r57');
  });

  it('shows untrusted text as text, never as HTML', async () => {
    const hostile = structuredClone(shipped);
    hostile.resolutions[0]!.title.en = '<img src=x onerror=alert(1)>';
    server.use(http.get(`*${DATASET_PATH}`, () => HttpResponse.json(hostile)));
    const { container } = renderApp();
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('switches the interface to French, with dates formatted for French', async () => {
    const { user } = renderApp();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'fr');
    expect(await screen.findByRole('heading', { name: 'Prochaines échéances' })).toBeInTheDocument();
    expect(screen.getAllByText(/25 septembre 2025/).length).toBeGreaterThan(0);
  });

  it('starts in StrictMode, as `npm run dev` runs it, whatever its onLive callback returns', async () => {
    // main.tsx's callback once returned the value it assigned; as an effect's return value that
    // is "not a function" the moment StrictMode replays the effect, and the page went blank.
    const onLive = vi.fn(() => 'rendered' as unknown as void);
    render(
      <StrictMode>
        <App onLive={onLive} Router={routerAt('/?lang=en')} />
      </StrictMode>,
    );
    expect(await screen.findByRole('heading', { name: 'Next deadlines' })).toBeInTheDocument();
    expect(onLive).toHaveBeenCalled();
  });
});
