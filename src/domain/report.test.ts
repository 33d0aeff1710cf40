import shipped from '../../public/data/dataset.json';
import { applyFilters, EMPTY_FILTERS, type Filters } from './filters';
import { parseDataset } from './parse-dataset';
import type { AssessmentRecord } from './records';
import { buildReport, FIGURES_LISTED, type ReportRecords } from './report';
import { commitment, dataset, figure, milestone, resolution, source, target } from '../../test/factories/dataset';
import type { Dataset } from './types';

const NO_RECORDS: ReportRecords = { figuresByTarget: new Map(), assessments: new Map() };
const TODAY = '2026-12-02';
const report = (data: Dataset, filters: Filters = EMPTY_FILTERS, records = NO_RECORDS) => buildReport(data, applyFilters(data, filters), filters, records, TODAY);
const quoted = (sourceId: string, quote: string) => [{ sourceId, quote }];
const assessment = (commitmentId: string, over: Partial<AssessmentRecord> = {}): AssessmentRecord => ({
  id: `a-${commitmentId}`,
  kind: 'assessment',
  commitmentId,
  status: 'at_risk',
  date: '2026-11-20',
  justification: 'Two openings postponed to 2027.',
  createdAt: '2026-11-20T08:00:00Z',
  updatedAt: '2026-11-20T08:00:00Z',
  ...over,
});

describe('buildReport', () => {
  const data = dataset({
    sources: [source({ id: 'a' }), source({ id: 'b', publisher: 'Other' })],
    resolutions: [
      resolution('r1', '1', { citations: quoted('a', 'The plan.') }),
      resolution('r2', '2', { citations: quoted('a', 'The plan.') }),
    ],
    commitments: [
      commitment('t2', { order: 2, citations: quoted('b', 'Task two.') }),
      commitment('t1', { order: 1, citations: [...quoted('a', 'The plan.'), ...quoted('b', 'Task one.')] }),
      commitment('m1', { parentId: 't1', order: 1, citations: quoted('b', ' Task one.  ') }),
      commitment('x1', { resolutionId: 'r2', status: 'done', dueYear: 2030, citations: quoted('b', 'Other task.') }),
    ],
    targets: [target('tg', [milestone(2045, 150, true), milestone(2030, 115, true)], { resolutionId: 'r1', milestones: [{ ...milestone(2045, 150, true), citations: quoted('a', 'x') }, { ...milestone(2030, 115, true), citations: quoted('a', 'y') }] })],
  });

  it('makes one section per resolution, tasks in order with their measures, then targets', () => {
    const { sections } = report(data);
    expect(sections.map((s) => s.resolution.id)).toEqual(['r1', 'r2']);
    const [first] = sections;
    expect(first!.tasks.map((t) => [t.commitment.id, t.measures.map((m) => m.commitment.id)])).toEqual([
      ['t1', ['m1']],
      ['t2', []],
    ]);
    expect(first!.targets[0]!.milestones.map((m) => m.milestone.year)).toEqual([2030, 2045]);
  });

  it('points every citation at one bibliography entry per source, numbered in reading order across sections', () => {
    const { sections, bibliography } = report(data);
    const [first, second] = sections;
    expect(first!.notes).toEqual([1]);
    expect(first!.tasks[0]!.notes).toEqual([1, 2]);
    expect(first!.tasks[0]!.measures[0]!.notes).toEqual([2]);
    expect(first!.tasks[1]!.notes).toEqual([2]);
    expect(first!.targets[0]!.milestones.map((m) => m.notes)).toEqual([[1], [1]]);
    // The second section keeps the numbers: the bibliography is the report's, not the section's.
    expect(second!.notes).toEqual([1]);
    expect(second!.tasks[0]!.notes).toEqual([2]);
    expect(bibliography.map((e) => [e.n, e.kind === 'source' && e.source.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('keeps a measure whose task is filtered away, at the top level', () => {
    const filters = { ...EMPTY_FILTERS, statuses: ['in_progress' as const] };
    const data2 = { ...data, commitments: [...data.commitments, commitment('m2', { parentId: 't2', status: 'in_progress' })] };
    const filtered = applyFilters(data2, filters);
    const withoutTask = { ...filtered, commitments: filtered.commitments.filter((c) => c.id !== 't2') };
    expect(buildReport(data2, withoutTask, filters, NO_RECORDS, TODAY).sections[0]!.tasks.map((t) => t.commitment.id)).toEqual(['m2']);
  });

  it('follows the filters: resolutions chosen, and no empty section when items are narrowed', () => {
    expect(report(data, { ...EMPTY_FILTERS, resolutions: ['r2'] }).sections.map((s) => s.resolution.id)).toEqual(['r2']);
    const found = report(data, { ...EMPTY_FILTERS, query: 'x1' });
    expect(found.sections.map((s) => s.resolution.id)).toEqual(['r2']);
    expect(report(data, { ...EMPTY_FILTERS, query: 'nothing like this' }).sections).toEqual([]);
  });

  it('keeps a resolution with nothing listed when only resolutions are chosen', () => {
    const bare = dataset({ resolutions: [resolution('r1'), resolution('r9')] });
    const withTask = { ...bare, commitments: [commitment('t1', { status: 'done' })] };
    const sections = report(withTask, { ...EMPTY_FILTERS, resolutions: ['r1', 'r9'] }).sections;
    expect(sections.map((s) => [s.resolution.id, s.tasks.length, s.listsCommitments])).toEqual([
      ['r1', 1, true],
      ['r9', 0, false],
    ]);
  });

  describe('with records', () => {
    const withStatus = { ...data, commitments: data.commitments.map((c) => (c.id === 'm1' ? { ...c, status: 'at_risk' as const } : c.id === 't2' ? { ...c, status: 'off_track' as const } : c)) };
    const records: ReportRecords = {
      figuresByTarget: new Map([['tg', [90, 92, 93, 94].map((v, i) => ({ ...figure('tg', v, `202${i + 2}-06-30`), source: { text: i === 3 ? 'Ministry report 2025' : 'Ministry report', url: 'https://example.org/r' } }))]]),
      assessments: new Map([
        ['m1', [assessment('m1', { source: { text: 'Department of Personnel' } }), assessment('m1', { id: 'older', justification: 'Older.' })]],
        ['t2', [assessment('t2', { status: 'off_track', justification: 'No budget.' })]],
      ]),
    };

    it('sums up: targets with their pace, the assessed count, what is at risk (off track first) and why, and the next deadlines', () => {
      const { summary, bibliography } = report(withStatus, EMPTY_FILTERS, records);
      expect(summary.targets.map((t) => [t.target.id, t.pace.latest?.value, t.pace.verdict, t.notes])).toEqual([['tg', 94, 'behind', [1]]]);
      expect(summary.counts).toEqual({ total: 4, assessed: 3, atRisk: 1, offTrack: 1 });
      expect(summary.attention.map((a) => [a.commitment.id, a.resolution?.id, a.parent?.id, a.assessment?.record.justification, a.assessment?.notes])).toEqual([
        ['t2', 'r1', undefined, 'No budget.', []],
        ['m1', 'r1', 't1', 'Two openings postponed to 2027.', [3]],
      ]);
      // The summary cites first: the figure's source, t2's article, then the assessment's source.
      expect(bibliography.slice(0, 3)).toEqual([
        { n: 1, kind: 'record', text: 'Ministry report 2025', url: 'https://example.org/r' },
        { n: 2, kind: 'source', source: data.sources[1] },
        { n: 3, kind: 'record', text: 'Department of Personnel' },
      ]);
      expect(summary.deadlines.map((d) => [d.year, d.resolution.id])).toEqual([
        [2030, 'r1'],
        [2030, 'r2'],
        [2045, 'r1'],
      ]);
    });

    it('gives each item its latest assessment, and each target its latest figures with their sources', () => {
      const { sections } = report(withStatus, EMPTY_FILTERS, records);
      const [first] = sections;
      expect(first!.tasks[0]!.measures[0]!.assessment?.record.id).toBe('a-m1');
      expect(first!.tasks[0]!.assessment).toBeNull();
      const [tg] = first!.targets;
      expect(tg!.figures.map((f) => [f.figure.value, f.notes])).toEqual([
        [94, [1]],
        [93, [5]], // after source a, entry 4, cited by the resolution
        [92, [5]],
      ]);
      expect(tg!.figures).toHaveLength(FIGURES_LISTED);
      expect(tg!.earlierFigures).toBe(1);
    });
  });
});

describe('the report of the shipped dataset', () => {
  const data = parseDataset(shipped);

  it('has a section for each resolution and one bibliography entry for each source it cites', () => {
    const { sections, meetings, bibliography } = report(data);
    expect(sections.map((s) => s.resolution.id)).toEqual(data.resolutions.map((r) => r.id));
    expect(bibliography.map((e) => e.n)).toEqual(bibliography.map((_, i) => i + 1));
    expect(bibliography.every((e) => e.kind === 'source')).toBe(true);
    const ids = bibliography.map((e) => (e.kind === 'source' ? e.source.id : ''));
    expect(new Set(ids).size).toBe(ids.length);
    const cited = new Set(
      [
        ...sections.flatMap((s) => [s.resolution, ...s.tasks.flatMap((t) => [t.commitment, ...t.measures.map((m) => m.commitment)])]),
        ...meetings.flatMap((m) => [m.meeting, ...m.items.map((i) => i.commitment)]),
      ].flatMap((x) => x.citations.map((c) => c.sourceId)),
    );
    expect(new Set(ids)).toEqual(cited);
  });

  it('prints the 18 July 2025 request in the sections of both resolutions it serves, after their own tasks', () => {
    const { sections } = report(data);
    const listed = (id: string) => sections.find((s) => s.resolution.id === id)!.tasks.map((t) => t.commitment.id);
    expect(listed('r57')).toEqual(['peoples-organisations-resolutions-57-59']);
    expect(listed('r59')).toEqual(['peoples-organisations-resolutions-57-59']);
    expect(listed('r292')).toHaveLength(6);
    expect(sections[0]!.targets.map((t) => t.target.id)).toEqual(['agencies-abroad']);
  });

  it('lists the requests and pledges that serve no resolution by meeting, newest meeting first, and not those printed under a resolution', () => {
    const { meetings } = report(data);
    expect(meetings.map((m) => [m.meeting.id, m.items.length])).toEqual([
      ['peoples-foreign-affairs-information-conference-2025', 5],
      ['local-foreign-affairs-conference-2025', 6],
      ['minister-meets-heads-of-agencies-2024', 4],
    ]);
    expect(meetings.flatMap((m) => m.items.map((i) => i.commitment.id))).not.toContain('peoples-organisations-resolutions-57-59');
    for (const m of meetings) expect(m.notes.length).toBeGreaterThan(0);
    // One of them at risk: the summary says which meeting made it.
    const risky = { ...data, commitments: data.commitments.map((c) => (c.id === 'localities-staff-three-pillars' ? { ...c, status: 'at_risk' as const } : c)) };
    expect(report(risky).summary.attention.map((a) => [a.commitment.id, a.resolution, a.meeting?.id])).toEqual([
      ['localities-staff-three-pillars', undefined, 'local-foreign-affairs-conference-2025'],
    ]);
    // Choosing resolutions leaves them out: they serve none.
    expect(report(data, { ...EMPTY_FILTERS, resolutions: ['r292'] }).meetings).toEqual([]);
  });
});
