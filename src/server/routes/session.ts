import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { signInSchema } from '../../domain/workspace';
import { findAccountByEmail } from '../auth/accounts';
import { clearFailures, LOGIN_LIMIT, recordFailure, tooManyFailures } from '../auth/login-limit';
import { dummyHash, verifyPassword } from '../auth/passwords';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_DAYS } from '../auth/sessions';
import { fail, isHttps, type AppEnv } from '../http/context';

export const WRONG_CREDENTIALS = 'Wrong email or password.';

function clientAddress(c: Context<AppEnv>): string {
  if (c.var.options.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const sessionRoutes = new Hono<AppEnv>()
  .get('/', (c) => {
    const { account, options } = c.var;
    if (!account) return fail(c, 401, 'signed-out', 'Nobody is signed in.', { publicRead: options.publicRead });
    return c.json({ user: account, publicRead: options.publicRead });
  })
  .post('/', async (c) => {
    const { db } = c.var.options;
    const parsed = signInSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return fail(c, 400, 'invalid-body', 'Send JSON with an email and a password.');
    const { email, password } = parsed.data;
    const ip = clientAddress(c);
    if (await tooManyFailures(db, email, ip)) {
      c.header('Retry-After', String(LOGIN_LIMIT.windowMinutes * 60));
      return fail(c, 429, 'too-many-attempts', `Too many failed sign-ins. Try again in ${LOGIN_LIMIT.windowMinutes} minutes.`);
    }
    const row = await findAccountByEmail(db, email);
    const ok = await verifyPassword(row?.password_hash ?? (await dummyHash()), password);
    if (!row || !ok || row.disabled_at !== null) {
      await recordFailure(db, email, ip);
      return fail(c, 401, 'wrong-credentials', WRONG_CREDENTIALS);
    }
    await clearFailures(db, email);
    const token = await createSession(db, row.id);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      maxAge: SESSION_DAYS * 24 * 3600,
    });
    c.header('Cache-Control', 'no-store');
    return c.body(null, 204);
  })
  .delete('/', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (!c.var.account || !token) return fail(c, 401, 'signed-out', 'Nobody is signed in.');
    await deleteSession(c.var.options.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
    return c.body(null, 204);
  });
