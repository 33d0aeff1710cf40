import { validateFigureInput } from '../domain/record-validation';
import { localDayIso, todayIso } from './clock';

// East of UTC, where the bug showed: in Hanoi (UTC+7) a day starts at 17:00 UTC the day before.
const zone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('today is the user’s own calendar day', () => {
  it('runs in Hanoi time for these tests', () => {
    expect(new Date('2026-03-01T18:30:00Z').getTimezoneOffset()).toBe(-420);
  });

  it('is already the 2nd in Hanoi at 01:30 local time, while UTC is still on the 1st', () => {
    vi.setSystemTime(new Date('2026-03-01T18:30:00Z'));
    expect(todayIso()).toBe('2026-03-02');
  });

  it('changes at local midnight, not at UTC midnight', () => {
    vi.setSystemTime(new Date('2026-03-01T16:59:59Z'));
    expect(todayIso()).toBe('2026-03-01');
    vi.setSystemTime(new Date('2026-03-01T17:00:00Z'));
    expect(todayIso()).toBe('2026-03-02');
    vi.setSystemTime(new Date('2026-12-31T17:00:00Z'));
    expect(todayIso()).toBe('2027-01-01');
  });

  it('lets a figure be dated today in Hanoi before 07:00', () => {
    vi.setSystemTime(new Date('2026-03-01T23:00:00Z')); // 06:00 on 2 March in Hanoi
    const input = { value: '97', asOf: '2026-03-02', sourceText: 'MOFA', sourceUrl: '', note: '' };
    const result = validateFigureInput(input, { dataStart: '2025-01-01', today: todayIso(), largestMilestone: 150 });
    expect(result.ok).toBe(true);
    const tomorrow = validateFigureInput({ ...input, asOf: '2026-03-03' }, { dataStart: '2025-01-01', today: todayIso(), largestMilestone: 150 });
    expect(tomorrow).toEqual({ ok: false, errors: { asOf: 'in-future' } });
  });

  it('writes years and months with their zeros', () => {
    expect(localDayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
