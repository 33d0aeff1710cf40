import { useCallback } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetUrl, shippedDatasetUrl } from '../config/paths';
import { DatasetError } from '../domain/dataset-error';
import { now } from '../lib/clock';
import type { Dataset } from '../domain/types';
import { readDatasetCopy, type DatasetCopy } from './dataset-copy';
import { parseDatasetOffThread } from './parse-off-thread';

/** The validated dataset, and whether it is the service worker's saved copy. */
export interface LoadedDataset {
  dataset: Dataset;
  copy: DatasetCopy;
  /** The file's SHA-256 for the shipped file (the prerendered first view checks it), else null. */
  sha256: string | null;
}

export async function fetchDataset(url = datasetUrl(), signal?: AbortSignal): Promise<LoadedDataset> {
  // The worker that parses it starts loading beside the download.
  parseDatasetOffThread.warm(Number.POSITIVE_INFINITY);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('The dataset could not be reached.', [], 'network');
  }
  if (!response.ok) throw new DatasetError(`The server answered ${response.status}.`, [String(response.status)], 'http');
  const copy = readDatasetCopy(response.headers, now());
  // Fetched here, so the page's <link rel="preload"> is used. The page reads the body (in small
  // tasks, as it arrives) and hands the bytes to the worker without a copy. Handing it the body
  // still downloading instead cost more: Chromium copies a transferred stream to the worker chunk
  // by chunk, and on the large file that read took 450-630 ms in the worker after the download
  // had finished (first chart 3.2-3.3 s that way, 3.0 s this way, alternated runs).
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    // The download broke off: the file is not bad, it did not arrive.
    throw new DatasetError('The dataset could not be reached.', [], 'network');
  }
  const { dataset, sha256 } = await parseDatasetOffThread(bytes, { digest: url === shippedDatasetUrl() });
  return { dataset, copy, sha256 };
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', datasetUrl()] as const,
    queryFn: ({ signal }) => fetchDataset(datasetUrl(), signal),
    // The dataset arrives whole and is never mutated: deep-comparing tens of thousands of items
    // (and every select result, on every filter change) to reuse references would cost more
    // than it saves.
    structuralSharing: false,
  });

export function useDataset<T = Dataset>(select?: (data: Dataset) => T) {
  const pick = useCallback((loaded: LoadedDataset) => (select ? select(loaded.dataset) : loaded.dataset) as T, [select]);
  return useQuery({ ...datasetQueryOptions(), select: pick });
}

const selectCopy = (loaded: LoadedDataset) => loaded.copy;

/** Where the dataset on screen came from (undefined until it has loaded). */
export function useDatasetCopy() {
  return useQuery({ ...datasetQueryOptions(), select: selectCopy });
}
