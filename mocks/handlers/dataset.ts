import { http, HttpResponse, delay } from 'msw';

/** Where the app fetches the published dataset from (relative to the app's base URL). */
export const DATASET_PATH = '/data/dataset.json';

/**
 * Failure cases, added per test with `server.use(...)` or in development with `?mock=...`. They
 * never serve the file itself: in the browser the dev server does (the file is in `public/`,
 * which Vite serves but will not bundle), in the unit tests `dataset-file.ts`.
 */
export const datasetFailures = {
  serverError: http.get(`*${DATASET_PATH}`, () => new HttpResponse('Internal error', { status: 500 })),
  networkError: http.get(`*${DATASET_PATH}`, () => HttpResponse.error()),
  malformed: http.get(`*${DATASET_PATH}`, () => HttpResponse.json({ schemaVersion: 1, title: 'broken' })),
  slow: http.get(`*${DATASET_PATH}`, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
};
