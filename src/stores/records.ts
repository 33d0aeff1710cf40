import { create } from 'zustand';
import type { UserRecord } from '../domain/records';
import type { BookOptions, BookState, RecordsBook, SetAsideItem, WriteResult } from './records-book';
import { RECORDS_CHANNEL } from './records-channel';
import type { WriteFailure } from './records-db';
import { requestPersistence } from './storage-estimate';

export type { SetAsideItem, WriteResult } from './records-book';

interface RecordsState {
  records: UserRecord[];
  /** False until the stored records have been read: views wait rather than show none. */
  loaded: boolean;
  /** The browser gives this page no storage at all. */
  unavailable: boolean;
  /** Stored data that could not be read, kept until the user deletes it. */
  setAside: SetAsideItem[];
  /** The last write the browser refused, until dismissed or a write succeeds. */
  writeError: WriteFailure | null;
  /** The last record deleted, for undo; never stored. */
  lastDeleted: UserRecord | null;
  /**
   * Each change resolves once stored, or with the reason it was not: the page changes only
   * after the browser has kept the change.
   */
  add: (record: UserRecord) => Promise<WriteResult>;
  update: (record: UserRecord) => Promise<WriteResult>;
  remove: (id: string) => Promise<WriteResult>;
  undoRemove: () => Promise<WriteResult>;
  /** Adds or replaces these records in one transaction (an import). */
  importRecords: (records: UserRecord[]) => Promise<WriteResult>;
  replaceAll: (records: UserRecord[]) => Promise<WriteResult>;
  readSetAside: (ref: string) => Promise<string | null>;
  deleteSetAside: (ref: string) => Promise<WriteResult>;
  dismissWriteError: () => void;
}

/** The records database, loaded with its code (Dexie, the records schema) after the first view. */
let book: RecordsBook | null = null;
let opening: Promise<RecordsBook> | null = null;
let readingStorage = false;
/** True while records are read back from storage (another tab's change, or the first load): nothing new to send on. */
export const isReadingOtherTab = () => readingStorage;

const unavailableResult: WriteResult = { ok: false, failure: 'unavailable' };

/** Runs a write and records its failure, so a banner can say what happened. */
async function written(write: (b: RecordsBook) => Promise<WriteResult>): Promise<WriteResult> {
  const book = await opening?.catch(() => null);
  const result = book ? await write(book).catch((): WriteResult => ({ ok: false, failure: 'failed' })) : unavailableResult;
  useRecords.setState({ writeError: result.ok ? null : result.failure });
  return result;
}

export const useRecords = create<RecordsState>()((set, get) => ({
  records: [],
  loaded: false,
  unavailable: false,
  setAside: [],
  writeError: null,
  lastDeleted: null,
  add: (record) => written((b) => b.put([record])),
  update: (record) => written((b) => b.put([record])),
  remove: async (id) => {
    const record = get().records.find((r) => r.id === id) ?? null;
    const result = await written((b) => b.remove([id]));
    if (result.ok) set({ lastDeleted: record });
    return result;
  },
  undoRemove: async () => {
    const { lastDeleted, records } = get();
    if (!lastDeleted || records.some((r) => r.id === lastDeleted.id)) return { ok: true };
    const result = await written((b) => b.put([lastDeleted]));
    if (result.ok) set({ lastDeleted: null });
    return result;
  },
  importRecords: (records) => written((b) => b.put(records)),
  replaceAll: async (records) => {
    const result = await written((b) => b.replaceAll(records));
    if (result.ok) set({ lastDeleted: null });
    return result;
  },
  readSetAside: async (ref) => (await opening?.catch(() => null))?.readSetAside(ref) ?? null,
  deleteSetAside: (ref) => written((b) => b.deleteSetAside(ref)),
  dismissWriteError: () => set({ writeError: null }),
}));

function follow(state: BookState) {
  readingStorage = state.fromStorage;
  try {
    useRecords.setState({ records: state.records, setAside: state.setAside, loaded: state.loaded, unavailable: state.unavailable });
  } finally {
    readingStorage = false;
  }
}

const defaultOptions = (): BookOptions => ({
  channel: typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(RECORDS_CHANNEL),
  legacy: typeof localStorage === 'undefined' ? null : localStorage,
});

/**
 * Opens the records database (closing any open one) and follows it; resolves once read. Its code
 * is a chunk of its own, loaded alongside the dataset: the first view paints without it.
 */
export async function startRecords(options?: BookOptions): Promise<void> {
  const previous = opening;
  const next = (opening = import('./records-book').then(async ({ RecordsBook }) => {
    (await previous?.catch(() => null))?.close();
    const opened = new RecordsBook(options ?? defaultOptions());
    opened.subscribe(follow);
    book = opened;
    return opened;
  }));
  await (await next).open();
}

/** Resolves once the stored records have been read (at once when they have). */
export function whenRecordsLoaded(): Promise<void> {
  return new Promise((resolve) => {
    if (useRecords.getState().loaded) return resolve();
    const stop = useRecords.subscribe((s) => {
      if (!s.loaded) return;
      stop();
      resolve();
    });
  });
}

/** The open database, for tests that look at what is stored. */
export const currentBook = () => book;

if (typeof indexedDB !== 'undefined') {
  void startRecords().then(() => {
    if (import.meta.env.PROD) void requestPersistence();
  });
}
