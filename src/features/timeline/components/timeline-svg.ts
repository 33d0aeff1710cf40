import { LANE_COLORS } from '../../../config/colors';
import type { TimelineItem, TimelineLayout } from '../../../domain/timeline';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LABEL_COLUMN = 170;
const ROW = 30;
const AXIS = 34;
const FONT = 12;

export interface TimelineDrawing {
  width: number;
  laneName: (laneIndex: number) => string;
  itemText: (item: TimelineItem) => string;
  yearText: (year: number) => string;
  /** Text and line colours of the theme the page is shown in. */
  text: string;
  grid: string;
}

/**
 * The timeline as an SVG drawing for export (on screen it is HTML: buttons you can tab to).
 * Lanes and rows as laid out, year lines, items as bars (spans) or ticks (dates) with their
 * words clipped to the room before the next item. Text goes in through textContent only.
 */
export function timelineSvg(layout: TimelineLayout, d: TimelineDrawing): SVGSVGElement {
  const rows = layout.lanes.reduce((n, lane) => n + lane.rows.length, 0);
  const height = AXIS + rows * ROW + 8;
  const span = Math.max(1, layout.to - layout.from);
  const plot = d.width - LABEL_COLUMN - 12;
  const x = (year: number) => LABEL_COLUMN + ((year - layout.from) / span) * plot;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'recharts-surface timeline-drawing');
  svg.setAttribute('width', String(d.width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${d.width} ${height}`);
  const add = (parent: Element, name: string, attributes: Record<string, string | number>, text?: string) => {
    const el = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
    if (text !== undefined) el.textContent = text;
    parent.append(el);
    return el;
  };
  const step = Math.max(1, Math.ceil(span / 12));
  for (let year = layout.from; year <= layout.to; year++) {
    add(svg, 'line', { x1: x(year), x2: x(year), y1: AXIS - 6, y2: height - 8, stroke: d.grid, 'stroke-dasharray': '3 3' });
    if ((year - layout.from) % step === 0 || year === layout.to)
      add(svg, 'text', { x: x(year), y: AXIS - 12, 'font-size': FONT, 'text-anchor': 'middle', fill: d.text, 'font-weight': 'bold' }, d.yearText(year));
  }
  let top = AXIS;
  layout.lanes.forEach((lane, laneIndex) => {
    const color = LANE_COLORS[laneIndex % LANE_COLORS.length]!;
    add(svg, 'rect', { x: 0, y: top, width: 5, height: lane.rows.length * ROW - 2, fill: color });
    add(svg, 'text', { x: 10, y: top + ROW / 2 + 4, 'font-size': FONT, 'font-weight': 'bold', fill: d.text }, d.laneName(laneIndex));
    lane.rows.forEach((row, r) => {
      const y = top + r * ROW;
      row.forEach((item, i) => {
        const start = x(item.start);
        const end = Math.max(start + 4, x(item.end));
        const room = (i + 1 < row.length ? x(row[i + 1]!.start) : d.width) - start - 8;
        add(svg, 'rect', { x: start, y: y + 4, width: end - start, height: ROW - 8, fill: color, 'fill-opacity': end - start > 6 ? 0.25 : 1 });
        add(svg, 'text', { x: start + 6, y: y + ROW / 2 + 4, 'font-size': FONT - 1, fill: d.text }, clip(d.itemText(item), room));
      });
    });
    top += lane.rows.length * ROW;
    add(svg, 'line', { x1: 0, x2: d.width, y1: top, y2: top, stroke: d.grid });
  });
  return svg;
}

/** Words cut to fit `room` pixels (about 0.55 em a character), with an ellipsis when cut. */
export function clip(text: string, room: number): string {
  const fits = Math.floor(room / (FONT * 0.55));
  if (fits <= 1) return '';
  return text.length <= fits ? text : `${text.slice(0, fits - 1).trimEnd()}…`;
}
