import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { dataStartDate } from '../../domain/data-range';
import { FigurePanel } from '../../features/records/components/figure-panel';
import { TargetDetail } from '../../features/targets/components/target-detail';
import { useFormat } from '../../hooks/use-format';
import { useMergedDataset } from '../../hooks/use-merged-dataset';
import { todayIso } from '../../lib/clock';
import { NotFound } from './not-found';

export function TargetRoute() {
  const { targetId } = useParams();
  const format = useFormat();
  const query = useMergedDataset();
  const target = query.data?.data.targets.find((t) => t.id === targetId);
  const today = todayIso();
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && !target && <NotFound />}
      {query.data && target && (
        <TargetDetail target={target} data={query.data.data} figures={query.data.figuresByTarget.get(target.id) ?? []} today={today}>
          <FigurePanel
            targetId={target.id}
            unit={format.text(target.unit)}
            context={{
              dataStart: dataStartDate(query.data.data),
              today,
              largestMilestone: Math.max(...target.milestones.map((m) => m.value)),
            }}
          />
        </TargetDetail>
      )}
    </QueryState>
  );
}
