import type { z } from 'zod';
import type { UserRecord } from '../domain/records';
import {
  apiErrorBodySchema,
  listRecordsResponseSchema,
  recordResponseSchema,
  recordsApiPaths,
} from '../domain/records-contract';

/** Where user records live: today the browser, maybe a shared server later. */
export interface RecordsRepository {
  list(): Promise<UserRecord[]>;
  create(record: UserRecord): Promise<UserRecord>;
  update(record: UserRecord): Promise<UserRecord>;
  remove(id: string): Promise<void>;
}

export type RecordsApiErrorKind = 'network' | 'client' | 'server' | 'invalid-response';

export class RecordsApiError extends Error {
  override name = 'RecordsApiError';
  readonly kind: RecordsApiErrorKind;
  readonly status?: number;
  /** The contract's error code, when the server sent one. */
  readonly code?: string;
  /** Whether sending the same request again later may succeed. */
  readonly retryable: boolean;

  constructor(
    message: string,
    details: { kind: RecordsApiErrorKind; status?: number; code?: string; retryable: boolean; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.kind = details.kind;
    this.status = details.status;
    this.code = details.code;
    this.retryable = details.retryable;
  }
}

export function createHttpRecordsRepository(baseUrl = ''): RecordsRepository {
  const root = baseUrl.replace(/\/+$/, '');

  const repository: RecordsRepository = {
    async list() {
      const response = await send(`${root}${recordsApiPaths.collection()}`, { method: 'GET' });
      return (await read(response, listRecordsResponseSchema)).records;
    },
    async create(record) {
      try {
        const response = await send(`${root}${recordsApiPaths.collection()}`, { method: 'POST', body: record });
        return (await read(response, recordResponseSchema)).record;
      } catch (error) {
        // A retry of a create that did reach the server: the same record already there is a success.
        if (!(error instanceof RecordsApiError) || error.status !== 409) throw error;
        const existing = (await repository.list()).find((r) => r.id === record.id);
        if (existing && sameJson(existing, record)) return existing;
        throw error;
      }
    },
    async update(record) {
      const response = await send(`${root}${recordsApiPaths.record(record.id)}`, { method: 'PUT', body: record });
      return (await read(response, recordResponseSchema)).record;
    },
    async remove(id) {
      await send(`${root}${recordsApiPaths.record(id)}`, { method: 'DELETE' });
    },
  };
  return repository;
}

async function send(url: string, { method, body }: { method: string; body?: UserRecord }): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body ? { Accept: 'application/json', 'Content-Type': 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (cause) {
    throw new RecordsApiError('The records server could not be reached.', { kind: 'network', retryable: true, cause });
  }
  if (!response.ok) throw await httpError(response);
  return response;
}

async function httpError(response: Response): Promise<RecordsApiError> {
  const { status } = response;
  const body = apiErrorBodySchema.safeParse(await response.json().catch(() => undefined));
  const error = body.success ? body.data.error : undefined;
  return new RecordsApiError(error?.message ?? `The records server answered ${status}.`, {
    kind: status >= 500 ? 'server' : status >= 400 ? 'client' : 'invalid-response',
    status,
    code: error?.code,
    retryable: status >= 500 || status === 429,
  });
}

async function read<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new RecordsApiError('The records server sent an answer this app does not understand.', {
    kind: 'invalid-response',
    status: response.status,
    retryable: false,
    cause: parsed.error,
  });
}

/** Deep equality of JSON values; a key holding `undefined` counts as absent. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const entries = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const ea = entries(a);
  const eb = new Map(entries(b));
  return ea.length === eb.size && ea.every(([k, v]) => eb.has(k) && sameJson(v, eb.get(k)));
}
