import { useTranslation } from '../../../hooks/use-translation';
import { LANE_COLORS } from '../../../config/colors';
import { itemsByYear, type TimelineLayout } from '../../../domain/timeline';
import { useFormat } from '../../../hooks/use-format';
import { TimelineCard } from './timeline-card';

/** The timeline on a phone: a list by year, every card the screen's width, nothing cut off. */
export function TimelineList({ layout, selectedId, onSelect }: {
  layout: TimelineLayout;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const laneIndex = new Map(layout.lanes.map((l, i) => [l.id, i]));
  const laneName = new Map(layout.lanes.map((l) => [l.id, l.resolution ? t('resolution.short', { code: l.resolution.code }) : t('timeline.sharedLane')]));
  return (
    <ol className="timeline-list">
      {itemsByYear(layout.items).map(({ year, items }) => (
        <li key={year}>
          <h3 className="timeline-list-year">{format.year(year)}</h3>
          <ul>
            {items.map((item) => (
              <li key={item.id} style={{ ['--lane-color' as string]: LANE_COLORS[(laneIndex.get(item.lane) ?? 0) % LANE_COLORS.length] }}>
                <TimelineCard item={item} selected={selectedId === item.id} onSelect={onSelect} extra={<span className="item-lane">{laneName.get(item.lane)}</span>} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
