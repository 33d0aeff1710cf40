import { toDecimalYear } from './dates';
import { DATASET_SCHEMA_VERSION, datasetSchema } from './schema';
import type { Dataset } from './types';
import { DatasetError } from './dataset-error';

export { DatasetError, type DatasetErrorCode } from './dataset-error';

/** Every id a record points at must exist; a dangling reference is a broken dataset. */
function referenceProblems(data: Dataset): string[] {
  const problems: string[] = [];
  const sources = new Set(data.sources.map((s) => s.id));
  const resolutions = new Set(data.resolutions.map((r) => r.id));
  const commitments = new Set(data.commitments.map((c) => c.id));
  // The message is built only for a problem found: on the large dataset, building one for every
  // check passed (100,000 figures, several checks each) took most of this function's time.
  const check = (ok: boolean, what: () => string) => {
    if (!ok) problems.push(what());
  };
  const checkCitations = (owner: string, citations: { sourceId: string }[]) =>
    citations.forEach((c) => check(sources.has(c.sourceId), () => `${owner} cites unknown source ${c.sourceId}`));

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
  const targets = new Set(data.targets.map((t) => t.id));
  const figureIds = new Set<string>();
  (data.figures ?? []).forEach((f) => {
    check(!figureIds.has(f.id), () => `duplicate figure id ${f.id}`);
    figureIds.add(f.id);
    check(targets.has(f.targetId), () => `${f.id} is a figure of unknown target ${f.targetId}`);
    checkCitations(f.id, f.citations);
  });
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

/** Validates untrusted JSON as a dataset; throws a DatasetError that says what is wrong. */
export function parseDataset(input: unknown): Dataset {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > DATASET_SCHEMA_VERSION) {
    throw new DatasetError(`The dataset uses schema version ${version}; this app reads up to ${DATASET_SCHEMA_VERSION}.`, [], 'version');
  }
  const result = datasetSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new DatasetError('The dataset does not match its schema.', issues);
  }
  const problems = referenceProblems(result.data);
  if (problems.length > 0) throw new DatasetError('The dataset has broken references.', problems, 'references');
  return result.data;
}
