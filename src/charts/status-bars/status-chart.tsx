import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../../config/colors';
import { useChartColors } from '../../hooks/use-chart-colors';
import type { StatusSeries } from './build-status-series';

export function StatusChart({ series, minHeight = 160 }: { series: StatusSeries; minHeight?: number }) {
  const { t } = useTranslation();
  const colors = useChartColors();
  const height = Math.max(minHeight, 48 * series.rows.length + 60);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={series.rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={colors.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={colors.axis}
          tick={{ fill: colors.axis }} />
        <YAxis type="category" dataKey="label" width={110} stroke={colors.axis}
          tick={{ fill: colors.axis }} />
        <Tooltip />
        <Legend formatter={(value) => <span style={{ color: colors.axis }}>{value}</span>} />
        {series.statuses.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={t(`status.${status}`)}
            stackId="status"
            fill={STATUS_COLORS[status]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
