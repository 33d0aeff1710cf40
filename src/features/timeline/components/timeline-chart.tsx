import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VIRTUAL_FROM } from '../../../components/virtual-list';
import type { TimelineLayout } from '../../../domain/timeline';
import { useFormat } from '../../../hooks/use-format';
import { TimelineLaneView } from './timeline-lane';

/** A lane row's height in pixels (3.4rem), for the virtualizer's first estimate. */
const ROW_PX = 55;

/** Lanes per resolution on one year axis; each item is a button that opens its detail. */
export function TimelineChart({ layout, labelShare, selectedId, onSelect }: {
  layout: TimelineLayout;
  /** The share of the axis an item's label takes: the axis runs that much past the last year. */
  labelShare: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
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
  const axis = (
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
  );
  const lane = (index: number) => (
    <TimelineLaneView lane={layout.lanes[index]!} laneIndex={index} years={years} pos={pos} labelShare={labelShare} selectedId={selectedId} onSelect={onSelect} />
  );
  if (layout.lanes.length < VIRTUAL_FROM) {
    return (
      <div className="timeline">
        {axis}
        {layout.lanes.map((l, i) => (
          <div key={l.id}>{lane(i)}</div>
        ))}
      </div>
    );
  }
  return <WindowedLanes layout={layout} axis={axis} lane={lane} />;
}

/** Hundreds of lanes: the timeline scrolls in its frame, the axis stays on top, only lanes in view are drawn. */
function WindowedLanes({ layout, axis, lane }: { layout: TimelineLayout; axis: ReactNode; lane: (index: number) => ReactNode }) {
  const { t } = useTranslation();
  const label = t('timeline.chartTitle');
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; read in render only.
  const virtualizer = useVirtualizer({
    count: layout.lanes.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => layout.lanes[i]!.rows.length * ROW_PX + 2,
    overscan: 3,
    useFlushSync: false,
    getItemKey: (i) => layout.lanes[i]!.id,
  });
  return (
    <div ref={scroller} className="timeline windowed" tabIndex={0} role="group" aria-label={label}>
      <div className="timeline-sticky-axis">{axis}</div>
      <div className="timeline-window" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="timeline-window-item" style={{ transform: `translateY(${row.start}px)` }}>
            {lane(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
