/**
 * What changed between two meeting snapshots: the answer to "what is new since last time, and who
 * was to do what?". Pure: it reads the two snapshots and nothing else (not the clock).
 */
import type { Verdict } from './pace';
import type { CommitmentState, Decision, FigureState, ItemState, Snapshot } from './snapshot';
import type { Status } from './types';

export type SnapshotChange =
  /** A commitment assessed since: from null when it is new since. */
  | { kind: 'status'; commitmentId: string; from: Status | null; to: Status; assessment: CommitmentState['assessment'] }
  /** A target's latest figure changed (a new one, usually), with the verdict before and after. */
  | {
      kind: 'figure';
      targetId: string;
      from: FigureState['latest'];
      to: FigureState['latest'];
      verdictFrom: Verdict | null;
      verdictTo: Verdict;
      paceSoFar: number | null;
      paceNeeded: number | null;
    }
  /** The verdict moved with no new figure: a milestone passed or changed. */
  | { kind: 'verdict'; targetId: string; from: Verdict; to: Verdict }
  | { kind: 'item-added'; item: ItemState }
  | { kind: 'item-edited'; before: ItemState; after: ItemState }
  | { kind: 'item-removed'; item: ItemState }
  /** A deadline year ended between the two dates; `status` is the commitment's at the later one. */
  | { kind: 'deadline-passed'; itemId: string; key: string; year: number; status: Status | null }
  /** A commitment's due year or horizon set, moved or cleared. */
  | { kind: 'deadline-moved'; itemId: string; key: string; from: number | null; to: number | null }
  | { kind: 'decision-added'; decision: Decision }
  | { kind: 'decision-edited'; before: Decision; after: Decision }
  | { kind: 'decision-removed'; decision: Decision }
  | { kind: 'decision-done'; decision: Decision }
  /** An open decision whose due date passed since (or that was new and already late). */
  | { kind: 'decision-overdue'; decision: Decision };

export type SnapshotChangeKind = SnapshotChange['kind'];

/** The order changes are listed in: what people did, then what it did to the targets, then what time did. */
export const CHANGE_KINDS: readonly SnapshotChangeKind[] = [
  'status',
  'figure',
  'verdict',
  'item-added',
  'item-edited',
  'item-removed',
  'deadline-moved',
  'deadline-passed',
  'decision-added',
  'decision-edited',
  'decision-done',
  'decision-overdue',
  'decision-removed',
];

/** What a change is about: the id of its commitment, target, item or decision, and the deadline's key. */
export function changeSubject(change: SnapshotChange): { id: string; key: string } {
  switch (change.kind) {
    case 'status':
      return { id: change.commitmentId, key: '' };
    case 'figure':
    case 'verdict':
      return { id: change.targetId, key: '' };
    case 'item-added':
    case 'item-removed':
      return { id: change.item.id, key: '' };
    case 'item-edited':
      return { id: change.after.id, key: '' };
    case 'deadline-passed':
    case 'deadline-moved':
      return { id: change.itemId, key: change.key };
    case 'decision-edited':
      return { id: change.after.id, key: '' };
    default:
      return { id: change.decision.id, key: '' };
  }
}

const rank = new Map(CHANGE_KINDS.map((k, i) => [k, i]));
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The stable order of `compareSnapshots`: by kind (as CHANGE_KINDS), then subject id, then deadline. */
export function compareChanges(a: SnapshotChange, b: SnapshotChange): number {
  const sa = changeSubject(a);
  const sb = changeSubject(b);
  return rank.get(a.kind)! - rank.get(b.kind)! || compareText(sa.id, sb.id) || compareText(sa.key, sb.key);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const index = <T>(list: readonly T[], id: (t: T) => string) => new Map(list.map((t) => [id(t), t]));

/** The last day a deadline year counts: a commitment due in 2025 is late from 2026-01-01. */
const lastDayOf = (year: number) => `${String(year).padStart(4, '0')}-12-31`;
/** Overdue on `date` (YYYY-MM-DD): open and its due day is behind. Calendar days compare as strings. */
const overdueOn = (d: Decision, date: string) => d.done === null && d.dueOn < date;

function statusChanges(before: Snapshot, after: Snapshot): SnapshotChange[] {
  const was = index(before.commitments, (c) => c.id);
  return after.commitments.flatMap((c): SnapshotChange[] => {
    const b = was.get(c.id);
    const changed = b ? b.status !== c.status || !same(b.assessment, c.assessment) : c.assessment !== null;
    return changed ? [{ kind: 'status', commitmentId: c.id, from: b?.status ?? null, to: c.status, assessment: c.assessment }] : [];
  });
}

function figureChanges(before: Snapshot, after: Snapshot): SnapshotChange[] {
  const was = index(before.figures, (f) => f.targetId);
  return after.figures.flatMap((f): SnapshotChange[] => {
    const b = was.get(f.targetId);
    if (!same(b?.latest ?? null, f.latest))
      return [
        {
          kind: 'figure',
          targetId: f.targetId,
          from: b?.latest ?? null,
          to: f.latest,
          verdictFrom: b?.verdict ?? null,
          verdictTo: f.verdict,
          paceSoFar: f.paceSoFar,
          paceNeeded: f.paceNeeded,
        },
      ];
    if (b && b.verdict !== f.verdict) return [{ kind: 'verdict', targetId: f.targetId, from: b.verdict, to: f.verdict }];
    return [];
  });
}

function itemChanges(before: Snapshot, after: Snapshot): SnapshotChange[] {
  const was = index(before.items, (i) => i.id);
  const is = index(after.items, (i) => i.id);
  const status = index(after.commitments, (c) => c.id);
  const changes: SnapshotChange[] = before.items.filter((i) => !is.has(i.id)).map((item) => ({ kind: 'item-removed', item }));
  for (const item of after.items) {
    const b = was.get(item.id);
    if (!b) changes.push({ kind: 'item-added', item });
    else if (b.fingerprint !== item.fingerprint || b.kind !== item.kind) changes.push({ kind: 'item-edited', before: b, after: item });
    if (b && item.kind === 'commitment') {
      for (const key of ['due', 'horizon']) {
        const from = b.deadlines.find((d) => d.key === key)?.year ?? null;
        const to = item.deadlines.find((d) => d.key === key)?.year ?? null;
        if (from !== to) changes.push({ kind: 'deadline-moved', itemId: item.id, key, from, to });
      }
    }
    for (const d of item.deadlines) {
      const last = lastDayOf(d.year);
      if (before.date <= last && last < after.date)
        changes.push({ kind: 'deadline-passed', itemId: item.id, key: d.key, year: d.year, status: status.get(item.id)?.status ?? null });
    }
  }
  return changes;
}

function decisionChanges(before: Snapshot, after: Snapshot): SnapshotChange[] {
  const was = index(before.decisions, (d) => d.id);
  const is = index(after.decisions, (d) => d.id);
  const changes: SnapshotChange[] = before.decisions
    .filter((d) => !is.has(d.id))
    .map((decision) => ({ kind: 'decision-removed', decision }));
  const content = ({ done: _done, ...rest }: Decision) => rest;
  for (const d of after.decisions) {
    const b = was.get(d.id);
    if (!b) changes.push({ kind: 'decision-added', decision: d });
    else if (!same(content(b), content(d)) || (b.done !== null && d.done !== null && !same(b.done, d.done)))
      changes.push({ kind: 'decision-edited', before: b, after: d });
    if (d.done !== null && (!b || b.done === null)) changes.push({ kind: 'decision-done', decision: d });
    if (overdueOn(d, after.date) && !(b && overdueOn(b, before.date))) changes.push({ kind: 'decision-overdue', decision: d });
  }
  return changes;
}

/**
 * Everything that changed from `before` to `after`, each net change once, in the order of
 * `compareChanges`. Comparing a snapshot with itself reports nothing.
 */
export function compareSnapshots(before: Snapshot, after: Snapshot): SnapshotChange[] {
  return [
    ...statusChanges(before, after),
    ...figureChanges(before, after),
    ...itemChanges(before, after),
    ...decisionChanges(before, after),
  ].sort(compareChanges);
}
