import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { VIRTUAL_FROM } from '../../../components/virtual-list';
import type { TimelineLayout } from '../../../domain/timeline';
import type { RowRoom } from '../../../domain/timeline-rows';
import { useElementRoom } from '../../../hooks/use-element-width';
import { useFormat } from '../../../hooks/use-format';
import { TimelineLaneView } from './timeline-lane';
import { TimelineList } from './timeline-list';
import '../timeline.css';

/** Narrower than this (a phone), the timeline is a list by year: cards side by side would not fit. */
export const LIST_BELOW_PX = 600;
/** A card's width in ems: room for a title in two or three lines. */
const CARD_EM = 19;

const pct = (x: number) => `${x * 100}%`;

/**
 * Lanes per resolution on one time axis that gives the near years their room; each item is a
 * card (a button that opens its detail) whose title wraps, so it is readable in full.
 */
export function TimelineChart({ layout, selectedId, onSelect, cardEm = CARD_EM }: {
  layout: TimelineLayout;
  selectedId: string | null;
  onSelect: (id: string) => void;
  cardEm?: number;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const measured = useElementRoom(frame);
  let body: ReactNode = null;
  if (measured && measured.width < LIST_BELOW_PX) body = <TimelineList layout={layout} selectedId={selectedId} onSelect={onSelect} />;
  else if (measured) {
    const room: RowRoom = { trackPx: measured.width - 2.8 * measured.rootPx, cardPx: cardEm * measured.fontPx, gapPx: measured.fontPx / 2 };
    body = <TimelineLanes layout={layout} room={room} selectedId={selectedId} onSelect={onSelect} />;
  }
  return (
    <div ref={frame} className="timeline">
      {body}
    </div>
  );
}

function TimelineAxisView({ layout }: { layout: TimelineLayout }) {
  const format = useFormat();
  const { axis } = layout;
  return (
    <div className="timeline-axis" aria-hidden="true">
      {axis.segments
        .filter((s) => s.compressed)
        .map((s) => (
          <span key={s.from} className="axis-compressed" style={{ left: pct(s.start), width: pct(s.end - s.start) }} />
        ))}
      {axis.ticks.map((tick) => (
        <span key={tick.year} className="tick" style={{ left: pct(tick.at) }}>
          {format.year(tick.year)}
        </span>
      ))}
      {axis.breaks.map((b) => (
        <span key={b.from} className="axis-break" style={{ left: pct(b.at) }}>
          //
        </span>
      ))}
    </div>
  );
}

function ScaleNote({ layout }: { layout: TimelineLayout }) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = layout.axis.breaks[0];
  if (!first) return null;
  return <p className="timeline-scale-note">{t('timeline.scaleNote', { year: format.year(first.from) })}</p>;
}

function TimelineLanes({ layout, room, selectedId, onSelect }: {
  layout: TimelineLayout;
  room: RowRoom;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const lane = (index: number) => (
    <TimelineLaneView lane={layout.lanes[index]!} laneIndex={index} axis={layout.axis} room={room} selectedId={selectedId} onSelect={onSelect} />
  );
  const axis = <TimelineAxisView layout={layout} />;
  if (layout.lanes.length < VIRTUAL_FROM)
    return (
      <>
        <ScaleNote layout={layout} />
        {axis}
        {layout.lanes.map((l, i) => (
          <div key={l.id}>{lane(i)}</div>
        ))}
      </>
    );
  return (
    <>
      <ScaleNote layout={layout} />
      <WindowedLanes layout={layout} axis={axis} lane={lane} />
    </>
  );
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
    estimateSize: (i) => 48 + Math.min(layout.lanes[i]!.items.length, 6) * 40,
    overscan: 3,
    useFlushSync: false,
    getItemKey: (i) => layout.lanes[i]!.id,
  });
  return (
    <div ref={scroller} className="timeline-windowed" tabIndex={0} role="group" aria-label={label}>
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
