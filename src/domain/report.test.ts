import shipped from '../../public/data/dataset.json';
import { applyFilters, EMPTY_FILTERS, type Filters } from './filters';
import { parseDataset } from './parse-dataset';
import { buildReport } from './report';
import { commitment, dataset, milestone, resolution, source, target } from '../../test/factories/dataset';
import type { Dataset } from './types';

const report = (data: Dataset, filters: Filters = EMPTY_FILTERS) => buildReport(data, applyFilters(data, filters), filters);
const quoted = (sourceId: string, quote: string) => [{ sourceId, quote }];

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
    targets: [target('tg', [milestone(2045, 150, true), milestone(2030, 115, true)], { resolutionId: 'r1' })],
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

  it('numbers footnotes in reading order and gives a sentence cited twice one number', () => {
    const [first] = report(data).sections;
    expect(first!.notes).toEqual([1]);
    expect(first!.tasks[0]!.notes).toEqual([1, 2]); // "The plan." again, then "Task one."
    expect(first!.tasks[0]!.measures[0]!.notes).toEqual([2]); // the same sentence, spaced differently
    expect(first!.tasks[1]!.notes).toEqual([3]);
    // Both milestones quote the fixture's sentence from src-1, which the sources do not list.
    expect(first!.targets[0]!.milestones.map((m) => m.notes)).toEqual([[4], [4]]);
    expect(first!.footnotes.map((f) => [f.n, f.sourceId, f.quote, f.source?.publisher])).toEqual([
      [1, 'a', 'The plan.', 'Publisher'],
      [2, 'b', 'Task one.', 'Other'],
      [3, 'b', 'Task two.', 'Other'],
      [4, 'src-1', 'a quoted sentence', undefined],
    ]);
  });

  it('lists an item\'s footnote numbers in ascending order, whatever order it cites them in', () => {
    const late = commitment('t3', { order: 3, citations: [...quoted('b', 'New.'), ...quoted('a', 'The plan.')] });
    const [first] = report({ ...data, commitments: [...data.commitments, late] }).sections;
    expect(first!.tasks[2]!.notes).toEqual([1, 4]);
  });

  it('starts the numbering again in each section, since each prints on its own pages', () => {
    const [, second] = report(data).sections;
    expect(second!.notes).toEqual([1]);
    expect(second!.tasks[0]!.notes).toEqual([2]);
    expect(second!.footnotes.map((f) => f.quote)).toEqual(['The plan.', 'Other task.']);
  });

  it('keeps a measure whose task is filtered away, at the top level', () => {
    const filters = { ...EMPTY_FILTERS, statuses: ['in_progress' as const] };
    const data2 = { ...data, commitments: [...data.commitments, commitment('m2', { parentId: 't2', status: 'in_progress' })] };
    const filtered = applyFilters(data2, filters);
    const withoutTask = { ...filtered, commitments: filtered.commitments.filter((c) => c.id !== 't2') };
    expect(buildReport(data2, withoutTask, filters).sections[0]!.tasks.map((t) => t.commitment.id)).toEqual(['m2']);
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
    expect(sections.map((s) => [s.resolution.id, s.tasks.length, s.listsCommitments, s.footnotes.length])).toEqual([
      ['r1', 1, true, 1],
      ['r9', 0, false, 1],
    ]);
  });
});

describe('the report of the shipped dataset', () => {
  const data = parseDataset(shipped);

  it('has a section for each resolution, and footnotes that each name their source', () => {
    const { sections } = report(data);
    expect(sections.map((s) => s.resolution.id)).toEqual(data.resolutions.map((r) => r.id));
    for (const s of sections) {
      expect(s.footnotes.map((f) => f.n)).toEqual(s.footnotes.map((_, i) => i + 1));
      for (const f of s.footnotes) expect(f.source).toBeDefined();
    }
  });

  it('lists each sentence of Resolution 292 once, however many items cite it', () => {
    const r292 = report(data).sections[0]!;
    const cited = [r292.notes, ...r292.tasks.flatMap((t) => [t.notes, ...t.measures.map((m) => m.notes)])].flat();
    expect(new Set(r292.footnotes.map((f) => `${f.sourceId}|${f.quote}`)).size).toBe(r292.footnotes.length);
    expect(r292.footnotes.length).toBeLessThan(cited.length);
    expect(r292.targets.map((t) => t.target.id)).toEqual(['agencies-abroad']);
  });

  it('prints the 18 July 2025 request in the sections of both resolutions it serves, after their own tasks', () => {
    const { sections } = report(data);
    const listed = (id: string) => sections.find((s) => s.resolution.id === id)!.tasks.map((t) => t.commitment.id);
    expect(listed('r57')).toEqual(['peoples-organisations-resolutions-57-59']);
    expect(listed('r59')).toEqual(['peoples-organisations-resolutions-57-59']);
    expect(listed('r292')).toHaveLength(6);
  });
});
