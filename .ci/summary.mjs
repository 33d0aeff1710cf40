// Prints one closing line, "N passed, N failed", counting the tests of the vitest and Playwright
// JSON reports. The benchmark's budgets are not tests: they get a line of their own before it.
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
console.log(`unit: ${unit ? 'ran' : 'did not run'}, end-to-end: ${e2e ? 'ran' : 'did not run'}`);
if (bench) {
  const missed = bench.verdicts.filter((v) => !v.ok);
  console.log(`benchmark budgets: ${bench.verdicts.length - missed.length} of ${bench.verdicts.length} met${missed.length ? ` (missed: ${missed.map((v) => `${v.budget}, ${v.size}`).join('; ')})` : ''}`);
} else {
  console.log('benchmark budgets: not checked');
}
console.log(`${passed} passed, ${failed} failed`);
