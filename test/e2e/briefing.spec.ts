import { expect, test, type Locator, type Page } from '@playwright/test';

/** Two figures a year apart (90 then 94) and one commitment assessed at risk: a team's records. */
const RECORDS = JSON.stringify({
  state: {
    records: [
      { id: 'f1', kind: 'figure', targetId: 'agencies-abroad', value: 90, asOf: '2024-06-30', source: { text: 'Ministry report 2024' }, createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' },
      { id: 'f2', kind: 'figure', targetId: 'agencies-abroad', value: 94, asOf: '2025-06-30', source: { text: 'Ministry report 2025' }, createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' },
      {
        id: 'a1',
        kind: 'assessment',
        commitmentId: 'r292-t2-m2',
        status: 'at_risk',
        date: '2026-11-20',
        justification: 'Two planned openings were postponed to 2027.',
        createdAt: '2026-11-20T08:00:00Z',
        updatedAt: '2026-11-20T08:00:00Z',
      },
    ],
  },
  version: 1,
});

async function withRecords(page: Page) {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await page.addInitScript((records) => localStorage.setItem('policy-targets:records', records), RECORDS);
}

/** Fully inside the first screen: a person sees it without scrolling. */
async function expectAboveTheFold(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const { height, width } = page.viewportSize()!;
  expect(box.y, `${await locator.textContent()} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${await locator.textContent()} ends above the fold (${height} px)`).toBeLessThanOrEqual(height);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
]) {
  test(`the first screen answers the meeting's questions at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(size);
    await withRecords(page);
    await page.goto('/?lang=en');
    const briefing = page.getByRole('region', { name: 'Briefing' });
    await expect(briefing).toBeVisible({ timeout: 15_000 });
    const target = briefing.getByRole('article', { name: 'Vietnamese representative agencies abroad' });
    // The latest figure against the next target, and the verdict that follows from the paces.
    await expectAboveTheFold(page, target.getByTestId('brief-latest'));
    await expect(target.getByTestId('brief-latest')).toHaveText('94');
    // The badge reads "Behind"; a screen reader hears "Verdict Behind".
    await expectAboveTheFold(page, target.getByText('Verdict Behind', { exact: true }));
    // The sentence to read aloud carries the share, both paces and the verdict.
    const sentence = target.getByText('94 of about 115 agencies (82%) on 30 June 2025; 4.7 a year needed to 2030, 4 a year so far: behind.');
    await expectAboveTheFold(page, sentence);
    if (size.width > 640) {
      await expectAboveTheFold(page, target.getByText('82% of the 2030 target'));
      await expectAboveTheFold(page, target.getByText('Needed: 4.7 a year to 2030'));
      await expectAboveTheFold(page, target.getByText('So far: 4 a year'));
    }
    const deadline = briefing.getByRole('article', { name: 'Next deadline' });
    await expectAboveTheFold(page, deadline.getByText('2030', { exact: true }));
    await expectAboveTheFold(page, deadline.getByText('3 years left'));
    const assessed = briefing.getByRole('article', { name: 'Commitments assessed' });
    // 19 tasks and measures and the meetings' 16 requests and pledges.
    await expect(assessed).toContainText('1 of 35');
    await expectAboveTheFold(page, assessed.getByText('1 at risk or off track'));
    const changes = briefing.getByRole('article', { name: 'What changed lately' });
    // The newest change, cut to two lines: its item is on screen, its link leads to the commitment.
    await expect(changes.getByRole('link', { name: /^At risk: Develop the system/ })).toBeVisible();
    await expectAboveTheFold(page, changes.getByRole('listitem').first());
  });
}

test('the briefing reads aloud in French and Vietnamese, with their typography and dates', async ({ page }) => {
  await withRecords(page);
  await page.goto('/?lang=fr');
  const nnbsp = '\u202f';
  await expect(page.getByRole('region', { name: 'Points clés' })).toContainText(
    `94 sur environ 115 représentations (82${nnbsp}%) au 30 juin 2025${nnbsp}; 4,7 par an nécessaires d’ici 2030, 4 par an jusqu’ici${nnbsp}: en retard.`,
    { timeout: 15_000 },
  );
  await page.goto('/?lang=vi');
  await expect(page.getByRole('region', { name: 'Tóm tắt' })).toContainText(
    '94 trên khoảng 115 cơ quan (82%) tính đến ngày 30 tháng 6 năm 2025; cần 4,7 mỗi năm đến năm 2030, đến nay đạt 4 mỗi năm: chậm tiến độ.',
    { timeout: 15_000 },
  );
});

test('with no figure recorded the briefing says so rather than guessing', async ({ page }) => {
  await page.goto('/?lang=en');
  const target = page.getByRole('region', { name: 'Briefing' }).getByRole('article', { name: 'Vietnamese representative agencies abroad' });
  await expect(target.getByText('about 115 agencies by 2030', { exact: true })).toBeVisible();
  await expect(target.getByText('No figure recorded yet', { exact: true })).toBeVisible();
  await expect(target.getByText('Verdict No data', { exact: true })).toBeVisible();
  await expect(target).toContainText('Target: about 115 agencies by 2030; no figure recorded yet, so no pace to compare.');
});

test('a search lists the commitments it found, not only their number', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ASEAN');
  const found = page.getByRole('list', { name: /^\d+ matching commitments?$/ });
  await expect(found.getByRole('link', { name: /remuneration regime/ })).toBeVisible();
  const count = Number((await found.getAttribute('aria-label'))!.split(' ')[0]);
  await expect(found.getByRole('listitem')).toHaveCount(count);
});

const HEADER_WIDTHS = [1280, 1366, 1440, 1536, 1600, 1920];

for (const lang of ['en', 'fr', 'vi']) {
  test(`the header is one row from 1280 px up, and its links never break inside a word (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    for (const width of HEADER_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const header = page.locator('.app-header');
      const rows = await header.evaluate((el) => {
        // The settings' fold has no box of its own on a wide screen (display: contents): its controls are the row's.
        const tops = [...el.querySelectorAll('.brand-name, nav a, .header-controls > :not(.phone-fold), .header-controls > .phone-fold > .phone-fold-body > *')].map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2));
        return { spread: Math.max(...tops) - Math.min(...tops), height: el.getBoundingClientRect().height, overflow: el.scrollWidth - el.clientWidth };
      });
      expect(rows.spread, `one row at ${width} px`).toBeLessThanOrEqual(12);
      expect(rows.height, `header height at ${width} px`).toBeLessThanOrEqual(80);
      expect(rows.overflow, `nothing runs off the header at ${width} px`).toBeLessThanOrEqual(0);
    }
    for (const width of [360, 390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const link of await page.getByRole('navigation').getByRole('link').all()) {
        const lines = await link.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, `"${await link.textContent()}" on one line at ${width} px`).toBe(1);
      }
    }
  });
}

test('pressing "Copy link" moves nothing on the page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?lang=vi');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  const before = { header: (await page.locator('.app-header').boundingBox())!, heading: (await heading.boundingBox())! };
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByText('Đã sao chép liên kết')).toBeVisible();
  expect(await page.locator('.app-header').boundingBox()).toEqual(before.header);
  expect(await heading.boundingBox()).toEqual(before.heading);
});

for (const lang of ['en', 'fr', 'vi']) {
  test(`nothing scrolls sideways on a 360 px phone (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await withRecords(page);
    for (const path of ['/', '/resolutions/r292', '/commitments/r292-t2-m2', '/targets/agencies-abroad', '/timeline', '/records', '/report']) {
      await page.goto(`${path}?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
    }
  });
}
