import { DatasetError, type DatasetErrorCode } from '../domain/dataset-error';
import { parseDataset, parseDatasetInSlices } from '../domain/parse-dataset';
import type { Dataset, PublishedFigure } from '../domain/types';

/**
 * The dataset file's text, parsed and validated: the work that used to hold the main thread for
 * over half a second on a 21 MB file. It runs in the dataset worker (`dataset.worker.ts`), or in
 * the page where there is no worker (the unit tests' jsdom), so both give the same dataset and
 * the same errors.
 */
export function parseDatasetText(text: string, sendFigures?: (figures: PublishedFigure[]) => void): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DatasetError('The dataset is not valid JSON.', [], 'not-json');
  }
  return sendFigures ? parseDatasetInSlices(json, SLICE_ITEMS, sendFigures) : parseDataset(json);
}

/**
 * One message of a parse, in order: `begin` (with whether to hash the file), the file's pieces
 * as they download (each handed over without a copy), then `end`; or `cancel` when the download
 * broke off. The text is decoded piece by piece as it arrives, so on a large file only parsing
 * and validating remain once the last piece is in.
 */
export type ParseRequest =
  | { id: number; type: 'begin'; digest: boolean }
  | { id: number; type: 'chunk'; bytes: ArrayBuffer }
  | { id: number; type: 'end' }
  | { id: number; type: 'cancel' };

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
 * in a task of its own, so even 100,000 figures never hold its thread for long. The figures go
 * as each slice is validated, so the page unpacks them while the worker validates the rest.
 * A slice travels as JSON text, which the page reads with JSON.parse: on the large tracker,
 * reading the same items as structured-clone objects held the page's thread longer than the
 * worker took to validate them, so the page, not the worker, set when the dataset was ready.
 */
export interface ParseSlice {
  id: number;
  slice: { key: string; json: string };
}

const sliceOf = (id: number, key: string, items: unknown[]): ParseSlice => ({ id, slice: { key, json: JSON.stringify(items) } });

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
      slices.push(sliceOf(response.id, key, value.slice(start, start + sliceItems)));
    }
    rest[key] = [];
  }
  return [...slices, { ...response, dataset: rest as unknown as Dataset }];
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The receiving end of parses (the worker's, or the page's where there is none): keeps each
 * parse's decoded text until its `end`, then answers it. An answer never throws, so the page
 * always hears back. With `post` (the worker's), the figures are posted as they are validated,
 * ahead of the answer; without it, the answer holds the whole dataset.
 */
export function createParseHost(post?: (message: WorkerMessage) => void) {
  const open = new Map<number, { decoder: TextDecoder; text: string[]; bytes: ArrayBuffer[] | null }>();
  return function receive(request: ParseRequest): Promise<ParseResponse> | null {
    const parse = open.get(request.id);
    switch (request.type) {
      case 'begin':
        open.set(request.id, { decoder: new TextDecoder(), text: [], bytes: request.digest ? [] : null });
        return null;
      case 'chunk':
        parse?.bytes?.push(request.bytes);
        parse?.text.push(parse.decoder.decode(request.bytes, { stream: true }));
        return null;
      case 'cancel':
        open.delete(request.id);
        return null;
      case 'end':
        open.delete(request.id);
        if (!parse) return null;
        parse.text.push(parse.decoder.decode());
        return answer(request.id, parse.text.join(''), parse.bytes && joined(parse.bytes), post);
    }
  };
}

function joined(pieces: ArrayBuffer[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    all.set(new Uint8Array(piece), at);
    at += piece.byteLength;
  }
  return all;
}

async function answer(id: number, text: string, bytes: Uint8Array<ArrayBuffer> | null, post?: (message: WorkerMessage) => void): Promise<ParseResponse> {
  try {
    // No hash (a crypto that refuses the buffer, as jsdom's does) only means the prerendered
    // page is rendered afresh rather than hydrated.
    const sha256 = bytes ? await sha256Hex(bytes).catch(() => null) : null;
    const sendFigures = post && ((items: PublishedFigure[]) => post(sliceOf(id, 'figures', items)));
    return { id, ok: true, dataset: parseDatasetText(text, sendFigures), sha256 };
  } catch (error) {
    if (error instanceof DatasetError) return { id, ok: false, error: { message: error.message, issues: error.issues, code: error.code } };
    return { id, ok: false, error: { message: 'The dataset does not match its schema.', issues: [String(error)], code: 'schema' } };
  }
}
