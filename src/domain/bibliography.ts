import type { Citation, Source } from './types';

/** Where a record says its figure or assessment comes from: a document, a meeting, a call… */
export interface RecordSourceRef {
  text: string;
  url?: string;
}

/**
 * One entry of a document's bibliography: a published source (an article of the dataset) or the
 * source a user gave with a record or with an item of their own.
 */
export type BibliographyEntry =
  | { n: number; kind: 'source'; source: Source }
  /** A source id the dataset no longer lists: the entry says so rather than vanish. */
  | { n: number; kind: 'missing'; sourceId: string }
  | { n: number; kind: 'record'; text: string; url?: string };

const recordKey = (text: string, url: string | undefined) => `record\u0000${text.trim().replace(/\s+/g, ' ').toLowerCase()}\u0000${url ?? ''}`;

/**
 * Numbers the sources of a document in the order they are first cited, one entry per source
 * however often it is cited: an article cited by twenty items is entry 3 twenty times. A user's
 * source is one source whether it came with a record or with an item of their own, and the same
 * words and link given twice are one entry.
 */
export function bibliography(sources: readonly Source[]) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const byKey = new Map<string, BibliographyEntry>();
  const entry = (key: string, make: (n: number) => BibliographyEntry) => {
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = make(byKey.size + 1)));
    return found.n;
  };
  const citeRecord = (ref: RecordSourceRef): number => {
    const url = ref.url?.trim() || undefined;
    return entry(recordKey(ref.text, url), (n) => ({ n, kind: 'record', text: ref.text.trim(), ...(url ? { url } : {}) }));
  };
  const citeSource = (sourceId: string): number => {
    const source = byId.get(sourceId);
    if (!source) return entry(`missing\u0000${sourceId}`, (n) => ({ n, kind: 'missing', sourceId }));
    if (source.origin === 'user') return citeRecord({ text: source.title, ...(source.url ? { url: source.url } : {}) });
    return entry(`source\u0000${source.id}`, (n) => ({ n, kind: 'source', source }));
  };
  return {
    /** The entry numbers of an item's citations, ascending, each once. */
    cite: (citations: readonly Citation[]): number[] => [...new Set(citations.map((c) => citeSource(c.sourceId)))].sort((a, b) => a - b),
    citeRecord,
    entries: (): BibliographyEntry[] => [...byKey.values()],
  };
}

export type Bibliography = ReturnType<typeof bibliography>;
