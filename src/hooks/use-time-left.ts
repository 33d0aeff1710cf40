import { useTranslation } from 'react-i18next';
import type { TimeLeft } from '../domain/briefing';

/** "4 years, 1 month left", or "this year" once the deadline's year has begun. */
export function useTimeLeft() {
  const { t } = useTranslation();
  return (left: TimeLeft | null) => {
    if (left === null) return t('briefing.thisYear');
    const years = t('briefing.years', { count: left.years });
    const months = t('briefing.months', { count: left.months });
    if (left.years > 0 && left.months > 0) return t('briefing.leftBoth', { years, months });
    return t('briefing.leftOne', { time: left.years > 0 ? years : months });
  };
}
