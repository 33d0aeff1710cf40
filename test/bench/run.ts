/**
 * `npm run bench` — the performance benchmark (a script, never a timed test).
 *   npm run bench                       small, medium and large, plus Lighthouse on the shipped data
 *   npm run bench -- --sizes=medium     one size (what CI runs), budgets checked the same way
 *   npm run bench -- --no-lighthouse    skip Lighthouse
 *   npm run bench -- --sizes=none       Lighthouse only
 *   npm run bench -- --lighthouse=http1 Lighthouse over HTTP/1.1 only (what CI runs)
 *   npm run bench -- --lighthouse-runs=5 Lighthouse runs of each page (default: --runs)
 *   npm run bench -- --runs=5           runs per size (default 3): each measure is their median, with its spread
 *   npm run bench -- --write-readme     also rewrite README.md's measured tables from this run
 * Serves the production build (dist/, built by the npm script), drives Debian's Chromium, prints
 * a table, writes test-results/bench/bench.json and exits 1 when a budget is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { checkBudgets, type SizeFigures } from './budgets';
import { initialJsGzipBytes } from './bundle-size';
import { generateDataset, SIZES, type SizeName } from './generate-dataset';
import { measureFloor, measureSize } from './measure';
import { lighthouseSeries, lighthouseVerdicts, type LighthouseSeries } from './lighthouse';
import { printTable, rewriteReadme } from './report';
import { combineRuns, type CombinedFigures } from './runs';
import { startSecureServer, startServer } from './server';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('sizes') === 'none' ? [] : (arg('sizes')?.split(',') ?? Object.keys(SIZES))) as SizeName[];
const withLighthouse = !process.argv.includes('--no-lighthouse');
const lighthouseProtocols = arg('lighthouse') ?? 'all';
if (!['all', 'http1'].includes(lighthouseProtocols)) throw new Error('--lighthouse must be all or http1');
/** Each size (and Lighthouse) is measured this many times; budgets read the median. A missed budget is never measured again. */
const runs = Number(arg('runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
/** Lighthouse's blocking time varies more from run to run than the in-page measures: CI takes the median of five. */
const lighthouseRuns = Number(arg('lighthouse-runs') ?? runs);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error('--lighthouse-runs must be a whole number of at least 1');
const writeReadme = process.argv.includes('--write-readme');
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
const results: CombinedFigures[] = [];
/** Lighthouse over both protocols, each reported: a host may serve either. */
const lighthouse: { protocol: string; scores: LighthouseSeries | null; note?: string }[] = [];
/**
 * Lighthouse opens the overview at `/`, the address people open in the morning, in a browser
 * whose language is English (the prerendered first view's). Before 2026-12-02 it opened
 * `/?lang=en`, where the page never kept the prerendered first screen.
 */
const LIGHTHOUSE_FLAGS = [...CHROMIUM_ARGS, '--lang=en-GB'];
const conditions = {
  measuredAt: new Date().toISOString(),
  protocol: 'HTTP/1.1, gzip (test/bench/server.ts on 127.0.0.1) for the in-page measures',
  browser: `Chromium ${browser.version()} (${CHROMIUM}), headless, 1440×900, en-GB`,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()} ${arch()}`, node: process.version, loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100) },
  runsPerSize: runs,
};
try {
  const floorMs = sizes.length ? await measureFloor(browser, server.url) : NaN;
  for (const size of sizes) {
    const each: SizeFigures[] = [];
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`measuring ${size}, run ${run} of ${runs}…\n`);
      each.push(await measureSize(browser, server.url, size, `/bench/${size}.json`, floorMs));
    }
    results.push(combineRuns(each));
  }
  if (withLighthouse) {
    process.stderr.write(`running Lighthouse (mobile preset) over HTTP/1.1, ${lighthouseRuns} run(s) of the app and of the floor page…\n`);
    lighthouse.push({ protocol: 'HTTP/1.1', scores: await lighthouseSeries(`${server.url}/`, `${server.url}/floor.html`, CHROMIUM, LIGHTHOUSE_FLAGS, lighthouseRuns) });
    const secure = lighthouseProtocols === 'all' ? await startSecureServer(dist, datasets) : null;
    if (lighthouseProtocols === 'http1') {
      process.stderr.write('Lighthouse over HTTP/2 not run: --lighthouse=http1\n');
    } else if (!secure) {
      process.stderr.write('Lighthouse over HTTP/2 NOT run: openssl was not found to make a certificate\n');
      lighthouse.push({ protocol: 'HTTP/2 with TLS', scores: null, note: 'not run: openssl not found' });
    } else {
      process.stderr.write('running Lighthouse (mobile preset) over HTTP/2 with TLS…\n');
      try {
        const flags = [...LIGHTHOUSE_FLAGS, '--ignore-certificate-errors'];
        lighthouse.push({ protocol: 'HTTP/2 with TLS', scores: await lighthouseSeries(`${secure.url}/`, `${secure.url}/floor.html`, CHROMIUM, flags, lighthouseRuns) });
      } finally {
        await secure.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const initialJs = initialJsGzipBytes(dist);
const verdicts = [
  ...checkBudgets(results, initialJs.bytes / 1024),
  ...lighthouse.flatMap(({ protocol, scores }) => lighthouseVerdicts(protocol, scores)),
];
for (const { protocol, scores } of lighthouse) {
  if (!scores?.report) continue;
  writeFileSync(join(out, `lighthouse-${protocol.startsWith('HTTP/2') ? 'http2' : 'http1'}.json`), JSON.stringify(scores.report));
  delete scores.report;
}
const bench = { ...conditions, initialJsKb: initialJs.bytes / 1024, initialJsFiles: initialJs.files, sizes: results, lighthouse, verdicts };
printTable(bench);
writeFileSync(join(out, 'bench.json'), JSON.stringify(bench, null, 2));
if (writeReadme) rewriteReadme(join(root, 'README.md'), bench);
const missed = verdicts.filter((v) => !v.ok);
process.stdout.write(missed.length ? `\n${missed.length} budget(s) missed.\n` : '\nEvery budget met.\n');
process.exit(missed.length ? 1 : 0);
