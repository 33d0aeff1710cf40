import Dexie, { type Table } from 'dexie';

/** Stored data that could not be read, kept as it was until the user deletes it. */
export interface SetAside {
  id?: number;
  /** When it was found (ISO instant). */
  at: string;
  /** Why it could not be read, in the words of the check that refused it. */
  reason: string;
  /** Where it was found: this database, or the localStorage of earlier versions. */
  origin: 'database' | 'local-storage';
  /** The data exactly as it was stored (JSON of the rows for the database). */
  raw: string;
}

/**
 * The records database: one row per record (keyed by its id), so a change touches only its own
 * row, in one transaction, and two tabs writing different records can never overwrite each
 * other. Rows are validated when read, never trusted.
 */
export class RecordsDb extends Dexie {
  records!: Table<unknown, string>;
  setAside!: Table<SetAside, number>;

  constructor(name = RECORDS_DB_NAME) {
    super(name);
    this.version(1).stores({ records: 'id', setAside: '++id' });
  }
}

export const RECORDS_DB_NAME = 'policy-targets';

export type WriteFailure = 'quota' | 'unavailable' | 'failed';

/** What kind of refusal an IndexedDB error is, through Dexie's wrapping. */
export function classifyWriteError(error: unknown): WriteFailure {
  const names: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const { name, inner } = e as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    e = inner;
  }
  if (names.some((n) => /Quota/i.test(n))) return 'quota';
  if (names.some((n) => /MissingAPI|InvalidState|Open|DatabaseClosed|Version/i.test(n))) return 'unavailable';
  return 'failed';
}
