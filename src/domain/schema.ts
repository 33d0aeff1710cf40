import { z } from 'zod';
import { isCalendarDay } from './dates';
import { COMMITMENT_KINDS, EVENT_KINDS, INFERENCES, LOCALES, STATUSES } from './vocabulary';

export { COMMITMENT_KINDS, EVENT_KINDS, INFERENCES, LOCALES, STATUSES };

/**
 * The published dataset's schema. This file is the one door through which the dataset
 * enters the app: everything past `parseDataset` is trusted.
 * Bump DATASET_SCHEMA_VERSION when it changes, with a migration step for the old version.
 */
export const DATASET_SCHEMA_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
/** A calendar date as precise as the source gives it: `2025` or `2025-09-25`. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'dates are YYYY or YYYY-MM-DD')
  .refine((s) => s.length === 4 || isCalendarDay(s), 'not a calendar date');
const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'links must be http(s)');

export const localizedTextSchema = z.object({
  en: z.string().min(1),
  fr: z.string().min(1),
  vi: z.string().min(1),
});

/** Set on items a user added (merged in from their records); shipped items have no origin. */
const origin = { origin: z.literal('user').optional() };

export const sourceSchema = z.object({
  ...origin,
  id,
  file: z.string().min(1),
  publisher: z.string().min(1),
  publishedOn: partialDate,
  /** Empty only for a user's source given without a link. */
  url: z.union([httpUrl, z.literal('')]),
  /** The language the article's text (and so every quote from it) is in. */
  language: z.enum(LOCALES),
  title: z.string().min(1),
  /**
   * Set when the text quoted is a translation: the `url` then holds the original, in this
   * language, and the quotes come from `translatedBy`'s translation, not from the page linked.
   */
  translation: z.object({ originalLanguage: z.enum(LOCALES), translatedBy: z.string().min(1) }).optional(),
});

export const citationSchema = z.object({
  sourceId: id,
  /** The sentence as the article words it, in the article's language. */
  quote: z.string().min(1),
});

const cited = { citations: z.array(citationSchema).min(1) };

/** Something the dataset reads into its sources rather than finds stated there, and why. */
export const inferenceSchema = z.object({
  /** `parent`: which task a measure hangs under; `date`: a date that is the article's, not the event's. */
  what: z.enum(INFERENCES),
  note: localizedTextSchema,
});
const inferred = { inferred: inferenceSchema.optional() };

/** A sentence a source states about an item (an objective, what a resolution establishes, who spoke). */
export const statementSchema = z.object({
  text: localizedTextSchema,
  ...cited,
});
const statements = { statements: z.array(statementSchema).optional() };

export const resolutionSchema = z.object({
  ...origin,
  id,
  code: z.string().min(1),
  issuer: localizedTextSchema,
  title: localizedTextSchema,
  /** Notes on how a source reads this item (e.g. an ambiguous number), shown beside it. */
  note: localizedTextSchema.optional(),
  /** Other numbers or symbols the resolution is cited by elsewhere (shown with the note, and searched). */
  alsoCitedAs: z.array(z.string().min(1)).optional(),
  ...statements,
  ...cited,
});


const year = z.number().int().min(1900).max(2200);

export const commitmentSchema = z.object({
  ...origin,
  id,
  /** The resolution this is a task or measure of; null for a meeting's request or pledge. */
  resolutionId: id.nullable(),
  /** A measure hangs under its task; a task, request or pledge has no parent. */
  parentId: id.nullable(),
  kind: z.enum(COMMITMENT_KINDS),
  order: z.number().int().nonnegative(),
  text: localizedTextSchema,
  /** The year the commitment is due, only when a source ties this item to it. */
  dueYear: year.nullable(),
  /** The horizon of the plan the item belongs to ("to 2030"): not a deadline the source sets for it. */
  horizonYear: year.nullable().optional(),
  /** A request's or pledge's meeting (an event's id). */
  eventId: id.optional(),
  /** Who makes the request or pledge. */
  issuer: localizedTextSchema.optional(),
  /** Who is asked to act. */
  addressee: localizedTextSchema.optional(),
  /** The resolutions a request or pledge serves (a task serves its own resolution). */
  serves: z.array(id).optional(),
  status: z.enum(STATUSES),
  /** Who is to act, only where a source names them: the lead unit and those who work with it. */
  units: z
    .object({
      lead: localizedTextSchema.nullable(),
      coLeads: z.array(localizedTextSchema),
      /** Set when a unit is read into the sentence (who presides, when the sentence does not say), and why. */
      inferred: z.object({ note: localizedTextSchema }).optional(),
      ...cited,
    })
    .optional(),
  ...inferred,
  ...cited,
});

export const milestoneSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  value: z.number().nonnegative(),
  /** "about 115": the source's own hedge is part of the target. */
  approximate: z.boolean(),
  ...cited,
});

export const targetSchema = z.object({
  ...origin,
  id,
  resolutionId: id,
  commitmentId: id.nullable(),
  label: localizedTextSchema,
  unit: localizedTextSchema,
  milestones: z.array(milestoneSchema).min(1),
});

export const factSchema = z.object({
  id,
  resolutionIds: z.array(id),
  date: partialDate,
  value: z.number(),
  approximate: z.boolean(),
  label: localizedTextSchema,
  ...inferred,
  ...cited,
});

/**
 * A progress figure published with the dataset (a ministry's report, a statistics office), with
 * the sentence it comes from. The shipped dataset has none: its articles report no progress yet.
 */
export const publishedFigureSchema = z.object({
  id,
  targetId: id,
  value: z.number().nonnegative(),
  /** The day the figure describes. */
  asOf: partialDate.refine((s) => s.length === 10, 'a figure is dated to the day'),
  ...cited,
});


export const eventSchema = z.object({
  ...origin,
  id,
  kind: z.enum(EVENT_KINDS),
  date: partialDate,
  endDate: partialDate.optional(),
  resolutionIds: z.array(id),
  title: localizedTextSchema,
  ...statements,
  ...inferred,
  ...cited,
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  title: localizedTextSchema,
  updatedOn: partialDate,
  sources: z.array(sourceSchema),
  resolutions: z.array(resolutionSchema),
  commitments: z.array(commitmentSchema),
  targets: z.array(targetSchema),
  facts: z.array(factSchema),
  events: z.array(eventSchema),
  /** Optional so datasets written before figures were published still load. */
  figures: z.array(publishedFigureSchema).optional(),
});
