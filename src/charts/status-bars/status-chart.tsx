import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartColors } from '../../hooks/use-chart-colors';
import { useFormat } from '../../hooks/use-format';
import { labelsSegment, statusChartHeight, type StatusSeries } from './build-status-series';

/**
 * A bar's label as plain SVG text at the point recharts computes. recharts' own label measures
 * each word in the DOM to wrap it (a forced layout per label, over a hundred per chart); a count
 * never wraps.
 */
function countLabel(text: (value: unknown) => string, fill: string, anchor: 'middle' | 'start') {
  return function CountLabel({ x, y, value }: LabelProps) {
    const shown = text(value);
    if (shown === '' || x === undefined || y === undefined) return null;
    return (
      <text x={x} y={y} textAnchor={anchor} dominantBaseline="central" fill={fill} className="recharts-text recharts-label">
        {shown}
      </text>
    );
  };
}

/**
 * Each bar prints its total, and each segment its count when there are several, so nothing is
 * left to a hover (or lost on a slide or in an export).
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
    <ResponsiveContainer width="100%" height={fill ? '100%' : height}>
      <BarChart accessibilityLayer={false} data={series.rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={colors.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={colors.axis}
          tick={{ fill: colors.axis }} />
        {/* Every row keeps its label (the height leaves room for each): interval 0 also spares
            recharts measuring each label in the DOM to choose which to drop, a forced layout per row. */}
        <YAxis type="category" dataKey="label" width={labelWidth} stroke={colors.axis} interval={0}
          tick={{ fill: colors.axis }} />
        <Tooltip />
        <Legend formatter={(value) => <span style={{ color: colors.axis }}>{value}</span>} />
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
  );
});
