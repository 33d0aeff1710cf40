import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartColors } from '../../hooks/use-chart-colors';
import { useFormat } from '../../hooks/use-format';
import { labelsSegment, statusChartHeight, type StatusSeries } from './build-status-series';

/**
 * A bar's label as plain SVG text, placed on the bar's box: in the middle of a segment, or just
 * past the end of the bar for its total. recharts' own label measures each word in the DOM to
 * wrap it (a forced layout per label, over a hundred per chart); a count never wraps. recharts
 * hands custom content the bar's corner as `x`/`y`, so the place comes from its `viewBox`.
 */
export function countLabel(text: (value: unknown) => string, fill: string, anchor: 'middle' | 'start') {
  return function CountLabel({ viewBox, value }: LabelProps) {
    const shown = text(value);
    const box = viewBox as { x?: number; y?: number; width?: number; height?: number } | undefined;
    if (shown === '' || box?.x === undefined || box.y === undefined) return null;
    const width = box.width ?? 0;
    // A count printed in the middle of its segment only where the segment is wide enough for it
    // (an estimate: the labels' digits are at most 0.6 em wide); a narrow one leaves it to the table.
    if (anchor === 'middle' && width < shown.length * LABEL_DIGIT_PX + LABEL_PADDING_PX) return null;
    const x = anchor === 'middle' ? box.x + width / 2 : box.x + width + 6;
    const y = box.y + (box.height ?? 0) / 2;
    return (
      <text x={x} y={y} textAnchor={anchor} dominantBaseline="central" fill={fill} className="recharts-text recharts-label">
        {shown}
      </text>
    );
  };
}

const noLines = () => [];
/** The width of a label's character and the room around a count, in pixels, at the chart's font size. */
const LABEL_DIGIT_PX = 9;
const LABEL_PADDING_PX = 8;

/**
 * Each bar prints its total, and each segment its count when there are several, so nothing is
 * left to a hover (or lost on a slide or in an export). The legend is plain HTML under the
 * drawing: recharts' own measures itself and re-renders the chart in the middle of its mount
 * (on the large dataset, 150 of the 330 ms the chart's first render held the page).
 */
export const StatusChart = memo(function StatusChart({ series, minHeight = 160, fill = false, labelWidth = 110 }: {
  series: StatusSeries;
  minHeight?: number;
  /** Take the container's height (a slide sizes it) rather than one from the number of rows. */
  fill?: boolean;
  labelWidth?: number;
}) {
  const { t } = useTranslation();
  const colors = useChartColors();
  const format = useFormat();
  const height = statusChartHeight(series, minHeight);
  // One label component per series and language: a new one each render would redraw every label.
  const { segmentLabel, totalLabel } = useMemo(
    () => ({
      segmentLabel: countLabel((value) => (typeof value === 'number' && labelsSegment(series, value) ? format.number(value) : ''), '#ffffff', 'middle'),
      totalLabel: countLabel((value) => (typeof value === 'number' ? format.number(value) : ''), colors.axis, 'start'),
    }),
    [series, format, colors.axis],
  );
  return (
    <div className="status-chart" style={{ height: fill ? '100%' : height }}>
      <div className="status-chart-drawing">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={series.rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
            {/* Vertical lines only: no horizontal lines means no reason to work out where they would go. */}
            <CartesianGrid stroke={colors.grid} horizontal={false} horizontalCoordinatesGenerator={noLines} />
            {/* The count axis lets recharts drop a label that would overlap (on a phone, 2500 and 5000 would). */}
            <XAxis type="number" allowDecimals={false} stroke={colors.axis}
              tick={{ fill: colors.axis }} />
            {/* Each row keeps its label, as its height leaves room for it: interval 0 also spares
                recharts measuring each in the DOM to choose which to drop. */}
            <YAxis type="category" dataKey="label" width={labelWidth} stroke={colors.axis} interval={0}
              tick={{ fill: colors.axis }} />
            <Tooltip />
            {series.statuses.map((status, i) => (
              <Bar
                key={status}
                dataKey={status}
                name={t(`status.${status}`)}
                stackId="status"
                fill={colors.status[status]}
                isAnimationActive={false}
              >
                {series.statuses.length > 1 && <LabelList dataKey={status} position="center" content={segmentLabel} />}
                {i === series.statuses.length - 1 && <LabelList dataKey="total" position="right" content={totalLabel} />}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend" style={{ color: colors.axis }}>
        {series.statuses.map((status) => (
          <li key={status}>
            <span className="chart-legend-swatch" style={{ background: colors.status[status] }} />
            {t(`status.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
});
