import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node';

// findBy… waits for the condition; on a busy two-core machine the first render of a lazily loaded
// route can take more than the default second, so the wait may last up to ten.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// jsdom has no Worker, so the dataset is parsed in the page by a module loaded on demand
// (src/api/parse-off-thread.ts); load it up front, so no test's wait includes compiling it.
beforeAll(() => import('../src/api/parse-dataset-bytes'));
afterEach(() => {
  server.resetHandlers();
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear(); // tests in the node environment have none
});
afterAll(() => server.close());

// Each test starts with the preferences a first visit has.
import { usePreferences } from '../src/stores/preferences';
const initialPreferences = usePreferences.getInitialState();
afterEach(() => typeof localStorage !== 'undefined' && usePreferences.setState(initialPreferences, true));

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
