/**
 * The dataset file as the parser receives it: its bytes, or the response's body still
 * downloading. A module of its own: the page's side imports it without the validator (and zod).
 */
export type DatasetBody = ArrayBuffer | ReadableStream<Uint8Array>;

/** A body still downloading, as opposed to its bytes. */
export const isStream = (body: DatasetBody): body is ReadableStream<Uint8Array> =>
  typeof (body as ReadableStream<Uint8Array>).getReader === 'function';
