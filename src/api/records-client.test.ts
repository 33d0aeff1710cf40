import { http, HttpResponse } from 'msw';
import { recordsFailures, resetRecordsDb, seedRecordsDb } from '../../mocks/handlers/records';
import { server } from '../../mocks/node';
import type { FigureRecord } from '../domain/records';
import { createHttpRecordsRepository, RecordsApiError } from './records-client';
import { RECORDS_API_PATH } from '../domain/records-contract';

const figure = (id: string, over: Partial<FigureRecord> = {}): FigureRecord => ({
  id,
  kind: 'figure',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  targetId: 'tg-forest-cover',
  value: 42,
  asOf: '2026-01-01',
  source: { text: 'Ministry report', url: 'https://example.org/report' },
  ...over,
});

/** The RecordsApiError a call rejects with (fails the test when it resolves). */
async function rejection(call: Promise<unknown>): Promise<RecordsApiError> {
  const error: unknown = await call.then(
    () => expect.fail('expected the call to reject'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RecordsApiError);
  return error as RecordsApiError;
}

const repo = createHttpRecordsRepository();

beforeEach(() => resetRecordsDb());

describe('the HTTP records repository against the contract', () => {
  it('creates, lists, updates and removes records', async () => {
    expect(await repo.list()).toEqual([]);

    const created = await repo.create(figure('u-fig-1'));
    expect(created).toEqual(figure('u-fig-1'));
    await repo.create(figure('u-fig-2', { value: 7 }));

    const changed = figure('u-fig-1', { value: 50, updatedAt: '2026-02-01T00:00:00.000Z', note: 'revised' });
    expect(await repo.update(changed)).toEqual(changed);
    expect(await repo.list()).toEqual([changed, figure('u-fig-2', { value: 7 })]);

    await repo.remove('u-fig-2');
    expect(await repo.list()).toEqual([changed]);
  });

  it('works against an absolute base URL with a trailing slash', async () => {
    const remote = createHttpRecordsRepository('https://records.example.org/');
    seedRecordsDb([figure('u-fig-1')]);
    expect(await remote.list()).toEqual([figure('u-fig-1')]);
  });

  it('treats creating a record the server already has, identical, as done', async () => {
    seedRecordsDb([figure('u-fig-1')]);
    expect(await repo.create({ ...figure('u-fig-1'), note: undefined })).toEqual(figure('u-fig-1'));
    expect(await repo.list()).toHaveLength(1);
  });

  it('refuses to create over a different record with the same id', async () => {
    seedRecordsDb([figure('u-fig-1')]);
    const error = await rejection(repo.create(figure('u-fig-1', { value: 1 })));
    expect(error).toMatchObject({ kind: 'client', status: 409, code: 'conflict', retryable: false });
    expect(await repo.list()).toEqual([figure('u-fig-1')]);
  });

  it('reports an unknown record as a client error that retrying will not fix', async () => {
    expect(await rejection(repo.update(figure('u-missing')))).toMatchObject({
      kind: 'client',
      status: 404,
      code: 'not-found',
      retryable: false,
    });
    expect(await rejection(repo.remove('u-missing'))).toMatchObject({ kind: 'client', status: 404, retryable: false });
  });

  it('reports an invalid record as a 400 with the server message', async () => {
    const invalid = figure('u-fig-1', { value: -1 });
    const error = await rejection(repo.create(invalid));
    expect(error).toMatchObject({ kind: 'client', status: 400, code: 'invalid-body', retryable: false });
    expect(error.message).toMatch(/value/);
    expect(await repo.list()).toEqual([]);
  });

  it('rejects an update whose body is for another record', async () => {
    seedRecordsDb([figure('u-fig-1')]);
    const mismatched = await fetch(`${RECORDS_API_PATH}/u-fig-1`, { method: 'PUT', body: JSON.stringify(figure('u-fig-2')) });
    expect(mismatched.status).toBe(400);
    expect(await mismatched.json()).toMatchObject({ error: { code: 'id-mismatch' } });
    expect(await repo.list()).toEqual([figure('u-fig-1')]);
  });

  it('reports a server failure as retryable', async () => {
    server.use(recordsFailures.serverError);
    expect(await rejection(repo.list())).toMatchObject({ kind: 'server', status: 500, retryable: true });
    expect(await rejection(repo.create(figure('u-fig-1')))).toMatchObject({ kind: 'server', retryable: true });
  });

  it('reports rate limiting as a retryable client error', async () => {
    server.use(http.all(`*${RECORDS_API_PATH}*`, () => new HttpResponse('Slow down', { status: 429 })));
    const error = await rejection(repo.list());
    expect(error).toMatchObject({ kind: 'client', status: 429, retryable: true });
    expect(error.message).toMatch(/429/);
  });

  it('reports an unreachable server as a retryable network error', async () => {
    server.use(recordsFailures.networkError);
    const error = await rejection(repo.remove('u-fig-1'));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(error.status).toBeUndefined();
  });

  it('reports an answer outside the contract as an invalid response', async () => {
    server.use(recordsFailures.invalidResponse);
    expect(await rejection(repo.list())).toMatchObject({ kind: 'invalid-response', status: 200, retryable: false });
    expect(await rejection(repo.update(figure('u-fig-1')))).toMatchObject({ kind: 'invalid-response' });
  });

  it('passes a bad request through as a client error', async () => {
    server.use(recordsFailures.badRequest);
    expect(await rejection(repo.list())).toMatchObject({ kind: 'client', status: 400, retryable: false });
  });
});
