import { DatasetError } from '../domain/dataset-error';
import type { Dataset } from '../domain/types';
import type { ParseRequest, ParseResponse, WorkerMessage } from './parse-dataset-bytes';
import { adoptEarlyWorker } from './early-worker';

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

/** One file's parse: its pieces handed in as they download, then its end awaited. */
export interface ParseSession {
  push(piece: Uint8Array): void;
  /** The download broke off: nothing is parsed, and `end` is never awaited. */
  cancel(): void;
  end(): Promise<ParsedDataset>;
}

function settle(response: ParseResponse): ParsedDataset {
  if (!response.ok) throw new DatasetError(response.error.message, response.error.issues, response.error.code);
  return { dataset: response.dataset, sha256: response.sha256 };
}

/** A piece's own buffer, to hand over without a copy (copied when it is a view into a larger one). */
function ownBuffer(piece: Uint8Array): ArrayBuffer {
  // (Tagged, not instanceof: in jsdom a download's buffers come from another realm.)
  const whole = piece.byteOffset === 0 && piece.byteLength === piece.buffer.byteLength && Object.prototype.toString.call(piece.buffer) === '[object ArrayBuffer]';
  return whole ? (piece.buffer as ArrayBuffer) : (piece.slice().buffer as ArrayBuffer);
}

/** The same parse on the page's thread: the requests kept, and answered once the file is in. */
function inThread(digest: boolean): ParseSession {
  const pieces: ArrayBuffer[] = [];
  return {
    push: (piece) => void pieces.push(ownBuffer(piece)),
    cancel: () => void pieces.splice(0),
    async end() {
      // Loaded on demand: the validator (and zod) stays out of the first view's scripts.
      const { createParseHost } = await import('./parse-dataset-bytes');
      const receive = createParseHost();
      receive({ id: 0, type: 'begin', digest });
      for (const bytes of pieces) receive({ id: 0, type: 'chunk', bytes });
      return settle((await receive({ id: 0, type: 'end' }))!);
    },
  };
}

const unreadable = () => new DatasetError('The dataset could not be read.', [], 'network');

/**
 * Parses and validates the dataset in a worker as it downloads: the page hands each piece over
 * without a copy, the worker decodes it on arrival, and the long lists come back in slices (see
 * `toMessages`), each unpacked in a short task. Where no worker can run (jsdom in the unit tests,
 * a browser that refuses module workers, a worker that fails to start) the same code runs on the
 * page's thread, so the dataset and the errors are the same either way.
 */
export function createDatasetParser(makeWorker: (() => WorkerLike) | null) {
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
        for (const item of JSON.parse(data.slice.json) as unknown[]) list.push(item);
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
      // The worker could not start or crashed. The pieces it was handed are gone (transferred,
      // not copied), so those loads fail as unreadable and the query's retry parses here.
      broken = true;
      worker = null;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(unreadable());
      }
    });
    return started;
  }

  /** Starts the worker ahead of the file, so its script loads and compiles while the file downloads. */
  function warm(): void {
    if (broken || worker) return;
    try {
      worker = start();
    } catch {
      broken = true;
    }
  }

  function begin({ digest = false } = {}): ParseSession {
    warm();
    if (broken || !worker) return inThread(digest);
    const to = worker;
    const id = nextId++;
    const answered = new Promise<ParsedDataset>((resolve, reject) => pending.set(id, { slices: new Map(), resolve, reject }));
    // A worker that fails before `end` is awaited is reported there, not as an unhandled rejection.
    answered.catch(() => {});
    const send = (request: ParseRequest, transfer: Transferable[] = []) => {
      if (!pending.has(id)) return;
      try {
        to.postMessage(request, transfer);
      } catch {
        // A worker that refuses a piece: the pieces before it are gone, so this load fails as
        // unreadable and the query's retry parses in the page.
        broken = true;
        pending.get(id)?.reject(unreadable());
        pending.delete(id);
      }
    };
    send({ id, type: 'begin', digest });
    return {
      push(piece) {
        const bytes = ownBuffer(piece);
        send({ id, type: 'chunk', bytes }, [bytes]);
      },
      cancel() {
        send({ id, type: 'cancel' });
        pending.delete(id);
      },
      end() {
        send({ id, type: 'end' });
        return answered;
      },
    };
  }

  return { begin, warm };
}

const browserWorker =
  typeof Worker === 'undefined'
    ? null
    : () => (adoptEarlyWorker() ?? new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' })) as unknown as WorkerLike;

/**
 * The app's parser: a worker in browsers (the one the page's first script started, where it did),
 * the page's thread where there is none. Even the shipped file (64 KB) goes to the worker: in the
 * page, loading and compiling the validator and validating took 40 ms of the main thread while
 * the prerendered first screen waited to come alive (4 × that on Lighthouse's slowed-down phone),
 * and the worker's start overlaps the download.
 */
export const parseDatasetOffThread = createDatasetParser(browserWorker);
