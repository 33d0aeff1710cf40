import { decisionRecord, meetingRecord } from '../../test/factories/snapshot';
import { KNOWN_IDS } from '../../test/factories/record-arbitraries';
import { frozenFieldChanged, ruleProblems, type RecordContext } from './record-rules';
import { validateFigureInput } from './record-validation';
import { readRecordsFile } from './records-file';
import { figureRecord } from '../../test/factories/dataset';
import type { UserRecord } from './records';
import { setAsideFile } from './salvage-records';

const ctx: RecordContext = {
  dataStart: '2025-01-01',
  today: '2026-03-01',
  largestMilestone: (id) => (id === 'tg1' ? 150 : 0),
  shippedIds: new Set(['r1', 'r2', 't1', 'm1', 'tg1']),
};
const known = {
  targetIds: new Set(KNOWN_IDS.targetIds),
  commitmentIds: new Set(KNOWN_IDS.commitmentIds),
  resolutionIds: new Set(KNOWN_IDS.resolutionIds),
  rules: ctx,
};
const fileOf = (records: unknown[]) => JSON.stringify({ format: 'policy-targets/records', schemaVersion: 1, records });
const read = (records: unknown[]) => {
  const text = fileOf(records);
  return readRecordsFile(text, text.length, known);
};
const userResolution = (id: string): UserRecord => ({
  id,
  kind: 'resolution',
  code: '18/NQ-TW',
  issuer: 'Central Committee',
  title: 'A resolution',
  source: { text: 'Party newspaper' },
  createdAt: '2026-01-10T08:00:00Z',
  updatedAt: '2026-01-10T08:00:00Z',
});

describe('one set of rules for forms and imports', () => {
  it('the form and an import refuse the same figure for the same reasons', () => {
    const form = validateFigureInput({ value: '99999999999999999999', asOf: '2999-12-31', sourceText: 'x', sourceUrl: '', note: '' }, { ...ctx, largestMilestone: 150 });
    expect(form).toEqual({ ok: false, errors: { value: 'too-large', asOf: 'in-future' } });
    const codes = ruleProblems(figureRecord('fig-1', { value: 1e20, asOf: '2999-12-31' }), ctx).map((p) => p.code);
    expect(codes).toEqual(['too-large', 'in-future']);
  });

  it('an import with 1e300 or a date of 2999-12-31 or 1900-01-01 is refused, naming the record and the field', () => {
    const result = read([figureRecord('fig-big', { value: 1e300 }), figureRecord('fig-late', { asOf: '2999-12-31' }), figureRecord('fig-early', { asOf: '1900-01-01' })]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'implausible',
        details: [
          'fig-big value: far larger than the target: is it a typo?',
          'fig-late asOf: in the future',
          'fig-early asOf: before the data begins',
        ],
      },
    });
  });

  it('ids of shipped items are refused by name, never counted as new records', () => {
    const result = read([userResolution('r1'), figureRecord('tg1')]);
    expect(result).toEqual({ ok: false, error: { code: 'shipped-ids', details: ['r1', 'tg1'] } });
  });

  it('items of the user’s own need the u- prefix', () => {
    const result = read([userResolution('my-resolution')]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.details[0]).toContain('my-resolution id: the id of an item of your own starts with "u-"');
  });

  it('a valid import passes', () => {
    expect(read([userResolution('u-res-1'), figureRecord('fig-ok')])).toMatchObject({ ok: true, skipped: [] });
  });
});

describe('a download of set-aside data, imported', () => {
  const fileFrom = (raw: string) => setAsideFile({ raw, reason: 'test', foundAt: null, origin: 'database', exportedAt: '2026-03-01T00:00:00Z' });
  const readRaw = (raw: string) => {
    const text = fileFrom(raw);
    return readRecordsFile(text, text.length, known);
  };

  it('keeps the readable records and lists each one that cannot be read', () => {
    const raw = JSON.stringify({ state: { records: [figureRecord('fig-a'), { id: 'fig-bad', kind: 'figure', value: 'lots' }, figureRecord('fig-c', { value: 1e300 })] }, version: 1 });
    const result = readRaw(raw);
    expect(result.ok && result.records.map((r) => r.id)).toEqual(['fig-a']);
    expect(result.ok && result.skipped).toEqual([expect.stringMatching(/^#1 \(fig-bad\): /), 'fig-c value: far larger than the target: is it a typo?']);
  });

  it('reads the complete records of a list that was cut off', () => {
    const whole = JSON.stringify({ state: { records: [figureRecord('fig-a'), figureRecord('fig-b')] }, version: 1 });
    const result = readRaw(whole.slice(0, whole.indexOf('fig-b') + 20));
    expect(result.ok && result.records.map((r) => r.id)).toEqual(['fig-a']);
    expect(result.ok && result.skipped).toEqual(['#1…: the data is cut off here']);
  });

  it('reads rows set aside from the database, and version 0 records', () => {
    const { source: _s, ...rest } = figureRecord('fig-old');
    const result = readRaw(JSON.stringify([{ ...rest, source: 'Old report' }, { id: 'x' }]));
    expect(result.ok && result.records).toEqual([{ ...rest, source: { text: 'Old report' } }]);
    expect(result.ok && result.skipped).toHaveLength(1);
  });
});

describe('frozenFieldChanged', () => {
  const meeting = meetingRecord('u-m1', '2026-03-01');
  it("lets a meeting's title, participants and notes change, never its day, snapshot or kind", () => {
    expect(frozenFieldChanged(meeting, { ...meeting, title: 'Corrected', participants: 'All', notes: 'Minutes' })).toBeNull();
    expect(frozenFieldChanged(meeting, { ...meeting, date: '2026-03-02' })).toMatch(/day cannot change/);
    expect(frozenFieldChanged(meeting, { ...meeting, snapshot: { ...meeting.snapshot, commitments: [] } })).toMatch(/snapshot cannot change/);
    expect(frozenFieldChanged(meeting, decisionRecord('u-m1', 'u-m0'))).toMatch(/cannot become a decision/);
    // A database may hand the snapshot back with its keys in another order: the same snapshot.
    const reordered = JSON.parse(JSON.stringify(meeting.snapshot, Object.keys(meeting.snapshot).reverse().concat(['id', 'status', 'assessment', 'targetId', 'latest', 'paceSoFar', 'paceNeeded', 'verdict', 'kind', 'label', 'en', 'fr', 'vi', 'fingerprint', 'deadlines', 'key', 'year', 'value', 'asOf', 'source'])));
    expect(frozenFieldChanged(meeting, { ...meeting, snapshot: reordered })).toBeNull();
  });
});
