import { z } from 'zod';
import { RECORDS_SCHEMA_VERSION, userRecordSchema } from './records';
import type { UserRecord } from './records';

/** One step turns the records of version `n` into those of version `n + 1`. */
export type MigrationStep = (records: unknown[]) => unknown[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The steps, by the version they start from. A change to the records schema bumps
 * RECORDS_SCHEMA_VERSION and adds the step from the previous version here.
 */
export const MIGRATION_STEPS: Readonly<Record<number, MigrationStep>> = {
  // Version 0 wrote a record's source as a plain string; version 1 has `{ text, url? }`.
  0: (records) => records.map((r) => (isObject(r) && typeof r.source === 'string' ? { ...r, source: { text: r.source } } : r)),
  // Version 2 adds meetings, decisions and assignments; every record of version 1 stays as it was.
  1: (records) => records,
};

export type Upgrade = { ok: true; records: unknown[] } | { ok: false; reason: string };

/** Accepts the records array itself or an object holding it as `records` (a store's state, a file). */
const recordsOf = (persisted: unknown): unknown[] | null =>
  Array.isArray(persisted) ? persisted : isObject(persisted) && Array.isArray(persisted.records) ? persisted.records : null;

/** Runs the steps from `fromVersion` up to the current version, without validating the result. */
export function upgradeRecords(persisted: unknown, fromVersion: number, steps = MIGRATION_STEPS): Upgrade {
  const records = recordsOf(persisted);
  if (records === null) return { ok: false, reason: 'no records list' };
  if (!Number.isInteger(fromVersion) || fromVersion > RECORDS_SCHEMA_VERSION) {
    return { ok: false, reason: `unknown records version ${String(fromVersion)}` };
  }
  let upgraded = records;
  for (let version = fromVersion; version < RECORDS_SCHEMA_VERSION; version++) {
    const step = steps[version];
    if (!step) return { ok: false, reason: `no migration from records version ${version}` };
    upgraded = step(upgraded);
  }
  return { ok: true, records: upgraded };
}

/** The problems of a list of current-version records, each with its path ("3.value: …"). */
export function recordProblems(records: unknown[]): { records: UserRecord[]; problems: string[] } {
  const result = z.array(userRecordSchema).safeParse(records);
  if (!result.success) {
    return { records: [], problems: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
  }
  const seen = new Set<string>();
  const problems: string[] = [];
  result.data.forEach((r, i) => {
    if (seen.has(r.id)) problems.push(`${i}.id: duplicate id ${r.id}`);
    seen.add(r.id);
  });
  return { records: problems.length > 0 ? [] : result.data, problems };
}

/**
 * Stored records of any known version, migrated and validated. One bad record makes the whole
 * blob unreadable rather than silently lost: the caller keeps it aside and tells the user.
 */
export function migrateRecords(
  persisted: unknown,
  fromVersion: number,
  steps = MIGRATION_STEPS,
): { ok: true; records: UserRecord[] } | { ok: false; reason: string } {
  try {
    const upgraded = upgradeRecords(persisted, fromVersion, steps);
    if (!upgraded.ok) return upgraded;
    const { records, problems } = recordProblems(upgraded.records);
    return problems.length > 0 ? { ok: false, reason: `invalid records: ${problems.slice(0, 5).join('; ')}` } : { ok: true, records };
  } catch (e) {
    return { ok: false, reason: `unreadable records: ${e instanceof Error ? e.message : String(e)}` };
  }
}
