import { assignmentRecordSchema, type AssignmentRecord } from './records';
import type { FieldErrorCode, Validation } from './record-validation';

export type AssignmentField = 'lead' | 'coLeads' | 'dueOn';
export type AssignmentFields = Pick<AssignmentRecord, 'lead' | 'coLeads' | 'dueOn'>;

const { lead: leadSchema, coLeads: coLeadsSchema, dueOn: dueOnSchema } = assignmentRecordSchema.shape;

/** Co-leads as typed: one a line (or separated by semicolons), blank lines dropped. */
export const splitCoLeads = (raw: string): string[] =>
  raw
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The assignment form's input to the fields of a valid record, or an error per field. The record
 * schema decides lengths and dates; this reads what was typed. Setting nothing at all is refused:
 * name a unit, or give a due date.
 */
export function validateAssignmentInput(input: { lead: string; coLeads: string; dueOn: string }): Validation<AssignmentField, AssignmentFields> {
  const errors: Partial<Record<AssignmentField, FieldErrorCode>> = {};
  const lead = input.lead.trim();
  const coLeads = splitCoLeads(input.coLeads);
  const dueOn = input.dueOn.trim() === '' ? null : input.dueOn.trim();
  if (!leadSchema.safeParse(lead).success) errors.lead = 'too-long';
  const folded = coLeads.map((c) => c.toLocaleLowerCase());
  if (coLeads.some((c) => !coLeadsSchema.element.safeParse(c).success)) errors.coLeads = 'too-long';
  else if (!coLeadsSchema.safeParse(coLeads).success) errors.coLeads = 'too-many';
  else if (new Set(folded).size < folded.length || (lead !== '' && folded.includes(lead.toLocaleLowerCase()))) errors.coLeads = 'duplicate';
  if (dueOn !== null && !dueOnSchema.safeParse(dueOn).success) errors.dueOn = 'not-a-date';
  if (lead === '' && coLeads.length === 0 && dueOn === null) errors.lead = 'required';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { lead, coLeads, dueOn } };
}
