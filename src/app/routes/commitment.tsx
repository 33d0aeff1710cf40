import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { dataStartDate } from '../../domain/data-range';
import { CommitmentDetail } from '../../features/commitments/components/commitment-detail';
import { effectiveUnits } from '../../domain/units';
import { AssessmentPanel } from '../../features/records/components/assessment-panel';
import { AssignmentPanel } from '../../features/records/components/assignment-panel';
import { useMergedDataset } from '../../hooks/use-merged-dataset';
import { todayIso } from '../../lib/clock';
import { NotFound } from './not-found';

export function CommitmentRoute() {
  const { commitmentId } = useParams();
  const query = useMergedDataset();
  const commitment = query.data?.data.commitments.find((c) => c.id === commitmentId);
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && !commitment && <NotFound />}
      {query.data && commitment && (
        <>
          <CommitmentDetail commitment={commitment} data={query.data.data} units={effectiveUnits(commitment, query.data.assignments.get(commitment.id))} />
          <AssessmentPanel commitmentId={commitment.id} context={{ dataStart: dataStartDate(query.data.data), today: todayIso() }} />
          <AssignmentPanel commitmentId={commitment.id} />
        </>
      )}
    </QueryState>
  );
}
