import { z } from 'zod';
import { toDecimalYear } from './dates';
import { DATASET_SCHEMA_VERSION, datasetSchema, publishedFigureSchema } from './schema';
import type { Dataset, PublishedFigure } from './types';
import { DatasetError } from './dataset-error';

export { DatasetError, type DatasetErrorCode } from './dataset-error';

/** Adds a problem for each citation of `owner` whose source is not in the dataset. */
function citeUnknownSources(problems: string[], owner: string, citations: readonly { sourceId: string }[], sources: ReadonlySet<string>): void {
  for (const c of citations) if (!sources.has(c.sourceId)) problems.push(`${owner} cites unknown source ${c.sourceId}`);
}

/**
 * The reference checks of published figures, slice by slice: each call checks the figures it is
 * given against the dataset's targets and sources and against the figures checked before it.
 */
function figureChecks(data: Pick<Dataset, 'targets' | 'sources'>) {
  const targets = new Set(data.targets.map((t) => t.id));
  const sources = new Set(data.sources.map((s) => s.id));
  const figureIds = new Set<string>();
  return (figures: PublishedFigure[]): string[] => {
    const problems: string[] = [];
    for (const f of figures) {
      if (figureIds.has(f.id)) problems.push(`duplicate figure id ${f.id}`);
      figureIds.add(f.id);
      if (!targets.has(f.targetId)) problems.push(`${f.id} is a figure of unknown target ${f.targetId}`);
      citeUnknownSources(problems, f.id, f.citations, sources);
    }
    return problems;
  };
}

/** Every id a record points at must exist; a dangling reference is a broken dataset. */
function referenceProblems(data: Dataset): string[] {
  const problems: string[] = [];
  const sources = new Set(data.sources.map((s) => s.id));
  const resolutions = new Set(data.resolutions.map((r) => r.id));
  const commitments = new Set(data.commitments.map((c) => c.id));
  // The message is built only for a problem found: on the large dataset, building one for every
  // check passed (tens of thousands of items, several checks each) took most of this function's time.
  const check = (ok: boolean, what: () => string) => {
    if (!ok) problems.push(what());
  };
  const checkCitations = (owner: string, citations: { sourceId: string }[]) => citeUnknownSources(problems, owner, citations, sources);

  const events = new Set(data.events.map((e) => e.id));
  const ids = new Set<string>();
  for (const item of [...data.resolutions, ...data.commitments, ...data.targets, ...data.facts, ...data.events]) {
    check(!ids.has(item.id), () => `duplicate id ${item.id}`);
    ids.add(item.id);
  }
  check(sources.size === data.sources.length, () => 'duplicate source id');
  const checkStatements = (owner: string, statements: { citations: { sourceId: string }[] }[] = []) =>
    statements.forEach((s) => checkCitations(owner, s.citations));
  data.resolutions.forEach((r) => {
    checkCitations(r.id, r.citations);
    checkStatements(r.id, r.statements);
  });
  data.commitments.forEach((c) => {
    const fromMeeting = c.kind === 'request' || c.kind === 'pledge';
    if (c.resolutionId !== null) check(resolutions.has(c.resolutionId), () => `${c.id} belongs to unknown resolution ${c.resolutionId}`);
    check(fromMeeting === (c.resolutionId === null), () => `${c.id}: a task or measure belongs to a resolution; a request or pledge to a meeting`);
    check(!fromMeeting || (c.eventId !== undefined && events.has(c.eventId)), () => `${c.id}: a ${c.kind} names the meeting it was made at`);
    check(c.eventId === undefined || events.has(c.eventId), () => `${c.id} names unknown event ${c.eventId}`);
    (c.serves ?? []).forEach((r) => check(resolutions.has(r), () => `${c.id} serves unknown resolution ${r}`));
    check(c.parentId === null || commitments.has(c.parentId), () => `${c.id} hangs under unknown ${c.parentId}`);
    check((c.kind === 'measure') === (c.parentId !== null), () => `${c.id}: a measure hangs under a task, nothing else has a parent`);
    check(c.parentId !== c.id, () => `${c.id} hangs under itself`);
    checkCitations(c.id, c.citations);
    if (c.units) checkCitations(`${c.id} (units)`, c.units.citations);
  });
  data.targets.forEach((t) => {
    check(resolutions.has(t.resolutionId), () => `${t.id} belongs to unknown resolution ${t.resolutionId}`);
    check(t.commitmentId === null || commitments.has(t.commitmentId), () => `${t.id} points at unknown ${t.commitmentId}`);
    t.milestones.forEach((m) => checkCitations(t.id, m.citations));
  });
  problems.push(...figureChecks(data)(data.figures ?? []));
  data.events.forEach((e) =>
    check(!e.endDate || toDecimalYear(e.endDate) >= toDecimalYear(e.date), () => `${e.id} ends before it starts`),
  );
  [...data.facts, ...data.events].forEach((item) => {
    item.resolutionIds.forEach((r) => check(resolutions.has(r), () => `${item.id} names unknown resolution ${r}`));
    checkCitations(item.id, item.citations);
  });
  data.events.forEach((e) => checkStatements(e.id, e.statements));
  return problems;
}

function checkVersion(input: unknown): void {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > DATASET_SCHEMA_VERSION) {
    throw new DatasetError(`The dataset uses schema version ${version}; this app reads up to ${DATASET_SCHEMA_VERSION}.`, [], 'version');
  }
}

const schemaError = (issues: readonly { path: PropertyKey[]; message: string }[], at: PropertyKey[] = []) =>
  new DatasetError(
    'The dataset does not match its schema.',
    issues.map((i) => `${[...at, ...i.path].map(String).join('.') || '(root)'}: ${i.message}`),
  );

/** Validates untrusted JSON as a dataset; throws a DatasetError that says what is wrong. */
export function parseDataset(input: unknown): Dataset {
  checkVersion(input);
  const result = datasetSchema.safeParse(input);
  if (!result.success) throw schemaError(result.error.issues);
  const problems = referenceProblems(result.data);
  if (problems.length > 0) throw new DatasetError('The dataset has broken references.', problems, 'references');
  return result.data;
}

const figureSliceSchema = z.array(publishedFigureSchema);

/**
 * `parseDataset`, with the published figures validated a slice at a time: each slice is handed
 * to `emit` as soon as it is valid (so a worker can send it on while it validates the next), and
 * the dataset comes back with `figures` empty. Everything else is validated first, as a whole.
 * Throws the DatasetErrors parseDataset throws, listing the issues of the first part found wrong
 * (the rest, or one slice of figures); a slice emitted before a throw belongs to a file refused.
 */
export function parseDatasetInSlices(input: unknown, sliceItems: number, emit: (figures: PublishedFigure[]) => void): Dataset {
  const figures = (input as { figures?: unknown } | null)?.figures;
  if (!Array.isArray(figures)) return parseDataset(input);
  const rest = parseDataset({ ...(input as object), figures: [] });
  const check = figureChecks(rest);
  for (let start = 0; start < figures.length; start += sliceItems) {
    const result = figureSliceSchema.safeParse(figures.slice(start, start + sliceItems));
    if (!result.success) {
      // Paths counted from the whole list, as parseDataset words them.
      throw schemaError(result.error.issues.map((i) => ({ ...i, path: [start + Number(i.path[0]), ...i.path.slice(1)] })), ['figures']);
    }
    const problems = check(result.data);
    if (problems.length > 0) throw new DatasetError('The dataset has broken references.', problems, 'references');
    emit(result.data);
  }
  return rest;
}
