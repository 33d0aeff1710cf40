import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AUDIT_CSV_COLUMNS } from '../../src/domain/audit-csv';
import { readConfig } from '../../src/server/config';
import { createAccount } from '../../src/server/auth/accounts';
import { startServer, type RunningServer } from '../../src/server/start';

/**
 * The team workspace in Chromium: the real server (src/server/, PGlite in memory) serving the
 * production build, two browser contexts as two people.
 */
const PORT = Number(process.env.E2E_WORKSPACE_PORT ?? 4452);
const PASSWORD = 'a long enough password';
const TARGET = '/targets/agencies-abroad?lang=en';

let server: RunningServer;

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
  // PGlite's cold start and three argon2 hashes take a while on a loaded two-core machine.
  test.setTimeout(120_000);
  server = await startServer(
    readConfig({ PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: 'memory://', DIST_DIR: process.env.E2E_DIST ?? 'dist' }),
  );
  await createAccount(server.db, { email: 'lan@example.org', role: 'editor', password: PASSWORD, name: 'Lan' });
  await createAccount(server.db, { email: 'minh@example.org', role: 'editor', password: PASSWORD, name: 'Minh' });
  await createAccount(server.db, { email: 'hoa@example.org', role: 'viewer', password: PASSWORD, name: 'Hoa' });
});
test.afterAll(() => server.close());

async function signedIn(browser: Browser, email: string, path = TARGET): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // argon2id's check and the workspace's code loading take a while on a busy two-core machine.
  await expect(page.getByText(/Signed in as/)).toBeVisible({ timeout: 15_000 });
  return page;
}

/** The values of the figures the server holds for the target, as a colleague's browser would read them. */
const serverValues = async () =>
  (await server.db.query<{ value: number }>(`select (body->>'value')::float as value from records where body->>'targetId' = 'agencies-abroad' order by created_at`)).map(
    (r) => r.value,
  );

async function recordFigure(page: Page, value: string, asOf: string, source: string) {
  const form = page.getByRole('form', { name: 'Record a figure' });
  await form.getByLabel('Value (agencies)').fill(value);
  await form.getByLabel('As of').fill(asOf);
  await form.getByLabel('Source', { exact: true }).fill(source);
  await form.getByRole('button', { name: 'Record the figure' }).click();
}

test('a wrong password is refused on the sign-in page, with the same words for an unknown email', async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: server.url, serviceWorkers: 'block' })).newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  const response = await page.goto('/');
  // Served under script-src 'self' (no inline script at all), and the page's own script runs under it.
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self';");
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  for (const email of ['lan@example.org', 'nobody@example.org']) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  }
  expect(refused).toEqual([]);
  await page.context().close();
});

test("an editor records a figure and the viewer's open presentation shows it within 2 seconds; the viewer cannot write", async ({ browser }) => {
  const viewer = await signedIn(browser, 'hoa@example.org', TARGET);
  // The viewer reads but has no form to record with, and the server refuses a write all the same.
  await expect(viewer.getByText('Your role (viewer) can read but not record.', { exact: false })).toBeVisible();
  await expect(viewer.getByRole('form', { name: 'Record a figure' })).toHaveCount(0);
  const refused = await viewer.evaluate(async () => (await fetch('/api/records', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
  expect(refused).toBe(403);
  await viewer.goto('/present?lang=en&res=r292&slide=4');
  await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Vietnamese representative agencies abroad');

  const editor = await signedIn(browser, 'lan@example.org');
  await recordFigure(editor, '97', '2026-01-01', 'MOFA annual report');
  await expect.poll(serverValues).toEqual([97]);
  // From the moment the server has it, the viewer's projector has 2 seconds.
  await expect(viewer.locator('.slide-card').filter({ hasText: 'Latest figure' })).toContainText('97', { timeout: 2_000 });

  // Who recorded it is shown beside it.
  await viewer.goto(TARGET);
  const history = viewer.getByRole('table', { name: /Figures recorded for this target/ });
  await expect(history.getByRole('row', { name: /MOFA annual report/ })).toContainText('Lan');
  await viewer.context().close();
  await editor.context().close();
});

test('two editors change one figure: the second sees both versions and chooses; nothing is overwritten silently', async ({ browser }) => {
  const lan = await signedIn(browser, 'lan@example.org');
  const minh = await signedIn(browser, 'minh@example.org');
  const row = (page: Page) => page.getByRole('table', { name: /Figures recorded for this target/ }).getByRole('row', { name: /MOFA annual report/ });
  await expect(row(minh)).toBeVisible();

  // Minh goes offline with the figure open; Lan corrects it meanwhile.
  await minh.context().setOffline(true);
  await row(lan).getByRole('button', { name: /Edit the figure/ }).click();
  await lan.getByRole('form', { name: 'Correct a figure' }).getByLabel('Value (agencies)').fill('98');
  await lan.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(serverValues).toEqual([98]);

  await row(minh).getByRole('button', { name: /Edit the figure/ }).click();
  await minh.getByRole('form', { name: 'Correct a figure' }).getByLabel('Value (agencies)').fill('99');
  await minh.getByRole('button', { name: 'Save changes' }).click();
  await expect(minh.getByText('1 change waiting to reach the server.')).toBeVisible();
  // "Send now" while the network is still off: the change stays, and the page says why.
  await minh.getByRole('button', { name: 'Send now' }).click();
  await expect(minh.getByText('1 change waiting to reach the server.')).toBeVisible();
  await expect(minh.getByText(/The server does not answer now/)).toBeVisible();
  // Back online, the waiting change goes at once, without waiting out its backoff.
  await minh.context().setOffline(false);

  const pending = minh.getByRole('region', { name: 'Changes waiting for you' });
  await expect(pending.getByRole('alert')).toContainText('Lan changed this record since you opened it');
  await expect(pending.getByRole('figure').filter({ hasText: 'Your version' })).toContainText('99');
  await expect(pending.getByRole('figure').filter({ hasText: 'On the server (changed by Lan)' })).toContainText('98');
  await pending.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(serverValues).toEqual([99]);
  await expect(pending).toHaveCount(0);
  await expect(minh.getByText('Every change is on the server.')).toBeVisible();
  await expect(row(lan)).toContainText('99', { timeout: 2_000 });
  await expect(row(lan)).toContainText('Minh');
  await lan.context().close();
  await minh.context().close();
});

test('an admin reads the audit log, with names and before and after, and downloads it as CSV', async ({ browser }) => {
  await createAccount(server.db, { email: 'an@example.org', role: 'admin', password: PASSWORD, name: 'An' });
  const admin = await signedIn(browser, 'an@example.org', '/?lang=en');
  await admin.getByRole('link', { name: 'Audit log' }).click();
  const log = admin.getByRole('table', { name: /changes, newest first/ });
  await expect(log.getByRole('row').nth(1)).toContainText('minh@example.org');
  await expect(log.getByRole('row').nth(1)).toContainText('Changed');
  await expect(log.getByRole('row').nth(1)).toContainText('agencies-abroad: 98');
  await expect(log.getByRole('row').nth(1)).toContainText('agencies-abroad: 99');
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Download it all as CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  // A BOM and CRLF lines, as spreadsheets expect.
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
  expect(csv).toContain('lan@example.org');
  await admin.context().close();

  // An editor has neither the link nor the log.
  const editor = await signedIn(browser, 'lan@example.org', '/audit?lang=en');
  await expect(editor.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await expect(editor.getByText("The audit log is for the workspace's admins.")).toBeVisible();
  await editor.context().close();
});

test('a server stopped mid-edit and started again loses nothing', async ({ browser }) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'pt-workspace-'));
  const port = PORT + 1;
  const config = readConfig({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: process.env.E2E_DIST ?? 'dist' });
  let running = await startServer(config);
  let open = true;
  try {
    await createAccount(running.db, { email: 'lan@example.org', role: 'editor', password: PASSWORD, name: 'Lan' });
    const context = await browser.newContext({ baseURL: running.url, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(TARGET);
    await page.getByLabel('Email').fill('lan@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await recordFigure(page, '96', '2025-12-01', 'Ministry briefing');
    const stored = async () => (await running.db.query<{ n: number }>('select count(*)::int as n from records'))[0]!.n;
    await expect.poll(stored).toBe(1);
    await expect(page.getByText('Every change is on the server.')).toBeVisible();

    // The server stops while the next figure is being typed; it is saved all the same, and waits.
    await running.close();
    open = false;
    await recordFigure(page, '97', '2026-01-01', 'MOFA annual report');
    await expect(page.getByText('1 change waiting to reach the server.')).toBeVisible();

    running = await startServer(config);
    open = true;
    await page.getByRole('button', { name: 'Send now' }).click();
    await expect(page.getByText('Every change is on the server.')).toBeVisible();
    const values = await running.db.query<{ value: number }>(`select (body->>'value')::float as value from records order by (body->>'asOf')`);
    expect(values.map((r) => r.value)).toEqual([96, 97]);
    await page.reload();
    const history = page.getByRole('table', { name: /Figures recorded for this target/ });
    await expect(history.getByRole('row')).toHaveCount(3);
    await context.close();
  } finally {
    if (open) await running.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});

test('a reader gets a private calendar address that a calendar application reads without signing in', async ({ browser, playwright }) => {
  const page = await signedIn(browser, 'hoa@example.org', '/?lang=en');
  await page.goto('/?lang=vi');
  await page.getByRole('button', { name: 'Lấy địa chỉ lịch của tôi' }).click();
  const address = await page.getByLabel('Địa chỉ lịch riêng của bạn').inputValue();
  expect(address).toMatch(new RegExp(`^${server.url}/api/calendar/[A-Za-z0-9_-]+\\.ics$`));
  // A calendar application: no cookie, no session.
  const outsider = await playwright.request.newContext();
  const response = await outsider.get(address);
  expect(response.status()).toBe(200);
  const { readICalendar } = await import('../factories/icalendar');
  const calendar = readICalendar(await response.text());
  expect(calendar.name).toBe('Policy Targets — thời hạn và việc cần làm');
  expect(calendar.events.some((e) => e.start === '2030-12-31' && e.summary.startsWith('Mục tiêu:'))).toBe(true);
  // Asking again replaces the address: the old one stops working.
  await page.getByRole('button', { name: 'Lấy địa chỉ lịch của tôi' }).click();
  await expect(page.getByLabel('Địa chỉ lịch riêng của bạn')).not.toHaveValue(address);
  expect((await outsider.get(address)).status()).toBe(404);
  await outsider.dispose();
  await page.context().close();
});
