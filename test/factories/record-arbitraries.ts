/**
 * fast-check generators of valid user records, for property tests. Only *.test.ts files import
 * this module.
 */
import fc from 'fast-check';
import { exportRecordsJson } from '../../src/domain/records-file';
import type {
  AssignmentRecord,
  AssessmentRecord,
  DecisionRecord,
  FigureRecord,
  MeetingRecord,
  UserCommitment,
  UserEvent,
  UserRecord,
  UserResolution,
  UserTarget,
} from '../../src/domain/records';
import { RECORDS_SCHEMA_VERSION } from '../../src/domain/records';
import { EVENT_KINDS, STATUSES } from '../../src/domain/vocabulary';

/** Ids records may point at besides the generated items; each list non-empty. */
export interface ArbitraryKnownIds {
  resolutionIds: string[];
  commitmentIds: string[];
  targetIds: string[];
}

/** Matches `knownDataset()` in the tests: resolutions r1, r2; task t1 with measure m1; target tg1. */
export const KNOWN_IDS: ArbitraryKnownIds = { resolutionIds: ['r1', 'r2'], commitmentIds: ['t1', 'm1'], targetIds: ['tg1'] };

const toDay = (d: Date) => d.toISOString().slice(0, 10);
const dates = { min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true };
export const arbitraryDay = () => fc.date(dates).map(toDay);
export const arbitraryInstant = () => fc.date(dates).map((d) => d.toISOString());

/** Text as a valid record holds it: trimmed, non-empty, within `max`, any script. */
export const arbitraryText = (max: number) =>
  fc
    .oneof(...(['grapheme', 'grapheme-ascii', 'binary'] as const).map((unit) => fc.string({ unit, minLength: 1, maxLength: Math.min(max, 40) })))
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);

const arbitraryUrl = () => fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true });
const arbitrarySource = () =>
  fc.record({ text: arbitraryText(500), url: arbitraryUrl() }, { requiredKeys: ['text'] });

/** Non-negative finite numbers, integers and fractions, never -0 (JSON has no -0). */
const arbitraryValue = () =>
  fc.oneof(fc.nat(1_000_000), fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0));

const arbitraryYear = () => fc.integer({ min: 1900, max: 2200 });
const idWithPrefix = (prefix: string) => fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,7}$/).map((s) => `${prefix}${s}`);

/** Time stamps with updatedAt never before createdAt. */
const arbitraryStamps = () =>
  fc.tuple(arbitraryInstant(), arbitraryInstant()).map(([a, b]) => (a <= b ? { createdAt: a, updatedAt: b } : { createdAt: b, updatedAt: a }));

interface Pools {
  resolutionIds: string[];
  commitmentIds: string[];
  targetIds: string[];
  /** The meetings a decision may belong to: a decision drawn with none becomes a meeting. */
  meetingIds?: string[];
}

/** A small snapshot, valid as stored: a meeting's content does not matter to the records layer. */
const arbitrarySnapshot = (pools: Pools) =>
  fc.record({
    date: arbitraryDay(),
    commitments: fc.subarray(pools.commitmentIds).chain((ids) =>
      fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), status: fc.constantFrom(...STATUSES), assessment: fc.constant(null) }))),
    ),
    figures: fc.constant<MeetingRecord['snapshot']['figures']>([]),
    items: fc.constant<MeetingRecord['snapshot']['items']>([]),
    decisions: fc.constant<MeetingRecord['snapshot']['decisions']>([]),
  });

const pick = (ids: string[]) => fc.constantFrom(...ids);

function recordOfKind(kind: UserRecord['kind'], id: string, pools: Pools): fc.Arbitrary<UserRecord> {
  const base = arbitraryStamps().map((s) => ({ id, ...s }));
  const build = <R extends UserRecord>(fields: fc.Arbitrary<Omit<R, 'id' | 'createdAt' | 'updatedAt'>>): fc.Arbitrary<UserRecord> =>
    fc.tuple(base, fields).map(([b, f]) => ({ ...b, ...f }) as R);
  switch (kind) {
    case 'figure':
      return build<FigureRecord>(
        fc.record(
          { kind: fc.constant(kind), targetId: pick(pools.targetIds), value: arbitraryValue(), asOf: arbitraryDay(), source: arbitrarySource(), note: fc.string({ maxLength: 60 }) },
          { requiredKeys: ['kind', 'targetId', 'value', 'asOf', 'source'] },
        ),
      );
    case 'assessment':
      return build<AssessmentRecord>(
        fc.record(
          { kind: fc.constant(kind), commitmentId: pick(pools.commitmentIds), status: fc.constantFrom(...STATUSES), date: arbitraryDay(), justification: arbitraryText(2000), source: arbitrarySource() },
          { requiredKeys: ['kind', 'commitmentId', 'status', 'date', 'justification'] },
        ),
      );
    case 'resolution':
      return build<UserResolution>(fc.record({ kind: fc.constant(kind), code: arbitraryText(60), issuer: arbitraryText(200), title: arbitraryText(500), source: arbitrarySource() }));
    case 'commitment':
      return build<UserCommitment>(
        fc.record({
          kind: fc.constant(kind),
          resolutionId: pick(pools.resolutionIds),
          parentId: fc.option(pick(pools.commitmentIds), { nil: null }),
          text: arbitraryText(2000),
          dueYear: fc.option(arbitraryYear(), { nil: null }),
          source: arbitrarySource(),
        }),
      );
    case 'target':
      return build<UserTarget>(
        fc.record({
          kind: fc.constant(kind),
          resolutionId: pick(pools.resolutionIds),
          label: arbitraryText(300),
          unit: arbitraryText(60),
          milestones: fc.array(fc.record({ year: arbitraryYear(), value: arbitraryValue(), approximate: fc.boolean() }), { minLength: 1, maxLength: 2 }),
          source: arbitrarySource(),
        }),
      );
    case 'event':
      return build<UserEvent>(
        fc
          .record(
            { kind: fc.constant(kind), eventKind: fc.constantFrom(...EVENT_KINDS), date: arbitraryDay(), endDate: arbitraryDay(), resolutionIds: fc.subarray(pools.resolutionIds), title: arbitraryText(500), source: arbitrarySource() },
            { requiredKeys: ['kind', 'eventKind', 'date', 'resolutionIds', 'title', 'source'] },
          )
          // Schema-valid either way; merging drops an event that ends before it starts.
          .map((e) => (e.endDate !== undefined && e.endDate < e.date ? { ...e, date: e.endDate, endDate: e.date } : e)),
      );
    case 'meeting':
      return build<MeetingRecord>(
        fc.record({
          kind: fc.constant(kind),
          date: arbitraryDay(),
          title: arbitraryText(300),
          participants: arbitraryText(2000),
          notes: fc.string({ maxLength: 80 }),
          snapshot: arbitrarySnapshot(pools),
        }),
      );
    case 'decision':
      if (!pools.meetingIds?.length) return recordOfKind('meeting', id, pools);
      return build<DecisionRecord>(
        fc.record({
          kind: fc.constant(kind),
          meetingId: pick(pools.meetingIds),
          text: arbitraryText(2000),
          owner: arbitraryText(200),
          dueOn: arbitraryDay(),
          commitmentIds: fc.subarray(pools.commitmentIds),
          done: fc.option(fc.record({ on: arbitraryDay(), note: arbitraryText(2000) }), { nil: null }),
        }),
      );
    case 'assignment':
      return build<AssignmentRecord>(
        fc.record({
          kind: fc.constant(kind),
          commitmentId: pick(pools.commitmentIds),
          lead: arbitraryText(200),
          coLeads: fc.array(arbitraryText(200), { maxLength: 3 }),
          dueOn: fc.option(arbitraryDay(), { nil: null }),
        }),
      );
  }
}

const KINDS = ['figure', 'assessment', 'resolution', 'commitment', 'target', 'event', 'meeting', 'decision', 'assignment'] as const;

/** One valid record of any kind, pointing only at `known` ids. */
export const arbitraryRecord = (known: ArbitraryKnownIds = KNOWN_IDS): fc.Arbitrary<UserRecord> =>
  fc.tuple(fc.constantFrom(...KINDS), idWithPrefix('u-')).chain(([kind, id]) => recordOfKind(kind, id, known));

/**
 * A valid record set with unique ids: user items first drawn, then records pointing at `known`
 * ids and at the set's own items (a figure for a user target, a measure under a user task…).
 */
export function arbitraryRecords(known: ArbitraryKnownIds = KNOWN_IDS, maxLength = 12): fc.Arbitrary<UserRecord[]> {
  const kinds = fc.array(fc.constantFrom(...KINDS), { maxLength });
  return kinds.chain((list) =>
    fc
      .uniqueArray(idWithPrefix('u-'), { minLength: list.length, maxLength: list.length })
      .chain((ids) => {
        const own = (kind: UserRecord['kind']) => ids.filter((_, i) => list[i] === kind);
        const pools: Pools = {
          resolutionIds: [...known.resolutionIds, ...own('resolution')],
          commitmentIds: [...known.commitmentIds, ...own('commitment')],
          targetIds: [...known.targetIds, ...own('target')],
          meetingIds: own('meeting'),
        };
        return fc.tuple(...ids.map((id, i) => recordOfKind(list[i] ?? 'figure', id, pools)));
      }),
  );
}

/** A valid records file with one value somewhere deleted or replaced by any JSON value. */
function arbitraryMutatedFile(now: string): fc.Arbitrary<string> {
  return arbitraryRecords().chain((records) => {
    const file = JSON.parse(exportRecordsJson(records, now)) as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      if (path.length > 0) paths.push(path);
      if (typeof v === 'object' && v !== null) Object.entries(v).forEach(([k, child]) => walk(child, [...path, k]));
    };
    walk(file, []);
    return fc.tuple(fc.constantFrom(...paths), fc.option(fc.jsonValue())).map(([path, value]) => {
      const copy = structuredClone(file);
      const parent = path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
      const key = path.at(-1) ?? '';
      if (value === null) delete parent[key];
      else parent[key] = value;
      return JSON.stringify(copy);
    });
  });
}

/** What a user might pick as a records file: anything, a near-miss or a cut-off valid file. */
export const arbitraryImportText = (now: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.array(fc.jsonValue(), { maxLength: 3 }).map((records) => JSON.stringify({ format: 'policy-targets/records', schemaVersion: RECORDS_SCHEMA_VERSION, records })),
    arbitraryMutatedFile(now),
    arbitraryRecords().chain((records) => fc.nat().map((n) => exportRecordsJson(records, now).slice(0, n))),
  );
