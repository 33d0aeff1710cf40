import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartColors } from '../../hooks/use-chart-colors';
import { useFormat } from '../../hooks/use-format';
import { labelsSegment, statusChartHeight, type StatusSeries } from './build-status-series';

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
  const label = (value: unknown) => (typeof value === 'number' && labelsSegment(series, value) ? format.number(value) : '');
  const total = (value: unknown) => (typeof value === 'number' ? format.number(value) : '');
  return (
    <ResponsiveContainer width="100%" height={fill ? '100%' : height}>
      <BarChart accessibilityLayer={false} data={series.rows} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={colors.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={colors.axis}
          tick={{ fill: colors.axis }} />
        <YAxis type="category" dataKey="label" width={labelWidth} stroke={colors.axis}
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
            {series.statuses.length > 1 && <LabelList dataKey={status} position="center" fill="#ffffff" formatter={label} />}
            {i === series.statuses.length - 1 && <LabelList dataKey="total" position="right" fill={colors.axis} formatter={total} />}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
