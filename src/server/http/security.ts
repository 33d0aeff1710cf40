import type { MiddlewareHandler } from 'hono';
import { CONTENT_SECURITY_POLICY } from '../../config/content-security-policy';
import { fail, type AppEnv } from './context';


export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request sent by a page of another origin is refused (403), whatever cookie it
 * carries: the browser says where it comes from in Origin (or Sec-Fetch-Site). Tools that send
 * neither (curl, scripts) still need a session.
 */
export const sameOriginWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const origin = c.req.header('origin');
  const host = (c.var.options.trustProxy && c.req.header('x-forwarded-host')) || new URL(c.req.url).host;
  const foreign = origin
    ? origin === 'null' || safeHost(origin) !== host
    : ['cross-site', 'same-site'].includes(c.req.header('sec-fetch-site') ?? '');
  if (foreign) return fail(c, 403, 'cross-origin', 'Requests from another site are refused.');
  return next();
};

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
