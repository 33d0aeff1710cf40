import fc from 'fast-check';
import { mergeRecords, userSourceId } from './merge-records';
import { parseDataset } from './parse-dataset';
import { KNOWN_IDS, arbitraryRecords } from '../../test/factories/record-arbitraries';
import type { AssessmentRecord, FigureRecord, UserCommitment, UserEvent, UserRecord, UserResolution, UserTarget } from './records';
import { commitment, dataset, milestone, resolution, target } from '../../test/factories/dataset';

/** The dataset the arbitraries' KNOWN_IDS point into. */
const shipped = dataset({
  resolutions: [resolution('r1'), resolution('r2')],
  commitments: [commitment('t1', { order: 0 }), commitment('t2', { order: 4 }), commitment('m1', { parentId: 't1', order: 0 })],
  targets: [target('tg1', [milestone(2030, 115, true)])],
});
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const stamps = (id: string, createdAt = '2026-01-10T08:00:00Z') => ({ id, createdAt, updatedAt: createdAt });
const source = { text: 'Minutes of the 3 March meeting' };
const assessment = (id: string, commitmentId: string, status: AssessmentRecord['status'], date: string, updatedAt = '2026-01-10T08:00:00Z'): AssessmentRecord => ({
  ...stamps(id),
  updatedAt,
  kind: 'assessment',
  commitmentId,
  status,
  date,
  justification: 'Seen in the report',
});
const userResolution = (id: string, createdAt?: string): UserResolution => ({
  ...stamps(id, createdAt),
  kind: 'resolution',
  code: '12/NQ-CP',
  issuer: 'Government',
  title: 'Consular plan',
  source: { text: 'Official gazette', url: 'https://gazette.example/12' },
});
const userCommitment = (id: string, over: Partial<UserCommitment> = {}): UserCommitment => ({
  ...stamps(id),
  kind: 'commitment',
  resolutionId: 'r1',
  parentId: null,
  text: `Commitment ${id}`,
  dueYear: null,
  source,
  ...over,
});
const userTarget = (id: string, resolutionId = 'r1'): UserTarget => ({
  ...stamps(id),
  kind: 'target',
  resolutionId,
  label: 'Consulates',
  unit: 'consulates',
  milestones: [{ year: 2030, value: 12, approximate: false }],
  source,
});
const userEvent = (id: string, over: Partial<UserEvent> = {}): UserEvent => ({
  ...stamps(id),
  kind: 'event',
  eventKind: 'meeting',
  date: '2026-03-03',
  resolutionIds: ['r1'],
  title: 'Review meeting',
  source,
  ...over,
});
const figure = (id: string, targetId: string, asOf: string): FigureRecord => ({ ...stamps(id), kind: 'figure', targetId, value: 3, asOf, source });

describe('mergeRecords with no records', () => {
  it('returns the dataset as it was, no figures, no assessments', () => {
    const merged = mergeRecords(shipped, []);
    expect(merged.data).toEqual(shipped);
    expect(merged.figures).toEqual([]);
    expect(merged.assessments.size).toBe(0);
  });
});

describe('mergeRecords on assessments', () => {
  const records = [
    assessment('a-old', 't1', 'in_progress', '2025-06-01'),
    assessment('a-new', 't1', 'at_risk', '2026-02-01'),
    assessment('a-same-day', 't1', 'off_track', '2026-02-01', '2026-02-02T09:00:00Z'),
    assessment('a-m1', 'm1', 'done', '2025-01-01'),
    assessment('a-ghost', 'gone', 'done', '2026-01-01'),
  ];

  it('sets each commitment to its latest status: by date, then by last edit', () => {
    const { data } = mergeRecords(shipped, records);
    expect(data.commitments.map((c) => [c.id, c.status])).toEqual([
      ['t1', 'off_track'],
      ['t2', 'not_assessed'],
      ['m1', 'done'],
    ]);
  });

  it('lists assessments per commitment, newest first, and skips unknown commitments', () => {
    const { assessments } = mergeRecords(shipped, records);
    expect(assessments.get('t1')?.map((a) => a.id)).toEqual(['a-same-day', 'a-new', 'a-old']);
    expect([...assessments.keys()].sort()).toEqual(['m1', 't1']);
  });

  it('never changes the dataset it was given', () => {
    const before = json(shipped);
    mergeRecords(shipped, records);
    expect(shipped).toEqual(before);
  });
});

describe('mergeRecords on user items', () => {
  it('appends a resolution with its text in every language and its own source', () => {
    const { data } = mergeRecords(shipped, [userResolution('u-r1')]);
    expect(data.resolutions.at(-1)).toEqual({
      origin: 'user',
      id: 'u-r1',
      code: '12/NQ-CP',
      issuer: { en: 'Government', fr: 'Government', vi: 'Government' },
      title: { en: 'Consular plan', fr: 'Consular plan', vi: 'Consular plan' },
      citations: [{ sourceId: 'user-source-u-r1', quote: 'Official gazette' }],
    });
    expect(data.sources.at(-1)).toEqual({
      origin: 'user',
      id: userSourceId('u-r1'),
      file: 'user record',
      publisher: 'Official gazette',
      title: 'Official gazette',
      url: 'https://gazette.example/12',
      publishedOn: '2026-01-10',
      language: 'en',
    });
  });

  it('makes a commitment a task after the resolution’s tasks, or a measure under its parent', () => {
    const records = [
      userCommitment('u-m', { parentId: 'u-t' }),
      userCommitment('u-t'),
      userCommitment('u-m2', { parentId: 't1' }),
    ];
    const { data } = mergeRecords(shipped, records);
    const added = data.commitments.filter((c) => c.origin === 'user').map((c) => [c.id, c.kind, c.parentId, c.order]);
    expect(added).toEqual([
      ['u-t', 'task', null, 5],
      ['u-m', 'measure', 'u-t', 0],
      ['u-m2', 'measure', 't1', 1],
    ]);
    expect(() => parseDataset(json(data))).not.toThrow();
  });

  it('dates an event’s source by the event and keeps its span', () => {
    const { data } = mergeRecords(shipped, [userEvent('u-e', { endDate: '2026-03-05', source: { text: 'Agenda' } })]);
    expect(data.events.at(-1)).toMatchObject({ origin: 'user', kind: 'meeting', date: '2026-03-03', endDate: '2026-03-05', resolutionIds: ['r1'] });
    expect(data.sources.at(-1)).toMatchObject({ publishedOn: '2026-03-03', url: '' });
  });

  it('gives every milestone of a user target its source', () => {
    const { data } = mergeRecords(shipped, [userTarget('u-tg')]);
    expect(data.targets.at(-1)).toEqual({
      origin: 'user',
      id: 'u-tg',
      resolutionId: 'r1',
      commitmentId: null,
      label: { en: 'Consulates', fr: 'Consulates', vi: 'Consulates' },
      unit: { en: 'consulates', fr: 'consulates', vi: 'consulates' },
      milestones: [{ year: 2030, value: 12, approximate: false, citations: [{ sourceId: 'user-source-u-tg', quote: source.text }] }],
    });
  });

  it('skips what points at something missing, and keeps figures of existing targets only', () => {
    const records: UserRecord[] = [
      userCommitment('u-orphan', { resolutionId: 'u-deleted' }),
      userCommitment('u-under-measure', { parentId: 'm1' }),
      userCommitment('u-other-resolution', { resolutionId: 'r2', parentId: 't1' }),
      userTarget('u-tg-orphan', 'u-deleted'),
      userEvent('u-backwards', { endDate: '2026-03-01' }),
      userEvent('u-clash', { id: 'r1' }),
      figure('f-ghost', 'u-tg-orphan', '2026-01-01'),
      figure('f2', 'tg1', '2026-02-01'),
      figure('f1', 'tg1', '2025-02-01'),
    ];
    const merged = mergeRecords(shipped, records);
    expect(merged.data.commitments).toEqual(shipped.commitments);
    expect(merged.data.targets).toEqual(shipped.targets);
    expect(merged.data.events).toEqual(shipped.events);
    expect(merged.data.sources).toEqual(shipped.sources);
    expect(merged.figures.map((f) => f.id)).toEqual(['f1', 'f2']);
  });

  it('keeps an event linked to a deleted resolution, without the link', () => {
    const { data } = mergeRecords(shipped, [userEvent('u-e', { resolutionIds: ['u-deleted', 'r2'] })]);
    expect(data.events.at(-1)?.resolutionIds).toEqual(['r2']);
  });

  it('adds a user resolution’s items to it', () => {
    const records = [userTarget('u-tg', 'u-r'), userCommitment('u-t', { resolutionId: 'u-r' }), userResolution('u-r'), figure('f', 'u-tg', '2026-01-01')];
    const merged = mergeRecords(shipped, records);
    expect(merged.data.commitments.at(-1)).toMatchObject({ id: 'u-t', resolutionId: 'u-r', order: 0 });
    expect(merged.data.targets.at(-1)?.resolutionId).toBe('u-r');
    expect(merged.figures.map((f) => f.id)).toEqual(['f']);
    expect(parseDataset(json(merged.data))).toEqual(merged.data);
  });
});

describe('mergeRecords on any record set', () => {
  /** Some references lead nowhere: records of a deleted resolution or an unknown target. */
  const withGhosts = {
    resolutionIds: [...KNOWN_IDS.resolutionIds, 'u-deleted'],
    commitmentIds: [...KNOWN_IDS.commitmentIds, 'u-deleted-task'],
    targetIds: [...KNOWN_IDS.targetIds, 'u-deleted-target'],
  };

  it('always gives a dataset that passes parseDataset', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryRecords(), arbitraryRecords(withGhosts)), (records) => {
        const { data } = mergeRecords(shipped, records);
        expect(parseDataset(json(data))).toEqual(json(data));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every figure and assessment that points at an existing item', () => {
    fc.assert(
      fc.property(arbitraryRecords(), (records) => {
        const { data, figures, assessments } = mergeRecords(shipped, records);
        const targets = new Set(data.targets.map((t) => t.id));
        const commitments = new Set(data.commitments.map((c) => c.id));
        const expectedFigures = records.filter((r) => r.kind === 'figure' && targets.has(r.targetId));
        const expectedAssessments = records.filter((r) => r.kind === 'assessment' && commitments.has(r.commitmentId));
        expect(figures).toHaveLength(expectedFigures.length);
        expect([...assessments.values()].flat()).toHaveLength(expectedAssessments.length);
      }),
      { numRuns: 100 },
    );
  });
});
