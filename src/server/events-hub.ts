import type { RecordChangeEvent } from '../domain/workspace';
import type { Database } from './db/database';

export const RECORDS_CHANNEL = 'records_changed';

/**
 * Live events within one server process. Writes NOTIFY the database in their transaction; every
 * instance LISTENs and passes what it hears to its own open streams, so a change made through one
 * instance reaches the clients of all of them.
 */
export interface EventHub {
  subscribe(listener: (event: RecordChangeEvent) => void): () => void;
  close(): Promise<void>;
}

export async function createEventHub(db: Database): Promise<EventHub> {
  const listeners = new Set<(event: RecordChangeEvent) => void>();
  const unlisten = await db.listen(RECORDS_CHANNEL, (payload) => {
    let event: RecordChangeEvent;
    try {
      event = JSON.parse(payload) as RecordChangeEvent;
    } catch {
      return;
    }
    for (const listener of listeners) listener(event);
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => unlisten(),
  };
}
