/**
 * Small typed builders of datasets and records, for the unit and component tests.
 */
import { DATASET_SCHEMA_VERSION } from '../../src/domain/schema';
import type { FigureRecord } from '../../src/domain/records';
import type { TargetFigure } from '../../src/domain/figures';
import type {
  Citation,
  Commitment,
  Dataset,
  Fact,
  LocalizedText,
  Milestone,
  PolicyEvent,
  Resolution,
  Source,
  Target,
} from '../../src/domain/types';

export const text = (en: string, fr = en, vi = en): LocalizedText => ({ en, fr, vi });

export const cite = (sourceId = 'src-1'): Citation[] => [{ sourceId, quote: 'a quoted sentence' }];

export const source = (over: Partial<Source> = {}): Source => ({
  id: 'src-1',
  file: 'src-1.txt',
  publisher: 'Publisher',
  publishedOn: '2025-09-25',
  url: 'https://example.org/article',
  language: 'en',
  title: 'An article',
  ...over,
});

export const resolution = (id: string, code = id.toUpperCase(), over: Partial<Resolution> = {}): Resolution => ({
  id,
  code,
  issuer: text('Government', 'Gouvernement', 'Chính phủ'),
  title: text(`Resolution ${code}`),
  citations: cite(),
  ...over,
});

export const commitment = (id: string, over: Partial<Commitment> = {}): Commitment => ({
  id,
  resolutionId: 'r1',
  parentId: null,
  kind: over.parentId ? 'measure' : 'task',
  order: 0,
  text: text(`Commitment ${id}`),
  dueYear: null,
  status: 'not_assessed',
  citations: cite(),
  ...over,
});

export const milestone = (year: number, value: number, approximate = false): Milestone => ({
  year,
  value,
  approximate,
  citations: cite(),
});

export const target = (id: string, milestones: Milestone[], over: Partial<Target> = {}): Target => ({
  id,
  resolutionId: 'r1',
  commitmentId: null,
  label: text(`Target ${id}`),
  unit: text('agencies', 'agences', 'cơ quan'),
  milestones,
  ...over,
});

export const fact = (id: string, over: Partial<Fact> = {}): Fact => ({
  id,
  resolutionIds: ['r1'],
  date: '2025',
  value: 1,
  approximate: false,
  label: text(`Fact ${id}`),
  citations: cite(),
  ...over,
});

export const event = (id: string, over: Partial<PolicyEvent> = {}): PolicyEvent => ({
  id,
  kind: 'meeting',
  date: '2025-09-25',
  resolutionIds: ['r1'],
  title: text(`Event ${id}`),
  citations: cite(),
  ...over,
});

export const figure = (targetId: string, value: number, asOf: string, id = `${targetId}-${asOf}`): TargetFigure => ({
  id,
  targetId,
  value,
  asOf,
  source: { text: 'A report' },
});

export const dataset = (over: Partial<Dataset> = {}): Dataset => ({
  schemaVersion: DATASET_SCHEMA_VERSION,
  title: text('Dashboard', 'Tableau de bord', 'Bảng điều khiển'),
  updatedOn: '2025-10-01',
  sources: [source()],
  resolutions: [resolution('r1')],
  commitments: [],
  targets: [],
  facts: [],
  events: [],
  ...over,
});

/** A user's figure record that passes the records schema; tests override what they are about. */
export const figureRecord = (id: string, over: Partial<FigureRecord> = {}): FigureRecord => ({
  id,
  createdAt: '2026-01-10T08:00:00Z',
  updatedAt: '2026-01-10T08:00:00Z',
  kind: 'figure',
  targetId: 'tg1',
  value: 57,
  asOf: '2025-12-31',
  source: { text: 'Ministry report' },
  ...over,
});
