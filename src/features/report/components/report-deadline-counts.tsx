import { useTranslation } from '../../../hooks/use-translation';
import { DeadlineCountsTables } from '../../../components/deadline-counts-tables';
import type { DeadlineReport } from '../../../domain/deadline-counts';
import type { Resolution } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';

/** The report's section on deadlines: the Government Office's counts per resolution and per unit, on the report's day. */
export function ReportDeadlineCounts({ report, resolutions, today }: { report: DeadlineReport; resolutions: Resolution[]; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="report-section report-deadline-counts" aria-labelledby="report-deadline-counts">
      <h2 id="report-deadline-counts">{t('units.deadlines.title')}</h2>
      <p>{t('units.deadlines.intro', { date: format.date(today) })}</p>
      <DeadlineCountsTables report={report} resolutions={resolutions} />
    </section>
  );
}
