import { z } from 'zod';
import { snapshotSchema } from './snapshot-schema';
import { EVENT_KINDS, STATUSES } from './vocabulary';

/**
 * What users record: figures against targets, status assessments of commitments, and items of
 * their own. This schema is the one door for records, whether from storage, an import or a server.
 * Bump RECORDS_SCHEMA_VERSION and add a step to `migrateRecords` when it changes.
 */
export const RECORDS_SCHEMA_VERSION = 2;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD')
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, 'not a calendar date');
const instant = z.string().datetime();
const plainText = (max: number) => z.string().trim().min(1).max(max);
export const httpUrlSchema = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'links must be http(s)');

/** Where a user's record comes from: a document, a meeting, a phone call… and maybe a link. */
export const recordSourceSchema = z.object({
  text: plainText(500),
  url: httpUrlSchema.optional(),
});

const base = {
  id,
  createdAt: instant,
  updatedAt: instant,
};

export const figureRecordSchema = z.object({
  ...base,
  kind: z.literal('figure'),
  targetId: id,
  value: z.number().finite().nonnegative(),
  asOf: isoDay,
  source: recordSourceSchema,
  note: z.string().max(2000).optional(),
});

export const assessmentRecordSchema = z.object({
  ...base,
  kind: z.literal('assessment'),
  commitmentId: id,
  status: z.enum(STATUSES),
  date: isoDay,
  justification: plainText(2000),
  source: recordSourceSchema.optional(),
});

export const userResolutionSchema = z.object({
  ...base,
  kind: z.literal('resolution'),
  code: plainText(60),
  issuer: plainText(200),
  title: plainText(500),
  source: recordSourceSchema,
});

export const userCommitmentSchema = z.object({
  ...base,
  kind: z.literal('commitment'),
  resolutionId: id,
  parentId: id.nullable(),
  text: plainText(2000),
  dueYear: z.number().int().min(1900).max(2200).nullable(),
  source: recordSourceSchema,
});

export const userTargetSchema = z.object({
  ...base,
  kind: z.literal('target'),
  resolutionId: id,
  label: plainText(300),
  unit: plainText(60),
  milestones: z
    .array(z.object({ year: z.number().int().min(1900).max(2200), value: z.number().finite().nonnegative(), approximate: z.boolean() }))
    .min(1),
  source: recordSourceSchema,
});

export const userEventSchema = z.object({
  ...base,
  kind: z.literal('event'),
  eventKind: z.enum(EVENT_KINDS),
  date: isoDay,
  endDate: isoDay.optional(),
  resolutionIds: z.array(id),
  title: plainText(500),
  source: recordSourceSchema,
});

/**
 * A review meeting, held on `date`: its snapshot is the state of the tracker when it was held, and
 * never changes afterwards (an edit may change the title, participants and notes only).
 */
export const meetingRecordSchema = z.object({
  ...base,
  kind: z.literal('meeting'),
  date: isoDay,
  title: plainText(300),
  participants: z.string().trim().max(2000),
  notes: z.string().max(10000),
  snapshot: snapshotSchema,
});

/** What a meeting decided: who is to do it by when, carried forward until someone marks it done. */
export const decisionRecordSchema = z.object({
  ...base,
  kind: z.literal('decision'),
  meetingId: id,
  text: plainText(2000),
  /** A unit or a person, as the meeting named them. */
  owner: plainText(200),
  /** Overdue from the day after. */
  dueOn: isoDay,
  commitmentIds: z.array(id).max(200),
  done: z.object({ on: isoDay, note: z.string().trim().max(2000) }).nullable(),
});

/**
 * Who leads a commitment (and who co-leads it) and by when, as users set them: the units override
 * what the shipped data names, the due date is the team's own, distinct from the plan's horizon.
 */
export const assignmentRecordSchema = z.object({
  ...base,
  kind: z.literal('assignment'),
  commitmentId: id,
  lead: z.string().trim().max(200),
  coLeads: z.array(plainText(200)).max(20),
  dueOn: isoDay.nullable(),
});

export const userRecordSchema = z.discriminatedUnion('kind', [
  figureRecordSchema,
  assessmentRecordSchema,
  userResolutionSchema,
  userCommitmentSchema,
  userTargetSchema,
  userEventSchema,
  meetingRecordSchema,
  decisionRecordSchema,
  assignmentRecordSchema,
]);

/** The file users export and import, and what the browser stores. */
export const recordsFileSchema = z.object({
  format: z.literal('policy-targets/records'),
  schemaVersion: z.literal(RECORDS_SCHEMA_VERSION),
  exportedAt: instant.optional(),
  records: z.array(userRecordSchema),
});

export type RecordSource = z.infer<typeof recordSourceSchema>;
export type FigureRecord = z.infer<typeof figureRecordSchema>;
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
export type UserResolution = z.infer<typeof userResolutionSchema>;
export type UserCommitment = z.infer<typeof userCommitmentSchema>;
export type UserTarget = z.infer<typeof userTargetSchema>;
export type UserEvent = z.infer<typeof userEventSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;
export type AssignmentRecord = z.infer<typeof assignmentRecordSchema>;
export type UserRecord = z.infer<typeof userRecordSchema>;

export type RecordKind = UserRecord['kind'];
export type RecordsFile = z.infer<typeof recordsFileSchema>;

/** Ids of user-added items start with this, so they can never collide with shipped ids. */
export const USER_ID_PREFIX = 'u-';
