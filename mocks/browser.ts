import { setupWorker } from 'msw/browser';
import { recordsHandlers } from './handlers/records';
import { datasetFailures } from './handlers/dataset';

/** The records API; the dataset file comes from the dev server (`public/`), or fails as `?mock=` asks. */
export const worker = setupWorker(...recordsHandlers);

/** `?mock=serverError` (or networkError, malformed, slow) in development shows that failure. */
export function applyDevScenario(name: string | null) {
  if (name && name in datasetFailures) worker.use(datasetFailures[name as keyof typeof datasetFailures]);
}
