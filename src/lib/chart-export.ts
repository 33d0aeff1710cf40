import { csvCell } from '../domain/records-file';

export interface ChartCaption {
  title: string;
  /** "As of 23 November 2026": when the figures were true. */
  asOf: string;
  /** One line per source, so a pasted chart still says where it comes from. */
  sources: string[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE = 18;

/**
 * A standalone SVG of a rendered chart with its title above and its as-of date and sources
 * below, on a white background. Text goes in through textContent, never as markup.
 */
export function captionedSvg(chart: SVGSVGElement, caption: ChartCaption): { svg: string; width: number; height: number } {
  const width = Math.round(Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width);
  const chartHeight = Math.round(Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height);
  const top = 40;
  const footer = LINE * (caption.sources.length + 1) + 16;
  const height = top + chartHeight + footer;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', 'system-ui, sans-serif');
  const text = (content: string, y: number, size: number, weight = 'normal') => {
    const el = document.createElementNS(SVG_NS, 'text');
    el.setAttribute('x', '12');
    el.setAttribute('y', String(y));
    el.setAttribute('font-size', String(size));
    el.setAttribute('font-weight', weight);
    el.setAttribute('fill', '#14181d');
    el.textContent = content;
    root.append(el);
  };
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  text(caption.title, 26, 18, 'bold');
  const body = chart.cloneNode(true) as SVGSVGElement;
  body.setAttribute('x', '0');
  body.setAttribute('y', String(top));
  body.removeAttribute('style');
  root.append(body);
  text(caption.asOf, top + chartHeight + LINE, 12);
  caption.sources.forEach((s, i) => text(s, top + chartHeight + LINE * (i + 2), 11));
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

/** A chart's data as CSV, with its caption in the first lines so the file explains itself. */
export function chartCsv(caption: ChartCaption, columns: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => cells.map((c) => csvCell(String(c))).join(',');
  return `\uFEFF${[line([caption.title]), line([caption.asOf]), ...caption.sources.map((s) => line([s])), '', line(columns), ...rows.map(line)].join('\r\n')}\r\n`;
}
