import { http, HttpResponse, delay } from 'msw';
import dataset from '../../public/data/dataset.json';

/** Where the app fetches the published dataset from (relative to the app's base URL). */
export const DATASET_PATH = '/data/dataset.json';

export const datasetHandlers = [http.get(`*${DATASET_PATH}`, () => HttpResponse.json(dataset))];

/** Failure cases, added per test with `server.use(...)` or in dev with `?mock=...`. */
export const datasetFailures = {
  serverError: http.get(`*${DATASET_PATH}`, () => new HttpResponse('Internal error', { status: 500 })),
  networkError: http.get(`*${DATASET_PATH}`, () => HttpResponse.error()),
  malformed: http.get(`*${DATASET_PATH}`, () => HttpResponse.json({ schemaVersion: 1, title: 'broken' })),
  slow: http.get(`*${DATASET_PATH}`, async () => {
    await delay('infinite');
    return HttpResponse.json(dataset);
  }),
};
