import { formatAge, formatDate, formatDateRange, formatDateRangeShort, formatInstant, formatLanguage, formatNumber, formatPercent, formatYear } from './format';

describe('format', () => {
  it('formats dates for each language at the precision of the source', () => {
    expect(formatDate('en', '2025-09-25')).toBe('25 September 2025');
    expect(formatDate('fr', '2025-09-25')).toBe('25 septembre 2025');
    expect(formatDate('vi', '2025-09-25')).toMatch(/25.*9.*2025/);
    expect(formatDate('fr', '2030')).toBe('2030');
  });

  it('groups digits the way each language does, but never in years', () => {
    expect(formatNumber('en', 12500)).toBe('12,500');
    expect(formatNumber('vi', 12500)).toBe('12.500');
    expect(formatNumber('fr', 12500).replace(/\s/g, ' ')).toBe('12 500');
    expect(formatYear('fr', 2045)).toBe('2045');
  });

  it('says how old a saved copy is in its largest whole unit', () => {
    const now = new Date('2025-11-23T12:00:00Z');
    expect(formatAge('en', '2025-11-20T09:00:00Z', now)).toBe('3 days ago');
    expect(formatAge('en', '2025-11-22T11:00:00Z', now)).toBe('yesterday');
    expect(formatAge('en', '2025-11-23T10:00:00Z', now)).toBe('2 hours ago');
    expect(formatAge('fr', '2025-11-23T11:55:00Z', now)).toBe('il y a 5 minutes');
    expect(formatAge('vi', '2025-11-20T09:00:00Z', now)).toBe('3 ngày trước');
    expect(formatAge('en', '2025-11-23T11:59:30Z', now)).toBe('this minute');
    // A server clock a little ahead is not "in the future".
    expect(formatAge('en', '2025-11-23T12:01:00Z', now)).toBe('this minute');
  });

  it('dates an instant with its time of day', () => {
    const shown = formatInstant('en', '2025-11-10T09:30:00Z');
    expect(shown).toMatch(/1[01] November 2025/);
    expect(shown).toMatch(/\d{2}:\d{2}/);
  });
});

describe('formatDateRangeShort', () => {
  it('keeps a timeline item short, dropping what both ends share', () => {
    expect(formatDateRangeShort('en', '2025-04-11', '2025-04-12')).toMatch(/^11\s*–\s*12 Apr 2025$/);
    expect(formatDateRangeShort('en', '2028-10-24')).toBe('24 Oct 2028');
    expect(formatDateRangeShort('en', '2025', '2028')).toBe('2025–2028');
    expect(formatDateRangeShort('fr', '2030')).toBe('2030');
  });

  it('names a language as it reads inside a sentence of each language', () => {
    expect(formatLanguage('en', 'fr')).toBe('French');
    expect(formatLanguage('fr', 'vi')).toBe('vietnamien');
    expect(formatLanguage('vi', 'fr')).toBe('tiếng Pháp');
  });
});

describe('dates as each language writes them', () => {
  it('writes Vietnamese dates in full, with ngày, tháng and năm', () => {
    expect(formatDate('vi', '2025-06-30')).toBe('ngày 30 tháng 6 năm 2025');
    expect(formatDateRange('vi', '2025-04-11', '2025-04-12')).toBe('ngày 11–12 tháng 4 năm 2025');
    expect(formatDateRangeShort('vi', '2025-06-30')).toBe('30/6/2025');
    expect(formatDateRangeShort('vi', '2025-04-11', '2025-04-12')).toBe('11–12/4/2025');
    expect(formatInstant('vi', '2025-06-30T10:42:00')).toBe('10:42 ngày 30 tháng 6 năm 2025');
  });

  it('writes "1er" for the first of the month in French and says a shared month once', () => {
    expect(formatDate('fr', '2025-07-01')).toBe('1er juillet 2025');
    expect(formatDate('fr', '2025-07-11')).toBe('11 juillet 2025');
    expect(formatDateRange('fr', '2025-04-11', '2025-04-12').replace(/\s/g, ' ')).toMatch(/^11 ?– ?12 avril 2025$/);
    expect(formatDateRange('en', '2025', '2028')).toBe('2025–2028');
  });

  it('writes percentages the way each language does', () => {
    expect(formatPercent('en', 0.817)).toBe('82%');
    expect(formatPercent('fr', 0.817)).toBe('82\u202f%');
    expect(formatPercent('vi', 0.817)).toBe('82%');
  });
});

describe('date ranges', () => {
  it('write the spaces around the dash the same way whatever ICU formats them (the prerender runs in Node, the page in Chromium)', () => {
    expect(formatDateRange('en', '2025-04-11', '2025-04-12')).toBe('11\u2009–\u200912 April 2025');
    expect(formatDateRangeShort('en', '2025-04-11', '2025-05-12')).toBe('11 Apr\u2009–\u200912 May 2025');
    expect(formatDateRangeShort('fr', '2025-04-11', '2025-05-12')).toBe('11 avr.\u2009–\u200912 mai 2025');
    expect(formatDateRange('fr', '2025-04-11', '2025-04-12')).toBe('11–12 avril 2025');
  });
});

describe('warmFormatters', () => {
  it('builds each formatter in a task of its own, and then formats as before', async () => {
    // A fresh copy of the module: the formatters the tests above built are cached in theirs.
    vi.resetModules();
    const { warmFormatters, formatYear } = await import('./format');
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built += 1;
      }
    } as typeof Intl.NumberFormat;
    vi.useFakeTimers();
    try {
      const warming = warmFormatters('fr');
      expect(built).toBe(0);
      await vi.advanceTimersByTimeAsync(0);
      expect(built).toBe(1);
      await vi.runAllTimersAsync();
      await warming;
      expect(built).toBe(3);
    } finally {
      vi.useRealTimers();
      Intl.NumberFormat = Original;
    }
    expect(formatYear('fr', 2030)).toBe('2030');
  });
});
