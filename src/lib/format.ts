import { parsePartialDate, type PartialDate } from '../domain/dates';
import type { Locale } from '../domain/types';
import { nextTask } from './next-task';

/** Locale tags for Intl: Vietnamese, French and English as their readers write them. */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', vi: 'vi-VN' };

export const intlLocale = (locale: Locale) => INTL_LOCALE[locale];

/**
 * Intl formatters are costly to build (tens of microseconds each) and a large dataset formats
 * thousands of values per render: build each (locale, options) once.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = build()));
  return f as T;
}
const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], options));
const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], options));

/**
 * Builds the formatters every view uses, one a task. The first of a language loads its ICU data:
 * 27 ms for one NumberFormat on this machine, which inside React's first render made one long
 * task of it. main.tsx runs this while the dataset is on its way.
 */
export async function warmFormatters(locale: Locale): Promise<void> {
  for (const build of [() => formatYear(locale, 2030), () => formatNumber(locale, 1), () => formatPercent(locale, 0.5), () => formatDate(locale, '2026-01-01')]) {
    await nextTask();
    build();
  }
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A share (0.82) as a percentage the way each language writes it: "82%", "82 %". */
export function formatPercent(locale: Locale, share: number): string {
  // ICU versions differ on the space before "%"; French typography wants the narrow one.
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share).replace(/\u00a0/g, '\u202f');
}

/**
 * A dataset date at the precision its source gives: "2025" stays a year. Vietnamese as its
 * readers write it ("ngày 30 tháng 6 năm 2025", where Intl gives "30 tháng 6, 2025"); French
 * with "1er" for the first of the month.
 */
export function formatDate(locale: Locale, value: string): string {
  const p = parsePartialDate(value);
  if (p.precision === 'year') return formatYear(locale, p.year);
  if (locale === 'vi') return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
  const text = dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.month - 1, p.day)));
  return locale === 'fr' && p.day === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** Years without digit grouping ("2030", never "2 030"). */
export function formatYear(locale: Locale, year: number): string {
  return numberFormat(locale, { useGrouping: false }).format(year);
}

/**
 * A compact date or span for tight places (timeline items): "11–12 Apr 2025", "2025–2028",
 * "24 Oct 2028". Intl's formatRange drops what the two ends share.
 */
export function formatDateRangeShort(locale: Locale, from: string, to?: string): string {
  const a = parsePartialDate(from);
  const b = to ? parsePartialDate(to) : null;
  if (a.precision === 'year' && (!b || b.precision === 'year')) return b && b.year !== a.year ? `${formatYear(locale, a.year)}–${formatYear(locale, b.year)}` : formatYear(locale, a.year);
  if (locale === 'vi') {
    // "30/6/2025", "11–12/4/2025": Intl's "thg" abbreviations are not how Vietnamese is written.
    const short = (p: PartialDate) => `${p.day}/${p.month}/${p.year}`;
    if (!b) return short(a);
    if (a.year === b.year && a.month === b.month) return `${a.day}–${short(b)}`;
    return `${short(a)} – ${short(b)}`;
  }
  const day = (p: ReturnType<typeof parsePartialDate>) => new Date(Date.UTC(p.year, (p.month || 1) - 1, p.day || 1));
  const short = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return b ? evenRange(short.formatRange(day(a), day(b))) : short.format(day(a));
}

/**
 * The spaces around a range's dash differ between ICU versions (Node's thin spaces, Chromium's
 * plain ones): one form everywhere, so the build's prerender and the browser write the same text.
 */
const evenRange = (range: string) => range.replace(/\s+–\s+/g, '\u2009–\u2009');

/** A span in full, saying once what both ends share: "11–12 April 2025", "ngày 11–12 tháng 4 năm 2025". */
export function formatDateRange(locale: Locale, from: string, to?: string): string {
  if (!to) return formatDate(locale, from);
  const a = parsePartialDate(from);
  const b = parsePartialDate(to);
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year && a.month === b.month && a.day !== b.day) {
    if (locale === 'vi') return `ngày ${a.day}–${b.day} tháng ${a.month} năm ${a.year}`;
    const long = dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    return evenRange(long.formatRange(new Date(Date.UTC(a.year, a.month - 1, a.day)), new Date(Date.UTC(b.year, b.month - 1, b.day))));
  }
  if (a.precision === 'year' && b.precision === 'year') return `${formatYear(locale, a.year)}–${formatYear(locale, b.year)}`;
  return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
}

/** An instant with its time of day, in the reader's time zone ("23 November 2025 at 10:42"). */
export function formatInstant(locale: Locale, iso: string): string {
  if (locale === 'vi') {
    const d = new Date(iso);
    const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    return `${time} ngày ${d.getDate()} tháng ${d.getMonth() + 1} năm ${d.getFullYear()}`;
  }
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

const AGE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago `iso` was at `now`, in its largest whole unit: "3 days ago", "2 hours ago", "this minute". */
export function formatAge(locale: Locale, iso: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(iso));
  const rtf = new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: 'auto' });
  for (const [unit, size] of AGE_UNITS) if (elapsed >= size) return rtf.format(-Math.floor(elapsed / size), unit);
  return rtf.format(0, 'minute');
}

/**
 * A language's name as it reads inside a sentence: "French", "français", "tiếng Pháp" (Intl gives
 * Vietnamese names capitalised, as they stand at the start of a line).
 */
export function formatLanguage(locale: Locale, language: string): string {
  const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(language) ?? language;
  return locale === 'vi' ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
}

const BYTE_UNITS = [['gigabyte', 1e9], ['megabyte', 1e6], ['kilobyte', 1e3]] as const;

/** A size in the largest unit that keeps it at 1 or more: "7.4 MB", "812 kB", "120 byte". */
export function formatBytes(locale: Locale, bytes: number): string {
  const [unit, size] = BYTE_UNITS.find(([, s]) => bytes >= s) ?? ['byte', 1];
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
}
