/**
 * Who is to act on a commitment and by when: what a user set (an assignment record) over what the
 * shipped data names from its sources. Plain functions of the commitment and the assignment.
 */
import { foldForSearch } from './localize';
import type { AssignmentRecord } from './records';
import type { Commitment, LocalizedText } from './types';

export interface EffectiveUnits {
  lead: LocalizedText | null;
  coLeads: LocalizedText[];
  /** Where the units come from: a user's assignment, the shipped data's sources, or nowhere. */
  from: 'user' | 'source' | 'none';
  /** The day the team set as the deadline (YYYY-MM-DD), distinct from the plan's horizon. */
  dueOn: string | null;
}

/** Users write in one language; every locale shows what they wrote. */
const everywhere = (text: string): LocalizedText => ({ en: text, fr: text, vi: text });

/**
 * A commitment's units and due date. A user's assignment that names a unit replaces the units the
 * sources name; one that only sets a due date keeps them, so a deadline never erases a citation.
 */
export function effectiveUnits(c: Commitment, assignment: AssignmentRecord | undefined): EffectiveUnits {
  const dueOn = assignment?.dueOn ?? null;
  const lead = assignment?.lead.trim() ?? '';
  if (assignment && (lead !== '' || assignment.coLeads.length > 0))
    return { lead: lead === '' ? null : everywhere(lead), coLeads: assignment.coLeads.map(everywhere), from: 'user', dueOn };
  if (c.units) return { lead: c.units.lead, coLeads: c.units.coLeads, from: 'source', dueOn };
  return { lead: null, coLeads: [], from: 'none', dueOn };
}

/**
 * A unit's key in a URL and in groupings: its English name as written. Users' units read the
 * same in every locale, so a unit typed by a user and the same unit named by a source meet here.
 */
export const unitKey = (unit: LocalizedText): string => unit.en.trim();

/** Two spellings of a unit's key are the same unit when they differ only in case, accents or spacing. */
export const sameUnit = (a: string, b: string): boolean => foldForSearch(a.trim()) === foldForSearch(b.trim());

/** Whether the commitment's lead or one of its co-leads is `key`. */
export const hasUnit = (units: EffectiveUnits, key: string): boolean =>
  [units.lead, ...units.coLeads].some((u) => u !== null && sameUnit(unitKey(u), key));

/** Every unit named as lead or co-lead, once each, in the order first met. */
export function unitsNamed(all: Iterable<EffectiveUnits>): LocalizedText[] {
  const seen = new Map<string, LocalizedText>();
  for (const u of all)
    for (const unit of [u.lead, ...u.coLeads])
      if (unit !== null && ![...seen.keys()].some((k) => sameUnit(k, unitKey(unit)))) seen.set(unitKey(unit), unit);
  return [...seen.values()];
}
