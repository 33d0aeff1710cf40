import type { TFunction } from 'i18next';
import type { TimelineItem } from '../../../domain/timeline';
import type { useFormat } from '../../../hooks/use-format';
import { countsText } from '../../../lib/counts-text';

type Format = ReturnType<typeof useFormat>;

/** The words shown on an item: events by title, deadlines by what falls due. */
export function timelineItemLabel(item: TimelineItem, t: TFunction, format: Format, withResolution = true): string {
  if (item.kind === 'event') {
    const title = format.text(item.event.title);
    return item.event.origin === 'user' ? `${title} (${t('records.userAdded')})` : title;
  }
  const d = item.deadline;
  // A horizon event on the same date names the deadline ("Resolution 292/NQ-CP: plan horizon 2030").
  const horizons = item.horizons.map((h) => format.text(h.title));
  const parts = horizons.length > 0 ? horizons : withResolution ? [t('resolution.short', { code: d.resolution.code })] : [];
  if (d.commitments.length > 0)
    parts.push(countsText(t, d.commitments, 'deadline.commitments'));
  if (d.onHorizon.length > 0) parts.push(countsText(t, d.onHorizon, 'deadline.horizon'));
  for (const { target, milestone } of d.milestones)
    parts.push(
      t(milestone.approximate ? 'target.milestoneApprox' : 'target.milestone', {
        value: format.number(milestone.value),
        unit: format.text(target.unit),
        year: format.year(milestone.year),
      }),
    );
  return parts.join(' · ');
}

/** The item's date in full (tables, screen readers) or `short` where room is tight ("11 – 12 Apr 2025"). */
export function timelineItemDate(item: TimelineItem, format: Format, short = false): string {
  if (item.kind === 'deadline') return format.year(item.deadline.year);
  return short ? format.dateRangeShort(item.event.date, item.event.endDate) : format.dateRange(item.event.date, item.event.endDate);
}
