import { useTranslation } from '../../hooks/use-translation';
import { QueryState } from '../../components/query-state';
import { AddItemPanel } from '../../features/records/components/add-item-panel';
import { ExportPanel } from '../../features/records/components/export-panel';
import { ImportPanel } from '../../features/records/components/import-panel';
import { RecordsList } from '../../features/records/components/records-list';
import { ResetPanel } from '../../features/records/components/reset-panel';
import { StoragePanel } from '../../features/records/components/storage-panel';
import { useMergedDataset } from '../../hooks/use-merged-dataset';
import { useCanWrite, useWorkspace } from '../../stores/workspace';

export function RecordsRoute() {
  const { t } = useTranslation();
  const query = useMergedDataset();
  const canWrite = useCanWrite();
  // In a team workspace, "reset" would delete the team's records: only the browser-only mode has it.
  const inWorkspace = useWorkspace((s) => s.active);
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && (
        <>
          <header className="page-head">
            <h1>{t('records.page.title')}</h1>
            <p className="muted">{t('records.page.intro')}</p>
          </header>
          <div className="overview-grid">
            <ExportPanel merged={query.data.data} />
            {canWrite && <ImportPanel data={query.data.data} />}
          </div>
          {canWrite && <AddItemPanel data={query.data.data} />}
          <RecordsList data={query.data.data} />
          <StoragePanel />
          {!inWorkspace && <ResetPanel merged={query.data.data} />}
        </>
      )}
    </QueryState>
  );
}
