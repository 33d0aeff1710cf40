import { isFromMeeting, servesResolution } from './commitment-links';
import type { Filters, FilteredDataset } from './filters';
import type { Citation, Commitment, Dataset, Milestone, Resolution, Source, Target } from './types';

/** One cited sentence, listed once at the end of its section however often the section cites it. */
export interface Footnote {
  n: number;
  quote: string;
  sourceId: string;
  /** Undefined only if the dataset lost the source; the quote still prints. */
  source: Source | undefined;
}

export interface ReportCommitment {
  commitment: Commitment;
  notes: number[];
  measures: ReportCommitment[];
}

export interface ReportMilestone {
  milestone: Milestone;
  notes: number[];
}

export interface ReportTarget {
  target: Target;
  milestones: ReportMilestone[];
}

export interface ReportSection {
  resolution: Resolution;
  /** Whether the dataset lists any task for it at all, filters aside (to say why none shows). */
  listsCommitments: boolean;
  notes: number[];
  tasks: ReportCommitment[];
  targets: ReportTarget[];
  footnotes: Footnote[];
}

export interface Report {
  sections: ReportSection[];
}

/** Numbers the citations of one section in reading order; the same sentence keeps its number. */
function footnoter(sources: Source[]) {
  const byKey = new Map<string, Footnote>();
  const cite = (citations: Citation[]): number[] => {
    const numbers = citations.map((c) => {
      const key = `${c.sourceId}\u0000${c.quote.trim()}`;
      let note = byKey.get(key);
      if (!note) {
        note = { n: byKey.size + 1, quote: c.quote.trim(), sourceId: c.sourceId, source: sources.find((s) => s.id === c.sourceId) };
        byKey.set(key, note);
      }
      return note.n;
    });
    return [...new Set(numbers)].sort((a, b) => a - b);
  };
  return { cite, footnotes: () => [...byKey.values()] };
}

/** The resolution's own tasks first, then the requests and pledges of meetings that serve it. */
const byOrder = (a: Commitment, b: Commitment) => Number(isFromMeeting(a)) - Number(isFromMeeting(b)) || a.order - b.order;

/** Narrows the items, not just the resolutions: a resolution with nothing left then gets no section. */
const narrowsItems = (f: Filters) => f.statuses.length > 0 || f.horizon !== null || f.query.trim() !== '';

/**
 * The printed report of what the filters show: one section per resolution, each with its tasks and
 * measures (in the source's order), its targets, and its citations as footnotes. Footnotes are
 * numbered per section, from 1, because each section starts on its own page and is read (or handed
 * out) on its own; a sentence cited twice in a section keeps one number.
 */
export function buildReport(data: Dataset, filtered: FilteredDataset, filters: Filters): Report {
  const sections = filtered.resolutions.flatMap((resolution): ReportSection[] => {
    const commitments = filtered.commitments.filter((c) => servesResolution(c, resolution.id));
    const targets = filtered.targets.filter((t) => t.resolutionId === resolution.id);
    if (narrowsItems(filters) && commitments.length === 0 && targets.length === 0) return [];

    const { cite, footnotes } = footnoter(data.sources);
    const notes = cite(resolution.citations);
    const ids = new Set(commitments.map((c) => c.id));
    // A measure whose task is filtered away still prints, at the top level, rather than vanish.
    const tops = commitments.filter((c) => c.parentId === null || !ids.has(c.parentId)).sort(byOrder);
    const tasks = tops.map((task) => ({
      commitment: task,
      notes: cite(task.citations),
      measures: commitments
        .filter((m) => m.parentId === task.id)
        .sort(byOrder)
        .map((m) => ({ commitment: m, notes: cite(m.citations), measures: [] })),
    }));
    const reportTargets = targets.map((target) => ({
      target,
      milestones: [...target.milestones]
        .sort((a, b) => a.year - b.year)
        .map((milestone) => ({ milestone, notes: cite(milestone.citations) })),
    }));
    const listsCommitments = data.commitments.some((c) => servesResolution(c, resolution.id));
    return [{ resolution, listsCommitments, notes, tasks, targets: reportTargets, footnotes: footnotes() }];
  });
  return { sections };
}
