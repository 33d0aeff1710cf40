import fc from 'fast-check';
import { MIGRATION_STEPS, migrateRecords, upgradeRecords } from './migrate-records';
import { arbitraryRecords } from '../../test/factories/record-arbitraries';
import { RECORDS_SCHEMA_VERSION } from './records';
import { figureRecord } from '../../test/factories/dataset';

const figure = figureRecord;

describe('migrateRecords at the current version', () => {
  it('returns valid records as they are, from a list or a stored state', () => {
    expect(RECORDS_SCHEMA_VERSION).toBe(2);
    expect(migrateRecords([figure('a'), figure('b')], 2)).toEqual({ ok: true, records: [figure('a'), figure('b')] });
    expect(migrateRecords({ records: [figure('a')] }, 2)).toEqual({ ok: true, records: [figure('a')] });
    expect(migrateRecords([], 1)).toEqual({ ok: true, records: [] });
  });

  it('keeps any valid record set whole', () => {
    fc.assert(
      fc.property(arbitraryRecords(), (records) => {
        expect(migrateRecords(JSON.parse(JSON.stringify(records)), RECORDS_SCHEMA_VERSION)).toEqual({ ok: true, records });
      }),
      { numRuns: 50 },
    );
  });

  it('reports the whole blob unreadable when one record is broken, naming it', () => {
    const result = migrateRecords([figure('a'), { ...figure('b'), value: 'many' }], RECORDS_SCHEMA_VERSION);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^invalid records: 1\.value: /);
  });

  it('reports two records with one id', () => {
    expect(migrateRecords([figure('a'), figure('a')], RECORDS_SCHEMA_VERSION)).toEqual({ ok: false, reason: 'invalid records: 1.id: duplicate id a' });
  });

  it.each([
    [undefined, 1, 'no records list'],
    ['records', 1, 'no records list'],
    [{ records: 'none' }, 1, 'no records list'],
    [[], 3, 'unknown records version 3'],
    [[], 0.5, 'unknown records version 0.5'],
    [[], -1, 'no migration from records version -1'],
  ])('refuses %j at version %d: %s', (persisted, version, reason) => {
    expect(migrateRecords(persisted, version)).toEqual({ ok: false, reason });
  });
});

describe('migrateRecords from an older version', () => {
  it('turns a version 0 source string into a source object', () => {
    const v0 = [{ ...figure('a'), source: 'Ministry report' }, figure('b')];
    expect(migrateRecords(v0, 0)).toEqual({ ok: true, records: [figure('a'), figure('b')] });
  });

  it('keeps version 1 records as they were: version 2 only adds meetings, decisions and assignments', () => {
    expect(migrateRecords([figure('a'), figure('b')], 1)).toEqual({ ok: true, records: [figure('a'), figure('b')] });
  });

  it('leaves entries it does not understand for validation to refuse', () => {
    expect(MIGRATION_STEPS[0]?.([null, 3, { source: 'x' }])).toEqual([null, 3, { source: { text: 'x' } }]);
    expect(migrateRecords([null], 0).ok).toBe(false);
  });

  it('runs the steps in order from the stored version', () => {
    const calls: number[] = [];
    const steps = {
      [-1]: (records: unknown[]) => (calls.push(-1), records.map((r) => ({ ...(r as object), value: 57 }))),
      0: (records: unknown[]) => (calls.push(0), records.map((r) => ({ ...(r as object), source: { text: 'Ministry report' } }))),
      1: (records: unknown[]) => (calls.push(1), records),
    };
    const old = [{ ...figure('a'), value: undefined, source: undefined }];
    expect(migrateRecords(old, -1, steps)).toEqual({ ok: true, records: [figure('a')] });
    expect(calls).toEqual([-1, 0, 1]);
  });

  it('reports a step that fails rather than throwing', () => {
    const steps = { 0: () => { throw new Error('boom'); } };
    expect(migrateRecords([], 0, steps)).toEqual({ ok: false, reason: 'unreadable records: boom' });
  });

  it('never changes what it was given', () => {
    const v0 = [{ ...figure('a'), source: 'Ministry report' }];
    const before = structuredClone(v0);
    upgradeRecords(v0, 0);
    expect(v0).toEqual(before);
  });
});
