/**
 * `npm run bench` — the performance benchmark (a script, never a timed test).
 *   npm run bench                       small, medium and large, plus Lighthouse on the shipped data
 *   npm run bench -- --sizes=medium     one size (what CI runs), budgets checked the same way
 *   npm run bench -- --no-lighthouse    skip Lighthouse
 *   npm run bench -- --sizes=none       Lighthouse only
 * Serves the production build (dist/, built by the npm script), drives Debian's Chromium, prints
 * a table, writes test-results/bench/bench.json and exits 1 when a budget is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { checkBudgets, type SizeFigures } from './budgets';
import { initialJsGzipBytes } from './bundle-size';
import { generateDataset, SIZES, type SizeName } from './generate-dataset';
import { measureFloor, measureSize } from './measure';
import { runLighthouse, LIGHTHOUSE_BUDGETS, type LighthouseScores } from './lighthouse';
import { printTable } from './report';
import { startSecureServer, startServer } from './server';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('sizes') === 'none' ? [] : (arg('sizes')?.split(',') ?? Object.keys(SIZES))) as SizeName[];
const withLighthouse = !process.argv.includes('--no-lighthouse');
/** A size that misses a budget is measured again, this many times (default 1), before it counts as missed. */
const retries = Number(arg('retries') ?? 1);
const root = resolve(import.meta.dirname, '../..');
const dist = process.env.BENCH_DIST ?? join(root, 'dist');
const out = join(root, 'test-results/bench');
const datasets = join(out, 'datasets');
mkdirSync(datasets, { recursive: true });

for (const size of sizes) {
  if (!(size in SIZES)) throw new Error(`unknown size ${size}; choose from ${Object.keys(SIZES).join(', ')}`);
  writeFileSync(join(datasets, `${size}.json`), JSON.stringify(generateDataset(size)));
}

const server = await startServer(dist, datasets);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const results: SizeFigures[] = [];
let lighthouse: LighthouseScores | null = null;
try {
  const floorMs = sizes.length ? await measureFloor(browser, server.url) : NaN;
  for (const size of sizes) {
    process.stderr.write(`measuring ${size}…\n`);
    let figures = await measureSize(browser, server.url, size, `/bench/${size}.json`, floorMs);
    for (let attempt = 1; attempt <= retries && checkBudgets([figures], 0).some((v) => !v.ok); attempt++) {
      const missed = checkBudgets([figures], 0).filter((v) => !v.ok).map((v) => `${v.budget} ${Math.round(v.value)} ${v.unit}`);
      process.stderr.write(`${size}: missed ${missed.join(', ')}; measuring again (${attempt} of ${retries})\n`);
      figures = await measureSize(browser, server.url, size, `/bench/${size}.json`, floorMs);
    }
    results.push(figures);
  }
  if (withLighthouse) {
    const secure = await startSecureServer(dist, datasets);
    process.stderr.write(`running Lighthouse (mobile preset) over ${secure ? 'HTTP/2 with TLS' : 'HTTP/1.1 (openssl not found)'}…\n`);
    try {
      lighthouse = secure
        ? await runLighthouse(`${secure.url}/?lang=en`, CHROMIUM, [...CHROMIUM_ARGS, '--ignore-certificate-errors'])
        : await runLighthouse(`${server.url}/?lang=en`, CHROMIUM, CHROMIUM_ARGS);
    } finally {
      await secure?.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const initialJs = initialJsGzipBytes(dist);
const verdicts = [
  ...checkBudgets(results, initialJs.bytes / 1024),
  ...(lighthouse
    ? LIGHTHOUSE_BUDGETS.map((b) => ({ budget: `Lighthouse ${b.name}`, size: 'small', value: lighthouse![b.key], limit: b.min, unit: 'score', ok: lighthouse![b.key] >= b.min }))
    : []),
];
const lighthouseReport = lighthouse?.report;
if (lighthouse) delete lighthouse.report;
printTable(results, initialJs.bytes / 1024, lighthouse, verdicts);
writeFileSync(
  join(out, 'bench.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), machine: { node: process.version }, initialJsKb: initialJs.bytes / 1024, initialJsFiles: initialJs.files, sizes: results, lighthouse, verdicts }, null, 2),
);
if (lighthouseReport) writeFileSync(join(out, 'lighthouse.json'), JSON.stringify(lighthouseReport));
const missed = verdicts.filter((v) => !v.ok);
process.stdout.write(missed.length ? `\n${missed.length} budget(s) missed.\n` : '\nEvery budget met.\n');
process.exit(missed.length ? 1 : 0);
