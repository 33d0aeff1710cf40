/**
 * Screenshots of the target chart with two recorded figures (90 in June 2024, 94 in June 2025), at
 * 1440x900, 1920x1080 and 390x844 in English and French, plus its slide at 1920x1080. Serve a
 * build first, then:
 *   BASE=http://localhost:4441 OUT=/tmp/shots npx tsx test/screenshots/target-chart.ts
 * With NONE=1 no figure is recorded (the shipped data as it is).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE ?? 'http://localhost:4173';
const OUT = process.env.OUT ?? 'public/screenshots';
const stamp = '2026-11-01T08:00:00Z';
const records = process.env.NONE
  ? []
  : [
      { id: 'f1', kind: 'figure', targetId: 'agencies-abroad', value: 90, asOf: '2024-06-30', source: { text: 'Ministry report 2024' }, createdAt: stamp, updatedAt: stamp },
      { id: 'f2', kind: 'figure', targetId: 'agencies-abroad', value: 94, asOf: '2025-06-30', source: { text: 'Ministry report 2025' }, createdAt: stamp, updatedAt: stamp },
    ];
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const open = async (width: number, height: number, path: string) => {
  const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await page.addInitScript((r) => localStorage.setItem('policy-targets:records', JSON.stringify({ state: { records: r }, version: 1 })), records);
  await page.goto(`${BASE}${path}`);
  return page;
};
const suffix = process.env.NONE ? '-none' : '';

for (const lang of ['en', 'fr']) {
  for (const [width, height] of [[1440, 900], [1920, 1080], [390, 844]] as const) {
    const page = await open(width, height, `/targets/agencies-abroad?lang=${lang}`);
    const chart = page.locator('.chart-frame');
    await chart.locator('svg.recharts-surface').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: `${OUT}/target-${lang}-${width}${suffix}.png` });
    await page.close();
  }
  const slide = await open(1920, 1080, `/present?lang=${lang}&slide=4`);
  await slide.locator('.slide-chart-body svg.recharts-surface').first().waitFor();
  await slide.evaluate(() => document.fonts.ready);
  await slide.screenshot({ path: `${OUT}/target-slide-${lang}${suffix}.png` });
  await slide.close();
}
await browser.close();
