import { MIGRATION_STEPS, upgradeRecords } from './migrate-records';
import { RECORDS_SCHEMA_VERSION, userRecordSchema, type UserRecord } from './records';

/** The format of a download of set-aside data: the data exactly as stored, and why it was set aside. */
export const SET_ASIDE_FORMAT = 'policy-targets/set-aside';

export interface SetAsideFile {
  format: typeof SET_ASIDE_FORMAT;
  foundAt: string | null;
  reason: string;
  origin: string;
  exportedAt: string;
  /** The stored text, unchanged. */
  data: string;
}

export function setAsideFile(blob: { raw: string; reason: string; foundAt: string | null; origin: string; exportedAt: string }): string {
  const file: SetAsideFile = { format: SET_ASIDE_FORMAT, foundAt: blob.foundAt, reason: blob.reason, origin: blob.origin, exportedAt: blob.exportedAt, data: blob.raw };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface Salvage {
  records: UserRecord[];
  /** One line per piece that cannot be read: where it was, and why. */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The candidate records of parsed stored data: a list, a file, a store's state, or one record. */
function candidates(parsed: unknown): { items: unknown[]; version: number | null } {
  if (Array.isArray(parsed)) return { items: parsed, version: null };
  if (!isObject(parsed)) return { items: [], version: null };
  const version = typeof parsed.version === 'number' ? parsed.version : typeof parsed.schemaVersion === 'number' ? parsed.schemaVersion : null;
  if (Array.isArray(parsed.records)) return { items: parsed.records, version };
  if (isObject(parsed.state) && Array.isArray(parsed.state.records)) return { items: parsed.state.records, version };
  return { items: [parsed], version };
}

/**
 * The complete `{…}` objects of a list that was cut off (a truncated write): everything up to
 * the first object that does not end, after the `[` that follows `"records"` (or the first `[`).
 */
function completeObjects(text: string): { items: unknown[]; cutOff: boolean } {
  const key = text.indexOf('"records"');
  let i = text.indexOf('[', key === -1 ? 0 : key);
  if (i === -1) return { items: [], cutOff: true };
  const items: unknown[] = [];
  i++;
  for (;;) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
    if (i >= text.length) return { items, cutOff: true };
    if (text[i] !== '{') return { items, cutOff: text[i] !== ']' };
    let depth = 0;
    let inString = false;
    let end = -1;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (inString) {
        if (c === '\\') j++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end === -1) return { items, cutOff: true };
    try {
      items.push(JSON.parse(text.slice(i, end + 1)));
    } catch {
      items.push(undefined);
    }
    i = end + 1;
  }
}

/** One stored record, as the current version, trying the version it says then the earliest. */
function readOne(item: unknown, version: number | null): { ok: true; record: UserRecord } | { ok: false; problem: string } {
  const tries = [...new Set([version ?? RECORDS_SCHEMA_VERSION, 0])].filter((v) => v <= RECORDS_SCHEMA_VERSION && v >= 0);
  let first = '';
  for (const from of tries) {
    const upgraded = upgradeRecords([item], from, MIGRATION_STEPS);
    if (!upgraded.ok) continue;
    const parsed = userRecordSchema.safeParse(upgraded.records[0]);
    if (parsed.success) return { ok: true, record: parsed.data };
    first ||= parsed.error.issues.slice(0, 2).map((x) => `${x.path.join('.') || '(record)'}: ${x.message}`).join('; ');
  }
  return { ok: false, problem: first || 'not a record' };
}

/**
 * Whatever records can still be read from stored data that could not be read whole: each record
 * checked on its own, the complete ones of a truncated list kept. Never throws.
 */
export function salvageRecords(raw: string): Salvage {
  let items: unknown[];
  let version: number | null = null;
  const problems: string[] = [];
  try {
    ({ items, version } = candidates(JSON.parse(raw)));
  } catch {
    const found = completeObjects(raw);
    items = found.items;
    const v = /"(?:version|schemaVersion)"\s*:\s*(\d+)/.exec(raw);
    version = v ? Number(v[1]) : null;
    if (found.cutOff) problems.push(`#${items.length}…: the data is cut off here`);
  }
  const byId = new Map<string, UserRecord>();
  items.forEach((item, i) => {
    const read = readOne(item, version);
    if (read.ok) byId.set(read.record.id, read.record);
    else {
      const id = isObject(item) && typeof item.id === 'string' ? ` (${item.id.slice(0, 60)})` : '';
      problems.unshift(`#${i}${id}: ${read.problem}`);
    }
  });
  return { records: [...byId.values()], problems: problems.sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1))) };
}
