import { bibliography, type Bibliography, type BibliographyEntry } from './bibliography';
import { assessmentCounts, worrying, type AssessmentCounts } from './briefing';
import { isFromMeeting, servedResolutionIds, servesResolution } from './commitment-links';
import { upcomingDeadlines, type Deadline } from './deadlines';
import { groupByMeeting } from './meetings';
import type { TargetFigure } from './figures';
import type { Filters, FilteredDataset } from './filters';
import { assessPace, type TargetPace } from './pace';
import type { AssessmentRecord } from './records';
import type { Commitment, Dataset, Milestone, PolicyEvent, Resolution, Target } from './types';

/** The latest assessment of an item, with the bibliography number of the source it gives. */
export interface ReportAssessment {
  record: AssessmentRecord;
  notes: number[];
}

export interface ReportCommitment {
  commitment: Commitment;
  notes: number[];
  /** Null when nobody has assessed it (its status is then the dataset's). */
  assessment: ReportAssessment | null;
  measures: ReportCommitment[];
}

export interface ReportMilestone {
  milestone: Milestone;
  notes: number[];
}

export interface ReportFigure {
  figure: TargetFigure;
  notes: number[];
}

export interface ReportTarget {
  target: Target;
  milestones: ReportMilestone[];
  /** The latest recorded figures, newest first (at most FIGURES_LISTED), each with its source. */
  figures: ReportFigure[];
  /** How many earlier figures the chart draws but the list leaves out. */
  earlierFigures: number;
  /** Whether the appendix draws its chart: false when the summary already does. */
  chart: boolean;
}

export interface ReportSection {
  resolution: Resolution;
  /** Whether the dataset lists any task for it at all, filters aside (to say why none shows). */
  listsCommitments: boolean;
  notes: number[];
  tasks: ReportCommitment[];
  targets: ReportTarget[];
}

/** A meeting's requests and pledges that serve no resolution (those that do print under it). */
export interface ReportMeeting {
  meeting: PolicyEvent;
  notes: number[];
  items: ReportCommitment[];
}

/** An item at risk or off track, as the summary gives it: what, where, why and on whose word. */
export interface ReportAttention {
  commitment: Commitment;
  resolution: Resolution | undefined;
  /** The task a measure belongs to, so the reader knows where it sits. */
  parent: Commitment | undefined;
  /** The meeting that made a request or pledge. */
  meeting: PolicyEvent | undefined;
  notes: number[];
  assessment: ReportAssessment | null;
}

/** The first pages: what a minister reads if they read nothing else. */
export interface ReportSummary {
  /** `chart`: drawn in the summary (the first SUMMARY_CHARTS targets), not in the appendix. */
  targets: { target: Target; pace: TargetPace; notes: number[]; chart: boolean }[];
  counts: AssessmentCounts;
  attention: ReportAttention[];
  deadlines: Deadline[];
}

export interface Report {
  summary: ReportSummary;
  sections: ReportSection[];
  meetings: ReportMeeting[];
  /** Every source the report cites, once each, numbered as the text refers to them. */
  bibliography: BibliographyEntry[];
}

/** The summary lists this many deadlines (resolution and year), soonest first. */
export const DEADLINES_LISTED = 4;
/** The summary draws the charts of this many targets; the appendix draws the others'. */
export const SUMMARY_CHARTS = 2;
/** A target in the appendix lists this many recorded figures; its chart draws them all. */
export const FIGURES_LISTED = 3;

/** The resolution's own tasks first, then the requests and pledges of meetings that serve it. */
const byOrder = (a: Commitment, b: Commitment) => Number(isFromMeeting(a)) - Number(isFromMeeting(b)) || a.order - b.order;

/** Narrows the items, not just the resolutions: a resolution with nothing left then gets no section. */
const narrowsItems = (f: Filters) => f.statuses.length > 0 || f.horizon !== null || f.query.trim() !== '';

export interface ReportRecords {
  /** Oldest first, as `mergeRecords` gives them. */
  figuresByTarget: ReadonlyMap<string, TargetFigure[]>;
  /** Newest first, as `mergeRecords` gives them. */
  assessments: ReadonlyMap<string, AssessmentRecord[]>;
}

function assessmentOf(bib: Bibliography, records: ReportRecords, commitmentId: string): ReportAssessment | null {
  const record = records.assessments.get(commitmentId)?.[0];
  if (!record) return null;
  return { record, notes: record.source ? [bib.citeRecord(record.source)] : [] };
}

/**
 * The printed report of what the filters show: a summary (each target's latest figure and pace,
 * how many commitments are assessed, those at risk or off track with their justification, the next
 * deadlines), then one section per resolution with its tasks and measures (in the source's
 * order), their assessments and its targets, then the meetings' requests and pledges that serve
 * no resolution, by meeting, then one bibliography. A source is one entry however
 * often it is cited, numbered in reading order, and the text gives its number.
 */
export function buildReport(data: Dataset, filtered: FilteredDataset, filters: Filters, records: ReportRecords, today: string): Report {
  const bib = bibliography(data.sources);
  const resolutionOf = (c: Commitment) => data.resolutions.find((r) => r.id === c.resolutionId);

  // Cited in reading order: the item, its assessment, then its measures.
  const cited = (c: Commitment) => ({ commitment: c, notes: bib.cite(c.citations), assessment: assessmentOf(bib, records, c.id) });
  // A figure published with the dataset cites its article; a recorded one, the source its user gave.
  const figureNotes = (figure: TargetFigure) => {
    const published = figure.published ? data.figures?.find((f) => f.id === figure.id) : undefined;
    return published ? bib.cite(published.citations) : [bib.citeRecord(figure.source)];
  };

  const summary: ReportSummary = {
    targets: filtered.targets.map((target, i) => {
      const pace = assessPace(target, records.figuresByTarget.get(target.id) ?? [], today);
      return { target, pace, notes: pace.latest ? figureNotes(pace.latest) : [], chart: i < SUMMARY_CHARTS };
    }),
    counts: assessmentCounts(filtered.commitments),
    attention: worrying(filtered.commitments).map((commitment) => ({
      commitment,
      resolution: resolutionOf(commitment),
      parent: commitment.parentId === null ? undefined : data.commitments.find((c) => c.id === commitment.parentId),
      meeting: commitment.eventId === undefined ? undefined : data.events.find((e) => e.id === commitment.eventId),
      notes: bib.cite(commitment.citations),
      assessment: assessmentOf(bib, records, commitment.id),
    })),
    deadlines: upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, Number(today.slice(0, 4))).slice(0, DEADLINES_LISTED),
  };

  const chartedInSummary = new Set(summary.targets.filter((t) => t.chart).map((t) => t.target.id));
  const sections = filtered.resolutions.flatMap((resolution): ReportSection[] => {
    const commitments = filtered.commitments.filter((c) => servesResolution(c, resolution.id));
    const targets = filtered.targets.filter((t) => t.resolutionId === resolution.id);
    if (narrowsItems(filters) && commitments.length === 0 && targets.length === 0) return [];

    const notes = bib.cite(resolution.citations);
    const ids = new Set(commitments.map((c) => c.id));
    // A measure whose task is filtered away still prints, at the top level, rather than vanish.
    const tops = commitments.filter((c) => c.parentId === null || !ids.has(c.parentId)).sort(byOrder);
    const tasks = tops.map((task): ReportCommitment => ({
      ...cited(task),
      measures: commitments
        .filter((m) => m.parentId === task.id)
        .sort(byOrder)
        .map((m) => ({ ...cited(m), measures: [] })),
    }));
    const reportTargets = targets.map((target): ReportTarget => {
      const milestones = [...target.milestones].sort((a, b) => a.year - b.year).map((milestone) => ({ milestone, notes: bib.cite(milestone.citations) }));
      const all = records.figuresByTarget.get(target.id) ?? [];
      const listed = all.slice(-FIGURES_LISTED).reverse();
      return { target, milestones, figures: listed.map((figure) => ({ figure, notes: figureNotes(figure) })), earlierFigures: all.length - listed.length, chart: !chartedInSummary.has(target.id) };
    });
    const listsCommitments = data.commitments.some((c) => servesResolution(c, resolution.id));
    return [{ resolution, listsCommitments, notes, tasks, targets: reportTargets }];
  });

  const meetings = groupByMeeting(
    filtered.commitments.filter((c) => servedResolutionIds(c).length === 0),
    data.events,
  ).map(({ meeting, commitments }) => ({ meeting, notes: bib.cite(meeting.citations), items: commitments.map((c) => ({ ...cited(c), measures: [] })) }));

  return { summary, sections, meetings, bibliography: bib.entries() };
}
