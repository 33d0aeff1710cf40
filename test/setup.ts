import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../mocks/node';
import { usePreferences } from '../src/stores/preferences';

const initialPreferences = usePreferences.getInitialState();

// findBy… waits for the condition; on a busy two-core machine the first render of a lazily loaded
// route can take more than the default second, so the wait may last up to ten.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// jsdom has no Worker, so the dataset is parsed in the page by a module loaded on demand
// (src/api/parse-off-thread.ts); load it up front, so no test's wait includes compiling it.
beforeAll(() => import('../src/api/parse-dataset-bytes'));
// The overview's status chart is code loaded on demand: loaded up front, it renders without
// suspending, so no test sees it arrive outside act().
beforeAll(() => import('../src/features/overview/components/resolutions-at-a-glance').then((m) => m.loadStatusChart()));

// React's "not wrapped in act(...)" warning means a test asserted on a page still changing:
// it fails the test rather than scrolling by in the log.
let actWarnings: string[] = [];
beforeEach(() => {
  actWarnings = [];
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (args.some((a) => String(a).includes('not wrapped in act'))) actWarnings.push(String(args[0]).split('\n')[0]!);
    error(...args);
  });
});
afterEach(() => {
  if (actWarnings.length > 0) throw new Error(`React warned that an update was not wrapped in act(...): ${actWarnings.join(' | ')}`);
});
afterEach(() => {
  server.resetHandlers();
  cleanup();
  if (typeof localStorage === 'undefined') return; // tests in the node environment have none
  // Each test starts with the preferences a first visit has; reset once the app is unmounted
  // (resetting a mounted app's preferences is an update no test asked for), then storage emptied.
  usePreferences.setState(initialPreferences, true);
  localStorage.clear();
});
afterAll(() => server.close());


// recharts measures its container; jsdom has no layout, so give it a size.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// …and with no records (a fresh database), no pending sync.
import { startRecords, useRecords } from '../src/stores/records';
import { useSync } from '../src/stores/sync';
import { RecordsDb } from '../src/stores/records-db';
const initialRecords = useRecords.getInitialState();
const initialSync = useSync.getInitialState();
beforeEach(async () => {
  // A test in the node environment (the build's prerender) has no storage and changes no records.
  if (typeof localStorage === 'undefined') return;
  useRecords.setState(initialRecords, true);
  await startRecords({ db: new RecordsDb(`test-${crypto.randomUUID()}`), channel: null, legacy: localStorage });
});
afterEach(() => {
  useSync.setState(initialSync, true);
});
