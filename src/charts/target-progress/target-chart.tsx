import {
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { useChartColors } from '../../hooks/use-chart-colors';
import { useFormat } from '../../hooks/use-format';
import type { TargetSeries } from './build-target-series';

/** `large`: a slide's version, filling its container with marks seen from the back of a room. */
export function TargetChart({ series, today, height = 320, large = false }: { series: TargetSeries; today: number; height?: number; large?: boolean }) {
  const { t } = useTranslation();
  const colors = useChartColors();
  const format = useFormat();
  const [from, to] = series.domain;
  // Ticks every five years plus each milestone year, so "2030" and "2045" are always labelled.
  const ticks = [...new Set([from, ...series.points.filter((p) => p.target !== undefined).map((p) => p.x), to])]
    .concat(Array.from({ length: Math.floor((to - from) / 5) }, (_, i) => Math.ceil(from / 5) * 5 + i * 5))
    .filter((x, i, all) => x >= from && x <= to && all.indexOf(x) === i)
    .sort((a, b) => a - b)
    .filter((x, i, all) => i === 0 || x - all[i - 1]! >= 2);
  const top = Math.max(...series.points.flatMap((p) => [p.target ?? 0, p.recorded ?? 0]));
  const targetLabel = (value: unknown) =>
    typeof value === 'number' ? t('target.approx', { value: format.number(value) }) : '';
  return (
    <ResponsiveContainer width="100%" height={large ? '100%' : height}>
      <ComposedChart accessibilityLayer={false} data={series.points} margin={{ top: 16, right: 40, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={colors.grid} />
        <XAxis
          type="number"
          dataKey="x"
          domain={series.domain}
          ticks={ticks}
          tickFormatter={(x: number) => format.year(Math.floor(x))}
          stroke={colors.axis}
          tick={{ fill: colors.axis }}
        />
        <YAxis domain={[0, Math.ceil((top * 1.2) / 10) * 10]} allowDecimals={false} tickFormatter={(v: number) => format.number(v)} stroke={colors.axis}
          tick={{ fill: colors.axis }} />
        <Tooltip labelFormatter={(x) => (typeof x === 'number' ? format.year(Math.floor(x)) : '')} />
        <Legend formatter={(value) => <span style={{ color: colors.axis }}>{value}</span>} />
        <ZAxis range={large ? [260, 260] : [64, 64]} />
        <ReferenceLine x={today} stroke={colors.today} strokeWidth={large ? 3 : 1} strokeDasharray="4 4" label={{ value: t('target.today'), position: 'insideBottomLeft', fill: colors.today }} />
        {series.hasRecorded && (
          <Line
            dataKey="path"
            name={t('target.pathLegend')}
            stroke={colors.path}
            strokeDasharray="6 4"
            strokeWidth={large ? 3 : 2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        )}
        {series.hasRecorded && (
          <Line
            dataKey="recorded"
            name={t('target.recordedLegend')}
            stroke={colors.recorded}
            strokeWidth={large ? 5 : 3}
            connectNulls
            isAnimationActive={false}
          />
        )}
        <Scatter dataKey="target" name={t('target.targetLegend')} fill={colors.target} shape="diamond" isAnimationActive={false}>
          <LabelList dataKey="target" position="top" formatter={targetLabel} fill={colors.axis} />
        </Scatter>
      </ComposedChart>
    </ResponsiveContainer>
  );
}
