import fc from 'fast-check';
import { commitment, dataset, resolution } from '../../test/factories/dataset';
import { assessment, assignmentRecord } from '../../test/factories/snapshot';
import { localDayIso } from '../lib/clock';
import {
  DEADLINE_STATES,
  commitmentDeadline,
  commitmentDeadlines,
  countDeadlines,
  deadlineState,
  doneOn,
  hasDeadlineNews,
  statusByUnit,
  type DeadlineState,
} from './deadline-counts';
import { mergeRecords } from './merge-records';
import type { UserRecord } from './records';

describe('a commitment’s deadline', () => {
  it('is the team’s due date, else the end of its due year, and never the plan’s horizon', () => {
    expect(commitmentDeadline({ dueYear: 2030 }, { dueOn: '2026-06-30' })).toBe('2026-06-30');
    expect(commitmentDeadline({ dueYear: 2030 }, { dueOn: null })).toBe('2030-12-31');
    expect(commitmentDeadline({ dueYear: 2030 }, undefined)).toBe('2030-12-31');
    expect(commitmentDeadline(commitment('m1', { dueYear: null, horizonYear: 2030 }), undefined)).toBeNull();
  });
});

describe('the day a commitment was done', () => {
  it('is the day of the assessment that set it done, not a later one that kept it done', () => {
    const history = [
      assessment('a3', { status: 'done', date: '2026-05-01' }),
      assessment('a2', { status: 'done', date: '2026-03-01' }),
      assessment('a1', { status: 'in_progress', date: '2026-01-10' }),
    ];
    expect(doneOn(history)).toBe('2026-03-01');
  });

  it('is none when the latest assessment is not done, even if an earlier one was', () => {
    expect(doneOn([assessment('a2', { status: 'at_risk', date: '2026-04-01' }), assessment('a1', { status: 'done', date: '2026-03-01' })])).toBeNull();
    expect(doneOn(undefined)).toBeNull();
  });
});

describe('where a commitment stands on a day', () => {
  const state = (status: 'done' | 'in_progress', deadline: string | null, done: string | null, today: string) =>
    deadlineState({ status, deadline, doneOn: done }, today);

  it('is done on time on or before its deadline, and late after it', () => {
    expect(state('done', '2026-06-30', '2026-06-30', '2026-12-02')).toBe('done-on-time');
    expect(state('done', '2026-06-30', '2026-07-01', '2026-12-02')).toBe('done-late');
  });

  it('is open up to and on its deadline, overdue from the day after', () => {
    expect(state('in_progress', '2026-06-30', null, '2026-06-30')).toBe('open');
    expect(state('in_progress', '2026-06-30', null, '2026-07-01')).toBe('overdue');
  });

  it('has no deadline when none is set, unless it is done', () => {
    expect(state('in_progress', null, null, '2026-12-02')).toBe('no-deadline');
    expect(state('done', null, '2026-03-01', '2026-12-02')).toBe('done-on-time');
  });
});

const data = dataset({
  resolutions: [resolution('r1'), resolution('r2')],
  commitments: [
    commitment('t1', { dueYear: 2026 }),
    commitment('m1', { parentId: 't1', horizonYear: 2030 }),
    commitment('t2', { resolutionId: 'r2', dueYear: 2025 }),
    commitment('p1', { resolutionId: null, kind: 'request', serves: ['r1', 'r2'] }),
  ],
});
const report = (records: UserRecord[], today: string) => {
  const merged = mergeRecords(data, records);
  return countDeadlines(commitmentDeadlines(merged.data.commitments, merged, today), merged.data.resolutions.map((r) => r.id));
};

describe('the counts per resolution and per unit', () => {
  const records: UserRecord[] = [
    assignmentRecord('u-a1', 'm1', { lead: 'Ministry of Justice', coLeads: ['Provinces'], dueOn: '2026-06-30' }),
    assignmentRecord('u-a2', 't2', { lead: 'Provinces', dueOn: null }),
    assessment('u-s1', { commitmentId: 't2', status: 'done', date: '2026-01-15' }),
  ];

  it('count each commitment once in all, under each resolution it serves, and under each unit it names', () => {
    const r = report(records, '2026-12-02');
    expect(r.total).toMatchObject({ 'done-late': 1, open: 1, overdue: 1, 'no-deadline': 1, total: 4 });
    expect(r.byResolution).toEqual([
      { resolutionId: 'r1', counts: expect.objectContaining({ open: 1, overdue: 1, 'no-deadline': 1, total: 3 }) },
      { resolutionId: 'r2', counts: expect.objectContaining({ 'done-late': 1, 'no-deadline': 1, total: 2 }) },
    ]);
    expect(r.byUnit.map((u) => [u.key, u.counts.total, u.counts.overdue, u.counts['done-late']])).toEqual([
      ['Ministry of Justice', 1, 1, 0],
      ['Provinces', 2, 1, 1],
    ]);
    expect(r.withoutUnit).toMatchObject({ open: 1, 'no-deadline': 1, total: 2 });
  });

  it('move as the day passes a deadline: open on 31 December, overdue on 1 January', () => {
    expect(report([], '2026-12-31').byResolution[0]!.counts).toMatchObject({ open: 1, overdue: 0 });
    expect(report([], '2027-01-01').byResolution[0]!.counts).toMatchObject({ open: 0, overdue: 1 });
  });
});

describe('the day the counts are for', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is the user’s own calendar day: the same instant is overdue in Hanoi and still open in Los Angeles', () => {
    // 1 January 2027, 03:00 in Hanoi, is still 31 December 2026, 12:00 in Los Angeles.
    const instant = new Date('2026-12-31T20:00:00Z');
    const answers = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles'].map((tz) => {
      process.env.TZ = tz;
      const today = localDayIso(instant);
      return { today, counts: report([], today).byResolution[0]!.counts };
    });
    expect(answers.map((a) => a.today)).toEqual(['2027-01-01', '2026-12-31']);
    expect(answers[0]!.counts).toMatchObject({ overdue: 1, open: 0 });
    expect(answers[1]!.counts).toMatchObject({ overdue: 0, open: 1 });
  });

  it('gives the same counts for the same day string in every time zone', () => {
    const answers = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
      process.env.TZ = tz;
      return report([], '2026-12-31');
    });
    answers.forEach((a) => expect(a).toEqual(answers[0]));
  });
});

describe('the counts, for any records and any day', () => {
  const day = fc.integer({ min: 0, max: 1200 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
  const ids = ['t1', 'm1', 't2', 'p1'] as const;
  const records = fc.array(
    fc.oneof(
      fc.record({ id: fc.constantFrom(...ids), due: fc.option(day, { nil: null }), lead: fc.constantFrom('', 'Provinces', 'Ministry of Justice') }).map(
        ({ id, due, lead }): UserRecord => assignmentRecord(`u-a-${id}-${lead}`, id, { lead, dueOn: due }),
      ),
      fc.record({ id: fc.constantFrom(...ids), date: day, done: fc.boolean() }).map(
        ({ id, date, done }): UserRecord => assessment(`u-s-${id}-${date}`, { commitmentId: id, date, status: done ? 'done' : 'in_progress' }),
      ),
    ),
    { maxLength: 12 },
  );

  it('put every commitment in exactly one state, and an open one never becomes open again once overdue', () => {
    fc.assert(
      fc.property(records, day, day, (rs, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const merged = mergeRecords(data, rs);
        const before = commitmentDeadlines(merged.data.commitments, merged, early);
        const after = commitmentDeadlines(merged.data.commitments, merged, late);
        const r = countDeadlines(after, ['r1', 'r2']);
        expect(DEADLINE_STATES.reduce((sum, s) => sum + r.total[s], 0)).toBe(data.commitments.length);
        before.forEach((row, i) => {
          const later: DeadlineState = after[i]!.state;
          if (row.state === 'overdue') expect(later).toBe('overdue');
          if (row.state !== 'open') expect(later).toBe(row.state);
        });
      }),
    );
  });
});

describe('status by unit', () => {
  it('counts each commitment’s status under every unit it names, and apart those that name none', () => {
    const merged = mergeRecords(data, [
      assignmentRecord('u-a1', 't1', { lead: 'Provinces', coLeads: ['Ministry of Justice'] }),
      assignmentRecord('u-a2', 't2', { lead: 'provinces' }),
      assessment('u-s1', { commitmentId: 't2', status: 'at_risk', date: '2026-01-15' }),
    ]);
    const r = statusByUnit(commitmentDeadlines(merged.data.commitments, merged, '2026-12-02'));
    expect(r.byUnit.map((u) => [u.key, u.counts.total, u.counts.at_risk, u.counts.not_assessed])).toEqual([
      ['Provinces', 2, 1, 1],
      ['Ministry of Justice', 1, 0, 1],
    ]);
    expect(r.withoutUnit).toMatchObject({ total: 2, not_assessed: 2 });
  });
});

describe('whether the counts have news', () => {
  const rows = (records: UserRecord[], today: string) => {
    const merged = mergeRecords(data, records);
    return commitmentDeadlines(merged.data.commitments, merged, today);
  };

  it('is no while every deadline is a source’s and none has passed, yes once the team sets a date or one passes', () => {
    expect(hasDeadlineNews(rows([], '2025-06-01'))).toBe(false);
    expect(hasDeadlineNews(rows([], '2026-01-01'))).toBe(true); // t2 was due in 2025
    expect(hasDeadlineNews(rows([assignmentRecord('u-a1', 'm1', { lead: '', dueOn: '2030-01-01' })], '2025-06-01'))).toBe(true);
    expect(hasDeadlineNews(rows([assessment('u-s1', { commitmentId: 'p1', status: 'done', date: '2025-03-01' })], '2025-06-01'))).toBe(true);
  });
});
