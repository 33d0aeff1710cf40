import { Fragment } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { buildTargetSeries } from '../../../charts/target-progress/build-target-series';
import { TargetChart } from '../../../charts/target-progress/target-chart';
import { toDecimalYear } from '../../../domain/dates';
import type { TargetFigure } from '../../../domain/figures';
import { computeProgress } from '../../../domain/progress';
import type { ReportTarget as Model } from '../../../domain/report';
import { useFormat } from '../../../hooks/use-format';
import { useTargetChartSummary } from '../../../charts/target-progress/use-target-notes';
import { FootnoteRefs } from './footnotes';

/** Printed pages have no hover and no resize: the chart gets a fixed size that fits A4 and Letter. */
const CHART_HEIGHT = 220;

/** A target's chart at the report's fixed size. */
export function ReportChart({ target, figures, today, startYear }: { target: Model['target']; figures: TargetFigure[]; today: string; startYear: number }) {
  return (
    <div className="report-chart">
      <TargetChart target={target} series={buildTargetSeries(target, figures, startYear, { today })} today={toDecimalYear(today)} height={CHART_HEIGHT} />
    </div>
  );
}

/** "a; b; c", each part with its footnote numbers. */
function Cited({ parts }: { parts: { key: string; text: string; notes: number[] }[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={p.key}>
          {i > 0 && t('report.listSeparator')}
          {p.text}
          <FootnoteRefs notes={p.notes} />
        </Fragment>
      ))}
    </>
  );
}

/** A target as the appendix prints it: its milestones and latest figures with their sources, and its chart unless the summary drew it. */
export function ReportTarget({ item, figures, today, startYear }: { item: Model; figures: TargetFigure[]; today: string; startYear: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summarise = useTargetChartSummary();
  const { target } = item;
  const unit = format.text(target.unit);
  const milestones = item.milestones.map(({ milestone: m, notes }) => ({
    key: String(m.year),
    text: t(m.approximate ? 'target.milestoneApprox' : 'target.milestone', { value: format.number(m.value), unit, year: format.year(m.year) }),
    notes,
  }));
  const recorded = item.figures.map(({ figure, notes }) => ({
    key: figure.id,
    text: t('report.figure', { value: format.number(figure.value), date: format.date(figure.asOf) }),
    notes,
  }));
  return (
    <figure className="report-target">
      <h4>{format.text(target.label)}</h4>
      <p className="report-target-line">
        <strong>{t('report.targetsLine')}</strong> <Cited parts={milestones} />
      </p>
      {recorded.length > 0 && (
        <p className="report-target-line">
          <strong>{t('report.figuresLine')}</strong> <Cited parts={recorded} />
          {item.earlierFigures > 0 && <> {t('report.earlierFigures', { count: item.earlierFigures })}</>}
        </p>
      )}
      {item.chart && (
        <>
          <ReportChart target={target} figures={figures} today={today} startYear={startYear} />
          <figcaption className="chart-summary">{summarise(target, computeProgress(target, figures, today), buildTargetSeries(target, figures, startYear, { today }).annotations)}</figcaption>
        </>
      )}
    </figure>
  );
}
