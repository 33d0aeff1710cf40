import { useTranslation } from '../hooks/use-translation';
import type { DecisionState } from '../domain/decisions';

/** Open, overdue or done, in words (never colour alone). */
export function DecisionStateBadge({ state }: { state: DecisionState }) {
  const { t } = useTranslation();
  return <span className={`decision-state decision-${state}`}>{t(`meetings.state.${state}`)}</span>;
}
