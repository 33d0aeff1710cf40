import { DatasetError, type DatasetErrorCode } from '../domain/dataset-error';
import { parseDataset } from '../domain/parse-dataset';
import type { Dataset } from '../domain/types';

/**
 * The dataset file's bytes, decoded, parsed and validated: the work that used to hold the main
 * thread for over half a second on a 21 MB file. It runs in the dataset worker
 * (`dataset.worker.ts`), or in the page where there is no worker (the unit tests' jsdom),
 * so both give the same dataset and the same errors.
 */
export function parseDatasetBytes(bytes: ArrayBuffer): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetError('The dataset is not valid JSON.', [], 'not-json');
  }
  return parseDataset(json);
}

/** What a parse asks for; `digest` adds the file's SHA-256 (the prerendered page's check). */
export interface ParseRequest {
  id: number;
  /** The whole file, handed over without a copy. */
  bytes: ArrayBuffer;
  digest: boolean;
}

/** A DatasetError as it crosses to the page: structured clone keeps no class or own fields. */
export interface DatasetErrorData {
  message: string;
  issues: string[];
  code: DatasetErrorCode;
}

export type ParseResponse =
  | { id: number; ok: true; dataset: Dataset; sha256: string | null }
  | { id: number; ok: false; error: DatasetErrorData };

/**
 * A long list of the dataset, sent ahead of the answer in slices: the page unpacks each message
 * in a task of its own, so even 100,000 figures never hold its thread for long.
 */
export interface ParseSlice {
  id: number;
  slice: { key: string; items: unknown[] };
}

export type WorkerMessage = ParseSlice | ParseResponse;

export const SLICE_ITEMS = 2_000;

/** The messages that carry one answer: the slices of every long list, then the rest. */
export function toMessages(response: ParseResponse, sliceItems = SLICE_ITEMS): WorkerMessage[] {
  if (!response.ok) return [response];
  const slices: ParseSlice[] = [];
  const rest: Record<string, unknown> = { ...response.dataset };
  for (const [key, value] of Object.entries(response.dataset)) {
    if (!Array.isArray(value) || value.length <= sliceItems) continue;
    for (let start = 0; start < value.length; start += sliceItems) {
      slices.push({ id: response.id, slice: { key, items: value.slice(start, start + sliceItems) } });
    }
    rest[key] = [];
  }
  return [...slices, { ...response, dataset: rest as unknown as Dataset }];
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One request answered: never throws, so the worker always replies. */
export async function answerParseRequest({ id, bytes, digest }: ParseRequest): Promise<ParseResponse> {
  try {
    // No hash (a crypto that refuses the buffer, as jsdom's does) only means the prerendered
    // page is rendered afresh rather than hydrated.
    const sha256 = digest ? await sha256Hex(bytes).catch(() => null) : null;
    return { id, ok: true, dataset: parseDatasetBytes(bytes), sha256 };
  } catch (error) {
    if (error instanceof DatasetError) return { id, ok: false, error: { message: error.message, issues: error.issues, code: error.code } };
    return { id, ok: false, error: { message: 'The dataset does not match its schema.', issues: [String(error)], code: 'schema' } };
  }
}
