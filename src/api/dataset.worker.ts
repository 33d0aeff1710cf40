/**
 * The dataset worker: parses and validates the dataset file off the page's thread, so loading
 * the large dataset never blocks scrolling or input (see parse-off-thread.ts).
 */
import { createParseHost, toMessages, type ParseRequest, type WorkerMessage } from './parse-dataset-bytes';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
};

const post = (message: WorkerMessage) => scope.postMessage(message);
const receive = createParseHost(post);
scope.onmessage = (event) => void receive(event.data)?.then((response) => toMessages(response).forEach(post));
