import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { CitationList } from '../../../components/citation-list';
import { paths } from '../../../config/paths';
import type { TimelineItem } from '../../../domain/timeline';
import type { Resolution } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { timelineItemDate, timelineItemLabel } from './timeline-item-label';
import { InferredNote } from '../../../components/inferred-note';
import { Statements } from '../../../components/statements';
import { countsText } from '../../../lib/counts-text';

export function TimelineDetail({ item, resolutions, onClose }: {
  item: TimelineItem;
  resolutions: Resolution[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  // Selecting an item takes the reader (and the keyboard) to its detail.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [item.id]);
  const related =
    item.kind === 'event'
      ? resolutions.filter((r) => item.event.resolutionIds.includes(r.id))
      : [item.deadline.resolution];
  return (
    <section className="panel timeline-detail" aria-labelledby="timeline-detail-title">
      <div className="chart-head">
        <h2 id="timeline-detail-title" ref={heading} tabIndex={-1}>
          {timelineItemLabel(item, t, format)}
        </h2>
        <button type="button" onClick={onClose}>
          {t('timeline.close')}
        </button>
      </div>
      <p>
        <strong>{timelineItemDate(item, format)}</strong> ·{' '}
        {item.kind === 'event' ? t(`eventKind.${item.event.kind}`) : t('timeline.deadline')}
      </p>
      {related.length > 0 && (
        <p>
          {related.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ', '}
              <AppLink to={paths.resolution(r.id)}>{t('resolution.short', { code: r.code })}</AppLink>
            </span>
          ))}
        </p>
      )}
      {item.kind === 'event' ? (
        <>
          <InferredNote inferred={item.event.inferred} />
          <CitationList citations={item.event.citations} />
          <Statements statements={item.event.statements} title={t('event.statements')} headingLevel={3} />
        </>
      ) : (
        <>
        {item.horizons.length > 0 && <CitationList citations={item.horizons.flatMap((h) => h.citations)} />}
        <ul>
          {item.deadline.commitments.map((c) => (
            <li key={c.id}>
              <AppLink to={paths.commitment(c.id)}>{format.text(c.text)}</AppLink>
            </li>
          ))}
          {item.deadline.milestones.map(({ target }) => (
            <li key={target.id}>
              <AppLink to={paths.target(target.id)}>{format.text(target.label)}</AppLink>
            </li>
          ))}
          {item.deadline.onHorizon.length > 0 && <li className="muted">{countsText(t, item.deadline.onHorizon, 'deadline.horizon')}</li>}
        </ul>
        </>
      )}
    </section>
  );
}
