/**
 * The service worker (src/sw.ts) answers the dataset from its cache when the network does not,
 * and marks that answer with this header so the page can say it shows a saved copy.
 */
export const DATASET_CACHE_HEADER = 'X-Policy-Targets-Cache';

/** Where the dataset on screen came from, and when it left the server. */
export interface DatasetCopy {
  /** Answered by the service worker's cache, not by the network. */
  fromCache: boolean;
  /** ISO instant: the response's own `Date`, or when it arrived if the server sent none. */
  savedAt: string;
}

export function readDatasetCopy(headers: Headers, receivedAt: Date): DatasetCopy {
  const stamped = Date.parse(headers.get('Date') ?? '');
  return {
    fromCache: headers.get(DATASET_CACHE_HEADER) === 'hit',
    savedAt: new Date(Number.isNaN(stamped) ? receivedAt.getTime() : stamped).toISOString(),
  };
}
