import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordChangeEvent } from '../domain/workspace';
import { openDatabase, type Database } from './db/database';
import { createEventHub, readPayload, toPayloads, type EventHub } from './events-hub';

const event = (n: number, by = 'Editor 1'): RecordChangeEvent => ({ type: 'update', id: `u-fig-${n}`, version: n + 1, by });

describe('live events between instances (NOTIFY payloads)', () => {
  it('packs events in order into as few payloads as PostgreSQL takes (under 8000 bytes)', () => {
    const events = Array.from({ length: 300 }, (_, i) => event(i, 'A long display name '.repeat(5)));
    const payloads = toPayloads(events);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.every((p) => new TextEncoder().encode(p).length < 8000)).toBe(true);
    expect(payloads.flatMap(readPayload)).toEqual(events);
    expect(toPayloads([])).toEqual([]);
  });

  it('reads one event as earlier instances sent it, and ignores what is not an event', () => {
    expect(readPayload(JSON.stringify(event(1)))).toEqual([event(1)]);
    expect(readPayload('not json')).toEqual([]);
    expect(readPayload('[1, null, {"id": 3}]')).toEqual([]);
  });

  describe('on PGlite', () => {
    let db: Database;
    let hub: EventHub;
    beforeAll(async () => {
      db = await openDatabase({ dataDir: 'memory://' });
      hub = await createEventHub(db);
    });
    afterAll(async () => {
      await hub.close();
      await db.close();
    });

    it('delivers every published change once, in order, however quickly they come', async () => {
      const heard: RecordChangeEvent[] = [];
      const all = new Promise<void>((resolve) => {
        const off = hub.subscribe((e) => {
          heard.push(e);
          if (heard.length === 200) {
            off();
            resolve();
          }
        });
      });
      const events = Array.from({ length: 200 }, (_, i) => event(i));
      for (const e of events) hub.publish(e);
      await all;
      expect(heard).toEqual(events);
    });
  });
});
