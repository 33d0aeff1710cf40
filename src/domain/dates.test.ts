import { compareDates, isCalendarDay, parsePartialDate, toDecimalYear, toUtcDate } from './dates';

describe('parsePartialDate', () => {
  it('reads a year-only date as year precision, on 1 January', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025, month: 1, day: 1, precision: 'year' });
  });

  it('reads a full date as day precision', () => {
    expect(parsePartialDate('2025-09-25')).toEqual({ year: 2025, month: 9, day: 25, precision: 'day' });
  });

  it('throws on something that is not a date', () => {
    expect(() => parsePartialDate('soon')).toThrow('Not a date: soon');
  });
});

describe('toDecimalYear', () => {
  it('gives a year-only date its whole year', () => {
    expect(toDecimalYear('2030')).toBe(2030);
  });

  it('gives 1 January the whole year too', () => {
    expect(toDecimalYear('2026-01-01')).toBe(2026);
  });

  it('counts the days elapsed in a common year', () => {
    // 1 July is day index 181 (31+28+31+30+31+30), so 2 July is 182.
    expect(toDecimalYear('2025-07-02')).toBeCloseTo(2025 + 182 / 365, 10);
    expect(toDecimalYear('2023-12-31')).toBeCloseTo(2023 + 364 / 365, 10);
  });

  it('uses 366 days in leap years, including the 400-year rule', () => {
    expect(toDecimalYear('2024-12-31')).toBeCloseTo(2024 + 365 / 366, 10);
    expect(toDecimalYear('2000-03-01')).toBeCloseTo(2000 + 60 / 366, 10);
    expect(toDecimalYear('1900-03-01')).toBeCloseTo(1900 + 59 / 365, 10);
  });

  it('stays within its year', () => {
    expect(toDecimalYear('2025-12-31')).toBeLessThan(2026);
  });

  it('agrees with the calendar on every day of common, leap and century years', () => {
    for (const year of [1900, 2000, 2023, 2024, 2045]) {
      const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
      for (let i = 0; i < days; i++) {
        const iso = new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10);
        expect(toDecimalYear(iso)).toBe(year + i / days);
      }
    }
  });

  it('reads a date that is not a full day the slower way, and refuses one that is no date', () => {
    expect(toDecimalYear('2025-7-2')).toBeCloseTo(2025 + 182 / 365, 10);
    expect(() => toDecimalYear('soon')).toThrow('Not a date: soon');
  });
});

describe('compareDates', () => {
  it('orders by value across precisions', () => {
    expect(compareDates('2025', '2025-06-01')).toBeLessThan(0);
    expect(compareDates('2026', '2025-12-31')).toBeGreaterThan(0);
    expect(compareDates('2025', '2025-01-01')).toBe(0);
  });

  it('sorts a mixed list chronologically', () => {
    const dates = ['2030', '2025-09-25', '2025', '2026-01-15', '2025-01-10'];
    expect([...dates].sort(compareDates)).toEqual(['2025', '2025-01-10', '2025-09-25', '2026-01-15', '2030']);
  });
});

describe('toUtcDate', () => {
  it('builds a UTC midnight date', () => {
    expect(toUtcDate('2025-09-25').toISOString()).toBe('2025-09-25T00:00:00.000Z');
    expect(toUtcDate('2030').toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });
});

describe('isCalendarDay', () => {
  it.each(['2025-01-01', '2025-12-31', '2024-02-29', '2000-02-29', '2025-04-30'])('accepts %s', (day) => {
    expect(isCalendarDay(day)).toBe(true);
  });
  it.each(['2025-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-01-32'])('refuses %s', (day) => {
    expect(isCalendarDay(day)).toBe(false);
  });
});
