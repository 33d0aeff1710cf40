import type {
  AssignmentRecord,
  AssessmentRecord,
  DecisionRecord,
  MeetingRecord,
  FigureRecord,
  RecordSource,
  UserCommitment,
  UserEvent,
  UserRecord,
  UserResolution,
  UserTarget,
} from './records';
import { ITEM_KINDS } from './vocabulary';
import { byAsOf, groupByTarget, publishedFigures, type TargetFigure } from './figures';
import type { Commitment, Dataset, LocalizedText, Source } from './types';

export interface MergedRecords {
  /** The dataset with the user's items appended and commitment statuses from their assessments. */
  data: Dataset;
  /** Figures for targets that exist, published and the user's, oldest first. */
  figures: TargetFigure[];
  /** The same figures by target id: what a chart of one target reads. */
  figuresByTarget: ReadonlyMap<string, TargetFigure[]>;
  /** Assessments per commitment id, newest first; only for commitments that exist. */
  assessments: Map<string, AssessmentRecord[]>;
  /** Meetings held, oldest first (by date, then when they were recorded). */
  meetings: MeetingRecord[];
  /** Decisions of meetings that exist, in the order they were taken. */
  decisions: DecisionRecord[];
  /** Each commitment's units and due date as users last set them; only for commitments that exist. */
  assignments: ReadonlyMap<string, AssignmentRecord>;
}

type UserItem = UserResolution | UserCommitment | UserTarget | UserEvent;

/** Users write in one language; every locale shows what they wrote. */
const everywhere = (text: string): LocalizedText => ({ en: text, fr: text, vi: text });

const byCreation = (a: UserRecord, b: UserRecord) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Newest first: by the date assessed, then by the last edit. */
const newestAssessmentFirst = (a: AssessmentRecord, b: AssessmentRecord) =>
  b.date.localeCompare(a.date) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.id.localeCompare(a.id);

/** The id of the source synthesised for a user item's own source. */
export const userSourceId = (itemId: string) => `user-source-${itemId}`;

function userSource(item: UserItem, source: RecordSource): Source {
  return {
    origin: 'user',
    id: userSourceId(item.id),
    file: 'user record',
    publisher: source.text,
    title: source.text,
    // The UI links only http(s) addresses; an empty one means the user gave none.
    url: source.url ?? '',
    publishedOn: item.kind === 'event' ? item.date : item.createdAt.slice(0, 10),
    language: 'en',
  };
}

/**
 * Applies the user's records to the published dataset. Records that point at something missing
 * (a deleted resolution, an unknown target) or would clash with an existing id are left out,
 * never fatal: the result always passes `parseDataset`.
 */
export function mergeRecords(dataset: Dataset, records: UserRecord[]): MergedRecords {
  const data: Dataset = {
    ...dataset,
    sources: [...dataset.sources],
    resolutions: [...dataset.resolutions],
    commitments: [...dataset.commitments],
    targets: [...dataset.targets],
    events: [...dataset.events],
  };
  const itemIds = new Set([...data.resolutions, ...data.commitments, ...data.targets, ...data.facts, ...data.events].map((i) => i.id));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const resolutionIds = () => new Set(data.resolutions.map((r) => r.id));

  /** Adds the item's source and returns its id; null when the item's id (or its source's) is taken. */
  const claim = (item: UserItem): string | null => {
    const sourceId = userSourceId(item.id);
    if (itemIds.has(item.id) || sourceIds.has(sourceId)) return null;
    itemIds.add(item.id);
    sourceIds.add(sourceId);
    data.sources.push(userSource(item, item.source));
    return sourceId;
  };
  const cite = (sourceId: string, source: RecordSource) => [{ sourceId, quote: source.text }];

  const items = records.filter((r): r is UserItem => (ITEM_KINDS as readonly string[]).includes(r.kind)).sort(byCreation);
  const ofKind = <K extends UserItem['kind']>(kind: K) => items.filter((r): r is Extract<UserItem, { kind: K }> => r.kind === kind);

  for (const r of ofKind('resolution')) {
    const sourceId = claim(r);
    if (sourceId === null) continue;
    data.resolutions.push({
      origin: 'user',
      id: r.id,
      code: r.code,
      issuer: everywhere(r.issuer),
      title: everywhere(r.title),
      citations: cite(sourceId, r.source),
    });
  }

  // Tasks first, so measures can hang under a task the user added.
  const commitments = ofKind('commitment');
  for (const c of [...commitments.filter((c) => c.parentId === null), ...commitments.filter((c) => c.parentId !== null)]) {
    const parent = c.parentId === null ? null : data.commitments.find((p) => p.id === c.parentId);
    const fits = resolutionIds().has(c.resolutionId) && (parent === null || (parent?.kind === 'task' && parent.resolutionId === c.resolutionId));
    if (!fits) continue;
    const sourceId = claim(c);
    if (sourceId === null) continue;
    const siblings = data.commitments.filter((s) =>
      parent ? s.parentId === parent.id : s.resolutionId === c.resolutionId && s.kind === 'task',
    );
    data.commitments.push({
      origin: 'user',
      id: c.id,
      resolutionId: c.resolutionId,
      parentId: parent ? parent.id : null,
      kind: parent ? 'measure' : 'task',
      order: siblings.reduce((max, s) => Math.max(max, s.order + 1), 0),
      text: everywhere(c.text),
      dueYear: c.dueYear,
      status: 'not_assessed',
      citations: cite(sourceId, c.source),
    });
  }

  for (const t of ofKind('target')) {
    if (!resolutionIds().has(t.resolutionId)) continue;
    const sourceId = claim(t);
    if (sourceId === null) continue;
    data.targets.push({
      origin: 'user',
      id: t.id,
      resolutionId: t.resolutionId,
      commitmentId: null,
      label: everywhere(t.label),
      unit: everywhere(t.unit),
      milestones: t.milestones.map((m) => ({ ...m, citations: cite(sourceId, t.source) })),
    });
  }

  for (const e of ofKind('event')) {
    if (e.endDate !== undefined && e.endDate < e.date) continue;
    const known = resolutionIds();
    const sourceId = claim(e);
    if (sourceId === null) continue;
    data.events.push({
      origin: 'user',
      id: e.id,
      kind: e.eventKind,
      date: e.date,
      ...(e.endDate !== undefined && { endDate: e.endDate }),
      // A link to a resolution since deleted is dropped; the event itself still happened.
      resolutionIds: e.resolutionIds.filter((id) => known.has(id)),
      title: everywhere(e.title),
      citations: cite(sourceId, e.source),
    });
  }

  const assessments = new Map<string, AssessmentRecord[]>();
  const commitmentIds = new Set(data.commitments.map((c) => c.id));
  for (const a of records) {
    if (a.kind !== 'assessment' || !commitmentIds.has(a.commitmentId)) continue;
    assessments.set(a.commitmentId, [...(assessments.get(a.commitmentId) ?? []), a]);
  }
  assessments.forEach((list) => list.sort(newestAssessmentFirst));
  data.commitments = data.commitments.map((c): Commitment => {
    const latest = assessments.get(c.id)?.[0];
    return latest ? { ...c, status: latest.status } : c;
  });

  const targetIds = new Set(data.targets.map((t) => t.id));
  const own = records
    .filter((f): f is FigureRecord => f.kind === 'figure' && targetIds.has(f.targetId))
    .sort((a, b) => byAsOf(a, b) || Date.parse(a.updatedAt) - Date.parse(b.updatedAt));
  // A stable sort keeps published figures before the user's on the same day.
  const figures = [...publishedFigures(data), ...own].sort(byAsOf);

  const meetings = records
    .filter((r): r is MeetingRecord => r.kind === 'meeting')
    .sort((a, b) => a.date.localeCompare(b.date) || byCreation(a, b));
  const meetingIds = new Set(meetings.map((m) => m.id));
  const decisions = records.filter((r): r is DecisionRecord => r.kind === 'decision' && meetingIds.has(r.meetingId)).sort(byCreation);
  const assignments = new Map<string, AssignmentRecord>();
  for (const r of records) {
    if (r.kind !== 'assignment' || !commitmentIds.has(r.commitmentId)) continue;
    const was = assignments.get(r.commitmentId);
    if (!was || Date.parse(r.updatedAt) > Date.parse(was.updatedAt) || (r.updatedAt === was.updatedAt && r.id > was.id)) assignments.set(r.commitmentId, r);
  }

  return { data, figures, figuresByTarget: groupByTarget(figures), assessments, meetings, decisions, assignments };
}
