import { useTranslation } from '../../../hooks/use-translation';
import { ChangeList } from '../../../components/change-list';
import { OpenActionsTable } from '../../../components/open-actions-table';
import { useComparisonTitle } from '../../../hooks/use-change-sentence';
import type { WhatChanged } from '../../../hooks/use-what-changed';

/** The review's part of the report: what changed since the meeting, and the open actions, overdue first. */
export function ReportReview({ review }: { review: WhatChanged }) {
  const { t } = useTranslation();
  const comparisonTitle = useComparisonTitle();
  return (
    <section className="report-section report-review" aria-labelledby="report-review">
      <h2 id="report-review">{t('meetings.since.title')}</h2>
      <p className="muted">{comparisonTitle(review.comparison.from, review.comparison.to)}</p>
      <ChangeList changes={review.changes} labels={review.labels} units={review.units} />
      <OpenActionsTable actions={review.actions} caption={t('meetings.actions.title')} />
    </section>
  );
}
