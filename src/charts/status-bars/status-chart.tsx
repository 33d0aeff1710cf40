import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { CHART_COLORS, STATUS_COLORS } from '../../config/colors';
import type { StatusSeries } from './build-status-series';

export function StatusChart({ series }: { series: StatusSeries }) {
  const { t } = useTranslation();
  const height = Math.max(160, 48 * series.rows.length + 60);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={series.rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={CHART_COLORS.axis} />
        <YAxis type="category" dataKey="label" width={110} stroke={CHART_COLORS.axis} />
        <Tooltip />
        <Legend />
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
