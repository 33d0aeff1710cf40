import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../bench/generate-dataset';

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Downloads the chart as SVG (named `stem`.svg) and PNG; checks the PNG is the SVG at 2x. Returns the SVG's text. */
async function svgAndPng(page: Page, title: string, stem: string) {
  const svg = await download(page, `Download “${title}” as SVG`);
  expect(svg.name).toBe(`${stem}.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text).toContain(`>${title}</text>`);
  const width = Number(text.match(/^<svg[^>]* width="(\d+)"/)![1]);
  const height = Number(text.match(/^<svg[^>]* height="(\d+)"/)![1]);
  const png = await download(page, `Download “${title}” as PNG`);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
  expect(png.bytes.readUInt32BE(20)).toBe(height * 2);
  return { text, height };
}

test('a target chart exports as SVG, 2x PNG and CSV, each carrying its title, date and sources', async ({ page }) => {
  await page.goto('/targets/agencies-abroad?lang=en');
  await expect(page.locator('.recharts-scatter-symbol')).toHaveCount(2);
  const title = 'Vietnamese representative agencies abroad: targets and recorded figures';

  const { text } = await svgAndPng(page, title, 'policy-targets-agencies-abroad');
  expect(text).toMatch(/As of \d{1,2} \w+ \d{4}/);
  expect(text).toContain('Vietnam Television (VTV)');

  const csv = await download(page, `Download “${title}” as CSV`);
  const lines = csv.bytes.toString('utf8').split('\r\n');
  expect(lines[0]).toBe(`\uFEFF${title}`);
  expect(lines).toEqual(expect.arrayContaining(['2030,Target,about 115,Resolution 292/NQ-CP']));
});

test('the overview status chart exports as SVG, 2x PNG and CSV, with its title, date, legend and sources', async ({ page }) => {
  await page.goto('/?lang=en');
  // Below the briefing, the status chart draws as it comes near the screen, as a reader scrolls to it.
  await page.getByRole('figure', { name: 'Commitments by status, per resolution' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const title = 'Commitments by status, per resolution';
  // The bar's total is printed just past its end, level with it; the legend names its status.
  const bar = (await page.locator('.recharts-bar-rectangle path').first().boundingBox())!;
  const total = (await page.locator('.status-chart text.recharts-label').first().boundingBox())!;
  expect(total.x).toBeGreaterThanOrEqual(bar.x + bar.width);
  expect(total.y + total.height / 2).toBeGreaterThan(bar.y);
  expect(total.y + total.height / 2).toBeLessThan(bar.y + bar.height);
  await expect(page.locator('.status-chart .chart-legend li')).toHaveText(['Not assessed']);

  const { text, height } = await svgAndPng(page, title, 'policy-targets-commitments-by-status');
  expect(text).toMatch(/>As of \d{1,2} \w+ \d{4}<\/text>/);
  expect(text).toContain('>Not assessed</text>');
  expect(text).toContain('Vietnam Television (VTV)');
  expect(text).toContain('292/NQ-CP</tspan>');
  // Every caption line stays inside the image.
  for (const [, y] of text.matchAll(/<text x="\d+" y="(\d+)"/g)) expect(Number(y)).toBeLessThan(height);

  const csv = await download(page, `Download “${title}” as CSV`);
  const lines = csv.bytes.toString('utf8').split('\r\n');
  expect(lines[0]).toBe(`\uFEFF"${title}"`);
  expect(lines[1]).toMatch(/^As of /);
  expect(lines).toEqual(expect.arrayContaining(['Resolution,Not assessed,Not started,In progress,On track,At risk,Off track,Done,Total']));
  expect(lines.find((l) => l.startsWith('Resolution 292/NQ-CP,'))).toMatch(/^Resolution 292\/NQ-CP,\d+,0,0,0,0,0,0,\d+$/);
});

test('a status chart that leaves resolutions to the table says so in its exported file, as on the page', async ({ page }) => {
  // The benchmark's medium tracker (synthetic, never shipped): 50 resolutions of 40 commitments.
  await page.route((url) => url.pathname === '/synthetic/medium.json', (route) => route.fulfill({ json: generateDataset('medium') }));
  await page.goto('/?lang=en&dataset=/synthetic/medium.json');
  const figure = page.getByRole('figure', { name: 'Commitments by status, per resolution' });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // A hover names the bar's resolution and its count in each status (one series draws the whole bar).
  await figure.locator('.recharts-bar-rectangle').first().hover();
  const tooltip = figure.locator('.chart-tooltip');
  await expect(tooltip.locator('p')).toHaveText(/^Resolution \d+\/NQ-CP$/);
  await expect(tooltip.locator('li')).toHaveCount(7);
  await expect(tooltip.locator('li').first()).toHaveText(/^Not assessed: \d+$/);
  const note = 'The chart shows the 12 resolutions with the most commitments; the other 38 (1,520 commitments) would leave them as slivers on one scale, so the table lists them.';
  await expect(figure.getByText(note, { exact: false })).toBeVisible();

  const { text } = await svgAndPng(page, 'Commitments by status, per resolution', 'policy-targets-commitments-by-status');
  const drawn = [...text.matchAll(/<text x="\d+" y="\d+" font-size="12" font-weight="normal"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  expect(drawn.replace(/&amp;/g, '&').replace(/\s+/g, ' ')).toContain(note);
});

test('the timeline, drawn in HTML on screen, exports as an SVG drawing, a 2x PNG and CSV', async ({ page }) => {
  await page.goto('/timeline?lang=en');
  await expect(page.locator('.timeline-lane').first()).toBeVisible();
  const title = 'Events and deadlines by resolution';

  const { text } = await svgAndPng(page, title, 'policy-targets-timeline');
  expect(text).toContain('>Resolution 292/NQ-CP</text>');
  expect(text).toContain('>2045</text>');
  expect(text).toMatch(/>As of \d{1,2} \w+ \d{4}<\/text>/);

  const csv = await download(page, `Download “${title}” as CSV`);
  expect(csv.bytes.toString('utf8')).toContain('Resolution 292/NQ-CP');
});
