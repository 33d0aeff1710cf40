import { useCallback } from 'react';
import { useTranslation } from './use-translation';
import { timeLeft, type TimeLeft } from '../domain/briefing';

/**
 * "3 years, 1 month left", "This year": the time to a deadline year, worded once for every view
 * (the briefing and the slides say the same thing about the same deadline).
 */
export function useTimeLeft() {
  const { t } = useTranslation();
  const words = useCallback(
    (left: TimeLeft | null) => {
      if (left === null) return t('briefing.thisYear');
      const years = t('briefing.years', { count: left.years });
      const months = t('briefing.months', { count: left.months });
      if (left.years > 0 && left.months > 0) return t('briefing.leftBoth', { years, months });
      return t('briefing.leftOne', { time: left.years > 0 ? years : months });
    },
    [t],
  );
  /** The time from `today` (YYYY-MM-DD) to the start of `year`, in words. */
  const until = useCallback((year: number, today: string) => words(timeLeft(today, year)), [words]);
  return { words, until };
}
