import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetUrl } from '../config/paths';
import { DatasetError, parseDataset } from '../domain/parse-dataset';
import type { Dataset } from '../domain/types';

export async function fetchDataset(url = datasetUrl(), signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('The dataset could not be reached.', [], 'network');
  }
  if (!response.ok) throw new DatasetError(`The server answered ${response.status}.`, [String(response.status)], 'http');
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetError('The dataset is not valid JSON.', [], 'not-json');
  }
  return parseDataset(json);
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', datasetUrl()] as const,
    queryFn: ({ signal }) => fetchDataset(datasetUrl(), signal),
  });

export function useDataset<T = Dataset>(select?: (data: Dataset) => T) {
  return useQuery({ ...datasetQueryOptions(), select });
}
