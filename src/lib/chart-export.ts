import { csvCell } from '../domain/csv';
import { canvasMeasure, CAPTION_FONT, estimateTextWidth, layoutCaption, type LegendItem, type MeasureText } from './caption-layout';

export interface ChartCaption {
  title: string;
  /** "As of 23 November 2026": when the figures were true. */
  asOf: string;
  /** One line per source, so a pasted chart still says where it comes from. */
  sources: string[];
  /** The chart's key, drawn under it (the on-screen legend is HTML, outside the SVG). */
  legend?: LegendItem[];
  /** What the drawing leaves out (resolutions left to the table), said under the key. */
  note?: string;
}

/** The page's own colours, so text drawn for a dark theme stays readable in the file. */
export interface ExportColors {
  background: string;
  text: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LIGHT: ExportColors = { background: '#ffffff', text: '#14181d' };

/** The panel and text colours of the theme `el` is shown in. */
export function exportColors(el: Element): ExportColors {
  const style = getComputedStyle(el);
  return {
    background: style.getPropertyValue('--panel').trim() || LIGHT.background,
    text: style.getPropertyValue('--text').trim() || LIGHT.text,
  };
}

/**
 * A standalone SVG of a rendered chart with its title above and its legend, as-of date and
 * sources below, each wrapped to the chart's width. Text goes in through textContent, never as markup.
 */
export function captionedSvg(
  chart: SVGSVGElement,
  caption: ChartCaption,
  {
    colors = LIGHT,
    measure = canvasMeasure() ?? estimateTextWidth,
    trimBottom = 0,
  }: {
    colors?: ExportColors;
    measure?: MeasureText;
    /** Pixels to drop from the drawing's bottom: the room recharts keeps for its HTML legend. */
    trimBottom?: number;
  } = {},
): { svg: string; width: number; height: number } {
  const width = Math.round(Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width);
  const fullHeight = Math.round(Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height);
  const chartHeight = Math.max(1, fullHeight - Math.round(trimBottom));
  const layout = layoutCaption(caption, width, chartHeight, measure);
  const { height } = layout;

  const root = document.createElementNS(SVG_NS, 'svg');
  const element = (name: string, attributes: Record<string, string | number>) => {
    const el = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
    root.append(el);
    return el;
  };
  // No xmlns attribute: the serializer writes the namespace (setting it too makes jsdom write it twice).
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', CAPTION_FONT);
  element('rect', { width: '100%', height: '100%', fill: colors.background });
  const body = chart.cloneNode(true) as SVGSVGElement;
  body.setAttribute('x', '0');
  body.setAttribute('y', String(layout.chartTop));
  // A nested <svg> clips what falls outside it; the viewBox keeps the drawing's scale.
  body.setAttribute('height', String(chartHeight));
  body.setAttribute('viewBox', `0 0 ${width} ${chartHeight}`);
  body.removeAttribute('style');
  root.append(body);
  for (const s of layout.swatches) element('rect', { x: s.x, y: s.y, width: 12, height: 12, fill: s.color });
  for (const line of layout.texts)
    element('text', { x: line.x, y: line.y, 'font-size': line.size, 'font-weight': line.bold ? 'bold' : 'normal', fill: colors.text }).textContent = line.text;
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The captioned SVG drawn at `scale` (2 for slides), as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * An exported caption's source lines, one per item: at most `max`; past that, the first
 * `max - 1` and one line that says how many more (the CSV and the data table list them all).
 */
export function capLines<T>(items: readonly T[], line: (item: T) => string, more: (count: number) => string, max = 8): string[] {
  // Only the lines kept are written: a tracker of 200 sources would otherwise word (and date) all
  // 200 each time a filter changes, for a caption that shows seven.
  return items.length > max ? [...items.slice(0, max - 1).map(line), more(items.length - max + 1)] : items.map(line);
}

/** A chart's data as CSV, with its caption in the first lines so the file explains itself. */
export function chartCsv(caption: ChartCaption, columns: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => cells.map((c) => csvCell(String(c))).join(',');
  return `\uFEFF${[line([caption.title]), line([caption.asOf]), ...caption.sources.map((s) => line([s])), '', line(columns), ...rows.map(line)].join('\r\n')}\r\n`;
}
