import type { UserRecord } from '../domain/records';
import { legacySetAside, LEGACY_RECORDS_KEY, readLegacyRecords, type LegacyRead } from './legacy-records';
import { classifyWriteError, RecordsDb, type SetAside, type WriteFailure } from './records-db';
import { rawOf, setAsideList, type SetAsideItem } from './set-aside-list';

export type { SetAsideItem };

export type WriteResult = { ok: true } | { ok: false; failure: WriteFailure };

export interface BookState {
  records: UserRecord[];
  setAside: SetAsideItem[];
  loaded: boolean;
  /** The database cannot be opened at all (blocked, private mode…): nothing can be saved. */
  unavailable: boolean;
  /** Set while the state comes from storage rather than from this tab's own change. */
  fromStorage: boolean;
}

export type ChannelLike = Pick<BroadcastChannel, 'postMessage' | 'onmessage' | 'close'>;

export interface BookOptions {
  db?: RecordsDb;
  /** The channel tabs announce their changes on; null for none. */
  channel?: ChannelLike | null;
  /** Where earlier versions kept records; null for none. */
  legacy?: Storage | null;
  now?: () => string;
}

const CHANGED = { type: 'records-changed' } as const;
const NONE: LegacyRead = { kind: 'none' };

/**
 * The records' validator (zod), loaded when there is a record to check: a page with none, as on
 * a first visit, opens its database without it, and the first view stays light.
 */
const recordSchema = async () => (await import('../domain/records')).userRecordSchema;

/**
 * The user's records, kept in IndexedDB. Every change is one transaction and memory follows only
 * once it has committed, so what the page shows is what is stored. Changes of one tab run one after
 * the other; other tabs hear of each committed change and read the database again. Rows that
 * cannot be read are set aside before anything is written, and never overwritten.
 */
export class RecordsBook {
  readonly db: RecordsDb;
  private readonly channel: ChannelLike | null;
  private readonly legacy: Storage | null;
  private readonly now: () => string;
  private records = new Map<string, UserRecord>();
  /** Keys of unreadable rows still in the records table: never written over. */
  private stuckRows = new Map<string, SetAsideItem & { raw: string }>();
  /** Records read from the earlier localStorage that are not in the database yet. */
  private legacyOnly = new Map<string, UserRecord>();
  private setAside: SetAsideItem[] = [];
  private loaded = false;
  private unavailable = false;
  private chain: Promise<unknown> = Promise.resolve();
  private reloadQueued = false;
  private listeners = new Set<(state: BookState) => void>();

  constructor(options: BookOptions = {}) {
    this.db = options.db ?? new RecordsDb();
    this.channel = options.channel ?? null;
    this.legacy = options.legacy ?? null;
    this.now = options.now ?? (() => new Date().toISOString());
    if (this.channel) this.channel.onmessage = () => void this.reload();
  }

  subscribe(listener: (state: BookState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(fromStorage = false): BookState {
    const records = [...this.records.values(), ...[...this.legacyOnly.values()].filter((r) => !this.records.has(r.id))];
    return { records, setAside: this.setAside, loaded: this.loaded, unavailable: this.unavailable, fromStorage };
  }

  private emit(fromStorage: boolean) {
    const state = this.state(fromStorage);
    this.listeners.forEach((l) => l(state));
  }

  /** One change at a time in this tab, in the order asked. */
  private run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  open(): Promise<void> {
    return this.run(async () => {
      try {
        await this.db.open();
      } catch {
        this.unavailable = true;
        const legacy = this.legacy ? await readLegacyRecords(this.legacy) : NONE;
        if (legacy.kind === 'records') this.legacyOnly = new Map(legacy.records.map((r) => [r.id, r]));
        this.loaded = true;
        this.emit(true);
        return;
      }
      await this.migrateLegacy();
      await this.loadAll();
      this.loaded = true;
      this.emit(true);
    });
  }

  /** Another tab changed something: read everything again (once, however many messages came). */
  reload(): Promise<void> {
    if (this.reloadQueued) return this.chain.then(() => undefined);
    this.reloadQueued = true;
    return this.run(async () => {
      this.reloadQueued = false;
      if (this.unavailable) return;
      await this.loadAll();
      this.emit(true);
    });
  }

  /** Adds or replaces these records, all or none. */
  put(records: UserRecord[]): Promise<WriteResult> {
    return this.run(async () => {
      const schema = await recordSchema();
      const checked = records.map((r) => schema.parse(r));
      if (checked.some((r) => this.stuckRows.has(r.id))) return { ok: false, failure: 'failed' as const };
      const result = await this.write(() => this.db.records.bulkPut(checked));
      if (result.ok) {
        checked.forEach((r) => this.records.set(r.id, r));
        this.afterWrite();
      }
      return result;
    });
  }

  /** Deletes these records, all or none. */
  remove(ids: string[]): Promise<WriteResult> {
    return this.run(async () => {
      const own = ids.filter((id) => !this.stuckRows.has(id));
      const result = await this.write(() => this.db.records.bulkDelete(own));
      if (result.ok) {
        own.forEach((id) => this.records.delete(id));
        this.afterWrite();
      }
      return result;
    });
  }

  /** Exactly these records, in one transaction: what the reset does (set-aside data stays). */
  replaceAll(records: UserRecord[]): Promise<WriteResult> {
    return this.run(async () => {
      const schema = await recordSchema();
      const checked = records.map((r) => schema.parse(r));
      const keep = new Set(checked.map((r) => r.id));
      const drop = [...this.records.keys()].filter((id) => !keep.has(id));
      const result = await this.write(async () => {
        await this.db.records.bulkDelete(drop);
        await this.db.records.bulkPut(checked);
      });
      if (result.ok) {
        this.records = new Map(checked.map((r) => [r.id, r]));
        this.afterWrite();
      }
      return result;
    });
  }

  /** The set-aside data exactly as it was stored. */
  readSetAside(ref: string): Promise<string | null> {
    return this.run(async () => {
      const [kind, key] = [ref.slice(0, 1), ref.slice(2)];
      if (kind === 't') return (await this.db.setAside.get(Number(key)))?.raw ?? null;
      if (kind === 'r') return this.stuckRows.get(key)?.raw ?? null;
      return this.legacy?.getItem(key) ?? null;
    });
  }

  /** Deletes set-aside data for good (the user asked, after being offered the download). */
  deleteSetAside(ref: string): Promise<WriteResult> {
    return this.run(async () => {
      const [kind, key] = [ref.slice(0, 1), ref.slice(2)];
      const result = await this.write(async () => {
        if (kind === 't') await this.db.setAside.delete(Number(key));
        if (kind === 'r') await this.db.records.delete(key);
      });
      if (kind === 'l') this.legacy?.removeItem(key);
      if (result.ok) {
        await this.loadAll();
        this.emit(true);
        this.channel?.postMessage(CHANGED);
      }
      return result;
    });
  }

  close() {
    this.channel?.close();
    this.db.close();
  }

  private afterWrite() {
    this.emit(false);
    this.channel?.postMessage(CHANGED);
  }

  private async write(change: () => Promise<unknown>): Promise<WriteResult> {
    if (this.unavailable) return { ok: false, failure: 'unavailable' };
    try {
      await this.db.transaction('rw', this.db.records, this.db.setAside, change);
      return { ok: true };
    } catch (error) {
      return { ok: false, failure: classifyWriteError(error) };
    }
  }

  /**
   * Moves what earlier versions kept in localStorage into the database, then removes it there.
   * Nothing is removed unless the database took it; a record already in the database is kept.
   */
  private async migrateLegacy() {
    if (!this.legacy) return;
    const legacy = await readLegacyRecords(this.legacy);
    this.legacyOnly.clear();
    if (legacy.kind === 'records') {
      const moved = await this.write(async () => {
        const present = new Set(await this.db.records.where('id').anyOf(legacy.records.map((r) => r.id)).primaryKeys());
        await this.db.records.bulkAdd(legacy.records.filter((r) => !present.has(r.id)));
      });
      if (moved.ok) this.legacy.removeItem(LEGACY_RECORDS_KEY);
      else this.legacyOnly = new Map(legacy.records.map((r) => [r.id, r]));
    } else if (legacy.kind === 'unreadable') {
      const moved = await this.write(() => this.addLegacySetAside({ at: this.now(), reason: legacy.reason, origin: 'local-storage', raw: legacy.raw }));
      if (moved.ok) this.legacy.removeItem(LEGACY_RECORDS_KEY);
    }
    for (const blob of legacySetAside(this.legacy)) {
      const moved = await this.write(() => this.addLegacySetAside({ at: blob.at, reason: 'set aside by an earlier version', origin: 'local-storage', raw: blob.raw }));
      if (moved.ok) this.legacy.removeItem(blob.key);
    }
  }

  /**
   * Sets aside a blob from localStorage unless it already is: a page closed between the commit and
   * the removal of the old key must not list it twice on the next load.
   */
  private async addLegacySetAside(entry: SetAside) {
    const already = await this.db.setAside.filter((s) => s.origin === 'local-storage' && s.raw === entry.raw).count();
    if (already === 0) await this.db.setAside.add(entry);
  }

  /** Reads every row; unreadable ones are set aside (moved in one transaction) or, if that fails, left untouched. */
  private async loadAll() {
    let keys: string[] = [];
    let rows: unknown[] = [];
    let stored: SetAside[] = [];
    await this.db.transaction('r', this.db.records, this.db.setAside, async () => {
      keys = (await this.db.records.toCollection().primaryKeys()) as string[];
      rows = await this.db.records.toArray();
      stored = await this.db.setAside.toArray();
    });
    const records = new Map<string, UserRecord>();
    const bad: { key: string; row: unknown; reason: string }[] = [];
    const schema = rows.length > 0 ? await recordSchema() : null;
    rows.forEach((row, i) => {
      const key = keys[i]!;
      const parsed = schema!.safeParse(row);
      if (parsed.success && parsed.data.id === key) records.set(key, parsed.data);
      else bad.push({ key, row, reason: parsed.success ? 'id does not match its key' : parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).slice(0, 3).join('; ') });
    });
    this.stuckRows.clear();
    if (bad.length > 0) {
      const at = this.now();
      const entry: SetAside = { at, reason: bad.map((b) => `${b.key}: ${b.reason}`).slice(0, 5).join(' | '), origin: 'database', raw: rawOf(bad.map((b) => b.row)) };
      const moved = await this.write(async () => {
        // Another tab may have set them aside since they were read: only what is still there moves.
        const still = await this.db.records.bulkGet(bad.map((b) => b.key));
        if (still.every((row) => row === undefined)) return;
        entry.id = await this.db.setAside.add(entry);
        await this.db.records.bulkDelete(bad.map((b) => b.key));
      });
      if (moved.ok) stored = await this.db.setAside.toArray();
      else bad.forEach((b) => this.stuckRows.set(b.key, { ref: `r:${b.key}`, at, reason: b.reason, origin: 'database', size: rawOf(b.row).length, raw: rawOf([b.row]) }));
    }
    for (const id of [...this.legacyOnly.keys()]) if (records.has(id)) this.legacyOnly.delete(id);
    this.records = records;
    const current = this.legacy ? await readLegacyRecords(this.legacy) : NONE;
    this.setAside = setAsideList(stored, [...this.stuckRows.values()].map(({ raw: _raw, ...item }) => item), this.legacy, current);
  }
}
