import { useTranslation } from '../hooks/use-translation';
import type { DecisionState } from '../domain/decisions';
import type { DecisionRecord } from '../domain/records';
import { useFormat } from '../hooks/use-format';
import { DataTable } from './data-table';
import { DecisionStateBadge } from './decision-state-badge';

/** Open decisions, overdue first: what, who, by when. */
export function OpenActionsTable({ actions, caption }: { actions: readonly { decision: DecisionRecord; state: DecisionState }[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (actions.length === 0) return <p className="empty">{t('meetings.actions.none')}</p>;
  return (
    <DataTable
      caption={caption}
      rows={[...actions]}
      rowKey={(a) => a.decision.id}
      columns={[
        { header: t('meetings.actions.decision'), cell: (a) => a.decision.text },
        { header: t('meetings.actions.owner'), cell: (a) => a.decision.owner },
        { header: t('meetings.actions.dueOn'), cell: (a) => format.date(a.decision.dueOn) },
        { header: t('meetings.actions.state'), cell: (a) => <DecisionStateBadge state={a.state} /> },
      ]}
    />
  );
}
