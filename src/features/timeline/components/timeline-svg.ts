import { LANE_COLORS } from '../../../config/colors';
import type { TimelineItem, TimelineLayout } from '../../../domain/timeline';
import { axisPosition } from '../../../domain/timeline-axis';
import { placeRows } from '../../../domain/timeline-rows';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LANE_HEAD = 24;
const ROW = 30;
const AXIS = 34;
const FONT = 12;
const CARD = 230;
const MARGIN = 24;

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
 * The same axis as on screen (near years wide, horizons after a // break), each lane's name above
 * its rows, items as bars (spans) or ticks (dates) with their words clipped to their card.
 * Text goes in through textContent only.
 */
export function timelineSvg(layout: TimelineLayout, d: TimelineDrawing): SVGSVGElement {
  const plot = d.width - 2 * MARGIN;
  const room = { trackPx: plot, cardPx: CARD, gapPx: 6 };
  const lanes = layout.lanes.map((lane) => placeRows(lane.items, layout.axis, room));
  const height = AXIS + lanes.reduce((n, rows) => n + LANE_HEAD + rows.length * ROW, 0) + 8;
  const x = (at: number) => MARGIN + at * plot;
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
  for (const tick of layout.axis.ticks) {
    add(svg, 'line', { x1: x(tick.at), x2: x(tick.at), y1: AXIS - 6, y2: height - 8, stroke: d.grid, 'stroke-dasharray': '3 3' });
    add(svg, 'text', { x: x(tick.at), y: AXIS - 12, 'font-size': FONT, 'text-anchor': 'middle', fill: d.text, 'font-weight': 'bold' }, d.yearText(tick.year));
  }
  add(svg, 'line', { x1: MARGIN, x2: d.width - MARGIN, y1: AXIS - 4, y2: AXIS - 4, stroke: d.text, 'stroke-width': 2 });
  for (const b of layout.axis.breaks)
    add(svg, 'text', { x: x(b.at), y: AXIS, 'font-size': FONT + 4, 'text-anchor': 'middle', fill: d.text, 'font-weight': 'bold' }, '//');
  let top = AXIS;
  lanes.forEach((rows, laneIndex) => {
    const color = LANE_COLORS[laneIndex % LANE_COLORS.length]!;
    add(svg, 'rect', { x: 0, y: top + 4, width: 5, height: LANE_HEAD + rows.length * ROW - 8, fill: color });
    add(svg, 'text', { x: 10, y: top + LANE_HEAD - 8, 'font-size': FONT, 'font-weight': 'bold', fill: d.text }, d.laneName(laneIndex));
    rows.forEach((row, r) => {
      const y = top + LANE_HEAD + r * ROW;
      for (const p of row) {
        const start = x(p.at);
        const end = Math.max(start + 4, x(axisPosition(layout.axis, p.item.end)));
        add(svg, 'rect', { x: start, y: y + 4, width: end - start, height: ROW - 8, fill: color, 'fill-opacity': end - start > 6 ? 0.25 : 1 });
        const textX = p.flipped ? start - 6 : start + 8;
        add(svg, 'text', { x: textX, y: y + ROW / 2 + 4, 'font-size': FONT - 1, fill: d.text, 'text-anchor': p.flipped ? 'end' : 'start' }, clip(d.itemText(p.item), p.width * plot - 10));
      }
    });
    top += LANE_HEAD + rows.length * ROW;
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
