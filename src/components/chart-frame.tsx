import { useId, useRef, useState, type ReactNode } from 'react';
import { captionedSvg, chartCsv, exportColors, svgToPng, type ChartCaption } from '../lib/chart-export';
import { downloadBlob, downloadText } from '../lib/download';
import { useTranslation } from '../hooks/use-translation';

/**
 * A chart with its title, a text summary a screen reader reads, and a switch to its data table.
 * A picture-only chart is hidden from assistive tech (the summary and table say the same thing);
 * an interactive one, whose items are buttons, stays in reach.
 */
export interface ChartExport {
  caption: ChartCaption;
  /** File name without extension. */
  fileStem: string;
  columns: string[];
  rows: (string | number)[][];
  /** For a chart drawn in HTML (the timeline): the SVG to export instead of the one on screen. */
  drawing?: () => SVGSVGElement;
}

/** The chart's own drawing: the largest SVG in it (legend icons are SVGs too). */
function chartSvg(body: HTMLElement | null): SVGSVGElement | null {
  const svgs = [...(body?.querySelectorAll<SVGSVGElement>('svg.recharts-surface') ?? [])];
  return svgs.sort((a, b) => Number(b.getAttribute('width')) - Number(a.getAttribute('width')))[0] ?? null;
}

export function ChartFrame({ title, summary, chart, table, headingLevel = 2, interactive = false, exportable }: {
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  headingLevel?: 2 | 3;
  interactive?: boolean;
  /** Offers PNG (2x), SVG and CSV downloads that carry the title, as-of date and sources. */
  exportable?: ChartExport;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const body = useRef<HTMLDivElement>(null);
  const svgOf = () => {
    const drawn = exportable?.drawing?.();
    const svg = drawn ?? chartSvg(body.current);
    if (!svg || !exportable) return null;
    // The export draws the legend itself (when the caption has one), so the room for recharts' HTML legend goes.
    const legend = exportable.caption.legend ? body.current?.querySelector<HTMLElement>('.recharts-legend-wrapper') : null;
    // A detached drawing has no theme of its own: take the colours of the frame it stands for.
    const colors = exportColors(drawn ? (body.current ?? document.documentElement) : svg);
    return captionedSvg(svg, exportable.caption, { colors, trimBottom: legend?.offsetHeight ?? 0 });
  };
  const downloadSvg = () => {
    const out = svgOf();
    if (out && exportable) downloadText(`${exportable.fileStem}.svg`, 'image/svg+xml', out.svg);
  };
  const downloadPng = async () => {
    const out = svgOf();
    if (out && exportable) downloadBlob(`${exportable.fileStem}.png`, await svgToPng(out.svg, out.width, out.height, 2));
  };
  const downloadCsv = () =>
    exportable &&
    downloadText(`${exportable.fileStem}.csv`, 'text/csv', chartCsv(exportable.caption, exportable.columns, exportable.rows));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <Heading id={`${id}-title`}>{title}</Heading>
        <div className="form-actions">
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable((v) => !v)}>
            {showTable ? t('chart.showChart') : t('chart.showTable')}
          </button>
          {exportable && (
            <>
              <button type="button" onClick={() => void downloadPng()} disabled={showTable} aria-label={t('chart.downloadAs', { title, format: 'PNG' })}>
                {t('chart.downloadPng')}
              </button>
              <button type="button" onClick={downloadSvg} disabled={showTable} aria-label={t('chart.downloadAs', { title, format: 'SVG' })}>
                {t('chart.downloadSvg')}
              </button>
              <button type="button" onClick={downloadCsv} aria-label={t('chart.downloadAs', { title, format: 'CSV' })}>
                {t('chart.downloadCsv')}
              </button>
            </>
          )}
        </div>
      </div>
      <figcaption className="chart-summary">{summary}</figcaption>
      {showTable ? (
        table
      ) : (
        <div ref={body} aria-hidden={interactive ? undefined : true} className="chart-body">
          {chart}
        </div>
      )}
    </figure>
  );
}
