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
  parseDatasetOffThread.warm();
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('The dataset could not be reached.', [], 'network');
  }
  if (!response.ok) throw new DatasetError(`The server answered ${response.status}.`, [String(response.status)], 'http');
  const copy = readDatasetCopy(response.headers, now());
  // Fetched here, so the page's <link rel="preload"> is used. The page reads the body piece by
  // piece as it arrives and hands each piece to the worker, which decodes it at once: on the
  // large file, reading it whole (response.arrayBuffer()) held the page's thread for 240-300 ms
  // in one task, and the worker decoded all 21 MB only after the last byte. Handing the worker
  // the body stream itself cost more still: Chromium copies a transferred stream chunk by chunk.
  const session = parseDatasetOffThread.begin({ digest: url === shippedDatasetUrl() });
  try {
    const reader = response.body?.getReader();
    for (let piece = await reader?.read(); piece && !piece.done; piece = await reader!.read()) session.push(piece.value);
  } catch (cause) {
    session.cancel();
    if (signal?.aborted) throw cause;
    // The download broke off: the file is not bad, it did not arrive.
    throw new DatasetError('The dataset could not be reached.', [], 'network');
  }
  const { dataset, sha256 } = await session.end();
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
