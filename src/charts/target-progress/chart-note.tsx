import { useLayoutEffect, useRef, useState } from 'react';
import { useChartWidth, usePlotArea } from 'recharts';

const NARROW = 480;

/**
 * A label written on a chart. Offsets are in em, so a note keeps its place when a slide scales its
 * type; a halo of the panel's colour keeps it readable where it crosses a line. A note that
 * would run past the plot's left edge or the chart's right edge slides back inside.
 */
export function ChartNote({ x, y, lines: wide, narrowLines, anchor = 'start', dx = 0, dy = 0, color, halo, strong = false }: {
  x: number;
  y: number;
  lines: string[];
  /** Shorter lines for a chart under NARROW px wide (a phone), when the note has them. */
  narrowLines?: string[];
  anchor?: 'start' | 'middle' | 'end';
  /** Horizontal offset of the text from (x, y), in em. */
  dx?: number;
  /** Vertical offset of the first line's baseline from y, in em; further lines go below it. */
  dy?: number;
  color: string;
  halo: string;
  /** The first line in bold: the number the reader came for. */
  strong?: boolean;
}) {
  const ref = useRef<SVGTextElement>(null);
  const area = usePlotArea();
  const width = useChartWidth();
  const lines = narrowLines && width !== undefined && width < NARROW ? narrowLines : wide;
  const [shift, setShift] = useState(0);
  const text = lines.join('\n');
  useLayoutEffect(() => {
    const el = ref.current;
    // jsdom draws nothing, so it has no box to measure.
    if (!el || !area || !width || typeof el.getBBox !== 'function') return;
    const box = el.getBBox();
    const next = box.x < area.x ? area.x - box.x : box.x + box.width > width - 2 ? width - 2 - box.x - box.width : 0;
    if (Math.abs(next - shift) > 0.5) setShift(next);
  }, [area, width, shift, x, y, dx, dy, anchor, text]);
  return (
    <text
      ref={ref}
      transform={shift ? `translate(${shift} 0)` : undefined}
      x={x}
      y={y}
      textAnchor={anchor}
      fill={color}
      stroke={halo}
      strokeWidth={4}
      strokeLinejoin="round"
      paintOrder="stroke"
      className="chart-note"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dx={`${dx}em`} dy={`${i === 0 ? dy : 1.2}em`} fontWeight={strong && i === 0 ? 700 : 400}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
