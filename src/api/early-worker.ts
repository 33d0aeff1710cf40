/**
 * The dataset worker as the page's first script starts it (src/app/scripts-after-paint.ts),
 * beside the dataset's download: started by the app's own scripts once they had run, its script
 * was loaded and compiled 100-130 ms after the large file had arrived, and the parse waited.
 * The app adopts it once (parse-off-thread.ts). The page's script knows the key from the build
 * (scripts/prerender-plugin.ts), as it imports nothing.
 */
export const EARLY_WORKER_KEY = '__policyTargetsDatasetWorker';

/** What the page's script leaves for the app: the worker, and whether it has failed to start. */
export interface EarlyWorker {
  worker: Worker;
  failed: boolean;
}

/** The worker the page started, once; null when there is none, or it failed to start (the app then starts its own). */
export function adoptEarlyWorker(scope: object = globalThis): Worker | null {
  const holder = scope as Record<string, EarlyWorker | undefined>;
  const early = holder[EARLY_WORKER_KEY];
  if (!early) return null;
  delete holder[EARLY_WORKER_KEY];
  if (!early.failed) return early.worker;
  early.worker.terminate();
  return null;
}
