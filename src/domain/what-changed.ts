/**
 * "What changed since the last meeting": which two states to compare, and the labels to name what
 * changed by. The comparison itself is `compareSnapshots` (snapshot-diff.ts).
 */
import type { MeetingRecord } from './records';
import type { Snapshot } from './snapshot';
import { compareSnapshots, type SnapshotChange } from './snapshot-diff';
import type { Dataset, LocalizedText } from './types';

/** The value of the "to" picker that means the state of the tracker today. */
export const NOW = 'now';

export interface Comparison {
  from: MeetingRecord;
  /** A later meeting, or null: now. */
  to: MeetingRecord | null;
  /** The meetings "from" may be (all of them, oldest first). */
  fromOptions: readonly MeetingRecord[];
  /** The meetings held after "from", oldest first: "to" may be one of them, or now. */
  toOptions: readonly MeetingRecord[];
}

/**
 * The comparison to show, given the meetings held (oldest first) and what the page asks for (ids,
 * or NOW for "to"). By default, with two or more meetings, the one before the latest against the
 * latest (after meeting 2, what changed between meetings 1 and 2); with one, that one against now.
 * A request naming no meeting held, or a "to" not after "from", falls back to the default.
 */
export function pickComparison(meetings: readonly MeetingRecord[], request: { from?: string | null; to?: string | null } = {}): Comparison | null {
  if (meetings.length === 0) return null;
  const latest = meetings.length - 1;
  const requested = meetings.findIndex((m) => m.id === request.from);
  const fromIndex = requested >= 0 ? requested : Math.max(0, latest - 1);
  const later = meetings.slice(fromIndex + 1);
  const asked = later.find((m) => m.id === request.to);
  const to = request.to === NOW ? null : (asked ?? later.at(-1) ?? null);
  return { from: meetings[fromIndex]!, to, fromOptions: meetings, toOptions: later };
}

/** The changes from the comparison's "from" to its "to", `now` standing for the state today. */
export const changesOf = (comparison: Comparison, now: Snapshot): SnapshotChange[] =>
  compareSnapshots(comparison.from.snapshot, comparison.to?.snapshot ?? now);

/**
 * What to call each commitment, target and item a change may name: the dataset's own text where
 * the item still exists, else the label the snapshots kept of it (it was removed since).
 */
export function subjectLabels(data: Dataset, snapshots: readonly Snapshot[]): Map<string, LocalizedText> {
  const labels = new Map<string, LocalizedText>();
  for (const s of snapshots) for (const item of s.items) labels.set(item.id, item.label);
  for (const r of data.resolutions) labels.set(r.id, r.title);
  for (const c of data.commitments) labels.set(c.id, c.text);
  for (const t of data.targets) labels.set(t.id, t.label);
  for (const e of data.events) labels.set(e.id, e.title);
  return labels;
}

/** The name of what a change is about, in `locale`: a decision's own text, or the subject's label. */
export function changeLabel(change: SnapshotChange, labels: ReadonlyMap<string, LocalizedText>, locale: keyof LocalizedText): string {
  switch (change.kind) {
    case 'decision-added':
    case 'decision-done':
    case 'decision-overdue':
    case 'decision-removed':
      return change.decision.text;
    case 'decision-edited':
      return change.after.text;
    case 'item-added':
    case 'item-removed':
      return (labels.get(change.item.id) ?? change.item.label)[locale];
    case 'item-edited':
      return (labels.get(change.after.id) ?? change.after.label)[locale];
    default: {
      const id = change.kind === 'status' ? change.commitmentId : change.kind === 'figure' || change.kind === 'verdict' ? change.targetId : change.itemId;
      return labels.get(id)?.[locale] ?? id;
    }
  }
}
