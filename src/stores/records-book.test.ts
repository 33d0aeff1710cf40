import { figure, openTab, storedRows } from '../../test/records-kit';
import type { FigureRecord, UserRecord } from '../domain/records';
import { LEGACY_RECORDS_KEY, LEGACY_UNREADABLE_PREFIX } from './legacy-records';
import { RecordsDb } from './records-db';
import type { RecordsBook } from './records-book';

const books: RecordsBook[] = [];
const tab = (...args: Parameters<typeof openTab>) => {
  const book = openTab(...args);
  books.push(book);
  return book;
};
afterEach(() => books.splice(0).forEach((b) => b.close()));

const ids = (records: UserRecord[] | unknown[]) => (records as { id: string }[]).map((r) => r.id).sort();
const name = () => `book-${crypto.randomUUID()}`;
const legacyBlob = (records: unknown[], version = 1) => JSON.stringify({ state: { records }, version });

describe('records from an earlier version’s localStorage', () => {
  it('are moved into the database on first load, whole, and the old key is removed', async () => {
    const db = name();
    localStorage.setItem(LEGACY_RECORDS_KEY, legacyBlob([figure('fig-a'), figure('fig-b', 2)]));
    const book = tab(db, { legacy: localStorage });
    await book.open();
    expect(ids(book.state().records)).toEqual(['fig-a', 'fig-b']);
    expect(ids(await storedRows(db))).toEqual(['fig-a', 'fig-b']);
    expect(localStorage.getItem(LEGACY_RECORDS_KEY)).toBeNull();
  });

  it('migrates version 0 (a source as plain text) on the way', async () => {
    const db = name();
    const { source: _source, ...rest } = figure('fig-old') as FigureRecord;
    localStorage.setItem(LEGACY_RECORDS_KEY, legacyBlob([{ ...rest, source: 'Old report' }], 0));
    const book = tab(db, { legacy: localStorage });
    await book.open();
    expect(book.state().records).toEqual([{ ...rest, source: { text: 'Old report' } }]);
  });

  it('keeps the old data where it is, and shows it, when the database has no room; moves it once there is', async () => {
    const db = name();
    localStorage.setItem(LEGACY_RECORDS_KEY, legacyBlob([figure('fig-a')]));
    let full = true;
    const first = tab(db, { legacy: localStorage, full: () => full });
    await first.open();
    expect(ids(first.state().records)).toEqual(['fig-a']);
    expect(localStorage.getItem(LEGACY_RECORDS_KEY)).not.toBeNull();
    expect(await storedRows(db)).toEqual([]);
    first.close();

    full = false;
    const second = tab(db, { legacy: localStorage, full: () => full });
    await second.open();
    expect(ids(await storedRows(db))).toEqual(['fig-a']);
    expect(localStorage.getItem(LEGACY_RECORDS_KEY)).toBeNull();
  });

  it('sets aside an unreadable blob exactly as it was, and the ones an earlier version set aside', async () => {
    const db = name();
    const broken = '{"state":{"records":[{"kind":"figure","value":"lots"}]},"version":1}';
    localStorage.setItem(LEGACY_RECORDS_KEY, broken);
    localStorage.setItem(`${LEGACY_UNREADABLE_PREFIX}2026-11-01T00:00:00.000Z`, 'older, truncated {"rec');
    const book = tab(db, { legacy: localStorage });
    await book.open();
    const aside = book.state().setAside;
    expect(aside).toHaveLength(2);
    expect(await Promise.all(aside.map((a) => book.readSetAside(a.ref)))).toEqual(expect.arrayContaining([broken, 'older, truncated {"rec']));
    expect(localStorage.length).toBe(0);
    expect(book.state().records).toEqual([]);
  });
});

describe('a write the browser refuses', () => {
  it('is reported as a quota failure and changes neither memory nor storage', async () => {
    const db = name();
    let full = false;
    const book = tab(db, { full: () => full });
    await book.open();
    expect(await book.put([figure('fig-a')])).toEqual({ ok: true });
    full = true;
    expect(await book.put([figure('fig-b')])).toEqual({ ok: false, failure: 'quota' });
    expect(await book.remove(['fig-a'])).toEqual({ ok: false, failure: 'quota' });
    expect(ids(book.state().records)).toEqual(['fig-a']);
    expect(ids(await storedRows(db))).toEqual(['fig-a']);
  });

  it('leaves a change of many steps all there or none of it', async () => {
    const db = name();
    let writes = 0;
    // The reset deletes, then writes: the disk fills between the two, and the delete is undone too.
    const book = tab(db, { full: () => ++writes > 2 });
    await book.open();
    await book.put([figure('fig-a')]);
    const many = Array.from({ length: 50 }, (_, i) => figure(`fig-${i}`));
    expect(await book.replaceAll(many)).toEqual({ ok: false, failure: 'quota' });
    expect(writes).toBe(3);
    expect(ids(await storedRows(db))).toEqual(['fig-a']);
    expect(ids(book.state().records)).toEqual(['fig-a']);
  });
});

describe('stored rows that cannot be read', () => {
  const seed = async (db: string, rows: unknown[]) => {
    const raw = new RecordsDb(db);
    await raw.records.bulkPut(rows);
    raw.close();
  };

  it('are set aside before anything is written, listed, and downloadable as they were', async () => {
    const db = name();
    const bad = { id: 'fig-bad', kind: 'figure', value: 'lots' };
    await seed(db, [figure('fig-ok'), bad]);
    const book = tab(db);
    await book.open();
    expect(ids(book.state().records)).toEqual(['fig-ok']);
    const [item] = book.state().setAside;
    expect(item).toMatchObject({ origin: 'database' });
    expect(JSON.parse((await book.readSetAside(item!.ref))!)).toEqual([bad]);
    expect(ids(await storedRows(db))).toEqual(['fig-ok']);
  });

  it('stay in place, listed and never overwritten, when there is no room to move them', async () => {
    const db = name();
    const bad = { id: 'fig-bad', kind: 'figure', value: 'lots' };
    await seed(db, [figure('fig-ok'), bad]);
    const book = tab(db, { full: () => true });
    await book.open();
    expect(book.state().setAside).toMatchObject([{ ref: 'r:fig-bad', origin: 'database' }]);
    expect((await book.put([figure('fig-bad', 3)])).ok).toBe(false);
    book.close();
    // Reloaded twice: still there, still listed.
    for (let i = 0; i < 2; i++) {
      const again = tab(db, { full: () => true });
      await again.open();
      expect(again.state().setAside.map((s) => s.ref)).toEqual(['r:fig-bad']);
      again.close();
    }
    expect(await storedRows(db)).toContainEqual(bad);
  });

  it('are gone only when the user deletes them', async () => {
    const db = name();
    await seed(db, [{ id: 'x', kind: 'nothing' }]);
    const book = tab(db);
    await book.open();
    const [item] = book.state().setAside;
    await book.reload();
    expect(book.state().setAside).toHaveLength(1);
    expect(await book.deleteSetAside(item!.ref)).toEqual({ ok: true });
    expect(book.state().setAside).toEqual([]);
  });
});

describe('two tabs', () => {
  it('saving at the same moment both keep their records, and each follows the other', async () => {
    const db = name();
    const [a, b] = [tab(db), tab(db)];
    await Promise.all([a.open(), b.open()]);
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => a.put([figure(`fig-a${i}`)])),
      ...Array.from({ length: 10 }, (_, i) => b.put([figure(`fig-b${i}`)])),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = ids(await storedRows(db));
    expect(stored).toHaveLength(20);
    await vi.waitFor(() => {
      expect(ids(a.state().records)).toEqual(stored);
      expect(ids(b.state().records)).toEqual(stored);
    });
  });

  it('a reset in one tab keeps what the other saved after it last heard', async () => {
    const db = name();
    const [a, b] = [tab(db), tab(db)];
    await Promise.all([a.open(), b.open()]);
    await a.put([figure('fig-old')]);
    await vi.waitFor(() => expect(ids(b.state().records)).toEqual(['fig-old']));
    await Promise.all([b.put([figure('fig-new')]), a.replaceAll([])]);
    const stored = ids(await storedRows(db));
    expect(stored).toContain('fig-new');
    await vi.waitFor(() => expect(ids(a.state().records)).toEqual(stored));
  });
});
