import type { z } from 'zod';
import type {
  LOCALES,
  STATUSES,
  EVENT_KINDS,
  COMMITMENT_KINDS,
  inferenceSchema,
  statementSchema,
  citationSchema,
  commitmentSchema,
  datasetSchema,
  eventSchema,
  factSchema,
  localizedTextSchema,
  milestoneSchema,
  publishedFigureSchema,
  resolutionSchema,
  sourceSchema,
  targetSchema,
} from './schema';

export type Locale = (typeof LOCALES)[number];
export type Status = (typeof STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export type Inference = z.infer<typeof inferenceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Resolution = z.infer<typeof resolutionSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Fact = z.infer<typeof factSchema>;
export type PolicyEvent = z.infer<typeof eventSchema>;
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
