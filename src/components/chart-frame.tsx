import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its title, a text summary a screen reader reads, and a switch to its data table.
 * A picture-only chart is hidden from assistive tech (the summary and table say the same thing);
 * an interactive one, whose items are buttons, stays in reach.
 */
export function ChartFrame({ title, summary, chart, table, headingLevel = 2, interactive = false }: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  headingLevel?: 2 | 3;
  interactive?: boolean;
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
      {showTable ? (
        table
      ) : (
        <div aria-hidden={interactive ? undefined : true} className="chart-body">
          {chart}
        </div>
      )}
    </figure>
  );
}
