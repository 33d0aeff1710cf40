/**
 * Screenshots of the meeting views for the README: the timeline at three sizes, three slides at
 * 1920x1080 and the first two pages of the printed report. Serve a build first, then:
 *   BASE=http://localhost:4441 npx tsx test/screenshots/meeting-views.ts
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = process.env.BASE ?? 'http://localhost:4173';
const OUT = 'public/screenshots';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

for (const [width, height] of [[1440, 900], [1920, 1080], [390, 844]] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${BASE}/timeline?lang=en`);
  await page.locator('.timeline-card').first().waitFor();
  await page.screenshot({ path: `${OUT}/timeline-${width}.png`, fullPage: width === 390 });
  await page.close();
}

// Reduced motion: recharts draws its final frame at once, so no wait for an entry animation.
const slides = await browser.newPage({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
for (const n of [2, 3, 5]) {
  await slides.goto(`${BASE}/present?lang=en&slide=${n}`);
  await slides.locator('.slide-body').waitFor();
  await slides.evaluate(() => document.fonts.ready);
  await slides.screenshot({ path: `${OUT}/slide-${n}.png` });
}

const report = await browser.newPage();
await report.goto(`${BASE}/report?lang=en`);
await report.locator('.report-chart svg').first().waitFor();
await report.emulateMedia({ media: 'print' });
const dir = mkdtempSync(join(tmpdir(), 'report-'));
writeFileSync(join(dir, 'report.pdf'), await report.pdf({ format: 'A4' }));
execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', join(dir, 'report.pdf'), `${OUT}/report-page`]);
await browser.close();
