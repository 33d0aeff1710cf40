/**
 * The workspace load benchmark's verdict and its printed report. The JSON written to
 * test-results/bench/server.json is the `WorkspaceBenchReport` itself.
 */
import type { EditorTally } from './workspace-editor';
import type { LatencySummary, Verification } from './workspace-ledger';
import type { PostgresConditions } from './workspace-setup';

/** p99 of the timed changes must stay under this at 50 editors or more. */
export const P99_LIMIT_MS = 250;
export const P99_LIMIT_FROM_EDITORS = 50;

export interface WorkspaceBenchReport {
  measuredAt: string;
  options: { editors: number; changesPerEditor: number; maxSeconds: number; sharedRecords: number; mix: Record<string, number> };
  conditions: {
    postgres: PostgresConditions;
    node: string;
    cpus: number;
    cpuModel: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    /** Share of the last minute in which some task waited for a core (Linux PSI), before and after the changes. */
    cpuPressurePercent: { atStart: number | null; atEnd: number | null };
    serverDatabasePool: number;
    transport: string;
    requestTimeoutMs: number;
  };
  timedSeconds: number;
  editorsStoppedByTimeBound: number;
  changes: Omit<EditorTally, 'statuses'> & { attempted: number; acknowledged: number; statuses: Record<string, number> };
  throughput: { acknowledgedPerSecond: number; attemptedPerSecond: number };
  latencyMs: LatencySummary;
  verification: Verification;
  server: { cpuMs: number; maxRssMb: number } | null;
  /** CPU time of this process (the editors' HTTP clients) during the changes: taken from the same two cores. */
  editorsCpuMs: number;
  problems: string[];
  verdict: { ok: boolean; reasons: string[] };
}

/** Why the run fails (none: it passes). Wrong answers fail at any size; the p99 limit applies from 50 editors. */
export function judge(input: {
  editors: number;
  p99: number;
  lost: number;
  duplicated: number;
  refusedButApplied: number;
  errors: number;
  unexpected: number;
}): { ok: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (input.lost > 0) reasons.push(`${input.lost} acknowledged change(s) lost`);
  if (input.duplicated > 0) reasons.push(`${input.duplicated} change(s) duplicated`);
  if (input.refusedButApplied > 0) reasons.push(`${input.refusedButApplied} change(s) refused with 412 yet applied`);
  if (input.errors > 0) reasons.push(`${input.errors} request(s) got no answer within the timeout`);
  if (input.unexpected > 0) reasons.push(`${input.unexpected} unexpected answer(s) (see problems)`);
  if (input.editors >= P99_LIMIT_FROM_EDITORS && !(input.p99 < P99_LIMIT_MS))
    reasons.push(`p99 ${input.p99} ms is not under ${P99_LIMIT_MS} ms at ${input.editors} editors`);
  return { ok: reasons.length === 0, reasons };
}

const n = (value: number) => value.toLocaleString('en-GB');

export function printReport(report: WorkspaceBenchReport): void {
  const { conditions: c, changes: ch, latencyMs: l, verification: v } = report;
  const lines = [
    '',
    `Workspace load: ${report.options.editors} editors × ${report.options.changesPerEditor} changes, ${report.options.sharedRecords} shared records`,
    `  conditions   PostgreSQL ${c.postgres.version} (${c.postgres.origin}; fsync ${c.postgres.fsync}, synchronous_commit ${c.postgres.synchronousCommit}),`,
    `               Node ${c.node}, ${c.cpus} cores (${c.cpuModel}), load average ${c.loadAverageAtStart.join(' ')} at start, ${c.loadAverageAtEnd.join(' ')} at end,`,
    ...(c.cpuPressurePercent.atStart === null ? [] : [`               some task waited for a core ${c.cpuPressurePercent.atStart}% of the minute before, ${c.cpuPressurePercent.atEnd}% of the last minute`]),
    `               ${c.transport}, server database pool ${c.serverDatabasePool}`,
    `  changes      ${n(ch.attempted)} in ${report.timedSeconds.toFixed(1)} s: ${n(ch.acknowledged)} acknowledged, ${n(ch.refused)} refused with 412 (someone changed the shared record first), ${ch.errors} without answer, ${ch.unexpected} unexpected`,
    `               ${n(ch.creates)} creates, ${n(ch.updates)} updates of own records, ${n(ch.sharedUpdates)} of shared records, ${n(ch.deletes)} deletes`,
    `  throughput   ${n(report.throughput.acknowledgedPerSecond)} acknowledged changes/s (${n(report.throughput.attemptedPerSecond)} requests/s)`,
    `  latency      p50 ${l.p50} ms · p95 ${l.p95} ms · p99 ${l.p99} ms (min ${l.min} – max ${l.max} ms, mean ${l.mean} ms, ${n(l.count)} changes)`,
    `  checked      ${n(v.recordsMatching)} records on the server as their last acknowledged change left them; ${n(v.auditEntries)} audit entries`,
    `  lost         ${v.lost}`,
    `  duplicated   ${v.duplicated}${v.refusedButApplied ? ` (and ${v.refusedButApplied} refused changes applied)` : ''}`,
    ...(report.server ? [`  server       ${(report.server.cpuMs / 1000).toFixed(1)} s CPU during the changes (${(report.server.cpuMs / Math.max(1, ch.attempted)).toFixed(2)} ms each), ${report.server.maxRssMb} MB peak memory`] : []),
    `  editors      ${(report.editorsCpuMs / 1000).toFixed(1)} s CPU for their HTTP clients, on the same cores`,
    ...(report.editorsStoppedByTimeBound ? [`  time bound   ${report.editorsStoppedByTimeBound} editor(s) stopped at --max-seconds=${report.options.maxSeconds}`] : []),
    ...report.problems.slice(0, 20).map((p) => `  problem      ${p}`),
    report.verdict.ok
      ? `  verdict      PASS: nothing lost or duplicated${report.options.editors >= P99_LIMIT_FROM_EDITORS ? `, p99 under ${P99_LIMIT_MS} ms` : ''}`
      : `  verdict      FAIL: ${report.verdict.reasons.join('; ')}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
