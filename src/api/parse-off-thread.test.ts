import { createHash } from 'node:crypto';
import { DatasetError } from '../domain/dataset-error';
import { DATASET_SCHEMA_VERSION } from '../domain/schema';
import { commitment, dataset, milestone, resolution, target } from '../../test/factories/dataset';
import { createParseHost, SLICE_ITEMS, toMessages, type ParseRequest, type ParseSlice, type WorkerMessage } from './parse-dataset-bytes';
import { createDatasetParser, type WorkerLike } from './parse-off-thread';

const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)).buffer as ArrayBuffer;
const valid = JSON.parse(JSON.stringify(dataset({ resolutions: [resolution('r1')], commitments: [commitment('t1')] }))) as unknown;
const newer = { ...(valid as object), schemaVersion: DATASET_SCHEMA_VERSION + 1 };
const dangling = JSON.parse(JSON.stringify(dataset({ resolutions: [resolution('r1')], commitments: [commitment('t1', { resolutionId: 'nowhere' })] }))) as unknown;

const itemsIn = (m: ParseSlice) => (JSON.parse(m.slice.json) as unknown[]).length;

/** A worker that runs the real worker code in this process, answering asynchronously as a worker does. */
function inProcessWorker(sliceItems?: number) {
  const listeners: { message: ((e: MessageEvent<WorkerMessage>) => void)[]; error: ((e: Event) => void)[] } = { message: [], error: [] };
  const sent: WorkerMessage[] = [];
  const transferred: Transferable[] = [];
  const post = (data: WorkerMessage) => {
    sent.push(data);
    listeners.message.forEach((l) => l({ data } as MessageEvent<WorkerMessage>));
  };
  const receive = createParseHost(post);
  const worker: WorkerLike = {
    postMessage(message: ParseRequest, transfer: Transferable[]) {
      transferred.push(...transfer);
      // Cloned as a worker receives it: what was handed over is the worker's, not the page's.
      void receive(structuredClone(message, { transfer }))?.then((response) => toMessages(response, sliceItems).forEach(post));
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      (listeners[type] as unknown[]).push(listener);
    },
  };
  return { worker, transferred, sent, fail: () => listeners.error.forEach((l) => l(new Event('error'))) };
}

/** The file handed to the parser in pieces of `pieceBytes`, as a download arrives, then awaited. */
function parseWhole(parser: ReturnType<typeof createDatasetParser>, bytes: ArrayBuffer, { digest = false, pieceBytes = 7 } = {}) {
  const session = parser.begin({ digest });
  const all = new Uint8Array(bytes);
  for (let at = 0; at < all.length; at += pieceBytes) session.push(all.slice(at, at + pieceBytes));
  return session.end();
}

async function errorOf(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

const withFigures = (n: number, over: Record<string, unknown> = {}) => ({
  ...JSON.parse(JSON.stringify(dataset({ resolutions: [resolution('r1')], targets: [target('tg1', [milestone(2030, 115, true)])] }))),
  figures: Array.from({ length: n }, (_, i) => ({ id: `fig-${i}`, targetId: 'tg1', value: i, asOf: '2026-01-01', citations: [{ sourceId: 'src-1', quote: 'q' }], ...(i === n - 1 ? over : {}) })),
});

const cases: [string, unknown][] = [
  ['a figure of an unknown target', withFigures(SLICE_ITEMS + 1, { targetId: 'nowhere' })],
  ['malformed JSON', '{"schemaVersion": 1, '],
  ['an unknown schema version', newer],
  ['a dangling reference', dangling],
  ['a schema mismatch', { schemaVersion: 1, title: 'broken' }],
];

describe('the dataset parser', () => {
  it('parses in the page where there is no worker (jsdom, old browsers)', async () => {
    await expect(parseWhole(createDatasetParser(null), bytesOf(valid))).resolves.toEqual({ dataset: valid, sha256: null });
  });

  it('parses in the worker as the file arrives, handing each piece over rather than copying it', async () => {
    const fake = inProcessWorker();
    const session = createDatasetParser(() => fake.worker).begin();
    const pieces = [new Uint8Array(bytesOf(JSON.stringify(valid).slice(0, 10))), new Uint8Array(bytesOf(JSON.stringify(valid).slice(10)))];
    for (const piece of pieces) session.push(piece);
    // Handed over: the page's copies are detached, not duplicated.
    expect(pieces.map((p) => p.byteLength)).toEqual([0, 0]);
    expect(fake.transferred).toHaveLength(2);
    await expect(session.end()).resolves.toEqual({ dataset: valid, sha256: null });
  });

  it('decodes a character split between two pieces (Vietnamese text, one byte at a time)', async () => {
    const vietnamese = JSON.parse(JSON.stringify(dataset({ resolutions: [resolution('r1', 'R1', { title: { en: 'Plan', fr: 'Plan', vi: 'Kế hoạch ngành Ngoại giao' } })] }))) as unknown;
    const fake = inProcessWorker();
    await expect(parseWhole(createDatasetParser(() => fake.worker), bytesOf(vietnamese), { pieceBytes: 1 })).resolves.toEqual({ dataset: vietnamese, sha256: null });
    await expect(parseWhole(createDatasetParser(null), bytesOf(vietnamese), { pieceBytes: 1 })).resolves.toEqual({ dataset: vietnamese, sha256: null });
  });

  it('parses nothing of a download that broke off', async () => {
    const fake = inProcessWorker();
    const session = createDatasetParser(() => fake.worker).begin();
    session.push(new Uint8Array(bytesOf('{"schemaVersion": 1, ')));
    session.cancel();
    expect(fake.sent).toEqual([]);
  });

  it('sends long lists in slices and puts them back together in order', async () => {
    const many = JSON.parse(
      JSON.stringify(dataset({ resolutions: [resolution('r1')], commitments: Array.from({ length: 7 }, (_, i) => commitment(`t${i}`)) })),
    ) as unknown;
    const fake = inProcessWorker(3);
    const parsed = await parseWhole(createDatasetParser(() => fake.worker), bytesOf(many));
    expect(parsed.dataset).toEqual(many);
    expect(fake.sent.filter((m) => 'slice' in m).map((m) => ('slice' in m ? itemsIn(m) : 0))).toEqual([3, 3, 1]);
  });

  it('sends the figures in slices as they are validated, and puts them back together in order', async () => {
    const input = withFigures(SLICE_ITEMS + 1);
    const fake = inProcessWorker();
    const parsed = await parseWhole(createDatasetParser(() => fake.worker), bytesOf(input), { pieceBytes: 65_536 });
    expect(parsed.dataset).toEqual(input);
    expect(fake.sent.map((m) => ('slice' in m ? itemsIn(m) : 'answer'))).toEqual([SLICE_ITEMS, 1, 'answer']);
  });

  it.each(cases)('gives the same error for %s in the worker as in the page', async (_name, input) => {
    const inPage = await errorOf(parseWhole(createDatasetParser(null), bytesOf(input)));
    const fake = inProcessWorker();
    const inWorker = await errorOf(parseWhole(createDatasetParser(() => fake.worker), bytesOf(input)));
    expect({ message: inWorker.message, issues: inWorker.issues, code: inWorker.code }).toEqual({
      message: inPage.message,
      issues: inPage.issues,
      code: inPage.code,
    });
  });

  it('keeps the messages the user has always seen', async () => {
    const parse = (bytes: ArrayBuffer) => parseWhole(createDatasetParser(null), bytes);
    expect((await errorOf(parse(bytesOf('{"schemaVersion": 1, ')))).message).toBe('The dataset is not valid JSON.');
    expect((await errorOf(parse(bytesOf(newer)))).message).toBe(
      `The dataset uses schema version ${DATASET_SCHEMA_VERSION + 1}; this app reads up to ${DATASET_SCHEMA_VERSION}.`,
    );
    const broken = await errorOf(parse(bytesOf(dangling)));
    expect(broken.message).toBe('The dataset has broken references.');
    expect(broken.issues).toEqual(['t1 belongs to unknown resolution nowhere']);
  });

  it('gives the file’s SHA-256 when asked, in the worker and in the page', async () => {
    const text = JSON.stringify(valid);
    const expected = createHash('sha256').update(text).digest('hex');
    const fake = inProcessWorker();
    expect((await parseWhole(createDatasetParser(() => fake.worker), bytesOf(text), { digest: true })).sha256).toBe(expected);
    expect((await parseWhole(createDatasetParser(null), bytesOf(text), { digest: true })).sha256).toBe(expected);
  });

  it('when the worker fails, the load in flight fails as unreachable and the next one parses in the page', async () => {
    const fake = inProcessWorker();
    fake.worker.postMessage = () => {};
    const parser = createDatasetParser(() => fake.worker);
    const first = parseWhole(parser, bytesOf(valid));
    fake.fail();
    expect((await errorOf(first)).code).toBe('network');
    await expect(parseWhole(parser, bytesOf(valid))).resolves.toEqual({ dataset: valid, sha256: null });
  });

  it('parses in the page when the worker cannot even be created', async () => {
    const parser = createDatasetParser(() => {
      throw new Error('module workers refused');
    });
    await expect(parseWhole(parser, bytesOf(valid))).resolves.toEqual({ dataset: valid, sha256: null });
  });
});
