/**
 * Deadlines as the Government Office counts them: on a given day, each commitment is done on time,
 * done late, open within its deadline, overdue, or has no deadline; counted per resolution and per
 * unit. Plain functions of the merged records and a calendar day (YYYY-MM-DD, the user's own).
 */
import { servedResolutionIds } from './commitment-links';
import type { AssessmentRecord, AssignmentRecord } from './records';
import type { Commitment, LocalizedText, Status } from './types';
import { STATUSES } from './vocabulary';
import { effectiveUnits, hasUnit, unitKey, unitsNamed, type EffectiveUnits } from './units';

export const DEADLINE_STATES = ['done-on-time', 'done-late', 'open', 'overdue', 'no-deadline'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export type DeadlineCounts = Record<DeadlineState, number> & { total: number };

/**
 * A commitment's deadline: the day the team set, else the last day of the year a source makes it
 * due. A plan's horizon ("to 2030") is not a deadline, so it gives none.
 */
export function commitmentDeadline(c: Pick<Commitment, 'dueYear'>, assignment: Pick<AssignmentRecord, 'dueOn'> | undefined): string | null {
  if (assignment?.dueOn) return assignment.dueOn;
  return c.dueYear === null ? null : `${c.dueYear}-12-31`;
}

/**
 * The day a commitment was done: of its assessments (newest first), the run of `done` at the head
 * began on the oldest of them; a later "still done" does not move the day it was done.
 * Null when its latest assessment is not `done`, or it has none.
 */
export function doneOn(assessments: readonly AssessmentRecord[] | undefined): string | null {
  let day: string | null = null;
  for (const a of assessments ?? []) {
    if (a.status !== 'done') break;
    day = a.date;
  }
  return day;
}

/**
 * Where a commitment stands on `today`. Done with a deadline: on time if done on or before it.
 * Not done: overdue from the day after its deadline. A commitment marked done in the shipped data,
 * with no assessment to date it, counts as done on time: nothing shows it late.
 */
export function deadlineState(input: { status: Commitment['status']; deadline: string | null; doneOn: string | null }, today: string): DeadlineState {
  const { status, deadline } = input;
  if (status === 'done') return deadline === null || input.doneOn === null || input.doneOn <= deadline ? 'done-on-time' : 'done-late';
  if (deadline === null) return 'no-deadline';
  return deadline < today ? 'overdue' : 'open';
}

export const emptyCounts = (): DeadlineCounts => ({ 'done-on-time': 0, 'done-late': 0, open: 0, overdue: 0, 'no-deadline': 0, total: 0 });

const add = (counts: DeadlineCounts, state: DeadlineState) => {
  counts[state] += 1;
  counts.total += 1;
};

export interface CommitmentDeadline {
  commitment: Commitment;
  units: EffectiveUnits;
  deadline: string | null;
  state: DeadlineState;
}

/** Each commitment (all of them, or those the filters keep) with its units, deadline and state on `today`, in order. */
export function commitmentDeadlines(
  commitments: readonly Commitment[],
  merged: { assessments: ReadonlyMap<string, readonly AssessmentRecord[]>; assignments: ReadonlyMap<string, AssignmentRecord> },
  today: string,
): CommitmentDeadline[] {
  return commitments.map((commitment) => {
    const assignment = merged.assignments.get(commitment.id);
    const deadline = commitmentDeadline(commitment, assignment);
    const state = deadlineState({ status: commitment.status, deadline, doneOn: doneOn(merged.assessments.get(commitment.id)) }, today);
    return { commitment, units: effectiveUnits(commitment, assignment), deadline, state };
  });
}

/**
 * Whether the counts say anything a plan's own dates do not: the team set a due date, or something
 * is done or overdue. The slide and the report's section wait for it; the overview always counts.
 */
export const hasDeadlineNews = (rows: readonly CommitmentDeadline[]): boolean =>
  rows.some((r) => r.units.dueOn !== null || (r.state !== 'open' && r.state !== 'no-deadline'));

export interface DeadlineReport {
  total: DeadlineCounts;
  /** Per resolution in the dataset's order; a meeting's request counts under each resolution it serves. */
  byResolution: { resolutionId: string; counts: DeadlineCounts }[];
  /** Per unit, in the order first named; a commitment counts under its lead and under each co-lead. */
  byUnit: { unit: LocalizedText; key: string; counts: DeadlineCounts }[];
  /** Commitments no unit is named for. */
  withoutUnit: DeadlineCounts;
}

/** The counts for `today`, over `rows` (commitmentDeadlines, filtered or not). */
export function countDeadlines(rows: readonly CommitmentDeadline[], resolutionIds: readonly string[]): DeadlineReport {
  const total = emptyCounts();
  const byResolution = resolutionIds.map((resolutionId) => ({ resolutionId, counts: emptyCounts() }));
  const resolutionRow = new Map(byResolution.map((r) => [r.resolutionId, r.counts]));
  const byUnit = unitsNamed(rows.map((r) => r.units)).map((unit) => ({ unit, key: unitKey(unit), counts: emptyCounts() }));
  const withoutUnit = emptyCounts();
  for (const row of rows) {
    add(total, row.state);
    for (const id of servedResolutionIds(row.commitment)) {
      const counts = resolutionRow.get(id);
      if (counts) add(counts, row.state);
    }
    const named = byUnit.filter((u) => hasUnit(row.units, u.key));
    if (named.length === 0) add(withoutUnit, row.state);
    named.forEach((u) => add(u.counts, row.state));
  }
  return { total, byResolution, byUnit, withoutUnit };
}

export type StatusCounts = Record<Status, number> & { total: number };
const emptyStatusCounts = (): StatusCounts => ({ ...(Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>), total: 0 });

/** Commitments by unit and status, and those no unit is named for (see statusByUnit). */
export interface UnitStatusReport {
  byUnit: { unit: LocalizedText; key: string; counts: StatusCounts }[];
  withoutUnit: StatusCounts;
}

/** Commitments by unit and status (a commitment counts under its lead and each co-lead), and those no unit is named for. */
export function statusByUnit(rows: readonly Pick<CommitmentDeadline, 'commitment' | 'units'>[]): UnitStatusReport {
  const byUnit = unitsNamed(rows.map((r) => r.units)).map((unit) => ({ unit, key: unitKey(unit), counts: emptyStatusCounts() }));
  const withoutUnit = emptyStatusCounts();
  for (const { commitment, units } of rows) {
    const named = byUnit.filter((u) => hasUnit(units, u.key));
    for (const counts of named.length === 0 ? [withoutUnit] : named.map((u) => u.counts)) {
      counts[commitment.status] += 1;
      counts.total += 1;
    }
  }
  return { byUnit, withoutUnit };
}
