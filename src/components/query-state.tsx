import type { ReactNode } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { DatasetError } from '../domain/dataset-error';

interface Props {
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
  isRetrying?: boolean;
  children: ReactNode;
}

/** Loading, error-with-retry, or the content: no fetch ever leaves a blank page. */
export function QueryState({ isPending, error, onRetry, isRetrying = false, children }: Props) {
  const { t } = useTranslation();
  if (error) {
    const code = error instanceof DatasetError ? error.code : 'network';
    const issues = error instanceof DatasetError ? error.issues.slice(0, 5) : [];
    return (
      <section role="alert" className="panel error-panel">
        <h2>{t('state.errorTitle')}</h2>
        <p>{t(`state.error.${code}`)}</p>
        {issues.length > 0 && (
          <ul className="muted">
            {issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        )}
        <button type="button" onClick={onRetry} disabled={isRetrying}>
          {isRetrying ? t('state.retrying') : t('state.retry')}
        </button>
      </section>
    );
  }
  if (isPending) {
    return (
      <p role="status" className="panel loading">
        {t('state.loading')}
      </p>
    );
  }
  return <>{children}</>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
