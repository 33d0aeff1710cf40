import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import type { TimelineItem } from '../../../domain/timeline';
import { useFormat } from '../../../hooks/use-format';
import { timelineItemDate, timelineItemLabel } from './timeline-item-label';

/** An item's card: its date and its full title (wrapped, never cut); a button that opens its detail. */
export function TimelineCard({ item, selected, onSelect, className, style, span, extra }: {
  item: TimelineItem;
  selected: boolean;
  onSelect: (id: string) => void;
  className?: string;
  style?: CSSProperties;
  /** A period: the bar along the card's top from its start to its end. */
  span?: { left: string; width: string };
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const kind = item.kind === 'event' ? item.event.kind : 'deadline';
  return (
    <button
      type="button"
      className={`timeline-card kind-${kind}${span ? ' range' : ''}${className ? ` ${className}` : ''}`}
      style={style}
      aria-pressed={selected}
      aria-label={`${timelineItemDate(item, format)}: ${timelineItemLabel(item, t, format)}`}
      onClick={() => onSelect(item.id)}
    >
      {span && <span className="item-span" style={span} aria-hidden="true" />}
      <span className="item-date">{timelineItemDate(item, format, true)}</span>
      {extra}
      <span className="item-text">{timelineItemLabel(item, t, format, false)}</span>
    </button>
  );
}
