import { useMemo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { LANE_COLORS } from '../../../config/colors';
import type { TimelineLane } from '../../../domain/timeline';
import type { TimelineAxis } from '../../../domain/timeline-axis';
import { placeRows, type RowRoom } from '../../../domain/timeline-rows';
import { TimelineCard } from './timeline-card';

const pct = (x: number) => `${x * 100}%`;

/** One resolution's lane: its name above, then rows of cards placed on the axis. */
export function TimelineLaneView({ lane, laneIndex, axis, room, selectedId, onSelect }: {
  lane: TimelineLane;
  laneIndex: number;
  axis: TimelineAxis;
  room: RowRoom;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const color = LANE_COLORS[laneIndex % LANE_COLORS.length];
  const name = lane.resolution ? t('resolution.short', { code: lane.resolution.code }) : t('timeline.sharedLane');
  const rows = useMemo(() => placeRows(lane.items, axis, room), [lane.items, axis, room]);
  return (
    <section className="timeline-lane" aria-label={name} style={{ ['--lane-color' as string]: color }}>
      <h3 className="lane-label">{name}</h3>
      <div className="lane-rows">
        {/* One set of year lines for the whole lane, however many rows it has. */}
        <div className="lane-grid" aria-hidden="true">
          {axis.segments
            .filter((s) => s.compressed)
            .map((s) => (
              <span key={s.from} className="lane-compressed" style={{ left: pct(s.start), width: pct(s.end - s.start) }} />
            ))}
          {axis.ticks.map((tick) => (
            <span key={tick.year} className="gridline" style={{ left: pct(tick.at) }} />
          ))}
        </div>
        {rows.map((row, r) => (
          <div key={r} className="lane-row">
            {row.map((placed) => (
              <TimelineCard
                key={placed.item.id}
                item={placed.item}
                selected={selectedId === placed.item.id}
                onSelect={onSelect}
                className={placed.flipped ? 'flipped' : undefined}
                style={{ marginLeft: pct(placed.left), width: pct(placed.width) }}
                span={placed.until - placed.at > 0.002 ? { left: pct((placed.at - placed.left) / placed.width), width: pct((placed.until - placed.at) / placed.width) } : undefined}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
