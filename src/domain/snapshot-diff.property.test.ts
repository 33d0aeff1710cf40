import fc from 'fast-check';
import { figureRecord, milestone, target } from '../../test/factories/dataset';
import { assessment, decision, meetingDataset, snapshotOf } from '../../test/factories/snapshot';
import { assessPace } from './pace';
import type { FigureRecord, UserCommitment, UserRecord } from './records';
import type { Decision } from './snapshot';
import { changeSubject, compareChanges, compareSnapshots, type SnapshotChange } from './snapshot-diff';
import { STATUSES } from './vocabulary';
import type { Status } from './types';

/** One change people make between meetings, on a small pool of ids so they collide often. */
type Op =
  | { op: 'add-item' | 'edit-item'; n: number; text: string }
  | { op: 'move-deadline'; n: number; dueYear: number | null }
  | { op: 'remove-item' | 'remove-decision'; n: number }
  | { op: 'assess'; who: string; status: Status; justification: string }
  | { op: 'figure'; value: number }
  | { op: 'edit-target'; goal: number; lastYear: number }
  | { op: 'add-decision'; n: number; due: number }
  | { op: 'edit-decision'; n: number; owner: string }
  | { op: 'done-decision'; n: number; note: string };

const n = fc.nat(3);
const arbitraryOp = (): fc.Arbitrary<Op> =>
  fc.oneof(
    fc.record({ op: fc.constantFrom('add-item' as const, 'edit-item' as const), n, text: fc.constantFrom('Draft', 'Publish', 'Train') }),
    fc.record({ op: fc.constant('move-deadline' as const), n, dueYear: fc.constantFrom(null, 2026, 2027, 2031) }),
    fc.record({ op: fc.constantFrom('remove-item' as const, 'remove-decision' as const), n }),
    fc.record({
      op: fc.constant('assess' as const),
      who: fc.constantFrom('u-c0', 'u-c1', 'u-c2', 'u-c3', 't1', 'm1'),
      status: fc.constantFrom(...STATUSES),
      justification: fc.constantFrom('Started', 'Stalled'),
    }),
    fc.record({ op: fc.constant('figure' as const), value: fc.constantFrom(10, 40, 80) }),
    fc.record({ op: fc.constant('edit-target' as const), goal: fc.constantFrom(35, 50, 90), lastYear: fc.constantFrom(2030, 2032) }),
    fc.record({ op: fc.constant('add-decision' as const), n, due: fc.integer({ min: -100, max: 800 }) }),
    fc.record({ op: fc.constant('edit-decision' as const), n, owner: fc.constantFrom('Ministry of Justice', 'Provinces') }),
    fc.record({ op: fc.constant('done-decision' as const), n, note: fc.constantFrom('Sent', 'Signed') }),
  );

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** What people have recorded so far: user tasks, assessments and figures (oldest first), decisions. */
interface World {
  items: Map<string, { text: string; dueYear: number | null }>;
  assessments: UserRecord[];
  figures: UserRecord[];
  decisions: Map<string, Decision>;
  /** Target tg1: its 2026 milestone's value and its last milestone's year (100 then). */
  target: { goal: number; lastYear: number };
}

const copy = (w: World): World => ({ items: new Map(w.items), assessments: [...w.assessments], figures: [...w.figures], decisions: new Map(w.decisions), target: { ...w.target } });

/** Applies `ops` on `day`; `clock` numbers records so later ones are newer. */
function apply(world: World, ops: Op[], day: string, clock: { tick: number }): World {
  const w = copy(world);
  for (const o of ops) {
    const stamp = new Date(Date.UTC(2026, 0, 1) + ++clock.tick * 1000).toISOString().replace('.000', '');
    const item = 'n' in o ? `u-c${o.n}` : '';
    const dec = 'n' in o ? `d${o.n}` : '';
    if (o.op === 'add-item' && !w.items.has(item)) w.items.set(item, { text: o.text, dueYear: null });
    else if (o.op === 'edit-item' && w.items.has(item)) w.items.set(item, { ...w.items.get(item)!, text: o.text });
    else if (o.op === 'move-deadline' && w.items.has(item)) w.items.set(item, { ...w.items.get(item)!, dueYear: o.dueYear });
    else if (o.op === 'remove-item') w.items.delete(item);
    else if (o.op === 'assess')
      w.assessments.push(assessment(`a-${clock.tick}`, { commitmentId: o.who, status: o.status, date: day, justification: o.justification, updatedAt: stamp }));
    else if (o.op === 'figure')
      w.figures.push(figureRecord(`f-${clock.tick}`, { value: o.value, asOf: addDays('2024-01-01', clock.tick), updatedAt: stamp }));
    else if (o.op === 'add-decision' && !w.decisions.has(dec)) w.decisions.set(dec, decision(dec, { dueOn: addDays(day, o.due) }));
    else if (o.op === 'edit-decision' && w.decisions.has(dec)) w.decisions.set(dec, { ...w.decisions.get(dec)!, owner: o.owner });
    else if (o.op === 'done-decision' && w.decisions.get(dec)?.done === null) w.decisions.set(dec, { ...w.decisions.get(dec)!, done: { on: day, note: o.note } });
    else if (o.op === 'remove-decision') w.decisions.delete(dec);
    else if (o.op === 'edit-target') w.target = { goal: o.goal, lastYear: o.lastYear };
  }
  return w;
}

const userTask = (id: string, { text, dueYear }: { text: string; dueYear: number | null }): UserCommitment => ({
  id,
  kind: 'commitment',
  resolutionId: 'r1',
  parentId: null,
  text,
  dueYear,
  source: { text: 'Minutes' },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const targetOf = (w: World) => target('tg1', [milestone(2026, w.target.goal), milestone(w.target.lastYear, 100)]);
const snapshotOfWorld = (w: World, day: string) =>
  snapshotOf(
    day,
    [...[...w.items].map(([id, item]) => userTask(id, item)), ...w.assessments, ...w.figures],
    [...w.decisions.values()],
    meetingDataset({ targets: [targetOf(w)] }),
  );
/** The verdict the overview gives tg1 (pace.ts, tested on its own). */
const verdictOf = (w: World, day: string) => assessPace(targetOf(w), w.figures as FigureRecord[], day).verdict;

/** The latest assessment of a commitment, as the people who made them know it: the last one made. */
const latestAssessment = (w: World, id: string) => {
  const last = w.assessments.filter((a) => a.kind === 'assessment' && a.commitmentId === id).at(-1);
  return last?.kind === 'assessment' ? `${last.status}|${last.date}|${last.justification}` : null;
};
const latestFigure = (w: World) => {
  const last = w.figures.at(-1);
  return last?.kind === 'figure' ? `${last.value}|${last.asOf}` : null;
};
const overdue = (d: Decision | undefined, day: string) => d !== undefined && d.done === null && d.dueOn < day;

/** Every net change between the two worlds, as `kind|subject|key`, worked out from what people did. */
function expectedChanges(w0: World, d0: string, w1: World, d1: string): Set<string> {
  const out = new Set<string>();
  const ids0 = new Set(['t1', 'm1', ...w0.items.keys()]);
  const ids1 = new Set(['t1', 'm1', ...w1.items.keys()]);
  for (const id of ids1) {
    const [was, is] = [latestAssessment(w0, id), latestAssessment(w1, id)];
    if (ids0.has(id) ? was !== is : is !== null) out.add(`status|${id}|`);
  }
  if (latestFigure(w0) !== latestFigure(w1)) out.add('figure|tg1|');
  else if (verdictOf(w0, d0) !== verdictOf(w1, d1)) out.add('verdict|tg1|');
  if (w0.target.goal !== w1.target.goal || w0.target.lastYear !== w1.target.lastYear) out.add('item-edited|tg1|');
  for (const id of ids0) if (!ids1.has(id)) out.add(`item-removed|${id}|`);
  for (const [id, item] of w1.items) {
    const before = w0.items.get(id);
    if (!before) out.add(`item-added|${id}|`);
    else if (before.text !== item.text) out.add(`item-edited|${id}|`);
    if (before && before.dueYear !== item.dueYear) out.add(`deadline-moved|${id}|due`);
  }
  const deadlines: [string, string, number][] = [
    ['t1', 'due', 2026],
    ['m1', 'horizon', 2030],
    ['tg1', 'milestone-2026', 2026],
    ['tg1', `milestone-${w1.target.lastYear}`, w1.target.lastYear],
    ...[...w1.items].flatMap(([id, i]): [string, string, number][] => (i.dueYear === null ? [] : [[id, 'due', i.dueYear]])),
  ];
  for (const [id, key, year] of deadlines) if (d0 <= `${year}-12-31` && `${year}-12-31` < d1) out.add(`deadline-passed|${id}|${key}`);
  for (const id of w0.decisions.keys()) if (!w1.decisions.has(id)) out.add(`decision-removed|${id}|`);
  for (const [id, d] of w1.decisions) {
    const before = w0.decisions.get(id);
    if (!before) out.add(`decision-added|${id}|`);
    else if (before.owner !== d.owner || before.dueOn !== d.dueOn || (before.done && d.done && before.done.note + before.done.on !== d.done.note + d.done.on))
      out.add(`decision-edited|${id}|`);
    if (d.done !== null && (!before || before.done === null)) out.add(`decision-done|${id}|`);
    if (overdue(d, d1) && !overdue(before, d0)) out.add(`decision-overdue|${id}|`);
  }
  return out;
}

const keyOf = (c: SnapshotChange) => {
  const { id, key } = changeSubject(c);
  return `${c.kind}|${id}|${key}`;
};

describe('compareSnapshots, for any sequence of changes between two meetings', () => {
  it('reports every net change exactly once, in order, and nothing when a snapshot meets itself', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryOp(), { maxLength: 10 }),
        fc.array(arbitraryOp(), { maxLength: 15 }),
        // Meetings on any day, and often on the last day of a deadline's year or the day after.
        fc.oneof(fc.integer({ min: 0, max: 2500 }).map((days) => addDays('2025-06-01', days)), fc.constantFrom('2026-12-31', '2027-01-01', '2030-12-31')),
        fc.oneof(fc.integer({ min: 0, max: 900 }), fc.constantFrom(0, 1)),
        (setup, between, d0, gap) => {
          const clock = { tick: 0 };
          const d1 = addDays(d0, gap);
          const w0 = apply({ items: new Map(), assessments: [], figures: [], decisions: new Map(), target: { goal: 50, lastYear: 2030 } }, setup, d0, clock);
          const w1 = apply(w0, between, d1, clock);
          const [before, after] = [snapshotOfWorld(w0, d0), snapshotOfWorld(w1, d1)];
          const changes = compareSnapshots(before, after);
          const keys = changes.map(keyOf);
          expect(new Set(keys).size).toBe(keys.length);
          expect(new Set(keys)).toEqual(expectedChanges(w0, d0, w1, d1));
          expect(changes).toEqual([...changes].sort(compareChanges));
          for (let i = 1; i < changes.length; i++) expect(compareChanges(changes[i - 1]!, changes[i]!)).toBeLessThan(0);
          expect(compareSnapshots(before, before)).toEqual([]);
          expect(compareSnapshots(after, after)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
