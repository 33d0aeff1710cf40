import type { AuditEntry, WorkspaceRecord } from '../../src/domain/workspace';
import { benchFigure } from '../bench/workspace-editor';
import { changeKey, percentile, summarizeLatencies, verify, type Acknowledged, type Ledger } from '../bench/workspace-ledger';
import { judge } from '../bench/workspace-report';

const P = 'bench-';
let auditId = 0;
const entry = (action: string, recordId: string, after: unknown, before: unknown = null): AuditEntry => ({
  id: ++auditId,
  at: '2026-12-02T08:00:00.000Z',
  userEmail: 'e@example.org',
  action,
  recordId,
  before,
  after,
});
const onServer = (body: ReturnType<typeof benchFigure>, version: number): WorkspaceRecord => ({ ...body, version, createdBy: 'A', updatedBy: 'B' });
const ledger = (acknowledged: Acknowledged[], more: Partial<Ledger> = {}): Ledger => ({ acknowledged, refused: [], uncertain: [], tainted: [], ...more });

/** One record created, updated and kept; another created and deleted: what the server holds when nothing went wrong. */
function healthyRun() {
  const v1 = benchFigure(`${P}a`, 'e1-c1', 1);
  const v2 = benchFigure(`${P}a`, 'e1-c2', 2);
  const gone = benchFigure(`${P}b`, 'e1-c3', 3);
  const acks: Acknowledged[] = [
    { kind: 'create', id: v1.id, key: changeKey(v1.id, 'e1-c1'), version: 1, body: v1 },
    { kind: 'update', id: v1.id, key: changeKey(v1.id, 'e1-c2'), version: 2, body: v2 },
    { kind: 'create', id: gone.id, key: changeKey(gone.id, 'e1-c3'), version: 1, body: gone },
    { kind: 'delete', id: gone.id, key: changeKey(gone.id, 'delete'), version: 1 },
  ];
  const audit = [entry('create', v1.id, v1), entry('update', v1.id, v2, v1), entry('create', gone.id, gone), entry('delete', gone.id, null, gone)];
  return { v1, v2, gone, acks, audit, records: [onServer(v2, 2)] };
}

describe('the workspace load benchmark’s figures', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(summarizeLatencies([30, 10, 20, 40])).toMatchObject({ count: 4, min: 10, p50: 20, p99: 40, max: 40, mean: 25 });
  });

  it('finds nothing wrong when the server holds every acknowledged change once', () => {
    const run = healthyRun();
    expect(verify(ledger(run.acks), run.records, run.audit, P)).toMatchObject({ lost: 0, duplicated: 0, refusedButApplied: 0, recordsMatching: 1, auditEntries: 4 });
  });

  it('counts an acknowledged change missing from the audit log or from the record as lost', () => {
    const run = healthyRun();
    const noUpdateLogged = run.audit.filter((e) => e.action !== 'update');
    expect(verify(ledger(run.acks), run.records, noUpdateLogged, P).lost).toBe(1);
    const oldVersionKept = [onServer(run.v1, 1)];
    expect(verify(ledger(run.acks), oldVersionKept, run.audit, P).lost).toBe(1);
    const deleteUndone = [...run.records, onServer(run.gone, 1)];
    expect(verify(ledger(run.acks), deleteUndone, run.audit, P).lost).toBe(1);
  });

  it('counts two changes acknowledged as the same version as one lost (the second overwrote the first)', () => {
    const run = healthyRun();
    const rival = benchFigure(run.v1.id, 'e2-c1', 9);
    const acks = [...run.acks, { kind: 'update' as const, id: rival.id, key: changeKey(rival.id, 'e2-c1'), version: 2, body: rival }];
    const audit = [...run.audit, entry('update', rival.id, rival, run.v1)];
    expect(verify(ledger(acks), [onServer(rival, 2)], audit, P).lost).toBe(1);
  });

  it('counts a change applied twice, or applied without anyone told, as duplicated; a refused one applied apart', () => {
    const run = healthyRun();
    expect(verify(ledger(run.acks), run.records, [...run.audit, entry('update', run.v1.id, run.v2)], P).duplicated).toBe(1);
    const stray = benchFigure(`${P}c`, 'e1-c9', 1);
    expect(verify(ledger(run.acks), [...run.records, onServer(stray, 1)], [...run.audit, entry('create', stray.id, stray)], P).duplicated).toBe(2);
    const refusedKey = changeKey(run.v1.id, 'e2-c5');
    const refused = verify(ledger(run.acks, { refused: [refusedKey] }), run.records, [...run.audit, entry('update', run.v1.id, { note: 'e2-c5' })], P);
    expect(refused).toMatchObject({ refusedButApplied: 1, duplicated: 0 });
  });

  it('accepts a change whose answer never came at most once, and leaves its record unchecked', () => {
    const run = healthyRun();
    const lateKey = changeKey(run.v1.id, 'e1-c4');
    const late = ledger(run.acks, { uncertain: [lateKey], tainted: [run.v1.id] });
    const applied = [...run.audit, entry('update', run.v1.id, { note: 'e1-c4' })];
    expect(verify(late, [onServer(benchFigure(run.v1.id, 'e1-c4', 4), 3)], applied, P)).toMatchObject({ lost: 0, duplicated: 0 });
    expect(verify(late, run.records, [...applied, entry('update', run.v1.id, { note: 'e1-c4' })], P).duplicated).toBe(1);
  });

  it('ignores records and audit entries outside the benchmark', () => {
    const run = healthyRun();
    const other = { ...onServer(benchFigure('someone-else', 'x', 1), 1) };
    expect(verify(ledger(run.acks), [...run.records, other], [...run.audit, entry('create', 'someone-else', other)], P)).toMatchObject({
      lost: 0,
      duplicated: 0,
      auditEntries: 4,
    });
  });

  it('fails on anything lost, duplicated or unanswered, and on p99 at 250 ms or more from 50 editors', () => {
    const clean = { editors: 50, p99: 249.9, lost: 0, duplicated: 0, refusedButApplied: 0, errors: 0, unexpected: 0 };
    expect(judge(clean)).toEqual({ ok: true, reasons: [] });
    expect(judge({ ...clean, p99: 250 }).reasons).toEqual(['p99 250 ms is not under 250 ms at 50 editors']);
    expect(judge({ ...clean, editors: 49, p99: 900 }).ok).toBe(true);
    expect(judge({ ...clean, p99: NaN }).ok).toBe(false);
    expect(judge({ ...clean, lost: 1 }).reasons).toEqual(['1 acknowledged change(s) lost']);
    expect(judge({ ...clean, duplicated: 2 }).ok).toBe(false);
    expect(judge({ ...clean, refusedButApplied: 1 }).ok).toBe(false);
    expect(judge({ ...clean, errors: 1 }).ok).toBe(false);
  });
});
