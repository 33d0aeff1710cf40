import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { roleAllows, type Account, type Role } from '../../domain/workspace';
import { findSession, SESSION_COOKIE } from '../auth/sessions';
import type { Dataset } from '../../domain/types';
import type { Database } from '../db/database';
import type { EventHub } from '../events-hub';

export interface ServerOptions {
  db: Database;
  hub: EventHub;
  /** Reads (records and live events) without signing in: for publishing a dashboard. Off by default. */
  publicRead: boolean;
  /** Trust X-Forwarded-Proto/For from a proxy in front. */
  trustProxy: boolean;
  /** The shipped dataset, for what the server writes itself (the calendar). */
  dataset?: () => Promise<Dataset | null>;
}

export type AppEnv = { Variables: { account: Account | null; options: ServerOptions } };

/** Every error answers `{ error: { code, message } }`, plus whatever `extra` holds. */
export const fail = (c: Context, status: 400 | 401 | 403 | 404 | 409 | 410 | 412 | 428 | 429 | 500, code: string, message: string, extra: object = {}) =>
  c.json({ error: { code, message }, ...extra }, status);

/** Reads the session cookie into `account` (null when signed out). */
export const loadAccount: MiddlewareHandler<AppEnv> = async (c, next) => {
  const account = await findSession(c.var.options.db, getCookie(c, SESSION_COOKIE));
  c.set('account', account);
  await next();
};

/** No session: 401. A role below `needed`: 403. `publicRead` lets anyone through a viewer's door. */
export function requireRole(needed: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { account } = c.var;
    if (!account) {
      if (needed === 'viewer' && c.var.options.publicRead) return next();
      return fail(c, 401, 'signed-out', 'Sign in to use the team workspace.');
    }
    if (!roleAllows(account.role, needed))
      return fail(c, 403, 'forbidden', `Your role (${account.role}) does not allow this; it needs ${needed}.`);
    return next();
  };
}

export const isHttps = (c: Context<AppEnv>) =>
  new URL(c.req.url).protocol === 'https:' ||
  (c.var.options.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https');
