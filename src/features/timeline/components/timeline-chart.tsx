import { useTranslation } from 'react-i18next';
import { LANE_COLORS } from '../../../config/colors';
import type { TimelineLayout } from '../../../domain/timeline';
import { useFormat } from '../../../hooks/use-format';
import { timelineItemDate, timelineItemLabel } from './timeline-item-label';

/** Lanes per resolution on one year axis; each item is a button that opens its detail. */
export function TimelineChart({ layout, labelShare, selectedId, onSelect }: {
  layout: TimelineLayout;
  /** The share of the axis an item's label takes: the axis runs that much past the last year. */
  labelShare: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const span = Math.max(1, layout.to - layout.from);
  const axisSpan = span / (1 - labelShare);
  const pos = (x: number) => `${((x - layout.from) / axisSpan) * 100}%`;
  const step = Math.max(1, Math.ceil(span / 12));
  const years = Array.from({ length: span + 1 }, (_, i) => layout.from + i);
  // Every `step` years, and always the last year; a step too close to the end gives way to it.
  const majors = new Set(years.filter((y) => (y - layout.from) % step === 0));
  const lastMajor = Math.max(...majors);
  if (lastMajor !== layout.to) {
    if (layout.to - lastMajor < step) majors.delete(lastMajor);
    majors.add(layout.to);
  }
  return (
    <div className="timeline">
      <div className="timeline-axis" aria-hidden="true">
        <span className="lane-label" />
        <div className="axis-track">
          {years.map((y) => (
            <span key={y} className={`tick${majors.has(y) ? ' major' : ''}`} style={{ left: pos(y) }}>
              {majors.has(y) ? format.year(y) : ''}
            </span>
          ))}
        </div>
      </div>
      {layout.lanes.map((lane, laneIndex) => (
        <section key={lane.id} className="timeline-lane" aria-label={lane.resolution ? t('resolution.short', { code: lane.resolution.code }) : t('timeline.sharedLane')}>
          <h3 className="lane-label" style={{ borderColor: LANE_COLORS[laneIndex % LANE_COLORS.length] }}>
            {lane.resolution ? t('resolution.short', { code: lane.resolution.code }) : t('timeline.sharedLane')}
          </h3>
          <div className="lane-rows">
            {lane.rows.map((row, r) => (
              <div key={r} className="lane-row">
                {years.map((y) => (
                  <span key={y} className="gridline" style={{ left: pos(y) }} aria-hidden="true" />
                ))}
                {row.map((item) => {
                  const isRange = item.end - item.start > 0.05;
                  return (
                    <button
                      key={item.id}
                      type="button"
                      className={`timeline-item kind-${item.kind === 'event' ? item.event.kind : 'deadline'}${isRange ? ' range' : ''}`}
                      style={{
                        left: pos(item.start),
                        maxWidth: isRange ? undefined : `${labelShare * 95}%`,
                        width: isRange ? `calc(${pos(item.end)} - ${pos(item.start)})` : undefined,
                        ['--lane-color' as string]: LANE_COLORS[laneIndex % LANE_COLORS.length],
                      }}
                      aria-pressed={selectedId === item.id}
                      aria-label={`${timelineItemDate(item, format)}: ${timelineItemLabel(item, t, format)}`}
                      onClick={() => onSelect(item.id)}
                    >
                      <span className="item-date">{timelineItemDate(item, format)}</span>
                      <span className="item-text">{timelineItemLabel(item, t, format, false)}</span>
                    </button>
                  );
                })}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
