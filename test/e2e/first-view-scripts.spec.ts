import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { INITIAL_JS_BUDGET_KB } from '../bench/budgets';
import { initialScripts } from '../bench/bundle-size';

/**
 * What the first view's JavaScript must leave to later: a name each library keeps through
 * minification (an error class, a public method, a component's display name).
 */
const LATER = {
  'zod (validation at the boundary, after the first render)': 'ZodError',
  'Dexie (stored records, read after the first render)': 'DexieError',
  'TanStack Virtual (lists past 40 items)': 'measureElement',
  'recharts (charts, drawn near the screen)': 'CartesianGrid',
} as const;

test('the first view’s JavaScript, as the server sends it: within the budget, in few files, without the libraries it does not need', async ({ request }) => {
  const files = initialScripts(await (await request.get('/')).text());
  const bodies = await Promise.all(files.map(async (file) => ({ file, body: await (await request.get(file)).body() })));
  const kb = bodies.reduce((sum, { body }) => sum + gzipSync(body).length, 0) / 1024;
  expect(kb).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  expect(files.length).toBeLessThanOrEqual(6);
  for (const [library, marker] of Object.entries(LATER)) {
    const holding = bodies.filter(({ body }) => body.toString('utf8').includes(marker)).map(({ file }) => file);
    expect(holding, `${library} in the first view`).toEqual([]);
  }
});
