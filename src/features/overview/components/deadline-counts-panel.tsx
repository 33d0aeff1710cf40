import { memo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { DeadlineCountsTables } from '../../../components/deadline-counts-tables';
import type { DeadlineReport } from '../../../domain/deadline-counts';
import type { Resolution } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';

/** Done on time, done late, open, overdue and without a deadline, per resolution and unit, on today's date. */
export const DeadlineCountsPanel = memo(function DeadlineCountsPanel({ report, resolutions, today }: {
  report: DeadlineReport;
  resolutions: Resolution[];
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel overview-wide" aria-labelledby="deadline-counts-title">
      <h2 id="deadline-counts-title">{t('units.deadlines.title')}</h2>
      <p className="muted">{t('units.deadlines.intro', { date: format.date(today) })}</p>
      <DeadlineCountsTables report={report} resolutions={resolutions} windowed />
    </section>
  );
});
