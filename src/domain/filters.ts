import { STATUSES } from './vocabulary';
import { foldForSearch } from './localize';
import { parsePartialDate } from './dates';
import { servedResolutionIds } from './commitment-links';
import type { AssignmentRecord } from './records';
import { effectiveUnits, hasUnit } from './units';
import type { Commitment, Dataset, LocalizedText, PolicyEvent, Status, Target, Fact, Resolution } from './types';

export interface Filters {
  resolutions: string[];
  statuses: Status[];
  /** Keep what falls due, or happens, by this year. */
  horizon: number | null;
  query: string;
  /** Keep what this unit leads or co-leads (the unit's key, see units.ts). */
  unit: string | null;
}

export const EMPTY_FILTERS: Filters = { resolutions: [], statuses: [], horizon: null, query: '', unit: null };

const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);
const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

/** Reads filters from a URL's search params; anything unrecognised is dropped, never thrown. */
export function filtersFromSearchParams(params: URLSearchParams): Filters {
  const horizon = Number(params.get('by'));
  return {
    resolutions: [...new Set(list(params.get('res')))],
    statuses: [...new Set(list(params.get('status')).filter(isStatus))],
    horizon: Number.isInteger(horizon) && horizon >= 1900 && horizon <= 2200 ? horizon : null,
    query: (params.get('q') ?? '').slice(0, 200),
    unit: params.get('unit')?.trim().slice(0, 200) || null,
  };
}

/** Writes filters into a copy of `params`, leaving other params (language, slide…) alone. */
export function filtersToSearchParams(filters: Filters, params = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  set('res', filters.resolutions.join(','));
  set('status', filters.statuses.join(','));
  set('by', filters.horizon === null ? '' : String(filters.horizon));
  set('q', filters.query.trim() ? filters.query : '');
  set('unit', filters.unit ?? '');
  return next;
}

export const isFiltering = (f: Filters) =>
  f.resolutions.length > 0 || f.statuses.length > 0 || f.horizon !== null || f.query.trim() !== '' || f.unit !== null;

export interface FilteredDataset {
  resolutions: Resolution[];
  commitments: Commitment[];
  targets: Target[];
  facts: Fact[];
  events: PolicyEvent[];
}

/** Each text folded once per dataset, not once per keystroke: thousands of commitments are searched as one types. */
const foldedTexts = new WeakMap<LocalizedText, string>();
const folded = (t: LocalizedText | string) => {
  if (typeof t === 'string') return foldForSearch(t);
  let f = foldedTexts.get(t);
  if (f === undefined) foldedTexts.set(t, (f = [t.en, t.fr, t.vi].map(foldForSearch).join('\n')));
  return f;
};

const textMatches = (needle: string, ...texts: (LocalizedText | string | undefined)[]) =>
  texts.some((t) => t !== undefined && folded(t).includes(needle));

const yearOf = (date: string) => parsePartialDate(date).year;

/**
 * Applies the filters to every collection. Commitments keep their tree: a task stays when one of
 * its measures matches (so the measure has its context), and a matching task brings its measures.
 */
export function applyFilters(
  data: Dataset,
  filters: Filters,
  /** Units users set (merged.assignments), which a unit filter reads over the shipped ones. */
  assignments: ReadonlyMap<string, AssignmentRecord> = new Map(),
): FilteredDataset {
  const needle = foldForSearch(filters.query.trim());
  const inResolutions = (id: string) => filters.resolutions.length === 0 || filters.resolutions.includes(id);
  const touchesResolutions = (ids: string[]) => filters.resolutions.length === 0 || ids.some(inResolutions);
  const byHorizon = (year: number | null) => filters.horizon === null || (year !== null && year <= filters.horizon);

  const resolutions = data.resolutions.filter((r) => inResolutions(r.id));
  // A resolution is found by its code and by any other number it is cited by ("66" finds 56).
  const resolutionCode = new Map(data.resolutions.map((r) => [r.id, [r.code, ...(r.alsoCitedAs ?? [])].join(' ')]));
  const codesOf = (ids: string[]) => ids.map((r) => resolutionCode.get(r));

  const passesNonText = (c: Commitment) =>
    touchesResolutions(servedResolutionIds(c)) &&
    (filters.statuses.length === 0 || filters.statuses.includes(c.status)) &&
    // "By 2030" keeps what is due by then and what belongs to a plan that runs to then.
    byHorizon(c.dueYear ?? c.horizonYear ?? null) &&
    (filters.unit === null || hasUnit(effectiveUnits(c, assignments.get(c.id)), filters.unit));
  const passesText = (c: Commitment) =>
    !needle || textMatches(needle, c.text, c.issuer, c.addressee, ...codesOf(servedResolutionIds(c)));

  const matched = new Set(data.commitments.filter((c) => passesNonText(c) && passesText(c)).map((c) => c.id));
  const keep = new Set(matched);
  for (const c of data.commitments) {
    if (c.parentId === null) continue;
    if (matched.has(c.id)) keep.add(c.parentId);
    if (matched.has(c.parentId) && passesNonText(c)) keep.add(c.id);
  }
  const commitments = data.commitments.filter((c) => keep.has(c.id));

  const targets = data.targets.filter(
    (t) =>
      inResolutions(t.resolutionId) &&
      (filters.horizon === null || t.milestones.some((m) => byHorizon(m.year))) &&
      (!needle || textMatches(needle, t.label, t.unit)),
  );
  const facts = data.facts.filter(
    (f) => touchesResolutions(f.resolutionIds) && byHorizon(yearOf(f.date)) && (!needle || textMatches(needle, f.label)),
  );
  const events = data.events.filter(
    (e) =>
      touchesResolutions(e.resolutionIds) &&
      byHorizon(yearOf(e.date)) &&
      (!needle || textMatches(needle, e.title, ...codesOf(e.resolutionIds), ...(e.statements ?? []).map((s) => s.text))),
  );
  return { resolutions, commitments, targets, facts, events };
}
