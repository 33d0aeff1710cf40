import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { CSSProperties } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import type { Target } from '../../domain/types';
import { useChartColors } from '../../hooks/use-chart-colors';
import { useFormat } from '../../hooks/use-format';
import { niceTop, type TargetSeries } from './build-target-series';
import { ChartNote } from './chart-note';
import { useTargetNotes } from './use-target-notes';

interface At {
  cx?: number;
  cy?: number;
}

/**
 * A target's chart: its milestones, the recorded figures (solid), the path from the first figure
 * (dashed) and the pace so far projected to each target year (dotted, labelled as a projection).
 * On it: the latest figure, the gap to the next target, where the path says we should be today,
 * and the resolution's events, numbered on the time axis and listed below.
 * `large`: a slide's version, filling its container with marks seen from the back of a room.
 */
export function TargetChart({ target, series, today, height = 320, large = false }: {
  target: Target;
  series: TargetSeries;
  today: number;
  height?: number;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const colors = useChartColors();
  const format = useFormat();
  const notes = useTargetNotes()(target, series.annotations);
  const { latest, gap, pathToday, projections, events } = series.annotations;
  const [from, to] = series.domain;
  const right = (x: number) => x > from + (to - from) * 0.6;
  // Ticks every five years plus each milestone year, so "2030" and "2045" are always labelled.
  const ticks = [...new Set([from, ...series.points.filter((p) => p.target !== undefined).map((p) => p.x), to])]
    .concat(Array.from({ length: Math.floor((to - from) / 5) }, (_, i) => Math.ceil(from / 5) * 5 + i * 5))
    .filter((x, i, all) => x >= from && x <= to && all.indexOf(x) === i)
    .sort((a, b) => a - b)
    .filter((x, i, all) => i === 0 || x - all[i - 1]! >= 2);
  const top = niceTop(Math.max(...series.points.flatMap((p) => [p.target ?? 0, p.recorded ?? 0, p.projection ?? 0])));
  const milestones = series.points.flatMap((p) => (p.target === undefined ? [] : [{ x: p.x, value: p.target, approximate: p.approximate ?? false }]));
  const targetLabel = (value: number, approximate: boolean) =>
    approximate ? t('target.approx', { value: format.number(value) }) : format.number(value);
  const note = { color: colors.axis, halo: colors.surface };
  return (
    <div className={large ? 'target-chart target-chart-large' : 'target-chart'}>
      <div className="target-chart-plot" style={large ? undefined : ({ '--chart-height': `${height}px` } as CSSProperties)}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={series.points} margin={{ top: 40, right: 48, bottom: 8, left: 8 }}>
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
            <YAxis domain={[0, top]} ticks={[0, 1, 2, 3, 4].map((i) => (top * i) / 4)} allowDecimals={false} tickFormatter={(v: number) => format.number(v)} stroke={colors.axis}
              tick={{ fill: colors.axis }} />
            <Tooltip labelFormatter={(x) => (typeof x === 'number' ? format.year(Math.floor(x)) : '')} />
            <Legend formatter={(value) => <span style={{ color: colors.axis }}>{value}</span>} />
            <ZAxis range={large ? [260, 260] : [64, 64]} />
            {events.map((e) => (
              <ReferenceLine
                key={e.event.id}
                x={e.x}
                stroke={colors.axis}
                strokeOpacity={0.6}
                strokeDasharray="1 4"
                label={(props: { viewBox?: { x?: number; y?: number } }) => (
                  <ChartNote x={props.viewBox?.x ?? 0} y={props.viewBox?.y ?? 0} anchor="middle" dy={-0.4 - 1.1 * e.row} lines={[`(${format.number(e.number)})`]} {...note} />
                )}
              />
            ))}
            <ReferenceLine x={today} stroke={colors.today} strokeWidth={large ? 3 : 1} strokeDasharray="4 4" label={{ value: t('target.today'), position: 'insideBottomLeft', fill: colors.today }} />
            {series.hasRecorded && (
              <Line
                dataKey="path"
                name={t('target.pathLegend')}
                stroke={colors.path}
                strokeDasharray="8 5"
                strokeWidth={large ? 3 : 2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            )}
            {series.hasProjection && (
              <Line
                dataKey="projection"
                name={t('target.projectionLegend')}
                stroke={colors.projection}
                strokeOpacity={0.85}
                strokeDasharray="1 6"
                strokeLinecap="round"
                strokeWidth={large ? 5 : 3}
                dot={{ r: large ? 7 : 4, fill: colors.surface, stroke: colors.projection, strokeWidth: 2, strokeDasharray: '' }}
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
                dot={{ r: large ? 7 : 4, fill: colors.recorded, stroke: colors.recorded }}
                connectNulls
                isAnimationActive={false}
              />
            )}
            <Scatter dataKey="target" name={t('target.targetLegend')} fill={colors.target} shape="diamond" isAnimationActive={false} />
            {milestones.map((m) => {
              // The next target carries the gap; the last one, at the right edge, is written leftwards.
              const next = gap !== null && m.x === gap.x;
              const edge = m.x >= to;
              // Away from the projection of the same year, which would cross it.
              const under = !next && projections.some((p) => p.x === m.x && p.value > m.value);
              return (
                <ReferenceDot
                  key={m.x}
                  x={m.x}
                  y={m.value}
                  r={0}
                  shape={(p: At) => (
                    <ChartNote
                      x={p.cx ?? 0}
                      y={p.cy ?? 0}
                      anchor={edge ? 'end' : 'middle'}
                      dx={edge ? 0.5 : 0}
                      dy={next ? -0.9 - 1.2 * (notes.gapLines.length - 1) : under ? 1.5 : -0.9}
                      lines={next ? notes.gapLines : [targetLabel(m.value, m.approximate)]}
                      narrowLines={next ? notes.gapLinesNarrow : undefined}
                      strong={next}
                      {...note}
                    />
                  )}
                />
              );
            })}
            {latest && notes.latest && (
              <ReferenceDot
                x={latest.x}
                y={latest.value}
                r={0}
                shape={(p: At) => (
                  <g>
                    <circle cx={p.cx} cy={p.cy} r={large ? 11 : 6} fill={colors.recorded} stroke={colors.surface} strokeWidth={2} />
                    <ChartNote x={p.cx ?? 0} y={p.cy ?? 0} dx={right(latest.x) ? -0.7 : 0.7} anchor={right(latest.x) ? 'end' : 'start'} dy={1.4}
                      lines={[notes.latest!.value, notes.latest!.date]} strong {...note} color={colors.recorded} />
                  </g>
                )}
              />
            )}
            {pathToday && notes.pathToday && (
              <ReferenceDot
                x={pathToday.x}
                y={pathToday.value}
                r={0}
                shape={(p: At) => (
                  <g>
                    <circle cx={p.cx} cy={p.cy} r={large ? 11 : 6} fill={colors.surface} stroke={colors.path} strokeWidth={large ? 4 : 2.5} />
                    <ChartNote x={p.cx ?? 0} y={p.cy ?? 0} dx={-0.8} anchor="end" dy={-0.7}
                      lines={[t('target.note.pathToday', { value: notes.pathToday })]} {...note} />
                  </g>
                )}
              />
            )}
            {projections.map((pr, i) => (
              <ReferenceDot
                key={pr.x}
                x={pr.x}
                y={pr.value}
                r={0}
                shape={(p: At) => (
                  <ChartNote
                    x={p.cx ?? 0}
                    y={p.cy ?? 0}
                    dx={right(pr.x) ? -0.7 : 0.7}
                    anchor={right(pr.x) ? 'end' : 'start'}
                    dy={pr.below ? 1.5 : -0.8}
                    lines={[t('target.note.projection', notes.projections[i]!)]}
                    {...note}
                    color={colors.projection}
                  />
                )}
              />
            ))}
            {!latest && (
              <ReferenceDot
                x={today}
                y={0}
                r={0}
                shape={(p: At) => <ChartNote x={p.cx ?? 0} y={p.cy ?? 0} dx={0.6} dy={-2.2} lines={[t('target.note.noFigure')]} {...note} />}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {notes.events.length > 0 && (
        <div className="chart-events">
          <p>{t('target.eventsKey')}</p>
          <ol>
            {notes.events.map((e) => (
              <li key={e.number}>
                <span className="chart-event-number">({e.number})</span> {t('target.eventItem', e)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
