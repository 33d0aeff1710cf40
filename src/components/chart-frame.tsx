import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title, a text summary a screen reader reads, and a switch to its data table.
 * The chart itself is hidden from assistive tech: the summary and table say the same thing.
 */
export function ChartFrame({ title, summary, chart, table, headingLevel = 2 }: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <Heading id={`${id}-title`}>{title}</Heading>
        <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </div>
      <figcaption className="chart-summary">{summary}</figcaption>
      {showTable ? table : <div aria-hidden="true" className="chart-body">{chart}</div>}
    </figure>
  );
}
