import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, useChartWidth, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { useTranslation } from '../../hooks/use-translation';
import { useChartColors } from '../../hooks/use-chart-colors';
import { useFormat } from '../../hooks/use-format';
import { statusChartHeight, type StatusRow, type StatusSeries } from './build-status-series';
import { rowSegments } from './stacked-row';
import { AxisTick, type TickProps } from '../axis/axis-tick';
import { countTicks } from '../axis/text-width';

const noLines = () => [];
const MARGIN = { top: 8, right: 48, bottom: 8, left: 8 };

/**
 * The count axis, with as many ticks as its width holds for its longest number (recharts would
 * measure each label in the DOM to drop those that overlap). With `interval` 0, neither the axis
 * nor the grid's lines, which follow its ticks, measure anything.
 */
function CountAxis({ widest, labelWidth, color, number }: { widest: number; labelWidth: number; color: string; number: (n: number) => string }) {
  const chartWidth = useChartWidth() ?? 0;
  const tickCount = countTicks(chartWidth - MARGIN.left - MARGIN.right - labelWidth, number(widest));
  const tick = useMemo(() => (props: TickProps) => <AxisTick {...props} text={(v) => number(Number(v))} />, [number]);
  return <XAxis type="number" allowDecimals={false} stroke={color} tickCount={tickCount} interval={0} tick={tick} />;
}

/**
 * A row as the chart hands it to recharts: with its series, which a bar needs to cut and label
 * its segments. recharts takes new data in an effect, a commit after its props: a bar that read
 * the series from its props would redraw the old rows with the new series in between.
 */
type DrawnRow = StatusRow & { series: StatusSeries };

/**
 * One resolution's bar: its statuses side by side, each count printed on its segment where it
 * fits, and the total just past the end of the bar, so nothing is left to a hover (or lost on a
 * slide or in an export). Plain SVG in recharts' bar slot: recharts places the bar (`x`, `y`,
 * `width`, `height` come from the total's scale), the segments are cut here (see rowSegments).
 */
export function StackedBar({ number, colors, ...bar }: BarShapeProps & { number: (n: number) => string; colors: ReturnType<typeof useChartColors> }) {
  const row = bar.payload as DrawnRow;
  const middle = bar.y + bar.height / 2;
  const segments = rowSegments(row.series, row, bar, number);
  return (
    <g>
      {segments.map((s) => (
        <path key={s.status} className="recharts-rectangle" fill={colors.status[s.status]} d={`M${s.x},${bar.y}h${s.width}v${bar.height}h${-s.width}Z`} />
      ))}
      {segments.map(
        (s) =>
          s.labelled && (
            <text key={`${s.status}-count`} x={s.x + s.width / 2} y={middle} textAnchor="middle" dominantBaseline="central" fill="#ffffff" className="recharts-text recharts-label">
              {number(s.count)}
            </text>
          ),
      )}
      <text x={bar.x + bar.width + 6} y={middle} textAnchor="start" dominantBaseline="central" fill={colors.axis} className="recharts-text recharts-label">
        {number(row.total)}
      </text>
    </g>
  );
}

/** What recharts hands a tooltip's content, of what this one reads. */
interface HoverProps {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

/** A hover's box: the resolution and its count in each status it has. */
function StatusTooltip({ active, payload, number }: HoverProps & { number: (n: number) => string }) {
  const { t } = useTranslation();
  const row = payload?.[0]?.payload as DrawnRow | undefined;
  if (!active || !row) return null;
  const { series } = row;
  return (
    <div className="chart-tooltip">
      <p>{row.label}</p>
      <ul>
        {series.statuses.filter((s) => row[s] > 0).map((s) => (
          <li key={s}>{t('present.labelled', { label: t(`status.${s}`), value: number(row[s]) })}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Commitments by status, one stacked bar per resolution. The legend is plain HTML under the
 * drawing: recharts' own measures itself and re-renders the chart in the middle of its mount.
 * Each bar is one recharts series drawn by StackedBar: with a series per status (and a label
 * list for each), recharts' update after a filter on the large dataset took 43 ms of the page's
 * thread, in two commits a frame apart.
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
  const data = useMemo(() => series.rows.map((row): DrawnRow => ({ ...row, series })), [series]);
  // One shape and one tooltip per language and theme: a new one each render would redraw every bar.
  const { shape, tooltip, label } = useMemo(
    () => ({
      shape: (props: BarShapeProps) => <StackedBar {...props} number={format.number} colors={colors} />,
      tooltip: (props: HoverProps) => <StatusTooltip {...props} number={format.number} />,
      label: (props: TickProps) => <AxisTick {...props} text={String} maxWidth={labelWidth - 10} />,
    }),
    [format, colors, labelWidth],
  );
  const widest = Math.max(0, ...series.rows.map((r) => r.total));
  return (
    <div className="status-chart" style={{ height: fill ? '100%' : height }}>
      <div className="status-chart-drawing">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={MARGIN}>
            {/* Vertical lines only: no horizontal lines means no reason to work out where they would go. */}
            <CartesianGrid stroke={colors.grid} horizontal={false} horizontalCoordinatesGenerator={noLines} />
            <CountAxis widest={widest} labelWidth={labelWidth} color={colors.axis} number={format.number} />
            {/* Each row keeps its label, as its height leaves room for it: interval 0 also spares
                recharts measuring each in the DOM to choose which to drop. */}
            <YAxis type="category" dataKey="label" width={labelWidth} stroke={colors.axis} interval={0} tick={label} />
            <Tooltip content={tooltip} cursor={{ fill: colors.grid, fillOpacity: 0.4 }} />
            <Bar dataKey="total" name={t('table.total')} shape={shape} isAnimationActive={false} />
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
