import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from './auth/accounts';
import { LOGIN_LIMIT } from './auth/login-limit';
import { WRONG_CREDENTIALS } from './routes/session';
import { createTestWorkspace, ORIGIN, PASSWORD, sessionCookie, type TestWorkspace } from '../../test/server/workspace-fixture';

describe('sign-in, session and sign-out (PGlite)', () => {
  let ws: TestWorkspace & { drop: () => Promise<void> };
  beforeAll(async () => {
    ws = await createTestWorkspace('pglite');
    await createAccount(ws.db, { email: 'lan@example.org', role: 'editor', password: PASSWORD, name: 'Nguyễn Thị Lan' });
  });
  afterAll(() => ws.drop());

  const signIn = (email: string, password: string, url = ORIGIN) =>
    ws.app.request(`${url}/api/session`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('signs in with 204 and an HttpOnly, SameSite=Lax session cookie; GET /api/session says who', async () => {
    const response = await signIn('Lan@Example.org', PASSWORD);
    expect(response.status).toBe(204);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^pt_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const session = await ws.request('/api/session', { cookie: sessionCookie(response) });
    expect(await session.json()).toEqual({
      user: { id: expect.any(Number), email: 'lan@example.org', name: 'Nguyễn Thị Lan', role: 'editor' },
      publicRead: false,
    });
  });

  it('marks the cookie Secure under https', async () => {
    const response = await signIn('lan@example.org', PASSWORD, 'https://workspace.test');
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it('answers a wrong password and an unknown email alike: 401, the same message', async () => {
    const wrong = await signIn('lan@example.org', 'not the password');
    const unknown = await signIn('nobody@example.org', 'not the password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(await (await signIn('nobody@example.org', 'x')).json()).toMatchObject({ error: { message: WRONG_CREDENTIALS } });
  });

  it('signs out: the session is gone on the server, not only the cookie', async () => {
    const cookie = sessionCookie(await signIn('lan@example.org', PASSWORD));
    const out = await ws.request('/api/session', { method: 'DELETE', cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/pt_session=;.*Max-Age=0/);
    expect((await ws.request('/api/session', { cookie })).status).toBe(401);
    expect((await ws.request('/api/records', { cookie })).status).toBe(401);
  });

  it('refuses sign-ins after repeated failures for an email, even with the right password (429)', async () => {
    await createAccount(ws.db, { email: 'target@example.org', role: 'viewer', password: PASSWORD });
    for (let i = 0; i < LOGIN_LIMIT.perEmail; i++) expect((await signIn('target@example.org', `guess ${i}`)).status).toBe(401);
    const limited = await signIn('target@example.org', PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(String(LOGIN_LIMIT.windowMinutes * 60));
    expect(await limited.json()).toMatchObject({ error: { message: expect.stringContaining('Too many failed sign-ins') } });
  });

  it('sends the security headers on every answer', async () => {
    const response = await ws.request('/api/session');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });
});
