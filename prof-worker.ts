import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { startServer } from './test/bench/server.ts';
const server = await startServer('/work/main/dist', '/work/main/test-results/bench/datasets');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(server.url + '/floor.html');
const wf = readdirSync('dist/assets').find((f) => f.startsWith('dataset.worker'))!;
console.log(await page.evaluate(async (wf) => {
  const buf = await (await fetch('/bench/medium.json')).arrayBuffer();
  const out: string[] = [];
  const w = new Worker('/assets/' + wf, { type: 'module' });
  const small = await (await fetch('/data/dataset.json')).arrayBuffer();
  { const t0 = performance.now(); await new Promise<void>((resolve) => { w.onmessage = (e) => { if (!('slice' in e.data)) resolve(); }; w.postMessage({ id: 99, bytes: small, digest: false }, [small]); }); out.push('warm-up with shipped: ' + Math.round(performance.now() - t0)); }
  for (let i = 0; i < 4; i++) {
    const bytes = buf.slice(0);
    const t0 = performance.now(); let first = 0; let n = 0;
    await new Promise<void>((resolve) => { w.onmessage = (e) => { n++; if (!first) first = performance.now() - t0; if (!('slice' in e.data)) resolve(); }; w.postMessage({ id: i + 1, bytes, digest: false }, [bytes]); });
    out.push(`run ${i}: first message ${Math.round(first)} ms, all ${Math.round(performance.now() - t0)} ms, ${n} messages`);
  }
  return out.join('\n');
}, wf));
await browser.close(); await server.close();
