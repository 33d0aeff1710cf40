// Prints one closing line, "N passed, N failed", from the vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = read('test-results/summary/vitest.json');
const e2e = read('test-results/summary/playwright.json');
const bench = read('test-results/bench/bench.json');
let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (bench) {
  // Each budget the benchmark checks counts as one check.
  passed += bench.verdicts.filter((v) => v.ok).length;
  failed += bench.verdicts.filter((v) => !v.ok).length;
}
console.log(`unit: ${unit ? 'ran' : 'did not run'}, end-to-end: ${e2e ? 'ran' : 'did not run'}, benchmark budgets: ${bench ? 'checked' : 'not checked'}`);
console.log(`${passed} passed, ${failed} failed`);
