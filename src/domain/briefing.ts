import { parsePartialDate, toDecimalYear } from './dates';
import type { Deadline } from './deadlines';
import type { TargetPace } from './pace';
import type { TargetFigure } from './figures';
import type { AssessmentRecord } from './records';
import type { Commitment, PolicyEvent, Status, Target } from './types';

/** Whole years and months from `today` to 1 January of `year`: the date every pace is reckoned to. */
export interface TimeLeft {
  years: number;
  months: number;
}

/**
 * Time left to a deadline year. "By 2030" is reckoned to the start of 2030, as the pace needed
 * is (so "4.7 a year to 2030" and "4 years, 6 months left" agree); null once the year has begun.
 */
export function timeLeft(today: string, year: number): TimeLeft | null {
  const d = parsePartialDate(today);
  const months = (year - d.year) * 12 - (d.month - 1) - (d.day > 1 ? 1 : 0);
  if (months < 0 || year <= d.year) return null;
  return { years: Math.floor(months / 12), months: months % 12 };
}

export interface NextDeadline {
  year: number;
  left: TimeLeft | null;
  commitments: Commitment[];
  /** Numeric milestones falling in that year. */
  milestones: Deadline['milestones'];
  resolutions: Deadline['resolution'][];
}

/** The soonest deadline year, all resolutions together; null with none ahead. */
export function nextDeadline(deadlines: Deadline[], today: string): NextDeadline | null {
  const first = deadlines[0];
  if (!first) return null;
  const same = deadlines.filter((d) => d.year === first.year);
  return {
    year: first.year,
    left: timeLeft(today, first.year),
    commitments: same.flatMap((d) => d.commitments),
    milestones: same.flatMap((d) => d.milestones),
    resolutions: same.map((d) => d.resolution),
  };
}

export interface AssessmentCounts {
  total: number;
  assessed: number;
  /** At risk or off track. */
  atRisk: number;
  offTrack: number;
}

const WORRYING: readonly Status[] = ['at_risk', 'off_track'];

export function assessmentCounts(commitments: Commitment[]): AssessmentCounts {
  let assessed = 0;
  let atRisk = 0;
  let offTrack = 0;
  for (const c of commitments) {
    if (c.status !== 'not_assessed') assessed += 1;
    if (c.status === 'at_risk') atRisk += 1;
    if (c.status === 'off_track') offTrack += 1;
  }
  return { total: commitments.length, assessed, atRisk, offTrack };
}

/** Commitments at risk or off track, off track first. */
export const worrying = (commitments: Commitment[]) =>
  commitments.filter((c) => WORRYING.includes(c.status)).sort((a, b) => WORRYING.indexOf(b.status) - WORRYING.indexOf(a.status));

export type Change =
  | { kind: 'figure'; date: string; figure: TargetFigure; target: Target }
  | { kind: 'assessment'; date: string; assessment: AssessmentRecord; commitment: Commitment }
  | { kind: 'event'; date: string; event: PolicyEvent };

/**
 * What changed lately, newest first: figures recorded, assessments made and events that took
 * place, each on the date it describes, none after `today`. Only what the filters leave is given.
 */
export function recentChanges(
  input: {
    targets: Target[];
    /** Oldest first, as `mergeRecords` gives them. */
    figuresByTarget: ReadonlyMap<string, TargetFigure[]>;
    commitments: Commitment[];
    /** Newest first, as `mergeRecords` gives them. */
    assessments: ReadonlyMap<string, AssessmentRecord[]>;
    events: PolicyEvent[];
  },
  today: string,
  count: number,
): Change[] {
  const now = toDecimalYear(today);
  // The newest `count`, kept as they come (a filter change on a large tracker offers thousands):
  // newest first, and of two on the same day the one offered first, as a stable sort would.
  const newest: { change: Change; at: number }[] = [];
  const offer = (date: string, change: () => Change) => {
    if (count <= 0) return;
    const at = toDecimalYear(date);
    if (at > now || (newest.length === count && at <= newest[count - 1]!.at)) return;
    let i = newest.length;
    while (i > 0 && newest[i - 1]!.at < at) i -= 1;
    newest.splice(i, 0, { change: change(), at });
    if (newest.length > count) newest.pop();
  };
  // Each list is already in date order: only its newest `count` can make the cut.
  for (const target of input.targets)
    for (const figure of (input.figuresByTarget.get(target.id) ?? []).slice(-count)) offer(figure.asOf, () => ({ kind: 'figure', date: figure.asOf, figure, target }));
  for (const commitment of input.commitments)
    for (const assessment of (input.assessments.get(commitment.id) ?? []).slice(0, count))
      offer(assessment.date, () => ({ kind: 'assessment', date: assessment.date, assessment, commitment }));
  for (const event of input.events) offer(event.date, () => ({ kind: 'event', date: event.date, event }));
  return newest.map((c) => c.change);
}

/** Everything the first screen answers, for the commitments, targets and events the filters leave. */
export interface Briefing {
  today: string;
  targets: { target: Target; progress: TargetPace }[];
  next: NextDeadline | null;
  counts: AssessmentCounts;
  worrying: Commitment[];
  changes: Change[];
}
