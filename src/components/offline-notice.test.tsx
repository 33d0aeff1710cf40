import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { DATASET_PATH } from '../../mocks/handlers/dataset';
import shipped from '../../public/data/dataset.json';
import { renderApp } from '../../test/render';
import { DATASET_CACHE_HEADER } from '../api/dataset-copy';
import { formatInstant } from '../lib/format';

const DAY = 86_400_000;

/** The dataset as the service worker answers it from its cache: marked, with the Date it was fetched. */
function answerFromCache(savedAt: Date) {
  server.use(
    http.get(`*${DATASET_PATH}`, () =>
      HttpResponse.json(shipped, { headers: { [DATASET_CACHE_HEADER]: 'hit', Date: savedAt.toUTCString() } }),
    ),
  );
}

const goOffline = () => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

async function notice() {
  await screen.findByRole('heading', { name: 'Resolutions at a glance' });
  return screen.getAllByRole('status').find((s) => s.classList.contains('offline-notice'))!;
}

describe('the saved-copy notice', () => {
  it('says nothing while the data comes from the network', async () => {
    renderApp();
    expect(await notice()).toBeEmptyDOMElement();
  });

  it('says offline, and when the copy shown was saved', async () => {
    const savedAt = new Date(Date.now() - 3 * DAY);
    answerFromCache(savedAt);
    goOffline();
    renderApp();
    expect(await notice()).toHaveTextContent(
      `Offline: showing the copy of the data saved on ${formatInstant('en', savedAt.toISOString())} (3 days ago).`,
    );
  });

  it('says the server could not be reached when the browser is online but got the saved copy', async () => {
    answerFromCache(new Date(Date.now() - 2 * 3_600_000));
    renderApp();
    expect(await notice()).toHaveTextContent(/^The server could not be reached: showing the copy of the data saved on .+ \(2 hours ago\)\.$/);
  });

  it('speaks the language on screen', async () => {
    answerFromCache(new Date(Date.now() - 3 * DAY));
    goOffline();
    renderApp('/?lang=fr');
    await screen.findByRole('heading', { name: 'Les résolutions en un coup d’œil' });
    const status = screen.getAllByRole('status').find((s) => s.classList.contains('offline-notice'))!;
    expect(within(status).getByText(/^Hors ligne.*enregistrée le .*2\d{3}.*\(il y a 3 jours\)\.$/)).toBeInTheDocument();
  });

  it('appears when the network drops after the data has loaded', async () => {
    renderApp();
    const status = await notice();
    expect(status).toBeEmptyDOMElement();
    goOffline();
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(status).toHaveTextContent(/^Offline: showing the copy of the data saved on .+ \(this minute\)\.$/);
  });
});
