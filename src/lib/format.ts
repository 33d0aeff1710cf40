import { parsePartialDate } from '../domain/dates';
import type { Locale } from '../domain/types';

/** Locale tags for Intl: Vietnamese, French and English as their readers write them. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', vi: 'vi-VN' };

export const intlLocale = (locale: Locale) => INTL_LOCALE[locale];

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits }).format(value);
}

/** A dataset date at the precision its source gives: "2025" stays a year. */
export function formatDate(locale: Locale, value: string): string {
  const p = parsePartialDate(value);
  if (p.precision === 'year') return formatYear(locale, p.year);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(p.year, p.month - 1, p.day)),
  );
}

/** Years without digit grouping ("2030", never "2 030"). */
export function formatYear(locale: Locale, year: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { useGrouping: false }).format(year);
}

export function formatDateRange(locale: Locale, from: string, to?: string): string {
  if (!to) return formatDate(locale, from);
  return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
}
