/** Dates in the dataset are as precise as their source: `2025` or `2025-09-25`. */
export type DatePrecision = 'year' | 'day';

export interface PartialDate {
  year: number;
  month: number; // 1-12, 1 when only the year is known
  day: number; // 1-31, 1 when only the year is known
  precision: DatePrecision;
}

export function parsePartialDate(value: string): PartialDate {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) throw new Error(`Not a date: ${value}`);
  return m === undefined
    ? { year: y, month: 1, day: 1, precision: 'year' }
    : { year: y, month: m, day: d ?? 1, precision: 'day' };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `YYYY-MM-DD` names a day of the calendar (no 30 February, no month 13). Arithmetic
 * rather than a round trip through Date: the schema checks it on every figure, and at 100,000
 * figures Date.parse + toISOString took 135 ms of the 400 ms the figures' validation took.
 */
export function isCalendarDay(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return false;
  const days = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day >= 1 && day <= days;
}

/** A date as a fractional year (2025-07-02 ≈ 2025.5), the unit every chart axis uses. */
export function toDecimalYear(value: string): number {
  const p = parsePartialDate(value);
  if (p.precision === 'year') return p.year;
  const start = Date.UTC(p.year, 0, 1);
  const dayOfYear = (Date.UTC(p.year, p.month - 1, p.day) - start) / 86_400_000;
  return p.year + dayOfYear / (isLeap(p.year) ? 366 : 365);
}

/** Sort key that puts `2025` before `2025-01-01`-and-later only by value, never by string. */
export const compareDates = (a: string, b: string) => toDecimalYear(a) - toDecimalYear(b);

export function toUtcDate(value: string): Date {
  const p = parsePartialDate(value);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}
