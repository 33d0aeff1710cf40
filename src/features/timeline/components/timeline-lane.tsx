import { useTranslation } from 'react-i18next';
import { LANE_COLORS } from '../../../config/colors';
import type { TimelineLane } from '../../../domain/timeline';
import { useFormat } from '../../../hooks/use-format';
import { timelineItemDate, timelineItemLabel } from './timeline-item-label';

/** One resolution's lane: its rows of items, each a button that opens its detail. */
export function TimelineLaneView({ lane, laneIndex, years, pos, labelShare, selectedId, onSelect }: {
  lane: TimelineLane;
  laneIndex: number;
  years: number[];
  pos: (x: number) => string;
  labelShare: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const color = LANE_COLORS[laneIndex % LANE_COLORS.length];
  const name = lane.resolution ? t('resolution.short', { code: lane.resolution.code }) : t('timeline.sharedLane');
  return (
    <section className="timeline-lane" aria-label={name}>
      <h3 className="lane-label" style={{ borderColor: color }}>
        {name}
      </h3>
      <div className="lane-rows">
        {/* One set of year lines for the whole lane, however many rows it has. */}
        <div className="lane-grid" aria-hidden="true">
          {years.map((y) => (
            <span key={y} className="gridline" style={{ left: pos(y) }} />
          ))}
        </div>
        {lane.rows.map((row, r) => (
          <div key={r} className="lane-row">
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
                    ['--lane-color' as string]: color,
                  }}
                  aria-pressed={selectedId === item.id}
                  aria-label={`${timelineItemDate(item, format)}: ${timelineItemLabel(item, t, format)}`}
                  onClick={() => onSelect(item.id)}
                >
                  <span className="item-date">{timelineItemDate(item, format, true)}</span>
                  <span className="item-text">{timelineItemLabel(item, t, format, false)}</span>
                </button>
              );
            })}
          </div>
        ))}
      </div>
    </section>
  );
}
