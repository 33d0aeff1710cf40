import { calendarApiPaths, calendarFeedResponseSchema, type CalendarFeedRequest } from '../domain/calendar-contract';
import type { z } from 'zod';
import type { UserRecord } from '../domain/records';
import {
  auditListSchema,
  type AuditEntry,
  conflictBodySchema,
  sessionResponseSchema,
  workspaceListSchema,
  workspaceRecordResponseSchema,
  type SessionResponse,
  type SignIn,
  type WorkspaceRecord,
} from '../domain/workspace';
import type { Delivery, WorkspaceOp } from '../domain/workspace-outbox';
import { apiErrorBodySchema, recordsApiPaths } from '../domain/records-contract';

/** Every request gives up after this long: a hanging server never freezes the app. */
export const REQUEST_TIMEOUT_MS = 10_000;

export class WorkspaceApiError extends Error {
  override name = 'WorkspaceApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
    readonly body: unknown,
  ) {
    super(message);
  }
  get retryable() {
    return this.status === undefined || this.status >= 500 || this.status === 429 || this.status === 401;
  }
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The team workspace's API (src/server/), same origin, session cookie, a timeout on every request. */
export function createWorkspaceClient(base = '', fetchImpl: Fetch = (input, init) => fetch(input, init), timeoutMs = REQUEST_TIMEOUT_MS) {
  const root = base.replace(/\/+$/, '');
  async function send(path: string, init: RequestInit & { json?: unknown; version?: number } = {}): Promise<Response> {
    const { json, version, ...rest } = init;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    if (version !== undefined) headers['If-Match'] = `"${version}"`;
    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}`, {
        ...rest,
        headers,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(timeoutMs),
        ...(json !== undefined && { body: JSON.stringify(json) }),
      });
    } catch (cause) {
      const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
      throw new WorkspaceApiError(timedOut ? 'The server did not answer in time.' : 'The server could not be reached.', undefined, timedOut ? 'timeout' : 'network', undefined);
    }
    if (response.ok) return response;
    const body: unknown = await response.json().catch(() => undefined);
    const error = apiErrorBodySchema.safeParse(body);
    throw new WorkspaceApiError(
      error.success ? error.data.error.message : `The server answered ${response.status}.`,
      response.status,
      error.success ? error.data.error.code : undefined,
      body,
    );
  }
  async function read<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new WorkspaceApiError('The server sent an answer this app does not understand.', response.status, 'invalid-response', undefined);
    return parsed.data;
  }

  const client = {
    /** Who is signed in (user null: nobody), and whether the workspace may be read signed out. */
    async session(): Promise<{ user: SessionResponse['user'] | null; publicRead: boolean }> {
      try {
        return await read(await send('/api/session'), sessionResponseSchema);
      } catch (error) {
        if (error instanceof WorkspaceApiError && error.status === 401) {
          const body = error.body as { publicRead?: unknown } | undefined;
          return { user: null, publicRead: body?.publicRead === true };
        }
        throw error;
      }
    },
    async signIn(credentials: SignIn): Promise<void> {
      await send('/api/session', { method: 'POST', json: credentials });
    },
    async signOut(): Promise<void> {
      await send('/api/session', { method: 'DELETE' });
    },
    /** The newest entries of the audit log (admins only). */
    async audit(): Promise<AuditEntry[]> {
      return (await read(await send('/api/audit'), auditListSchema)).entries;
    },
    async list(): Promise<WorkspaceRecord[]> {
      return (await read(await send(recordsApiPaths.collection()), workspaceListSchema)).records;
    },
    async create(record: UserRecord): Promise<WorkspaceRecord> {
      return (await read(await send(recordsApiPaths.collection(), { method: 'POST', json: record }), workspaceRecordResponseSchema)).record;
    },
    async update(record: UserRecord, version: number): Promise<WorkspaceRecord> {
      return (await read(await send(recordsApiPaths.record(record.id), { method: 'PUT', json: record, version }), workspaceRecordResponseSchema)).record;
    },
    async remove(id: string, version: number): Promise<void> {
      await send(recordsApiPaths.record(id), { method: 'DELETE', version });
    },
    /** A new private calendar address for the signed-in person (the previous one stops working). */
    async calendarFeed(request: CalendarFeedRequest): Promise<string> {
      return (await read(await send(calendarApiPaths.feed(), { method: 'POST', json: request }), calendarFeedResponseSchema)).url;
    },
    /** Sends one outbox op and says how it went, conflicts with the server's version. */
    async deliver(op: WorkspaceOp, knownVersion: number | undefined): Promise<Delivery> {
      const version = op.baseVersion ?? knownVersion;
      try {
        if (op.type === 'create') return { outcome: 'done', version: (await client.create(op.record!)).version };
        if (version === undefined) return { outcome: 'failed', message: 'This change has no version to send.', retryable: false };
        if (op.type === 'update') return { outcome: 'done', version: (await client.update(op.record!, version)).version };
        await client.remove(op.id, version);
        return { outcome: 'done' };
      } catch (error) {
        if (!(error instanceof WorkspaceApiError)) throw error;
        // Already gone (perhaps by an earlier try whose answer was lost): what the person wanted.
        if (op.type === 'delete' && error.status === 404) return { outcome: 'done' };
        // A create taken before (its answer was lost) whose record someone deleted since: done too.
        if (op.type === 'create' && error.status === 410) return { outcome: 'done' };
        if (error.status === 409 || error.status === 412 || (error.status === 404 && op.type === 'update')) {
          const conflict = conflictBodySchema.safeParse(error.body);
          return { outcome: 'conflict', current: conflict.success ? conflict.data.current : null, message: error.message };
        }
        return { outcome: 'failed', message: error.message, retryable: error.retryable };
      }
    },
  };
  return client;
}

export type WorkspaceClient = ReturnType<typeof createWorkspaceClient>;
