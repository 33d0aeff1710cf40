import { csvCell } from './csv';
import { recordProblems, upgradeRecords } from './migrate-records';
import { RECORDS_SCHEMA_VERSION, recordsFileSchema } from './records';
import type { RecordsFile, UserRecord } from './records';
import { ruleProblems, type RecordContext } from './record-rules';
import { salvageRecords, SET_ASIDE_FORMAT } from './salvage-records';
import type { Dataset } from './types';

export { csvCell };

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const RECORDS_FORMAT: RecordsFile['format'] = 'policy-targets/records';
/** How many problems an error lists: enough to find them, few enough to read. */
const MAX_DETAILS = 20;

export type ImportErrorCode = 'too-large' | 'not-json' | 'not-our-format' | 'newer-version' | 'invalid-records' | 'unknown-ids' | 'shipped-ids' | 'implausible';
export interface ImportError {
  code: ImportErrorCode;
  details: string[];
}
/** `skipped`: what a download of set-aside data held that cannot be read, one line each (left out). */
export type ImportResult = { ok: true; records: UserRecord[]; skipped: string[] } | { ok: false; error: ImportError };

/** Ids that records may point at besides the file's own items: shipped and already-recorded ones. */
export interface KnownIds {
  targetIds: Set<string>;
  commitmentIds: Set<string>;
  resolutionIds: Set<string>;
  /** Meetings already held: a decision imported alone may belong to one. */
  meetingIds?: Set<string>;
  /** The rules the forms apply (record-rules.ts); an import meets them too. */
  rules?: RecordContext;
}

const byCreation = (a: UserRecord, b: UserRecord) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The records file (the format `readRecordsFile` reads), records by creation time then id. */
export function exportRecordsJson(records: UserRecord[], now: string): string {
  const file: RecordsFile = {
    format: RECORDS_FORMAT,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    exportedAt: now,
    records: [...records].sort(byCreation),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The merged dataset as the app shows it, in the published dataset's format. */
export function exportMergedDatasetJson(data: Dataset): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'id',
  'kind',
  'subject',
  'date',
  'value',
  'title',
  'source',
  'source_url',
  'note',
  'created_at',
  'updated_at',
] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** What each kind of record shows in the columns that differ by kind. */
function kindColumns(r: UserRecord): Pick<CsvRow, 'subject' | 'date' | 'value' | 'title' | 'note'> {
  switch (r.kind) {
    case 'figure':
      return { subject: r.targetId, date: r.asOf, value: String(r.value), title: '', note: r.note ?? '' };
    case 'assessment':
      return { subject: r.commitmentId, date: r.date, value: r.status, title: r.justification, note: '' };
    case 'resolution':
      return { subject: '', date: '', value: r.code, title: r.title, note: r.issuer };
    case 'commitment':
      return { subject: r.resolutionId, date: r.dueYear === null ? '' : String(r.dueYear), value: '', title: r.text, note: '' };
    case 'target': {
      const milestones = r.milestones.map((m) => `${m.year}: ${m.approximate ? '~' : ''}${m.value}`).join('; ');
      return { subject: r.resolutionId, date: '', value: milestones, title: `${r.label} (${r.unit})`, note: '' };
    }
    case 'event':
      return {
        subject: r.resolutionIds.join(' '),
        date: r.endDate ? `${r.date}/${r.endDate}` : r.date,
        value: r.eventKind,
        title: r.title,
        note: '',
      };
    case 'meeting':
      return { subject: '', date: r.date, value: r.participants, title: r.title, note: r.notes };
    case 'decision':
      return {
        subject: [r.meetingId, ...r.commitmentIds].join(' '),
        date: r.dueOn,
        value: r.done ? `done ${r.done.on}` : 'open',
        title: r.text,
        note: [r.owner, r.done?.note ?? ''].filter(Boolean).join(' — '),
      };
    case 'assignment':
      return { subject: r.commitmentId, date: r.dueOn ?? '', value: r.lead, title: r.coLeads.join('; '), note: '' };
  }
}

/**
 * The records as CSV (RFC 4180, CRLF) for reading in a spreadsheet; the JSON export is the backup.
 * Starts with a byte-order mark so spreadsheets read the text as UTF-8 (Vietnamese, French).
 * Per kind: resolution code in `value` and issuer in `note`; commitment due year in `date`;
 * target milestones ("2030: ~115; 2045: 150") in `value`; event kind in `value`, its
 * resolutions space-separated in `subject` and a span as `start/end` in `date`.
 */
export function exportRecordsCsv(records: UserRecord[]): string {
  const rows = [...records].sort(byCreation).map((r): CsvRow => ({
    id: r.id,
    kind: r.kind,
    ...kindColumns(r),
    source: ('source' in r && r.source?.text) || '',
    source_url: ('source' in r && r.source?.url) || '',
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  }));
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(row[c])).join(','))];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

const refuse = (code: ImportErrorCode, details: string[] = []): ImportResult => ({
  ok: false,
  error: { code, details: details.slice(0, MAX_DETAILS) },
});

/** Ids the records point at that neither `known` nor the file's own items provide. */
function unknownIds(records: UserRecord[], known: KnownIds): string[] {
  const own = (kind: UserRecord['kind']) => records.filter((r) => r.kind === kind).map((r) => r.id);
  const targets = new Set([...known.targetIds, ...own('target')]);
  const commitments = new Set([...known.commitmentIds, ...own('commitment')]);
  const resolutions = new Set([...known.resolutionIds, ...own('resolution')]);
  const meetings = new Set([...(known.meetingIds ?? []), ...own('meeting')]);
  const missing = new Set<string>();
  const need = (ids: Set<string>, id: string | null) => {
    if (id !== null && !ids.has(id)) missing.add(id);
  };
  for (const r of records) {
    if (r.kind === 'figure') need(targets, r.targetId);
    if (r.kind === 'assessment') need(commitments, r.commitmentId);
    if (r.kind === 'commitment') need(commitments, r.parentId);
    if (r.kind === 'commitment' || r.kind === 'target') need(resolutions, r.resolutionId);
    if (r.kind === 'event') r.resolutionIds.forEach((id) => need(resolutions, id));
    if (r.kind === 'decision') {
      need(meetings, r.meetingId);
      r.commitmentIds.forEach((id) => need(commitments, id));
    }
    if (r.kind === 'assignment') need(commitments, r.commitmentId);
  }
  return [...missing];
}

/**
 * Reads an imported records file. Refuses, with a code and details, rather than half-importing;
 * never throws. `byteSize` is the file's size, checked before anything is parsed.
 */
export function readRecordsFile(text: string, byteSize: number, known: KnownIds): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) return refuse('too-large', [String(byteSize)]);
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return refuse('not-json', [e instanceof Error ? e.message : String(e)]);
    }
    const file = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    if (file?.format === SET_ASIDE_FORMAT && typeof file.data === 'string') return readSetAside(file.data, known);
    if (file?.format !== RECORDS_FORMAT) return refuse('not-our-format');
    const version = file.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version)) return refuse('not-our-format', ['schemaVersion']);
    if (version > RECORDS_SCHEMA_VERSION) return refuse('newer-version', [String(version)]);
    if (!Array.isArray(file.records)) return refuse('invalid-records', ['records: expected an array']);

    const upgraded = upgradeRecords(file.records, version);
    if (!upgraded.ok) return refuse('not-our-format', [upgraded.reason]);
    const fileProblems = recordsFileSchema.safeParse({ ...file, schemaVersion: RECORDS_SCHEMA_VERSION, records: [] });
    if (!fileProblems.success) {
      return refuse('invalid-records', fileProblems.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    }
    const { records, problems } = recordProblems(upgraded.records);
    if (problems.length > 0) return refuse('invalid-records', problems.map((p) => `records.${p}`));
    const ruled = known.rules ? brokenRules(records, known.rules) : [];
    const shipped = ruled.filter((p) => p.code === 'shipped-id').map((p) => p.id);
    if (shipped.length > 0) return refuse('shipped-ids', shipped);
    if (ruled.length > 0) return refuse('implausible', ruled.map((p) => p.text));
    const missing = unknownIds(records, known);
    return missing.length > 0 ? refuse('unknown-ids', missing) : { ok: true, records, skipped: [] };
  } catch (e) {
    return refuse('invalid-records', [e instanceof Error ? e.message : String(e)]);
  }
}

/** The form rules each record breaks, one line each ("fig-1 value: far larger than the target…"). */
function brokenRules(records: UserRecord[], ctx: RecordContext) {
  return records.flatMap((r) => ruleProblems(r, ctx).map((p) => ({ id: r.id, code: p.code, text: `${r.id} ${p.path}: ${p.message}` })));
}

/**
 * A download of set-aside data: whatever records can still be read, each checked on its own; those
 * that cannot be read, or point at items that do not exist, are listed and left out.
 */
function readSetAside(data: string, known: KnownIds): ImportResult {
  const salvaged = salvageRecords(data);
  const ruled = known.rules ? brokenRules(salvaged.records, known.rules) : [];
  const broken = new Set(ruled.map((p) => p.id));
  const records = salvaged.records.filter((r) => !broken.has(r.id));
  const problems = [...salvaged.problems, ...ruled.map((p) => p.text)];
  const missing = new Set(unknownIds(records, known));
  const missingOf = (r: UserRecord) => unknownIds([r], known).filter((id) => missing.has(id));
  const kept = records.filter((r) => missingOf(r).length === 0);
  const skipped = [...problems, ...records.filter((r) => missingOf(r).length > 0).map((r) => `${r.id}: refers to ${missingOf(r).join(', ')}, which this dashboard does not have`)];
  return { ok: true, records: kept, skipped };
}

/** Structural equality of JSON data (records come from JSON and zod, so nothing else occurs). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Later records with the same id win, as they would when applied one after the other. */
const lastById = (records: UserRecord[]) => new Map(records.map((r) => [r.id, r]));

export interface ImportPreview {
  add: UserRecord[];
  change: { before: UserRecord; after: UserRecord }[];
  unchanged: UserRecord[];
}

/** What importing `incoming` would do to `existing`, matched by id. */
export function previewImport(existing: UserRecord[], incoming: UserRecord[]): ImportPreview {
  const current = lastById(existing);
  const preview: ImportPreview = { add: [], change: [], unchanged: [] };
  for (const after of lastById(incoming).values()) {
    const before = current.get(after.id);
    if (!before) preview.add.push(after);
    else if (sameJson(before, after)) preview.unchanged.push(after);
    else preview.change.push({ before, after });
  }
  return preview;
}

/**
 * `existing` with the incoming version of each record it has, then the new records in file
 * order. An imported record replaces the stored one even when older: the preview shows it.
 */
export function applyImport(existing: UserRecord[], incoming: UserRecord[]): UserRecord[] {
  const byId = lastById(incoming);
  const ids = new Set(existing.map((r) => r.id));
  return [...existing.map((r) => byId.get(r.id) ?? r), ...[...byId.values()].filter((r) => !ids.has(r.id))];
}
