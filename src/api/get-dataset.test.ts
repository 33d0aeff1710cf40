import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { DATASET_PATH, datasetFailures } from '../../mocks/handlers/dataset';
import shipped from '../../public/data/dataset.json';
import { DatasetError } from '../domain/dataset-error';
import { fetchDataset } from './get-dataset';

const url = `http://localhost${DATASET_PATH}`;

async function failure(): Promise<DatasetError> {
  const error = await fetchDataset(url).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe('fetchDataset (jsdom has no Worker: the in-page path)', () => {
  it('loads and validates the shipped dataset', async () => {
    const loaded = await fetchDataset(url);
    expect(loaded.dataset.title).toEqual(shipped.title);
    expect(loaded.copy.fromCache).toBe(false);
  });

  it('says when the file is not JSON', async () => {
    server.use(http.get(`*${DATASET_PATH}`, () => new HttpResponse('<html>oops', { headers: { 'Content-Type': 'text/html' } })));
    expect(await failure()).toMatchObject({ message: 'The dataset is not valid JSON.', code: 'not-json' });
  });

  it('lists what does not match the schema', async () => {
    server.use(datasetFailures.malformed);
    const error = await failure();
    expect(error).toMatchObject({ message: 'The dataset does not match its schema.', code: 'schema' });
    expect(error.issues).toContain('updatedOn: Invalid input: expected string, received undefined');
  });

  it('names a newer schema version and a dangling reference', async () => {
    server.use(http.get(`*${DATASET_PATH}`, () => HttpResponse.json({ ...shipped, schemaVersion: 99 })));
    expect(await failure()).toMatchObject({ message: 'The dataset uses schema version 99; this app reads up to 1.', code: 'version' });
    const dangling = { ...shipped, commitments: [{ ...shipped.commitments[0]!, resolutionId: 'nowhere' }] };
    server.use(http.get(`*${DATASET_PATH}`, () => HttpResponse.json(dangling)));
    const error = await failure();
    expect(error).toMatchObject({ message: 'The dataset has broken references.', code: 'references' });
    expect(error.issues[0]).toMatch(/belongs to unknown resolution nowhere$/);
  });

  it('says when the server answers with an error or cannot be reached', async () => {
    server.use(datasetFailures.serverError);
    expect(await failure()).toMatchObject({ message: 'The server answered 500.', code: 'http' });
    server.use(datasetFailures.networkError);
    expect(await failure()).toMatchObject({ message: 'The dataset could not be reached.', code: 'network' });
  });

  it('says a download that breaks off could not be reached, not that the file is bad', async () => {
    const broken = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1, '));
          controller.error(new TypeError('network error'));
        },
      });
    server.use(http.get(`*${DATASET_PATH}`, () => new HttpResponse(broken(), { headers: { 'Content-Type': 'application/json' } })));
    expect(await failure()).toMatchObject({ message: 'The dataset could not be reached.', code: 'network' });
  });
});
