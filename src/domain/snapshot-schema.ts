import { z } from 'zod';
import { STATUSES } from './vocabulary';
import type { Snapshot } from './snapshot';

/**
 * The shape of a meeting's snapshot (snapshot.ts) as it is stored in a meeting record, exported,
 * imported and synced: checked like every other record, never trusted as it comes.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
const text = z.string().max(5000);
const localized = z.object({ en: text, fr: text, vi: text });

export const decisionStateSchema = z.object({
  id: z.string().min(1).max(200),
  meetingId: z.string().min(1).max(200),
  text: text,
  owner: z.string().max(200),
  dueOn: day,
  commitmentIds: z.array(z.string().max(200)).max(200),
  done: z.object({ on: day, note: z.string().max(2000) }).nullable(),
});

export const snapshotSchema = z.object({
  date: day,
  commitments: z.array(
    z.object({
      id: z.string().min(1).max(200),
      status: z.enum(STATUSES),
      assessment: z.object({ by: z.string().max(320).nullable(), on: day, justification: text }).nullable(),
    }),
  ),
  figures: z.array(
    z.object({
      targetId: z.string().min(1).max(200),
      latest: z.object({ value: z.number().finite(), asOf: day, source: text }).nullable(),
      paceSoFar: z.number().finite().nullable(),
      paceNeeded: z.number().finite().nullable(),
      verdict: z.enum(['on_track', 'behind', 'no_data']),
    }),
  ),
  items: z.array(
    z.object({
      id: z.string().min(1).max(200),
      kind: z.enum(['resolution', 'commitment', 'target', 'event']),
      label: localized,
      fingerprint: z.string().max(20000),
      deadlines: z.array(z.object({ key: z.string().max(40), year: z.number().int() })).max(20),
    }),
  ),
  decisions: z.array(decisionStateSchema),
});

// The stored shape and the one `takeSnapshot` builds are the same: this line stops compiling if they drift.
const sameShape: (s: z.infer<typeof snapshotSchema>) => Snapshot = (s) => s;
void sameShape;
