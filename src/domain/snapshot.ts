/**
 * A meeting's snapshot: the state of the tracker at one moment, as plain immutable data, so that
 * "what changed since the last meeting" compares two snapshots and nothing else (see
 * snapshot-diff.ts). Built from what every view reads: the merged dataset and records.
 */
import type { MergedRecords } from './merge-records';
import { assessPace, type Verdict } from './pace';
import type { AssessmentRecord } from './records';
import type { RecordMeta } from './workspace';
import type { LocalizedText, Status } from './types';

/**
 * A decision taken at a meeting, carried forward until someone marks it done. Not a record yet:
 * the caller passes them in.
 */
export interface Decision {
  id: string;
  /** The meeting (its id) that took it. */
  meetingId: string;
  text: string;
  /** A unit or a person, as the meeting named them. */
  owner: string;
  /** YYYY-MM-DD: overdue from the day after. */
  dueOn: string;
  commitmentIds: readonly string[];
  /** Set when someone marks it done: the day and what was done. */
  done: { on: string; note: string } | null;
}

/** A commitment's status, and who set it on what day and why (null: never assessed by a user). */
export interface CommitmentState {
  id: string;
  status: Status;
  assessment: { by: string | null; on: string; justification: string } | null;
}

/** A target's latest figure at the snapshot, and the pace and verdict the app drew from its figures. */
export interface FigureState {
  targetId: string;
  latest: { value: number; asOf: string; source: string } | null;
  paceSoFar: number | null;
  paceNeeded: number | null;
  verdict: Verdict;
}

export type ItemKind = 'resolution' | 'commitment' | 'target' | 'event';

/** A deadline an item carries: a commitment's due year or plan horizon, or a target's milestone year. */
export interface ItemDeadline {
  /** 'due' and 'horizon' for commitments, 'milestone-YYYY' for targets. */
  key: string;
  year: number;
}

export interface ItemState {
  id: string;
  kind: ItemKind;
  /** What people read: the title, the text or the label, in every locale. */
  label: LocalizedText;
  /** Every field that matters besides status and deadlines; an edit changes it. */
  fingerprint: string;
  deadlines: readonly ItemDeadline[];
}

export interface Snapshot {
  /** YYYY-MM-DD, the meeting's calendar day. */
  date: string;
  commitments: readonly CommitmentState[];
  figures: readonly FigureState[];
  items: readonly ItemState[];
  /** Every decision known at the moment, open or done: "done since" needs the open ones before. */
  decisions: readonly Decision[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Who last changed an assessment: the workspace says so; a record kept in the browser does not. */
const assessorOf = (a: AssessmentRecord): string | null => (a as AssessmentRecord & Partial<RecordMeta>).updatedBy ?? null;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The snapshot of `merged` on `date` (YYYY-MM-DD, the meeting's local calendar day). Statuses and
 * assessments come from the merge, the latest figure and verdict from `assessPace`, as on the
 * overview. Every list is sorted by id, and the result is frozen: a snapshot never changes.
 */
export function takeSnapshot(merged: MergedRecords, date: string, decisions: readonly Decision[] = []): Snapshot {
  const { data, figuresByTarget, assessments } = merged;
  const commitments = data.commitments.map((c): CommitmentState => {
    const latest = assessments.get(c.id)?.[0];
    return {
      id: c.id,
      status: c.status,
      assessment: latest ? { by: assessorOf(latest), on: latest.date, justification: latest.justification } : null,
    };
  });
  const figures = data.targets.map((t): FigureState => {
    const pace = assessPace(t, figuresByTarget.get(t.id) ?? [], date);
    return {
      targetId: t.id,
      latest: pace.latest ? { value: pace.latest.value, asOf: pace.latest.asOf, source: pace.latest.source.text } : null,
      paceSoFar: pace.paceSoFar,
      paceNeeded: pace.paceNeeded,
      verdict: pace.verdict,
    };
  });
  const items: ItemState[] = [
    ...data.resolutions.map((r): ItemState => ({
      id: r.id,
      kind: 'resolution',
      label: r.title,
      fingerprint: JSON.stringify([r.code, r.issuer, r.title]),
      deadlines: [],
    })),
    ...data.commitments.map((c): ItemState => ({
      id: c.id,
      kind: 'commitment',
      label: c.text,
      fingerprint: JSON.stringify([c.resolutionId, c.parentId, c.kind, c.text, c.issuer ?? null, c.addressee ?? null, c.eventId ?? null]),
      deadlines: [
        ...(c.dueYear !== null ? [{ key: 'due', year: c.dueYear }] : []),
        ...(c.horizonYear != null ? [{ key: 'horizon', year: c.horizonYear }] : []),
      ],
    })),
    ...data.targets.map((t): ItemState => {
      const milestones = [...t.milestones].sort((a, b) => a.year - b.year);
      return {
        id: t.id,
        kind: 'target',
        label: t.label,
        fingerprint: JSON.stringify([t.resolutionId, t.label, t.unit, milestones.map((m) => [m.year, m.value, m.approximate])]),
        deadlines: milestones.map((m) => ({ key: `milestone-${m.year}`, year: m.year })),
      };
    }),
    ...data.events.map((e): ItemState => ({
      id: e.id,
      kind: 'event',
      label: e.title,
      fingerprint: JSON.stringify([e.kind, e.date, e.endDate ?? null, e.resolutionIds, e.title]),
      deadlines: [],
    })),
  ];
  return deepFreeze({
    date,
    commitments: commitments.sort(byId),
    figures: figures.sort((a, b) => byId({ id: a.targetId }, { id: b.targetId })),
    items: items.sort(byId),
    decisions: decisions.map((d) => structuredClone(d)).sort(byId),
  });
}
