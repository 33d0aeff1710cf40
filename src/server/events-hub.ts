import type { RecordChangeEvent } from '../domain/workspace';
import type { Database } from './db/database';

export const RECORDS_CHANNEL = 'records_changed';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD = 7_500;

/**
 * Live events within one server process. Every instance LISTENs and passes what it hears to its
 * own open streams, so a change made through one instance reaches the clients of all of them.
 *
 * A change is published after its write has committed, not inside it: PostgreSQL holds one lock
 * for every NOTIFY-ing transaction of the cluster from its commit until its commit record is on
 * disk, so writes that NOTIFY commit one at a time (at 50 editors, 9 of 10 connections waited on
 * it). Events published while a NOTIFY is under way go together in the next one, as a JSON array.
 * Should the process stop between a commit and its NOTIFY, the streams it served close, and a
 * dashboard that connects again reads the records afresh.
 */
export interface EventHub {
  subscribe(listener: (event: RecordChangeEvent) => void): () => void;
  /** Tells every instance's streams, this one's included, about a committed change. */
  publish(event: RecordChangeEvent): void;
  close(): Promise<void>;
}

/** A NOTIFY payload: an array of events (or one event, as instances before arrays sent it). */
export function readPayload(payload: string): RecordChangeEvent[] {
  try {
    const parsed: unknown = JSON.parse(payload);
    return (Array.isArray(parsed) ? parsed : [parsed]).filter(
      (e): e is RecordChangeEvent => typeof e === 'object' && e !== null && typeof (e as RecordChangeEvent).id === 'string',
    );
  } catch {
    return [];
  }
}

/** Events in order, as few payloads as fit under PostgreSQL's limit. */
export function toPayloads(events: readonly RecordChangeEvent[]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  let size = 2;
  for (const json of events.map((e) => JSON.stringify(e))) {
    if (batch.length > 0 && size + json.length + 1 > MAX_PAYLOAD) {
      payloads.push(`[${batch.join(',')}]`);
      batch = [];
      size = 2;
    }
    batch.push(json);
    size += json.length + 1;
  }
  if (batch.length > 0) payloads.push(`[${batch.join(',')}]`);
  return payloads;
}

export async function createEventHub(db: Database): Promise<EventHub> {
  const listeners = new Set<(event: RecordChangeEvent) => void>();
  const unlisten = await db.listen(RECORDS_CHANNEL, (payload) => {
    for (const event of readPayload(payload)) for (const listener of listeners) listener(event);
  });
  let pending: RecordChangeEvent[] = [];
  let sending: Promise<void> | undefined;
  const send = async () => {
    while (pending.length > 0) {
      const events = pending;
      pending = [];
      for (const payload of toPayloads(events)) {
        try {
          await db.query('select pg_notify($1, $2)', [RECORDS_CHANNEL, payload]);
        } catch (error) {
          // The changes are saved; open dashboards see them with the next event or when they reconnect.
          console.error('Live events not sent:', error);
        }
      }
    }
    // Cleared in the same turn as the last look at `pending`: a publish after it starts a new send.
    sending = undefined;
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(event) {
      pending.push(event);
      sending ??= send();
    },
    async close() {
      await sending;
      await unlisten();
    },
  };
}
