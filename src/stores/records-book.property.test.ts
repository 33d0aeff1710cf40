import fc from 'fast-check';
import { figure, openTab, storedRows } from '../../test/records-kit';
import { RecordsDb } from './records-db';
import type { RecordsBook } from './records-book';

type Op = { kind: 'add' | 'update' | 'remove' | 'import'; pick: number; count: number; diskFull: boolean };

const arbitraryOp = (): fc.Arbitrary<Op> =>
  fc.record({
    kind: fc.constantFrom('add', 'add', 'update', 'remove', 'import'),
    pick: fc.nat(20),
    count: fc.integer({ min: 1, max: 4 }),
    // The disk is full for about one operation in four.
    diskFull: fc.constantFrom(false, false, false, true),
  });

const arbitraryBadRow = () =>
  fc.oneof(
    fc.record({ id: fc.constantFrom('bad-1', 'bad-2'), kind: fc.constantFrom('figure', 'nothing'), value: fc.string() }),
    fc.record({ id: fc.constantFrom('bad-3'), kind: fc.constant('assessment') }),
  );

/**
 * Runs each tab's operations in order, the tabs at the same time. Returns what each tab was told
 * had been stored: its model, id → value.
 */
async function runTab(book: RecordsBook, tabIndex: number, ops: Op[], setFull: (full: boolean) => void) {
  const model = new Map<string, number>();
  let next = 0;
  const newId = () => `fig-t${tabIndex}-${next++}`;
  const owned = () => [...model.keys()];
  for (const op of ops) {
    setFull(op.diskFull);
    const ids = owned();
    const picked = ids.length > 0 ? ids[op.pick % ids.length]! : null;
    if (op.kind === 'add' || (op.kind !== 'import' && picked === null)) {
      const id = newId();
      if ((await book.put([figure(id, op.pick)])).ok) model.set(id, op.pick);
    } else if (op.kind === 'update') {
      const value = op.pick + 1000;
      if ((await book.put([figure(picked!, value)])).ok) model.set(picked!, value);
    } else if (op.kind === 'remove') {
      if ((await book.remove([picked!])).ok) model.delete(picked!);
    } else {
      const batch = Array.from({ length: op.count }, () => figure(newId(), op.count));
      if ((await book.put(batch)).ok) batch.forEach((r) => model.set(r.id, op.count));
    }
    setFull(false);
  }
  return model;
}

describe('the records storage, under random writes, full disks, corrupt rows and concurrent tabs', () => {
  it('never loses an acknowledged record, never keeps a refused one, and every tab ends as stored', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(arbitraryOp(), { maxLength: 8 }), { minLength: 2, maxLength: 3 }),
        fc.uniqueArray(arbitraryBadRow(), { selector: (r) => r.id, maxLength: 2 }),
        async (tabsOps, badRows) => {
          const db = `prop-${crypto.randomUUID()}`;
          if (badRows.length > 0) {
            const raw = new RecordsDb(db);
            await raw.records.bulkPut(badRows);
            raw.close();
          }
          const full = tabsOps.map(() => false);
          const books = tabsOps.map((_, i) => openTab(db, { full: () => full[i]! }));
          try {
            await Promise.all(books.map((b) => b.open()));
            const models = await Promise.all(books.map((b, i) => runTab(b, i, tabsOps[i]!, (f) => (full[i] = f))));
            const expected = new Map(models.flatMap((m) => [...m]));
            const stored = (await storedRows(db)) as { id: string; value?: number }[];
            const storedGood = stored.filter((r) => !r.id.startsWith('bad-'));
            expect(new Map(storedGood.map((r) => [r.id, r.value]))).toEqual(expected);
            // Every tab follows the others to what is stored.
            await vi.waitFor(() => {
              for (const b of books) expect(new Map(b.state().records.map((r) => [r.id, (r as { value: number }).value]))).toEqual(expected);
            });
            // Unreadable rows are kept: set aside, or still in place, never lost.
            const kept = (await Promise.all(books[0]!.state().setAside.map((s) => books[0]!.readSetAside(s.ref)))).join('\n');
            for (const bad of badRows) expect(kept).toContain(JSON.stringify(bad));
          } finally {
            books.forEach((b) => b.close());
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
