import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { rgb, themeToken } from './theme-tokens';

interface Shipped {
  sources: { id: string; title: string; url: string }[];
  resolutions: { id: string; code: string; issuer: { en: string }; citations: { quote: string }[] }[];
}
const shipped = JSON.parse(readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8')) as Shipped;
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** A team's records: two figures a year apart, one measure assessed at risk (with who said so), one task on track. */
const JUSTIFICATION = 'Two planned openings were postponed to 2027.';
const ASSESSED_BY = 'Department of Personnel, meeting of 20 November 2026';
const RECORDS = JSON.stringify({
  state: {
    records: [
      { id: 'f1', kind: 'figure', targetId: 'agencies-abroad', value: 90, asOf: '2024-06-30', source: { text: 'Ministry report 2024' }, createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' },
      { id: 'f2', kind: 'figure', targetId: 'agencies-abroad', value: 94, asOf: '2025-06-30', source: { text: 'Ministry report 2025', url: 'https://example.gov.vn/report-2025' }, createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' },
      { id: 'a1', kind: 'assessment', commitmentId: 'r292-t2-m2', status: 'at_risk', date: '2026-11-20', justification: JUSTIFICATION, source: { text: ASSESSED_BY }, createdAt: '2026-11-20T08:00:00Z', updatedAt: '2026-11-20T08:00:00Z' },
      { id: 'a2', kind: 'assessment', commitmentId: 'r292-t1', status: 'on_track', date: '2026-11-21', justification: 'The draft decree is with the Government Office.', createdAt: '2026-11-21T08:00:00Z', updatedAt: '2026-11-21T08:00:00Z' },
    ],
  },
  version: 1,
});

/** The most common text height on the pages, in points: the body text's size as printed. */
let bodySize = 0;

/** The report as Chromium prints it to A4: one string of text per page. */
async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const buffer = await page.pdf({ format: 'A4' });
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: true }).promise;
  const pages: string[] = [];
  const heights = new Map<number, number>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
    for (const item of content.items)
      if ('str' in item && item.str.trim()) heights.set(Math.round(item.height * 2) / 2, (heights.get(Math.round(item.height * 2) / 2) ?? 0) + item.str.length);
  }
  bodySize = [...heights].sort((a, b) => b[1] - a[1])[0]![0];
  await pdf.destroy();
  return pages;
}

/** The page where a resolution's section begins: its issuer, then its heading. */
const sectionStart = (pages: string[], id: string) => {
  const r = shipped.resolutions.find((x) => x.id === id)!;
  const start = squash(`${r.issuer.en} Resolution ${r.code} —`).toLowerCase();
  return pages.findIndex((text) => squash(text).toLowerCase().includes(start));
};

test('the report of a filtered view prints to PDF: a summary, then the appendix on a new page, numbered pages with a running header, one bibliography', async ({ page }) => {
  await page.goto('/?lang=en&res=r292');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report' }).click();
  await expect(page).toHaveURL(/\/report\?lang=en&res=r292$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietnam: foreign-affairs sector resolutions', { timeout: 15_000 });
  await expect(page.getByRole('region', { name: /^Resolution / })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: /^Resolution 292\/NQ-CP — / })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  // A footnote number leads to its source's one entry in the bibliography.
  const ref = page.getByRole('region', { name: /^Resolution 292/ }).getByRole('link', { name: /^Source \d+$/ }).first();
  await ref.click();
  const vtv = shipped.sources.find((s) => s.id === 'src-004')!;
  await expect(page.getByRole('region', { name: 'Sources cited' }).locator('li:target')).toContainText(vtv.title);

  const pages = await printedPages(page);
  // On paper: light, without controls, and the chart drawn at its fixed size.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(rgb(themeToken.print('bg')));
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('.report-chart .recharts-wrapper > svg')).toHaveAttribute('width', '640');

  expect(squash(pages[0]!)).toContain(squash('Summary Headline figures'));
  expect(squash(pages[0]!)).toContain('Today'); // the chart's own label: the chart is in the PDF, in the summary
  expect(sectionStart(pages, 'r292')).toBe(1); // the appendix starts a page
  // Every page carries the running header (title, data date) and its number.
  pages.forEach((text, i) => {
    expect(squash(text)).toContain(squash('Vietnam: foreign-affairs sector resolutions — data as of 25 September 2025'));
    expect(squash(text)).toContain(squash(`Page ${i + 1} of ${pages.length}`));
  });
});

const LANGUAGES = [
  { lang: 'en', pageOf: (n: number, of: number) => `Page ${n} of ${of}`, sources: 'Sources cited', asOf: 'data as of 21 November 2026', summary: 'Summary', appendix: 'Appendix' },
  { lang: 'fr', pageOf: (n: number, of: number) => `Page ${n} sur ${of}`, sources: 'Sources citées', asOf: 'données au 21 novembre 2026', summary: 'Synthèse', appendix: 'Annexe' },
  { lang: 'vi', pageOf: (n: number, of: number) => `Trang ${n}/${of}`, sources: 'Nguồn được trích dẫn', asOf: 'số liệu tính đến ngày 21 tháng 11 năm 2026', summary: 'Tóm tắt', appendix: 'Phụ lục' },
];

for (const l of LANGUAGES) {
  test(`in ${l.lang}, the shipped data with a team's records prints in at most 6 A4 pages: a summary with the at-risk item's justification, each source once`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
    await page.addInitScript((records) => localStorage.setItem('policy-targets:records', records), RECORDS);
    await page.goto(`/report?lang=${l.lang}`);
    // The records move from localStorage into IndexedDB first: give the first view time on a busy machine.
    await expect(page.getByRole('region', { name: /^(Resolution|Résolution|Nghị quyết) / })).toHaveCount(shipped.resolutions.length, { timeout: 15_000 });
    await expect(page.locator('.report-chart svg').first()).toBeVisible();
    // A resolution with no task is a line, not a page.
    await expect(page.locator('.report-line')).toHaveCount(2);
    const entries = page.getByRole('region', { name: l.sources }).getByRole('listitem');
    const entryCount = await entries.count();

    const pages = await printedPages(page);
    expect(pages.length).toBeLessThanOrEqual(6);
    // At its own size: nothing too wide for the page, which Chromium would shrink whole to fit.
    expect(bodySize).toBeGreaterThanOrEqual(9.5);
    pages.forEach((text, i) => {
      expect(squash(text), `page ${i + 1}`).toContain(squash(l.pageOf(i + 1, pages.length)));
      expect(squash(text), `page ${i + 1}`).toContain(squash(l.asOf));
    });

    // The summary takes at most two pages, and it says what is at risk, why, and on whose word.
    const appendixPage = pages.findIndex((text) => text.toLowerCase().includes(l.appendix.toLowerCase()));
    expect(appendixPage).toBeGreaterThanOrEqual(1);
    expect(appendixPage).toBeLessThanOrEqual(2);
    const summary = squash(pages.slice(0, appendixPage).join(' '));
    expect(summary).toContain(squash(l.summary));
    expect(summary).toContain(squash(JUSTIFICATION));
    expect(summary).toContain(squash(ASSESSED_BY));
    expect(summary).toContain('94');

    // One bibliography entry per source: each article's title and link print once in the whole report.
    const all = squash(pages.join(' '));
    const cited = shipped.sources.filter((s) => all.includes(squash(s.title)));
    expect(cited.length).toBeGreaterThanOrEqual(2);
    for (const s of cited) {
      expect(occurrences(all, squash(s.title)), s.title).toBe(1);
      // Two translations of one original are two sources with one link: the link prints once per source.
      expect(occurrences(all, squash(s.url)), s.url).toBe(cited.filter((other) => other.url === s.url).length);
    }
    // The records' sources are entries too: the shipped articles and three sources given with records.
    expect(entryCount).toBe(cited.length + 3);
    expect(occurrences(all, squash('https://example.gov.vn/report-2025'))).toBe(1);
    // The resolutions follow in the dataset's order.
    const order = shipped.resolutions.map((r) => all.indexOf(squash(`${r.code} —`)));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
  });
}

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the report has no axe violations', async ({ page }) => {
    test.slow(); // axe over the whole report, every page of it at once
    await page.addInitScript((records) => localStorage.setItem('policy-targets:records', records), RECORDS);
    await page.goto('/report?lang=vi&res=r292');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.report-chart .recharts-wrapper > svg')).toBeVisible();
    await expect(page.getByText(JUSTIFICATION).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
