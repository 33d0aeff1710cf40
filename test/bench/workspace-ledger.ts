/**
 * What the workspace load benchmark checks, as plain functions: the latency figures of the timed
 * changes, and whether every change the server acknowledged is on the server exactly once.
 *
 * Every change carries a tag of its own (in the record's `note`), so one audit entry names one
 * change: a create or update by `recordId#tag`, a delete by `recordId#delete`.
 */
import type { UserRecord } from '../../src/domain/records';
import { withoutMeta, type AuditEntry, type WorkspaceRecord } from '../../src/domain/workspace';
import { canonical } from '../../src/server/records-store';

export type ChangeKind = 'create' | 'update' | 'delete';

/** A change the server said it took (201, 200 or 204), with the version it gave the record. */
export interface Acknowledged {
  kind: ChangeKind;
  id: string;
  key: string;
  version: number;
  /** The record as sent (creates and updates). */
  body?: UserRecord;
}

export interface Ledger {
  acknowledged: Acknowledged[];
  /** Keys of changes refused with 412 (someone else changed the record first): must not be applied. */
  refused: string[];
  /** Keys of changes whose answer never came (timeout, connection lost): applied at most once. */
  uncertain: string[];
  /** Records an uncertain change touched: their final state cannot be predicted. */
  tainted: string[];
}

export const changeKey = (id: string, tag: string | 'delete') => `${id}#${tag}`;

/** The key of the change an audit entry records, or undefined when it is none of ours. */
export function auditKey(entry: Pick<AuditEntry, 'action' | 'recordId' | 'after'>): string | undefined {
  if (!entry.recordId) return undefined;
  if (entry.action === 'delete') return changeKey(entry.recordId, 'delete');
  const note = (entry.after as { note?: unknown } | null)?.note;
  return typeof note === 'string' ? changeKey(entry.recordId, note) : undefined;
}

/** Nearest-rank percentile (p in 0–100) of values sorted ascending; NaN for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface LatencySummary {
  count: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarizeLatencies(samplesMs: readonly number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    min: round(sorted[0] ?? NaN),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
    mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || NaN)),
  };
}

export interface Verification {
  /** Acknowledged changes missing from the server: no audit entry, overwritten by another change acknowledged with the same version, or not the record's final state. */
  lost: number;
  /** Changes applied more than once, or applied though nobody was told they were. */
  duplicated: number;
  /** 412 answers whose change is on the server anyway (a silent overwrite). */
  refusedButApplied: number;
  /** Records the server holds that the editors expect (present, with the expected version and content). */
  recordsMatching: number;
  auditEntries: number;
  /** Up to 20 descriptions of what went wrong, for the report. */
  problems: string[];
}

/**
 * Compares what the editors were told with what the server holds, for the records whose id starts
 * with `prefix`: the audit log must hold each acknowledged change once and nothing refused, and
 * each record must be as its last acknowledged change left it (or absent after a delete).
 */
export function verify(ledger: Ledger, serverRecords: readonly WorkspaceRecord[], audit: readonly AuditEntry[], prefix: string): Verification {
  const problems: string[] = [];
  const note = (problem: string) => problems.length < 20 && problems.push(problem);
  const lostKeys = new Set<string>();
  let duplicated = 0;
  let refusedButApplied = 0;

  const auditCounts = new Map<string, number>();
  let auditEntries = 0;
  for (const entry of audit) {
    if (!entry.recordId?.startsWith(prefix)) continue;
    auditEntries++;
    const key = auditKey(entry) ?? `${entry.recordId}#?${entry.id}`;
    auditCounts.set(key, (auditCounts.get(key) ?? 0) + 1);
  }

  const acknowledgedKeys = new Set(ledger.acknowledged.map((a) => a.key));
  for (const ack of ledger.acknowledged) {
    const count = auditCounts.get(ack.key) ?? 0;
    if (count === 0) {
      lostKeys.add(ack.key);
      note(`${ack.kind} ${ack.key} was acknowledged but is not in the audit log`);
    } else if (count > 1) {
      duplicated += count - 1;
      note(`${ack.kind} ${ack.key} is in the audit log ${count} times`);
    }
  }
  const refused = new Set(ledger.refused);
  const uncertain = new Set(ledger.uncertain);
  for (const [key, count] of auditCounts) {
    if (acknowledgedKeys.has(key)) continue;
    if (refused.has(key)) {
      refusedButApplied += count;
      note(`${key} was refused with 412 but is in the audit log`);
    } else if (!uncertain.has(key) || count > 1) {
      duplicated += uncertain.has(key) ? count - 1 : count;
      note(`${key} is in the audit log but no editor was told it was taken`);
    }
  }

  // Two changes acknowledged with the same resulting version: the second overwrote the first.
  const byVersion = new Map<string, Acknowledged>();
  const last = new Map<string, Acknowledged>();
  for (const ack of ledger.acknowledged) {
    const slot = `${ack.id}@${ack.kind === 'delete' ? 'deleted' : ack.version}`;
    const earlier = byVersion.get(slot);
    if (earlier) {
      lostKeys.add(earlier.key);
      note(`${earlier.key} and ${ack.key} were both acknowledged as version ${ack.version} of ${ack.id}`);
    } else byVersion.set(slot, ack);
    const previous = last.get(ack.id);
    if (!previous || ack.kind === 'delete' || (previous.kind !== 'delete' && ack.version > previous.version)) last.set(ack.id, ack);
  }

  const onServer = new Map(serverRecords.filter((r) => r.id.startsWith(prefix)).map((r) => [r.id, r]));
  const tainted = new Set(ledger.tainted);
  let recordsMatching = 0;
  for (const [id, ack] of last) {
    const record = onServer.get(id);
    onServer.delete(id);
    if (tainted.has(id)) continue;
    if (ack.kind === 'delete') {
      if (record) {
        lostKeys.add(ack.key);
        note(`${id} was deleted (acknowledged) but is still on the server at version ${record.version}`);
      }
      continue;
    }
    if (!record) {
      lostKeys.add(ack.key);
      note(`${id} should be at version ${ack.version} but is not on the server`);
    } else if (record.version !== ack.version || canonical(withoutMeta(record)) !== canonical(ack.body)) {
      lostKeys.add(ack.key);
      note(`${id} should hold ${ack.key} at version ${ack.version}; the server has version ${record.version} (${(record as { note?: string }).note ?? 'no note'})`);
    } else recordsMatching++;
  }
  for (const id of onServer.keys()) {
    if (tainted.has(id)) continue;
    duplicated++;
    note(`${id} is on the server but no editor was told it was created`);
  }
  return { lost: lostKeys.size, duplicated, refusedButApplied, recordsMatching, auditEntries, problems };
}
