import type { z } from 'zod';
import {
  assessmentRecordSchema,
  figureRecordSchema,
  httpUrlSchema,
  recordSourceSchema,
  userCommitmentSchema,
  userEventSchema,
  userResolutionSchema,
  userTargetSchema,
} from './records';
import type { AssessmentRecord, FigureRecord, RecordSource, UserCommitment, UserEvent, UserResolution, UserTarget } from './records';
import { amountRule, dayInDataRule, endRule, figureCeiling, milestonesRule, type RuleCode } from './record-rules';

/**
 * Form input, as typed, to the fields of a valid record — or an error code per field, never
 * a half-made record. The UI maps each code to a translated message beside its field.
 * One validation set: each field is checked by its own schema in records.ts (lengths, ranges,
 * links, choices) and by the rules in record-rules.ts, as an import is; this module only reads
 * typed text into values and names the error.
 */
export type FieldErrorCode =
  | 'required' | 'not-a-number' | 'negative' | 'too-large' | 'not-a-date' | 'before-data' | 'in-future'
  | 'ends-before-start' | 'not-a-year' | 'not-a-choice' | 'not-http' | 'too-long' | 'too-many' | 'duplicate';

export type Validation<Field extends string, Value> =
  | { ok: true; value: Value }
  | { ok: false; errors: Partial<Record<Field, FieldErrorCode>> };

/** The span of dates a recorded figure or assessment may describe. */
export interface DateContext {
  /** YYYY-MM-DD, the earliest date of the data. */
  dataStart: string;
  /** YYYY-MM-DD */
  today: string;
}

type Check<T> = { ok: true; value: T } | { ok: false; error: FieldErrorCode };
const pass = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = (error: FieldErrorCode): Check<never> => ({ ok: false, error });

type Values<C> = { [K in keyof C]: C[K] extends Check<infer T> ? T : never };

/** All fields valid, or every field's error at once. */
function all<C extends Record<string, Check<unknown>>>(checks: C): Validation<keyof C & string, Values<C>> {
  const errors: Partial<Record<string, FieldErrorCode>> = {};
  const values: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(checks)) {
    if (check.ok) values[field] = check.value;
    else errors[field] = check.error;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: values as Values<C> };
}

/** The trimmed input checked by `check`; 'required' when there is none. */
const filled = <T>(raw: string, check: (s: string) => Check<T>): Check<T> => {
  const s = raw.trim();
  return s === '' ? fail('required') : check(s);
};
/** Like `filled`, but an empty input is fine and gives `none`. */
const optional = <T, N = undefined>(raw: string, check: (raw: string) => Check<T>, none?: N): Check<T | N> =>
  raw.trim() === '' ? pass(none as N) : check(raw);

/**
 * The field's own schema (records.ts) decides whether a value is valid: the same check an import
 * or the browser's storage makes. This module adds only the reading of what was typed (trimming,
 * "1 234,5", an empty field) and which message to show when the schema says no.
 */
const fits = <T>(schema: z.ZodType<T>, value: unknown, error: FieldErrorCode): Check<T> => {
  const parsed = schema.safeParse(value);
  return parsed.success ? pass(parsed.data) : fail(error);
};
const isDay = (s: string) => figureRecordSchema.shape.asOf.safeParse(s).success;
const isId = (s: string) => figureRecordSchema.shape.id.safeParse(s).success;

/** Trimmed, required text, as long as `schema` (the field's plainText) allows. */
const requiredText = (raw: string, schema: z.ZodType<string>) => filled(raw, (s) => fits(schema, s, 'too-long'));
const optionalText = (raw: string, schema: z.ZodType<string>) => optional(raw, (r) => requiredText(r, schema));
const optionalUrl = (raw: string) => optional(raw, (r) => filled(r, (s) => fits(httpUrlSchema, s, 'not-http')));
const day = (raw: string) => filled(raw, (s) => (isDay(s) ? pass(s) : fail('not-a-date')));
const itemId = (raw: string) => filled(raw, (s) => (isId(s) ? pass(s) : fail('not-a-choice')));
/** Four digits, then the range the records schema gives a year. */
const year = (raw: string) =>
  filled(raw, (s) => (/^\d{4}$/.test(s) ? fits(userCommitmentSchema.shape.dueYear.unwrap(), Number(s), 'not-a-year') : fail('not-a-year')));
const choice = <T extends string>(raw: string, schema: z.ZodType<T>) => filled(raw, (s) => fits(schema, s, 'not-a-choice'));

/** Passes `value` on, or fails with the shared rule's code (record-rules.ts: one set for forms and imports). */
const rule = <T>(value: T, code: RuleCode | null): Check<T> => (code ? fail(code as FieldErrorCode) : pass(value));

/** A day the data can describe: not before the data starts, not after today. */
const dayInData = (raw: string, ctx: DateContext): Check<string> => {
  const checked = day(raw);
  return checked.ok ? rule(checked.value, dayInDataRule(checked.value, ctx)) : checked;
};

const GROUPED = '\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+';
const DECIMAL = new RegExp(`^([+-])?(${GROUPED}|\\d+)(?:[.,](\\d+))?$`);

/** "1 234,5" → 1234.5: spaces group thousands, '.' or ',' separates decimals. */
export function parseDecimal(raw: string): number | null {
  const match = DECIMAL.exec(raw.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '0'] = match;
  return Number(`${sign}${whole.replace(/\D/g, '')}.${fraction}`) + 0; // + 0 turns -0 into 0
}

const amount = (raw: string, max = Number.MAX_VALUE) =>
  filled(raw, (s): Check<number> => {
    const value = parseDecimal(s);
    if (value === null) return fail('not-a-number');
    if (value < 0) return fail('negative');
    const checked = fits(figureRecordSchema.shape.value, value, 'too-large');
    return checked.ok ? rule(value, amountRule(value, max)) : checked;
  });

const withSource = (text: string, url: string | undefined): RecordSource => (url ? { text, url } : { text });

/** The fields every user-added item has: a source text and maybe a link. */
interface SourceInput {
  sourceText: string;
  sourceUrl: string;
}

const requiredSource = (input: SourceInput) => ({
  sourceText: requiredText(input.sourceText, recordSourceSchema.shape.text),
  sourceUrl: optionalUrl(input.sourceUrl),
});

export type FigureField = 'value' | 'asOf' | 'sourceText' | 'sourceUrl' | 'note';
export type FigureFields = Pick<FigureRecord, 'value' | 'asOf' | 'source' | 'note'>;

export function validateFigureInput(
  input: { value: string; asOf: string; note: string } & SourceInput,
  ctx: DateContext & { largestMilestone: number },
): Validation<FigureField, FigureFields> {
  const checked = all({
    value: amount(input.value, figureCeiling(ctx.largestMilestone)),
    asOf: dayInData(input.asOf, ctx),
    ...requiredSource(input),
    note: optionalText(input.note, figureRecordSchema.shape.note.unwrap()),
  });
  if (!checked.ok) return checked;
  const { value, asOf, sourceText, sourceUrl, note } = checked.value;
  return { ok: true, value: { value, asOf, source: withSource(sourceText, sourceUrl), ...(note && { note }) } };
}

export type AssessmentField = 'status' | 'date' | 'justification' | 'sourceText' | 'sourceUrl';
export type AssessmentFields = Pick<AssessmentRecord, 'status' | 'date' | 'justification' | 'source'>;

/** The source is optional, but a link alone does not say what it is: it needs a text. */
export function validateAssessmentInput(
  input: { status: string; date: string; justification: string } & SourceInput,
  ctx: DateContext,
): Validation<AssessmentField, AssessmentFields> {
  const checked = all({
    status: choice(input.status, assessmentRecordSchema.shape.status),
    date: dayInData(input.date, ctx),
    justification: requiredText(input.justification, assessmentRecordSchema.shape.justification),
    sourceText:
      input.sourceUrl.trim() === ''
        ? optionalText(input.sourceText, recordSourceSchema.shape.text)
        : requiredText(input.sourceText, recordSourceSchema.shape.text),
    sourceUrl: optionalUrl(input.sourceUrl),
  });
  if (!checked.ok) return checked;
  const { status, date, justification, sourceText, sourceUrl } = checked.value;
  return {
    ok: true,
    value: { status, date, justification, ...(sourceText !== undefined && { source: withSource(sourceText, sourceUrl) }) },
  };
}

export type ResolutionField = 'code' | 'issuer' | 'title' | 'sourceText' | 'sourceUrl';
export type ResolutionFields = Pick<UserResolution, 'code' | 'issuer' | 'title' | 'source'>;

export function validateResolutionInput(
  input: { code: string; issuer: string; title: string } & SourceInput,
): Validation<ResolutionField, ResolutionFields> {
  const checked = all({
    code: requiredText(input.code, userResolutionSchema.shape.code),
    issuer: requiredText(input.issuer, userResolutionSchema.shape.issuer),
    title: requiredText(input.title, userResolutionSchema.shape.title),
    ...requiredSource(input),
  });
  if (!checked.ok) return checked;
  const { code, issuer, title, sourceText, sourceUrl } = checked.value;
  return { ok: true, value: { code, issuer, title, source: withSource(sourceText, sourceUrl) } };
}

export type CommitmentField = 'resolutionId' | 'parentId' | 'text' | 'dueYear' | 'sourceText' | 'sourceUrl';
export type CommitmentFields = Pick<UserCommitment, 'resolutionId' | 'parentId' | 'text' | 'dueYear' | 'source'>;

/** An empty `parentId` makes a task; a task's id makes a measure under it. `dueYear` may be empty. */
export function validateCommitmentInput(
  input: { resolutionId: string; parentId: string; text: string; dueYear: string } & SourceInput,
): Validation<CommitmentField, CommitmentFields> {
  const checked = all({
    resolutionId: itemId(input.resolutionId),
    parentId: optional(input.parentId, itemId, null),
    text: requiredText(input.text, userCommitmentSchema.shape.text),
    dueYear: optional(input.dueYear, year, null),
    ...requiredSource(input),
  });
  if (!checked.ok) return checked;
  const { resolutionId, parentId, text, dueYear, sourceText, sourceUrl } = checked.value;
  return { ok: true, value: { resolutionId, parentId, text, dueYear, source: withSource(sourceText, sourceUrl) } };
}

export interface MilestoneInput {
  year: string;
  value: string;
  approximate: boolean;
}
export type TargetField =
  | 'resolutionId' | 'label' | 'unit' | 'sourceText' | 'sourceUrl'
  | 'milestones' | `milestones.${number}.year` | `milestones.${number}.value`;
export type TargetFields = Pick<UserTarget, 'resolutionId' | 'label' | 'unit' | 'milestones' | 'source'>;

/**
 * One or two milestones; rows left entirely blank are ignored, so a form can always show two.
 * Errors on a milestone are keyed by its row: `milestones.1.value`. Milestones come out by year.
 */
export function validateTargetInput(
  input: { resolutionId: string; label: string; unit: string; milestones: MilestoneInput[] } & SourceInput,
): Validation<TargetField, TargetFields> {
  const checked = all({
    resolutionId: itemId(input.resolutionId),
    label: requiredText(input.label, userTargetSchema.shape.label),
    unit: requiredText(input.unit, userTargetSchema.shape.unit),
    ...requiredSource(input),
  });
  const errors: Partial<Record<TargetField, FieldErrorCode>> = checked.ok ? {} : { ...checked.errors };
  const rows = input.milestones
    .map((m, row) => ({ ...m, row }))
    .filter((m) => m.year.trim() !== '' || m.value.trim() !== '');
  if (rows.length === 0) errors.milestones = 'required';
  if (milestonesRule(rows.map((_, i) => i)) === 'too-many') errors.milestones = 'too-many';
  const milestones: UserTarget['milestones'] = [];
  for (const m of rows) {
    const y = year(m.year);
    const v = amount(m.value);
    if (!y.ok) errors[`milestones.${m.row}.year`] = y.error;
    else if (milestones.some((other) => other.year === y.value)) errors[`milestones.${m.row}.year`] = 'duplicate';
    if (!v.ok) errors[`milestones.${m.row}.value`] = v.error;
    if (y.ok && v.ok) milestones.push({ year: y.value, value: v.value, approximate: m.approximate });
  }
  if (!checked.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const { resolutionId, label, unit, sourceText, sourceUrl } = checked.value;
  milestones.sort((a, b) => a.year - b.year);
  return { ok: true, value: { resolutionId, label, unit, milestones, source: withSource(sourceText, sourceUrl) } };
}

export type EventField = 'eventKind' | 'date' | 'endDate' | 'resolutionIds' | 'title' | 'sourceText' | 'sourceUrl';
export type EventFields = Pick<UserEvent, 'eventKind' | 'date' | 'endDate' | 'resolutionIds' | 'title' | 'source'>;

/** Events may lie ahead (a meeting to come) or long ago (an anniversary): any calendar day goes. */
export function validateEventInput(
  input: { eventKind: string; date: string; endDate: string; resolutionIds: string[]; title: string } & SourceInput,
): Validation<EventField, EventFields> {
  const start = day(input.date);
  const end = optional(input.endDate, day);
  const ids = [...new Set(input.resolutionIds.map((id) => id.trim()))];
  const checked = all({
    eventKind: choice(input.eventKind, userEventSchema.shape.eventKind),
    date: start,
    endDate: start.ok && end.ok ? rule(end.value, endRule(start.value, end.value)) : end,
    resolutionIds: ids.every(isId) ? pass(ids) : fail('not-a-choice'),
    title: requiredText(input.title, userEventSchema.shape.title),
    ...requiredSource(input),
  });
  if (!checked.ok) return checked;
  const { eventKind, date, endDate, resolutionIds, title, sourceText, sourceUrl } = checked.value;
  return {
    ok: true,
    value: { eventKind, date, ...(endDate && { endDate }), resolutionIds, title, source: withSource(sourceText, sourceUrl) },
  };
}
