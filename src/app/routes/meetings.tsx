import { QueryState } from '../../components/query-state';
import { MeetingsPage } from '../../features/meetings/components/meetings-page';
import { useMergedDataset } from '../../hooks/use-merged-dataset';
import { useToday } from '../../hooks/use-today';
import { useCanWrite } from '../../stores/workspace';

export function MeetingsRoute() {
  const query = useMergedDataset();
  const today = useToday();
  const canWrite = useCanWrite();
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && <MeetingsPage merged={query.data} today={today} canWrite={canWrite} />}
    </QueryState>
  );
}
