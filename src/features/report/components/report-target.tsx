import { useTranslation } from 'react-i18next';
import { buildTargetSeries } from '../../../charts/target-progress/build-target-series';
import { TargetChart } from '../../../charts/target-progress/target-chart';
import { useTargetChartSummary } from '../../../charts/target-progress/use-target-notes';
import type { PolicyEvent } from '../../../domain/types';
import { toDecimalYear } from '../../../domain/dates';
import type { RecordedFigure } from '../../../domain/figures';
import { computeProgress } from '../../../domain/progress';
import type { ReportTarget as Model } from '../../../domain/report';
import { useFormat } from '../../../hooks/use-format';
import { FootnoteRefs } from './footnotes';

/** Printed pages have no hover and no resize: the chart gets a fixed size that fits A4 and Letter. */
const CHART_HEIGHT = 280;

/** A target as the report prints it: its milestones with their sources, the chart, and the chart in words. */
export function ReportTarget({ item, sectionId, figures, events = [], today, startYear }: {
  item: Model;
  sectionId: string;
  figures: RecordedFigure[];
  /** Marked on the chart's time axis when given; the report leaves them to its timeline and appendix. */
  events?: PolicyEvent[];
  today: string;
  startYear: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const summarise = useTargetChartSummary();
  const { target } = item;
  const unit = format.text(target.unit);
  const series = buildTargetSeries(target, figures, startYear, { today, events });
  return (
    <figure className="report-target">
      <h4>{format.text(target.label)}</h4>
      <ul className="report-milestones">
        {item.milestones.map(({ milestone: m, notes }) => (
          <li key={m.year}>
            {t(m.approximate ? 'target.milestoneApprox' : 'target.milestone', {
              value: format.number(m.value),
              unit,
              year: format.year(m.year),
            })}
            <FootnoteRefs sectionId={sectionId} notes={notes} />
          </li>
        ))}
      </ul>
      <div className="report-chart">
        <TargetChart target={target} series={series} today={toDecimalYear(today)} height={CHART_HEIGHT} />
      </div>
      <figcaption className="chart-summary">{summarise(target, computeProgress(target, figures, today), series.annotations)}</figcaption>
    </figure>
  );
}
