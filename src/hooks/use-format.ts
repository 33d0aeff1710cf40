import { useMemo } from 'react';
import { formatAge, formatBytes, formatDate, formatDateRange, formatDateRangeShort, formatInstant, formatLanguage, formatNumber, formatPercent, formatYear } from '../lib/format';
import type { LocalizedText } from '../domain/types';
import { useShownLocale } from './use-locale';

/** Formatting bound to the language on screen: text, numbers and dates all go through here. */
export function useFormat() {
  const locale = useShownLocale();
  return useMemo(
    () => ({
      locale,
      text: (t: LocalizedText) => t[locale],
      number: (n: number, digits?: number) => formatNumber(locale, n, digits),
      percent: (share: number) => formatPercent(locale, share),
      date: (d: string) => formatDate(locale, d),
      dateRange: (from: string, to?: string) => formatDateRange(locale, from, to),
      dateRangeShort: (from: string, to?: string) => formatDateRangeShort(locale, from, to),
      year: (y: number) => formatYear(locale, y),
      instant: (iso: string) => formatInstant(locale, iso),
      age: (iso: string, now: Date) => formatAge(locale, iso, now),
      language: (code: string) => formatLanguage(locale, code),
      bytes: (n: number) => formatBytes(locale, n),
    }),
    [locale],
  );
}
