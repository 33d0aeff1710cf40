import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { useDataset } from '../../api/get-dataset';
import { TargetDetail } from '../../features/targets/components/target-detail';
import { useRecordedFigures } from '../../hooks/use-recorded-figures';
import { todayIso } from '../../lib/clock';
import { NotFound } from './not-found';

export function TargetRoute() {
  const { targetId } = useParams();
  const query = useDataset();
  const figures = useRecordedFigures();
  const target = query.data?.targets.find((t) => t.id === targetId);
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data &&
        (target ? <TargetDetail target={target} data={query.data} figures={figures} today={todayIso()} /> : <NotFound />)}
    </QueryState>
  );
}
