/**
 * One editor of the workspace load benchmark: a keep-alive HTTP connection of its own, a session
 * cookie, and a sequence of changes made one after the other, as fast as the server answers:
 * creates, updates and deletes of its own records (with If-Match), and updates of records every
 * editor shares, which the server refuses with 412 whenever someone else changed them first.
 */
import { Agent, request } from 'node:http';
import type { FigureRecord } from '../../src/domain/records';
import type { WorkspaceRecord } from '../../src/domain/workspace';
import { seededRandom } from './generate-dataset';
import { changeKey, type Ledger } from './workspace-ledger';

export const REQUEST_TIMEOUT_MS = 10_000;

export interface Answer {
  status: number;
  body: unknown;
  ms: number;
  setCookie: string[];
}

/** HTTP/1.1 with keep-alive on one connection, as a browser tab talks to its server. */
export class Client {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
  cookie = '';

  constructor(private readonly base: URL) {}

  send(method: string, path: string, json?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const payload = json === undefined ? undefined : JSON.stringify(json);
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(
        {
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          agent: this.agent,
          headers: {
            origin: this.base.origin,
            ...(this.cookie && { cookie: this.cookie }),
            ...(payload !== undefined && { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = performance.now() - started;
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            try {
              body = text ? JSON.parse(text) : null;
            } catch {
              // Not JSON: kept as text for the report.
            }
            resolve({ status: res.statusCode ?? 0, body, ms, setCookie: res.headers['set-cookie'] ?? [] });
          });
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  async signIn(email: string, password: string): Promise<void> {
    const answer = await this.send('POST', '/api/session', { email, password });
    if (answer.status !== 204) throw new Error(`signing in ${email} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    this.cookie = answer.setCookie.map((c) => c.split(';')[0]).join('; ');
  }

  close(): void {
    this.agent.destroy();
  }
}


const CREATED_AT = '2026-12-01T08:00:00.000Z';

/** A figure whose `note` is the tag of the change that wrote it. */
export const benchFigure = (id: string, tag: string, value: number): FigureRecord => ({
  id,
  kind: 'figure',
  targetId: 'agencies-abroad',
  value,
  asOf: '2026-11-01',
  source: { text: 'Workspace load benchmark' },
  note: tag,
  createdAt: CREATED_AT,
  updatedAt: new Date().toISOString(),
});

export interface EditorTally {
  creates: number;
  updates: number;
  deletes: number;
  sharedUpdates: number;
  /** 412 on a shared record: refused correctly, the editor takes the server's version. */
  refused: number;
  /** No answer (timeout, connection lost). */
  errors: number;
  /** An answer no correct server gives here (5xx, 4xx other than 412 on a shared record). */
  unexpected: number;
  statuses: Record<string, number>;
}

export interface EditorRun {
  ledger: Ledger;
  latenciesMs: number[];
  tally: EditorTally;
  stoppedByTimeBound: boolean;
  problems: string[];
}

/** Share of each kind of change, drawn per change: creates, shared updates, own updates, the rest deletes. */
export const MIX = { create: 0.3, shared: 0.1, ownUpdate: 0.45 } as const;

export async function runEditor(
  client: Client,
  { index, changes, sharedIds, deadline, prefix }: { index: number; changes: number; sharedIds: string[]; deadline: number; prefix: string },
): Promise<EditorRun> {
  const random = seededRandom(292 + index);
  const ledger: Ledger = { acknowledged: [], refused: [], uncertain: [], tainted: [] };
  const tally: EditorTally = { creates: 0, updates: 0, deletes: 0, sharedUpdates: 0, refused: 0, errors: 0, unexpected: 0, statuses: {} };
  const latenciesMs: number[] = [];
  const problems: string[] = [];
  const mine = new Map<string, number>();
  const mineIds: string[] = [];
  const sharedVersion = new Map(sharedIds.map((id) => [id, 1]));
  let created = 0;
  const forget = (id: string) => {
    mine.delete(id);
    const at = mineIds.indexOf(id);
    mineIds[at] = mineIds[mineIds.length - 1]!;
    mineIds.pop();
  };

  /** Sends one change, times it, and sorts its answer: true when the server took it. */
  const change = async (method: string, id: string, key: string, body: FigureRecord | undefined, version?: number) => {
    const path = method === 'POST' ? '/api/records' : `/api/records/${id}`;
    const started = performance.now();
    let answer: Answer;
    try {
      answer = await client.send(method, path, body, version === undefined ? {} : { 'if-match': `"${version}"` });
    } catch (error) {
      latenciesMs.push(performance.now() - started);
      tally.errors++;
      ledger.uncertain.push(key);
      ledger.tainted.push(id);
      if (problems.length < 5) problems.push(`${method} ${id}: ${(error as Error).message}`);
      return undefined;
    }
    latenciesMs.push(answer.ms);
    tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
    return answer;
  };
  const unexpected = (what: string, answer: Answer) => {
    tally.unexpected++;
    if (problems.length < 5) problems.push(`${what} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`);
  };

  for (let n = 1; n <= changes; n++) {
    if (performance.now() > deadline) return { ledger, latenciesMs, tally, stoppedByTimeBound: true, problems };
    const tag = `e${index}-c${n}`;
    const draw = random();
    const value = Math.round(random() * 1000) / 10;
    if (mineIds.length === 0 || draw < MIX.create) {
      const id = `${prefix}e${index}-r${++created}`;
      const body = benchFigure(id, tag, value);
      tally.creates++;
      const answer = await change('POST', id, changeKey(id, tag), body);
      if (!answer) continue;
      if (answer.status !== 201) {
        unexpected(`create ${id}`, answer);
        continue;
      }
      const version = (answer.body as { record: WorkspaceRecord }).record.version;
      ledger.acknowledged.push({ kind: 'create', id, key: changeKey(id, tag), version, body });
      mine.set(id, version);
      mineIds.push(id);
    } else if (draw < MIX.create + MIX.shared && sharedIds.length > 0) {
      const id = sharedIds[Math.floor(random() * sharedIds.length)]!;
      const body = benchFigure(id, tag, value);
      tally.sharedUpdates++;
      const answer = await change('PUT', id, changeKey(id, tag), body, sharedVersion.get(id));
      if (!answer) continue;
      if (answer.status === 200) {
        const version = (answer.body as { record: WorkspaceRecord }).record.version;
        ledger.acknowledged.push({ kind: 'update', id, key: changeKey(id, tag), version, body });
        sharedVersion.set(id, version);
      } else if (answer.status === 412) {
        // What a person does after seeing the conflict and taking theirs: continue from the server's version.
        tally.refused++;
        ledger.refused.push(changeKey(id, tag));
        sharedVersion.set(id, (answer.body as { current: WorkspaceRecord }).current.version);
      } else unexpected(`shared update ${id}`, answer);
    } else if (draw < MIX.create + MIX.shared + MIX.ownUpdate) {
      const id = mineIds[Math.floor(random() * mineIds.length)]!;
      const body = benchFigure(id, tag, value);
      tally.updates++;
      const answer = await change('PUT', id, changeKey(id, tag), body, mine.get(id));
      if (!answer) {
        forget(id);
        continue;
      }
      if (answer.status !== 200) {
        unexpected(`update ${id}`, answer);
        continue;
      }
      const version = (answer.body as { record: WorkspaceRecord }).record.version;
      ledger.acknowledged.push({ kind: 'update', id, key: changeKey(id, tag), version, body });
      mine.set(id, version);
    } else {
      const id = mineIds[Math.floor(random() * mineIds.length)]!;
      const version = mine.get(id)!;
      tally.deletes++;
      const answer = await change('DELETE', id, changeKey(id, 'delete'), undefined, version);
      if (!answer) {
        forget(id);
        continue;
      }
      if (answer.status !== 204) {
        unexpected(`delete ${id}`, answer);
        continue;
      }
      ledger.acknowledged.push({ kind: 'delete', id, key: changeKey(id, 'delete'), version });
      forget(id);
    }
  }
  return { ledger, latenciesMs, tally, stoppedByTimeBound: false, problems };
}
