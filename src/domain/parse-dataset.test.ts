import { DatasetError, parseDataset } from './parse-dataset';
import { DATASET_SCHEMA_VERSION } from './schema';
import { commitment, dataset, event, fact, milestone, resolution, source, target } from '../../test/factories/dataset';

/** Runs parseDataset and returns the DatasetError it throws (fails the test when it does not throw). */
function rejection(input: unknown): DatasetError {
  try {
    parseDataset(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return e as DatasetError;
  }
  throw new Error('expected parseDataset to throw');
}

/** A plain JSON copy, as the dataset arrives over the network. */
const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

const full = dataset({
  resolutions: [resolution('r1'), resolution('r2')],
  commitments: [commitment('t1'), commitment('m1', { parentId: 't1', dueYear: 2030, status: 'in_progress' })],
  targets: [target('tg1', [milestone(2030, 115, true)], { commitmentId: 't1' })],
  facts: [fact('f1', { resolutionIds: ['r1', 'r2'] })],
  events: [event('e1', { endDate: '2028' })],
});

describe('parseDataset on a valid dataset', () => {
  it('accepts a minimal dataset', () => {
    const minimal = json(dataset({ sources: [], resolutions: [] }));
    expect(parseDataset(minimal)).toEqual(minimal);
  });

  it('accepts a dataset with every kind of record and returns its data', () => {
    const parsed = parseDataset(json(full));
    expect(parsed).toEqual(full);
    expect(parsed.targets[0]!.milestones[0]!.approximate).toBe(true);
  });
});

describe('parseDataset on a newer or malformed dataset', () => {
  it('names the version when the dataset is newer than the app', () => {
    const err = rejection({ ...json(full), schemaVersion: DATASET_SCHEMA_VERSION + 1 });
    expect(err.message).toContain(`schema version ${DATASET_SCHEMA_VERSION + 1}`);
    expect(err.message).toContain(String(DATASET_SCHEMA_VERSION));
  });

  it.each([null, undefined, 42, 'dataset', []])('rejects %j as not matching the schema', (input) => {
    const err = rejection(input);
    expect(err.message).toMatch(/does not match its schema/);
    expect(err.issues.length).toBeGreaterThan(0);
  });

  it('lists each issue with its path', () => {
    const broken = json(full);
    broken.updatedOn = 'last week';
    (broken.commitments as Record<string, unknown>[])[0]!.status = 'finished';
    delete (broken.title as Record<string, unknown>).vi;
    const err = rejection(broken);
    expect(err.issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^updatedOn: /),
        expect.stringMatching(/^commitments\.0\.status: /),
        expect.stringMatching(/^title\.vi: /),
      ]),
    );
  });

  it('rejects an older or missing schema version', () => {
    expect(rejection({ ...json(full), schemaVersion: 0 }).issues).toEqual([expect.stringMatching(/^schemaVersion: /)]);
    const { schemaVersion: _ignored, ...noVersion } = json(full);
    expect(rejection(noVersion).issues).toEqual([expect.stringMatching(/^schemaVersion: /)]);
  });

  it('rejects a record without citations', () => {
    const err = rejection(json({ ...full, commitments: [commitment('t1', { citations: [] })] }));
    expect(err.issues).toEqual([expect.stringMatching(/^commitments\.0\.citations: /)]);
  });

  it.each(['2025-9-1', '25', '2025/09/01', '2025-13-45', '2025-02-30'])('rejects the date %j', (date) => {
    const issues = rejection(json({ ...full, events: [event('e1', { date })] })).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.startsWith('events.0.date: '))).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/a', 'not a url'])(
    'refuses the source URL %j',
    (url) => {
      const err = rejection(json({ ...full, sources: [source({ url })] }));
      expect(err.issues.length).toBeGreaterThan(0);
      expect(err.issues.every((i) => i.startsWith('sources.0.url: '))).toBe(true);
    },
  );

  it('rejects ids that are not kebab-case', () => {
    expect(rejection(json({ ...full, events: [event('Event One')] })).issues).toEqual([
      expect.stringMatching(/^events\.0\.id: /),
    ]);
  });
});

describe('parseDataset on broken references', () => {
  const problems = (over: Parameters<typeof dataset>[0]) => {
    const err = rejection(json({ ...full, ...over }));
    expect(err.message).toMatch(/broken references/);
    return err.issues;
  };

  it('reports a commitment of an unknown resolution', () => {
    expect(problems({ commitments: [commitment('t1', { resolutionId: 'r9' })], targets: [] })).toEqual([
      't1 belongs to unknown resolution r9',
    ]);
  });

  it('reports a measure under an unknown task and a target pointing at an unknown commitment', () => {
    expect(problems({ commitments: [commitment('m1', { parentId: 'nope' })], targets: [] })).toEqual([
      'm1 hangs under unknown nope',
    ]);
    expect(problems({ targets: [target('tg1', [milestone(2030, 1)], { commitmentId: 'gone' })] })).toEqual([
      'tg1 points at unknown gone',
    ]);
  });

  it('reports unknown resolutions named by targets, facts and events', () => {
    expect(
      problems({
        targets: [target('tg1', [milestone(2030, 1)], { resolutionId: 'rx' })],
        facts: [fact('f1', { resolutionIds: ['r1', 'ry'] })],
        events: [event('e1', { resolutionIds: ['rz'] })],
      }),
    ).toEqual([
      'tg1 belongs to unknown resolution rx',
      'f1 names unknown resolution ry',
      'e1 names unknown resolution rz',
    ]);
  });

  it('reports citations of an unknown source, milestones included', () => {
    const cited = [{ sourceId: 'ghost', quote: 'q' }];
    expect(
      problems({
        resolutions: [resolution('r1', 'R1', { citations: cited }), resolution('r2')],
        targets: [target('tg1', [{ ...milestone(2030, 1), citations: cited }])],
      }),
    ).toEqual(['r1 cites unknown source ghost', 'tg1 cites unknown source ghost']);
  });

  it('accepts a meeting’s request stored once for the resolutions it serves, with its statements', () => {
    const request = commitment('q1', { resolutionId: null, kind: 'request', eventId: 'e1', serves: ['r1', 'r2'] });
    const withStatements = { ...full, commitments: [...full.commitments, request], events: [event('e1', { statements: [{ text: event('x').title, citations: event('x').citations }] })] };
    expect(parseDataset(json(withStatements)).commitments).toContainEqual(request);
  });

  it('reports a request without its meeting, a task without its resolution, and unknown served resolutions', () => {
    expect(
      problems({
        commitments: [
          commitment('q1', { resolutionId: null, kind: 'request', serves: ['r9'] }),
          commitment('t9', { resolutionId: null }),
          commitment('p1', { resolutionId: null, kind: 'pledge', eventId: 'gone' }),
        ],
        targets: [],
      }),
    ).toEqual([
      'q1: a request names the meeting it was made at',
      'q1 serves unknown resolution r9',
      't9: a task or measure belongs to a resolution; a request or pledge to a meeting',
      'p1: a pledge names the meeting it was made at',
      'p1 names unknown event gone',
    ]);
  });

  it('reports statements citing an unknown source', () => {
    const statements = [{ text: event('x').title, citations: [{ sourceId: 'ghost', quote: 'q' }] }];
    expect(problems({ events: [event('e1', { statements })] })).toEqual(['e1 cites unknown source ghost']);
  });

  it('reports an id used twice, even across collections', () => {
    expect(problems({ events: [event('e1'), event('e1')] })).toEqual(['duplicate id e1']);
    expect(problems({ facts: [fact('t1')] })).toEqual(['duplicate id t1']);
  });
});
