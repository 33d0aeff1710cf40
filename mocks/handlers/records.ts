import { http, HttpResponse } from 'msw';
import { userRecordSchema, type UserRecord } from '../../src/domain/records';
import {
  RECORDS_API_PATH,
  RECORDS_ERROR_CODES,
  type ApiErrorBody,
  type ListRecordsResponse,
  type RecordResponse,
  type RecordsErrorCode,
} from '../../src/domain/records-contract';

/** The records server of src/domain/records-contract.ts, in memory. */
const db = new Map<string, UserRecord>();

/** Empties the server; call it in a beforeEach. */
export function resetRecordsDb() {
  db.clear();
}

/** Puts records on the server, as if another browser had sent them. */
export function seedRecordsDb(records: readonly UserRecord[]) {
  for (const record of records) db.set(record.id, userRecordSchema.parse(record));
}

const collection = `*${RECORDS_API_PATH}`;
const single = `*${RECORDS_API_PATH}/:id`;

const fail = (status: number, code: RecordsErrorCode, message: string) =>
  HttpResponse.json<ApiErrorBody>({ error: { code, message } }, { status });

/** The body as a valid record, or the 400 to answer. */
async function readRecord(request: Request): Promise<UserRecord | Response> {
  const json: unknown = await request.json().catch(() => undefined);
  const parsed = userRecordSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  return fail(400, RECORDS_ERROR_CODES.invalidBody, message);
}

export const recordsHandlers = [
  http.get(collection, () => HttpResponse.json<ListRecordsResponse>({ records: [...db.values()] })),

  http.post(collection, async ({ request }) => {
    const record = await readRecord(request);
    if (record instanceof Response) return record;
    if (db.has(record.id)) return fail(409, RECORDS_ERROR_CODES.conflict, `Record ${record.id} already exists.`);
    db.set(record.id, record);
    return HttpResponse.json<RecordResponse>({ record }, { status: 201 });
  }),

  http.put<{ id: string }>(single, async ({ request, params }) => {
    const record = await readRecord(request);
    if (record instanceof Response) return record;
    if (record.id !== params.id)
      return fail(400, RECORDS_ERROR_CODES.idMismatch, `The body's id ${record.id} is not ${params.id}.`);
    if (!db.has(params.id)) return fail(404, RECORDS_ERROR_CODES.notFound, `No record ${params.id}.`);
    db.set(record.id, record);
    return HttpResponse.json<RecordResponse>({ record });
  }),

  http.delete<{ id: string }>(single, ({ params }) => {
    if (!db.delete(params.id)) return fail(404, RECORDS_ERROR_CODES.notFound, `No record ${params.id}.`);
    return new HttpResponse(null, { status: 204 });
  }),
];

/** Every records endpoint, for the failures below. */
const anyRecordsUrl = `*${RECORDS_API_PATH}*`;

/** Failure cases for every records endpoint, added per test with `server.use(...)`. */
export const recordsFailures = {
  serverError: http.all(anyRecordsUrl, () => fail(500, RECORDS_ERROR_CODES.internal, 'The records server failed.')),
  networkError: http.all(anyRecordsUrl, () => HttpResponse.error()),
  badRequest: http.all(anyRecordsUrl, () => fail(400, RECORDS_ERROR_CODES.invalidBody, 'The record is not valid.')),
  invalidResponse: http.all(anyRecordsUrl, () => HttpResponse.json({ unexpected: true })),
};
