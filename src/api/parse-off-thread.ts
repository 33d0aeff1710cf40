import { DatasetError } from '../domain/dataset-error';
import type { Dataset } from '../domain/types';
import type { ParseRequest, ParseResponse, WorkerMessage } from './parse-dataset-bytes';

export interface ParsedDataset {
  dataset: Dataset;
  /** The file's SHA-256 when asked for, else null. */
  sha256: string | null;
}

/** What the parser needs of a Worker: the browser's, or a test's stand-in. */
export interface WorkerLike {
  postMessage(message: ParseRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
}

const inThread = async (bytes: ArrayBuffer, digest: boolean): Promise<ParsedDataset> => {
  // Loaded on demand: the validator (and zod) stays out of the first view's scripts.
  const { answerParseRequest } = await import('./parse-dataset-bytes');
  return settle(await answerParseRequest({ id: 0, bytes, digest }));
};

function settle(response: ParseResponse): ParsedDataset {
  if (!response.ok) throw new DatasetError(response.error.message, response.error.issues, response.error.code);
  return { dataset: response.dataset, sha256: response.sha256 };
}

/**
 * Parses and validates the dataset's bytes in a worker, handing them over without a copy; the
 * long lists come back in slices (see `toMessages`), each unpacked in a short task.
 * Where no worker can run (jsdom in the unit tests, a browser that refuses module workers, a
 * worker that fails to start) the same code runs on the page's thread, so the dataset and the
 * errors are the same either way.
 */
export function createDatasetParser(makeWorker: (() => WorkerLike) | null, { inPageBelow = 0 } = {}) {
  let worker: WorkerLike | null = null;
  let broken = makeWorker === null;
  let nextId = 1;
  const pending = new Map<
    number,
    { slices: Map<string, unknown[]>; resolve: (parsed: ParsedDataset) => void; reject: (error: Error) => void }
  >();

  function start(): WorkerLike {
    const started = makeWorker!();
    started.addEventListener('message', ({ data }) => {
      const waiting = pending.get(data.id);
      if (!waiting) return;
      if ('slice' in data) {
        const list = waiting.slices.get(data.slice.key) ?? [];
        for (const item of data.slice.items) list.push(item);
        waiting.slices.set(data.slice.key, list);
        return;
      }
      pending.delete(data.id);
      try {
        const parsed = settle(data);
        for (const [key, list] of waiting.slices) (parsed.dataset as unknown as Record<string, unknown>)[key] = list;
        waiting.resolve(parsed);
      } catch (error) {
        waiting.reject(error as Error);
      }
    });
    started.addEventListener('error', () => {
      // The worker could not start or crashed. The bytes it was handed are gone (transferred,
      // not copied), so those loads fail as unreachable and the query's retry parses here.
      broken = true;
      worker = null;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(new DatasetError('The dataset could not be read.', [], 'network'));
      }
    });
    return started;
  }

  /**
   * Starts the worker ahead of the bytes when a download this large is on its way, so its
   * script loads and compiles while the file downloads.
   */
  function warm(expectedBytes: number): void {
    if (broken || worker || expectedBytes < inPageBelow) return;
    try {
      worker = start();
    } catch {
      broken = true;
    }
  }

  function parse(bytes: ArrayBuffer, { digest = false } = {}): Promise<ParsedDataset> {
    if (broken || bytes.byteLength < inPageBelow) return inThread(bytes, digest);
    try {
      worker ??= start();
    } catch {
      broken = true;
      return inThread(bytes, digest);
    }
    const id = nextId++;
    return new Promise<ParsedDataset>((resolve, reject) => {
      pending.set(id, { slices: new Map(), resolve, reject });
      try {
        worker!.postMessage({ id, bytes, digest }, [bytes]);
      } catch {
        // A worker that refuses the message (the buffer was not handed over): the page parses it.
        pending.delete(id);
        inThread(bytes, digest).then(resolve, reject);
      }
    });
  }
  return Object.assign(parse, { warm });
}

const browserWorker =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' }) as unknown as WorkerLike;

/**
 * The app's parser: a worker in browsers, the page's thread where there is none. Even the
 * shipped file (64 KB) goes to the worker: in the page, loading and compiling the validator and
 * validating took 40 ms of the main thread while the prerendered first screen waited to come
 * alive (4 × that on Lighthouse's slowed-down phone), and the worker's start overlaps the download.
 */
export const parseDatasetOffThread = createDatasetParser(browserWorker);
