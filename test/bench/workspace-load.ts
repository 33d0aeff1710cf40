/**
 * `npm run bench:server` — the team workspace under load (a script, never a timed test).
 *   npm run bench:server                          50 editors × 200 changes
 *   npm run bench:server -- --editors=10 --changes=100 --max-seconds=60 --port=4470
 * N editors, each signed in over its own keep-alive connection to the real server (startServer,
 * API only, on 127.0.0.1, in a child process) against PostgreSQL, make their changes one after
 * the other: creates, updates and deletes of their own records, and updates of shared records
 * that the server refuses (412) when someone else changed them first. Only those changes are
 * timed. Then the server's records and audit log are read back through the API and compared with
 * what each editor was told. Prints the figures, writes test-results/bench/server.json, and exits
 * 1 when a change was lost or duplicated (or refused yet applied, or not answered) or, at 50
 * editors or more, when p99 is not under 250 ms.
 *
 * PostgreSQL: DATABASE_URL or TEST_DATABASE_URL (a server where it may create a database), else a
 * throwaway cluster of Debian's postgresql with its default durability, removed afterwards.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { AuditEntry, WorkspaceRecord } from '../../src/domain/workspace';
import { benchFigure, Client, MIX, REQUEST_TIMEOUT_MS, runEditor, type EditorRun } from './workspace-editor';
import { changeKey, summarizeLatencies, verify, type Ledger } from './workspace-ledger';
import { judge, printReport, type WorkspaceBenchReport } from './workspace-report';
import { createAccounts, createBenchDatabase, startServerChild, type CleanUp } from './workspace-setup';

function option(name: string, fallback: number, min: number, max: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    process.stderr.write(`--${name} must be a whole number from ${min} to ${max} (got ${raw}).\n`);
    process.exit(2);
  }
  return value;
}

const editors = option('editors', 50, 1, 200);
const changesPerEditor = option('changes', 200, 1, 2000);
const maxSeconds = option('max-seconds', 300, 5, 1800);
const port = option('port', 0, 0, 65535);
const sharedRecords = option('shared', 10, 0, 100);
const PASSWORD = 'a long enough password for the benchmark';
const PREFIX = 'bench-';
/** Setting up (cluster, accounts, sign-ins) and reading back may take this long besides the timed changes. */
const SETUP_SECONDS = 180;

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'test-results/bench');
const cleanUps: CleanUp[] = [];
let cleaning: Promise<void> | undefined;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const step of cleanUps.reverse()) {
      try {
        await step();
      } catch (error) {
        process.stderr.write(`clean-up: ${(error as Error).message}\n`);
      }
    }
  })());
const stop = (code: number, why?: string) => {
  if (why) process.stderr.write(`${why}\n`);
  void cleanUp().finally(() => process.exit(code));
};
process.on('SIGINT', () => stop(130, 'Interrupted: removing the benchmark database and server.'));
process.on('SIGTERM', () => stop(143));
setTimeout(() => stop(1, `The benchmark went past its bound of ${maxSeconds + SETUP_SECONDS} s; stopped.`), (maxSeconds + SETUP_SECONDS) * 1000).unref();

const log = (message: string) => process.stderr.write(`${message}\n`);
const loadAverage = () => loadavg().map((l) => Math.round(l * 100) / 100);
/** Linux's CPU pressure: the share of the last 60 s in which some task waited for a core (null elsewhere). */
function cpuPressure(): number | null {
  try {
    return Number(/^some avg10=[\d.]+ avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? NaN);
  } catch {
    return null;
  }
}

async function readBack(admin: Client): Promise<{ records: WorkspaceRecord[]; audit: AuditEntry[] }> {
  const list = await admin.send('GET', '/api/records');
  if (list.status !== 200) throw new Error(`GET /api/records answered ${list.status}`);
  const audit: AuditEntry[] = [];
  for (let before: number | undefined; ; ) {
    const page = await admin.send('GET', `/api/audit?limit=500${before ? `&before=${before}` : ''}`);
    if (page.status !== 200) throw new Error(`GET /api/audit answered ${page.status}`);
    const entries = (page.body as { entries: AuditEntry[] }).entries;
    audit.push(...entries);
    if (entries.length === 0) break;
    before = entries[entries.length - 1]!.id;
  }
  return { records: (list.body as { records: WorkspaceRecord[] }).records, audit };
}

async function main(): Promise<number> {
  const loadAtStart = loadAverage();
  const pressureAtStart = cpuPressure();
  log(`Setting up PostgreSQL, ${editors} editor accounts and the server…`);
  const database = await createBenchDatabase(cleanUps);
  const accounts = await createAccounts(database.url, editors, PASSWORD);
  const server = await startServerChild(database.url, port, cleanUps);
  const base = new URL(server.url);

  const admin = new Client(base);
  cleanUps.push(() => admin.close());
  await admin.signIn(accounts.admin, PASSWORD);
  const setupLedger: Ledger = { acknowledged: [], refused: [], uncertain: [], tainted: [] };
  const sharedIds = Array.from({ length: sharedRecords }, (_, i) => `${PREFIX}shared-${i + 1}`);
  for (const id of sharedIds) {
    const body = benchFigure(id, 'setup', 0);
    const answer = await admin.send('POST', '/api/records', body);
    if (answer.status !== 201) throw new Error(`creating the shared record ${id} answered ${answer.status}`);
    setupLedger.acknowledged.push({ kind: 'create', id, key: changeKey(id, 'setup'), version: 1, body });
  }
  const clients = accounts.editors.map(() => new Client(base));
  cleanUps.push(() => clients.forEach((c) => c.close()));
  await Promise.all(clients.map((client, i) => client.signIn(accounts.editors[i]!, PASSWORD)));

  log(`${editors} editors making ${changesPerEditor} changes each against ${server.url}…`);
  server.mark();
  const clientCpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  const runs: EditorRun[] = await Promise.all(
    clients.map((client, i) => runEditor(client, { index: i + 1, changes: changesPerEditor, sharedIds, deadline, prefix: PREFIX })),
  );
  const timedSeconds = (performance.now() - started) / 1000;
  const clientCpuUsed = process.cpuUsage(clientCpu);
  const loadAtEnd = loadAverage();
  const pressureAtEnd = cpuPressure();

  log('Reading the records and the audit log back…');
  const { records, audit } = await readBack(admin);
  const serverUsage = await server.stop();

  const ledger: Ledger = {
    acknowledged: [...setupLedger.acknowledged, ...runs.flatMap((r) => r.ledger.acknowledged)],
    refused: runs.flatMap((r) => r.ledger.refused),
    uncertain: runs.flatMap((r) => r.ledger.uncertain),
    tainted: runs.flatMap((r) => r.ledger.tainted),
  };
  const verification = verify(ledger, records, audit, PREFIX);
  const latencyMs = summarizeLatencies(runs.flatMap((r) => r.latenciesMs));
  const sum = (pick: (r: EditorRun) => number) => runs.reduce((total, r) => total + pick(r), 0);
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [status, count] of Object.entries(run.tally.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  const changes = {
    attempted: latencyMs.count,
    acknowledged: ledger.acknowledged.length - setupLedger.acknowledged.length,
    creates: sum((r) => r.tally.creates),
    updates: sum((r) => r.tally.updates),
    deletes: sum((r) => r.tally.deletes),
    sharedUpdates: sum((r) => r.tally.sharedUpdates),
    refused: sum((r) => r.tally.refused),
    errors: sum((r) => r.tally.errors),
    unexpected: sum((r) => r.tally.unexpected),
    statuses,
  };
  const perSecond = (count: number) => Math.round(count / timedSeconds);
  const report: WorkspaceBenchReport = {
    measuredAt: new Date().toISOString(),
    options: { editors, changesPerEditor, maxSeconds, sharedRecords, mix: { ...MIX, delete: Math.round((1 - MIX.create - MIX.shared - MIX.ownUpdate) * 100) / 100 } },
    conditions: {
      postgres: database.postgres,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadAtEnd,
      cpuPressurePercent: { atStart: pressureAtStart, atEnd: pressureAtEnd },
      serverDatabasePool: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      transport: 'HTTP/1.1 keep-alive on 127.0.0.1, one connection per editor; the server in its own Node process',
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
    },
    timedSeconds: Math.round(timedSeconds * 100) / 100,
    editorsStoppedByTimeBound: runs.filter((r) => r.stoppedByTimeBound).length,
    changes,
    throughput: { acknowledgedPerSecond: perSecond(changes.acknowledged), attemptedPerSecond: perSecond(changes.attempted) },
    latencyMs,
    verification,
    server: serverUsage ?? null,
    editorsCpuMs: Math.round((clientCpuUsed.user + clientCpuUsed.system) / 1000),
    problems: [...runs.flatMap((r) => r.problems), ...verification.problems],
    verdict: judge({ editors, p99: latencyMs.p99, ...verification, errors: changes.errors, unexpected: changes.unexpected }),
  };
  printReport(report);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'server.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`Written to ${join('test-results/bench', 'server.json')}.`);
  return report.verdict.ok ? 0 : 1;
}

main().then(
  (code) => stop(code),
  (error: unknown) => stop(1, `The benchmark could not run: ${error instanceof Error ? error.message : String(error)}`),
);
