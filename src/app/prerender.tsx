/**
 * The overview's first screen rendered at build time (scripts/prerender-plugin.ts puts it in
 * index.html; main.tsx hydrates it). It renders the app itself, at `/` with the shipped dataset,
 * so whatever the overview is at build time is what gets prerendered.
 */
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { datasetQueryOptions, type LoadedDataset } from '../api/get-dataset';
import { parseDataset } from '../domain/parse-dataset';
import type { Locale } from '../domain/types';
import { startI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { useRecords } from '../stores/records';
import { App } from './app';

export interface FirstViewInput {
  /** The shipped dataset file's JSON: validated as the app validates it, so a broken file fails the build. */
  json: unknown;
  sha256: string;
  locale: Locale;
}

/**
 * What a browser has before the app's first render, where Node lacks it: a language, a network,
 * and an IntersectionObserver that has not fired yet (so charts below the fold wait, as on screen).
 */
function browserAtFirstRender(locale: Locale): () => void {
  const saved = { navigator: globalThis.navigator, IntersectionObserver: globalThis.IntersectionObserver };
  Object.defineProperty(globalThis, 'navigator', { value: { languages: [locale], language: locale, onLine: true }, configurable: true, writable: true });
  globalThis.IntersectionObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  } as unknown as typeof IntersectionObserver;
  return () => {
    Object.defineProperty(globalThis, 'navigator', { value: saved.navigator, configurable: true, writable: true });
    globalThis.IntersectionObserver = saved.IntersectionObserver;
  };
}

/** The overview's address, which the prerender shows. */
function AtRoot({ children }: { children: ReactNode }) {
  return <MemoryRouter initialEntries={['/']}>{children}</MemoryRouter>;
}

export async function renderFirstView({ json, sha256, locale }: FirstViewInput): Promise<string> {
  const loaded: LoadedDataset = { dataset: parseDataset(json), copy: { fromCache: false, savedAt: new Date().toISOString() }, sha256 };
  const queryClient = createQueryClient();
  queryClient.setQueryData(datasetQueryOptions().queryKey, loaded);
  // Node has no IndexedDB: the build's first view is the shipped data with no records of a user's.
  useRecords.setState({ records: [], loaded: true });
  const restore = browserAtFirstRender(locale);
  try {
    await startI18n(locale);
    // The same tree as main.tsx renders, so React's ids and the markup match when it hydrates.
    return renderToString(
      <StrictMode>
        <App queryClient={queryClient} Router={AtRoot} />
      </StrictMode>,
    );
  } finally {
    restore();
  }
}
