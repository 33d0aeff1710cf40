import { z } from 'zod';
import { userRecordSchema } from './records';

/**
 * The records REST contract, the one place both the client and the mock server read it from.
 *
 *   GET    /api/records       → 200 { records: UserRecord[] }
 *   POST   /api/records       body UserRecord → 201 { record }    409 if the id exists
 *   PUT    /api/records/:id   body UserRecord → 200 { record }    404 unknown id, 400 if body id ≠ :id
 *   DELETE /api/records/:id   → 204 (no body)                     404 unknown id
 *
 * Bodies are checked with `userRecordSchema`; an invalid one is a 400. Every error answers
 * JSON `{ error: { code, message } }` with a code from RECORDS_ERROR_CODES.
 */
export const RECORDS_API_PATH = '/api/records';

/** Typed path builders, relative to the server's base URL. */
export const recordsApiPaths = {
  collection: () => RECORDS_API_PATH,
  record: (id: string) => `${RECORDS_API_PATH}/${encodeURIComponent(id)}`,
} as const;

export const RECORDS_ERROR_CODES = {
  invalidBody: 'invalid-body',
  idMismatch: 'id-mismatch',
  notFound: 'not-found',
  conflict: 'conflict',
  internal: 'internal',
} as const;

export type RecordsErrorCode = (typeof RECORDS_ERROR_CODES)[keyof typeof RECORDS_ERROR_CODES];

/** GET /api/records */
export const listRecordsResponseSchema = z.object({ records: z.array(userRecordSchema) });
/** POST /api/records (201) and PUT /api/records/:id (200) */
export const recordResponseSchema = z.object({ record: userRecordSchema });
/** Any 4xx or 5xx. `code` stays a plain string so a newer server's codes still parse. */
export const apiErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type ListRecordsResponse = z.infer<typeof listRecordsResponseSchema>;
export type RecordResponse = z.infer<typeof recordResponseSchema>;
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
