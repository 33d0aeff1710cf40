import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceClient } from '../api/workspace-client';
import { withoutMeta, type WorkspaceRecord } from '../domain/workspace';
import {
  applyPending,
  discardOp,
  enqueueChange,
  keepMine,
  nextDue,
  settle,
  type WorkspaceOp,
} from '../domain/workspace-outbox';
import { createTestWorkspace, figure, ORIGIN, type TestWorkspace } from '../../test/server/workspace-fixture';

/**
 * Model-based: several clients create, edit and delete records in random interleavings, with
 * lost acknowledgements, timeouts and offline periods, through the real API (PGlite). However
 * it goes, once everyone is back online and has answered the conflicts put to them: every client
 * shows the server's records, no change left an outbox without being delivered, superseded by the
 * same person, or decided by them in a conflict, and the server applied no request twice.
 */
type Fault = 'none' | 'lost-ack' | 'timeout' | 'offline';
const EVERYTHING = Number.MAX_SAFE_INTEGER;

class SimClient {
  outbox: WorkspaceOp[] = [];
  server: WorkspaceRecord[] = [];
  faults: Fault[] = [];
  enqueued = new Set<string>();
  settled = new Set<string>();
  conflictsAnswered = 0;
  conflictsDecided = 0;
  /** Requests the server carried out with a 2xx, each counted once however often it was resent. */
  applied = new Set<string>();
  /** Ops the server took (a 2xx for one of their requests, or a delete of what was already gone). */
  taken = new Set<string>();
  /** Updates the server applied on top of a version other than the one they were made on. */
  overwrites = 0;
  private sending: string | undefined;
  private ops = 0;
  readonly api;

  constructor(readonly ws: TestWorkspace, readonly name: string, readonly cookie: string) {
    this.api = createWorkspaceClient(ORIGIN, (url, init) => this.fetch(url, init), 1000);
  }

  private async fetch(url: string, init: RequestInit): Promise<Response> {
    const fault = this.faults.shift() ?? 'none';
    if (fault === 'offline') throw new TypeError('Failed to fetch');
    const headers: Record<string, string> = { ...(init.headers as Record<string, string>), cookie: this.cookie, origin: ORIGIN };
    const response = await this.ws.app.request(url, { method: init.method, body: init.body, headers });
    const method = init.method ?? 'GET';
    if (response.ok && method !== 'GET') {
      this.applied.add(`${method} ${url} ${headers['If-Match'] ?? ''} ${String(init.body ?? '')}`);
      if (method === 'PUT') {
        const { record } = (await response.clone().json()) as { record: WorkspaceRecord };
        if (record.version !== Number(headers['If-Match']!.replaceAll('"', '')) + 1) this.overwrites++;
      }
    }
    if (this.sending && (response.ok || (method === 'DELETE' && response.status === 404) || (method === 'POST' && response.status === 410))) this.taken.add(this.sending);
    if (fault === 'lost-ack') throw new TypeError('Failed to fetch');
    if (fault === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    return response;
  }

  view = () => applyPending(this.server, this.outbox);
  known = (id: string) => this.server.find((r) => r.id === id)?.version;

  change(type: WorkspaceOp['type'], id: string, record?: WorkspaceOp['record']) {
    const opId = `${this.name}-op-${++this.ops}`;
    this.enqueued.add(opId);
    const before = new Set(this.outbox.map((op) => op.opId));
    this.outbox = enqueueChange(this.outbox, { opId, type, id, record }, this.known(id));
    const after = new Set(this.outbox.map((op) => op.opId));
    // Merged into a newer change of the same person: superseded, not lost.
    for (const gone of [...before, opId].filter((o) => !after.has(o))) this.settled.add(gone);
  }

  async step(): Promise<boolean> {
    const op = nextDue(this.outbox, EVERYTHING);
    if (!op) return false;
    this.sending = op.opId;
    const delivery = await this.api.deliver(op, this.known(op.id));
    this.sending = undefined;
    if (delivery.outcome === 'conflict') this.conflictsAnswered++;
    if (delivery.outcome === 'done') {
      // "Done" only when the server took it: a refused change never leaves quietly.
      expect(this.taken.has(op.opId), `${op.type} ${op.id} reported done but never taken`).toBe(true);
      this.settled.add(op.opId);
    }
    if (delivery.outcome === 'failed' && !delivery.retryable) throw new Error(`refused: ${delivery.message}`);
    this.outbox = settle(this.outbox, op.opId, delivery, 0).map((o) =>
      // Retried at once in the simulation: the backoff is time, not behaviour.
      o.nextAttemptAt !== undefined ? { ...o, nextAttemptAt: 0 } : o,
    );
    return true;
  }

  async refresh() {
    try {
      this.server = await this.api.list();
    } catch {
      // Offline or a lost answer: keep showing what was read before.
    }
  }

  decide(keep: boolean) {
    const op = this.outbox.find((o) => o.conflict);
    if (!op) return false;
    this.conflictsDecided++;
    this.outbox = keep ? keepMine(this.outbox, op.opId) : discardOp(this.outbox, op.opId);
    if (!this.outbox.some((o) => o.opId === op.opId)) this.settled.add(op.opId);
    return true;
  }
}

const faultArb = fc.constantFrom<Fault>('none', 'none', 'lost-ack', 'timeout', 'offline');
const commandArb = fc.record({
  client: fc.nat(2),
  action: fc.constantFrom('create', 'edit', 'edit', 'edit', 'delete', 'send', 'send', 'send', 'refresh', 'refresh', 'decide'),
  // Mostly the first records shown: people working on the same records is the interesting case.
  pick: fc.nat(3),
  value: fc.integer({ min: 0, max: 500 }),
  faults: fc.array(faultArb, { maxLength: 3 }),
  keep: fc.boolean(),
});

describe('workspace sync, model-based (PGlite)', () => {
  let ws: TestWorkspace & { drop: () => Promise<void> };
  let cookies: string[];
  beforeAll(async () => {
    ws = await createTestWorkspace('pglite');
    cookies = await Promise.all([ws.signInAs('editor'), ws.signInAs('editor'), ws.signInAs('editor')]);
  });
  afterAll(() => ws.drop());

  it('ends with every client showing the server: nothing lost, nothing duplicated, every conflict put to a person', async () => {
    let run = 0;
    let conflicts = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(commandArb, { minLength: 5, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), async (commands, decisions) => {
        run++;
        // Each run works on its own records, through three clients of three editors.
        await ws.db.query('delete from records');
        await ws.db.query('delete from audit_log');
        const clients = cookies.map((cookie, i) => new SimClient(ws, `c${i}`, cookie));
        // Two records everyone has read: the start of a working day.
        const seeded = [figure({ id: `u-r${run}-seed-1` }), figure({ id: `u-r${run}-seed-2` })];
        for (const record of seeded) await clients[0]!.api.create(record);
        for (const client of clients) await client.refresh();
        let created = 0;
        for (const command of commands) {
          const client = clients[command.client]!;
          client.faults = [...command.faults];
          const shown = client.view();
          const target = shown[command.pick % Math.max(shown.length, 1)];
          if (command.action === 'create') {
            const record = figure({ id: `u-r${run}-${client.name}-${++created}`, value: command.value });
            client.change('create', record.id, record);
          } else if (command.action === 'edit' && target?.kind === 'figure') {
            client.change('update', target.id, { ...target, value: command.value, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, command.value)).toISOString() });
          } else if (command.action === 'delete' && target) {
            client.change('delete', target.id);
          } else if (command.action === 'send') {
            await client.step();
          } else if (command.action === 'refresh') {
            await client.refresh();
          } else if (command.action === 'decide') {
            client.decide(command.keep);
          }
          client.faults = [];
        }

        // Everyone back online; each answers the conflicts put to them until nothing is pending.
        let decision = 0;
        for (let round = 0; round < 50 && clients.some((c) => c.outbox.length > 0); round++) {
          for (const client of clients) {
            while (await client.step());
            if (client.decide(decisions[decision++ % decisions.length]!)) await client.refresh();
          }
        }
        for (const client of clients) await client.refresh();

        const server = await clients[0]!.api.list();
        const ids = server.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        const canonical = (records: { id: string }[]) => JSON.stringify([...records].sort((a, b) => a.id.localeCompare(b.id)));
        const [audit] = await ws.db.query<{ n: number }>('select count(*)::int as n from audit_log');
        // Two people sending the very same change on the same version make one change: the server
        // answers the second as already done (its state is what they asked for), and logs it once.
        const applied = new Set<string>();
        for (const client of clients) {
          expect(client.outbox).toEqual([]);
          expect(canonical(client.view())).toBe(canonical(server.map(withoutMeta)));
          expect([...client.enqueued].filter((opId) => !client.settled.has(opId))).toEqual([]);
          expect(client.conflictsDecided).toBe(client.conflictsAnswered);
          for (const request of client.applied) applied.add(request);
          conflicts += client.conflictsAnswered;
          expect(client.overwrites, 'updates applied over a version they were not made on').toBe(0);
        }
        // Each change the server carried out is in the audit log once: no request applied twice.
        expect(audit!.n).toBe(applied.size);
      }),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 30),
        ...(process.env.PROPERTY_SEED && { seed: Number(process.env.PROPERTY_SEED) }),
        examples: [
          // Found by CI: an edit tried offline, then a delete queued behind it; the record deleted
          // by someone else; the person drops their edit. The delete went with no version at all.
          [
            [
              { client: 2, action: 'edit', pick: 0, value: 0, faults: [], keep: false },
              { client: 2, action: 'send', pick: 0, value: 0, faults: ['offline'], keep: false },
              { client: 2, action: 'delete', pick: 0, value: 0, faults: [], keep: false },
              ...Array.from({ length: 4 }, () => ({ client: 0, action: 'create', pick: 0, value: 0, faults: [], keep: false })),
              { client: 0, action: 'delete', pick: 0, value: 0, faults: [], keep: false },
            ],
            [false],
          ],
        ],
      },
    );
    // The interleavings did put people in conflict: the property was not checked on easy cases only.
    console.log(`${conflicts} conflicts put to people over ${run} runs`);
    expect(conflicts).toBeGreaterThan(0);
  });
});
