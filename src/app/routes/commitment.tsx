import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { useDataset } from '../../api/get-dataset';
import { CommitmentDetail } from '../../features/commitments/components/commitment-detail';
import { NotFound } from './not-found';

export function CommitmentRoute() {
  const { commitmentId } = useParams();
  const query = useDataset();
  const commitment = query.data?.commitments.find((c) => c.id === commitmentId);
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && (commitment ? <CommitmentDetail commitment={commitment} data={query.data} /> : <NotFound />)}
    </QueryState>
  );
}
