import { useTranslation } from 'react-i18next';
import type { Status } from '../domain/types';

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
