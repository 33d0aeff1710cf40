/**
 * The meeting forms' input, as typed, to the fields of a valid meeting or decision, or an error
 * code per field. The limits are the records schema's own (records.ts), so a form never saves
 * what an import would refuse.
 */
import type { z } from 'zod';
import { decisionRecordSchema, meetingRecordSchema, type DecisionRecord, type MeetingRecord } from './records';
import type { FieldErrorCode, Validation } from './record-validation';

type Check<T> = { ok: true; value: T } | { ok: false; error: FieldErrorCode };

function all<C extends Record<string, Check<unknown>>>(checks: C): Validation<keyof C & string, { [K in keyof C]: C[K] extends Check<infer T> ? T : never }> {
  const errors: Partial<Record<string, FieldErrorCode>> = {};
  const values: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(checks)) {
    if (check.ok) values[field] = check.value;
    else errors[field] = check.error;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : ({ ok: true, value: values } as never);
}

const text = (raw: string, schema: z.ZodType<string>, required: boolean): Check<string> => {
  const s = raw.trim();
  if (s === '') return required ? { ok: false, error: 'required' } : { ok: true, value: '' };
  return schema.safeParse(s).success ? { ok: true, value: s } : { ok: false, error: 'too-long' };
};

/** A calendar day, not after `today` when `today` is given. */
const day = (raw: string, today?: string): Check<string> => {
  const s = raw.trim();
  if (s === '') return { ok: false, error: 'required' };
  if (!meetingRecordSchema.shape.date.safeParse(s).success) return { ok: false, error: 'not-a-date' };
  return today !== undefined && s > today ? { ok: false, error: 'in-future' } : { ok: true, value: s };
};

export type MeetingField = 'date' | 'title' | 'participants' | 'notes';
export type MeetingFields = Pick<MeetingRecord, MeetingField>;

/** A meeting is held today or was held earlier: never in the future. */
export function validateMeetingInput(input: Record<MeetingField, string>, today: string): Validation<MeetingField, MeetingFields> {
  const { shape } = meetingRecordSchema;
  return all({
    date: day(input.date, today),
    title: text(input.title, shape.title, true),
    participants: text(input.participants, shape.participants, false),
    notes: input.notes.length > 10000 ? { ok: false, error: 'too-long' } : { ok: true, value: input.notes.trim() },
  });
}

export type DecisionField = 'text' | 'owner' | 'dueOn' | 'commitmentIds';
export type DecisionFields = Pick<DecisionRecord, DecisionField>;

/**
 * Each linked commitment must be one of `known`; the due day is not before the meeting (a past one
 * is overdue at once, as a decision recorded late may be).
 */
export function validateDecisionInput(
  input: { text: string; owner: string; dueOn: string; commitmentIds: readonly string[] },
  ctx: { known: ReadonlySet<string>; meetingDate: string },
): Validation<DecisionField, DecisionFields> {
  const { shape } = decisionRecordSchema;
  const ids = [...new Set(input.commitmentIds)];
  const known = ctx.known;
  const due = day(input.dueOn);
  return all({
    text: text(input.text, shape.text, true),
    owner: text(input.owner, shape.owner, true),
    dueOn: due.ok && due.value < ctx.meetingDate ? { ok: false, error: 'before-data' } : due,
    commitmentIds: ids.some((id) => !known.has(id)) ? { ok: false, error: 'not-a-choice' } : ids.length > 200 ? { ok: false, error: 'too-many' } : { ok: true, value: ids },
  });
}

export type DoneField = 'on' | 'note';

/** Marked done on a day between the meeting that took the decision and today. */
export function validateDoneInput(input: Record<DoneField, string>, ctx: { meetingDate: string; today: string }): Validation<DoneField, { on: string; note: string }> {
  const on = day(input.on, ctx.today);
  return all({
    on: on.ok && on.value < ctx.meetingDate ? { ok: false, error: 'before-data' } : on,
    note: input.note.trim().length > 2000 ? { ok: false, error: 'too-long' } : { ok: true, value: input.note.trim() },
  });
}
