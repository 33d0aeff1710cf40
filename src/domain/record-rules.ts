import { USER_ID_PREFIX, userRecordSchema, type UserRecord } from './records';

/**
 * The rules a record must meet beyond its shape, where the form and an import must agree: one
 * set, applied by the forms (record-validation.ts) to what is typed and by imports to what is
 * read, as a refinement of the records schema.
 */
export type RuleCode = 'too-large' | 'before-data' | 'in-future' | 'ends-before-start' | 'duplicate' | 'too-many' | 'shipped-id' | 'not-user-id';

export interface RecordContext {
  /** YYYY-MM-DD: the first day the data speaks of. */
  dataStart: string;
  /** YYYY-MM-DD: the user's today. */
  today: string;
  /** The largest milestone of a target (0 when unknown): a figure far above it is a typo. */
  largestMilestone: (targetId: string) => number;
  /** Ids of the shipped dataset's items: a record with one of them would never be shown. */
  shippedIds: ReadonlySet<string>;
}

/** The highest figure accepted for a target: a hundred times its largest milestone, at least a million. */
export const figureCeiling = (largestMilestone: number) => Math.max(1_000_000, 100 * largestMilestone);

export const amountRule = (value: number, max: number): RuleCode | null => (value > max || !Number.isFinite(value) ? 'too-large' : null);

/** A figure or an assessment describes a day the data covers: not before it begins, not after today. */
export const dayInDataRule = (day: string, ctx: Pick<RecordContext, 'dataStart' | 'today'>): RuleCode | null =>
  day < ctx.dataStart ? 'before-data' : day > ctx.today ? 'in-future' : null;

export const endRule = (start: string, end: string | undefined): RuleCode | null => (end !== undefined && end < start ? 'ends-before-start' : null);

/** A target has one or two milestones, each year once. */
export function milestonesRule(years: number[]): RuleCode | null {
  if (years.length > 2) return 'too-many';
  return new Set(years).size < years.length ? 'duplicate' : null;
}

const RULE_MESSAGES: Record<RuleCode, string> = {
  'too-large': 'far larger than the target: is it a typo?',
  'before-data': 'before the data begins',
  'in-future': 'in the future',
  'ends-before-start': 'ends before it starts',
  duplicate: 'the same year twice',
  'too-many': 'more than two milestones',
  'shipped-id': 'the id of an item the dashboard ships',
  'not-user-id': `the id of an item of your own starts with "${USER_ID_PREFIX}"`,
};

export interface RuleProblem {
  path: string;
  code: RuleCode;
  message: string;
}

/** Every rule `record` breaks, with the field it concerns. */
export function ruleProblems(record: UserRecord, ctx: RecordContext): RuleProblem[] {
  const found: RuleProblem[] = [];
  const check = (path: string, code: RuleCode | null) => {
    if (code) found.push({ path, code, message: RULE_MESSAGES[code] });
  };
  if (ctx.shippedIds.has(record.id)) check('id', 'shipped-id');
  else if (record.kind !== 'figure' && record.kind !== 'assessment' && !record.id.startsWith(USER_ID_PREFIX)) check('id', 'not-user-id');
  switch (record.kind) {
    case 'figure':
      check('value', amountRule(record.value, figureCeiling(ctx.largestMilestone(record.targetId))));
      check('asOf', dayInDataRule(record.asOf, ctx));
      break;
    case 'assessment':
      check('date', dayInDataRule(record.date, ctx));
      break;
    case 'event':
      check('endDate', endRule(record.date, record.endDate));
      break;
    case 'target':
      check('milestones', milestonesRule(record.milestones.map((m) => m.year)));
      break;
    case 'meeting':
      check('date', record.date > ctx.today ? 'in-future' : null);
      break;
    case 'decision':
      if (record.done) check('done.on', record.done.on > ctx.today ? 'in-future' : null);
      break;
  }
  return found;
}

/** The records schema with these rules: what an import, a server or storage may hand the app. */
export const ruledRecordSchema = (ctx: RecordContext) =>
  userRecordSchema.superRefine((record, issues) => {
    for (const p of ruleProblems(record, ctx)) issues.addIssue({ code: 'custom', path: [p.path], message: p.message, params: { rule: p.code } });
  });

/** JSON with object keys sorted: the same value whatever order a database gave its keys back in. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/**
 * What an edit may not change: a meeting's day and snapshot are what the meeting saw, so "what
 * changed since" stays true; its title, participants and notes may be corrected. Null when allowed.
 */
export function frozenFieldChanged(before: UserRecord, after: UserRecord): string | null {
  if (before.kind !== after.kind) return `a ${before.kind} cannot become a ${after.kind}`;
  if (before.kind === 'meeting' && after.kind === 'meeting') {
    if (before.date !== after.date) return "a meeting's day cannot change once it is held";
    if (stable(before.snapshot) !== stable(after.snapshot)) return "a meeting's snapshot cannot change once it is held";
  }
  return null;
}
