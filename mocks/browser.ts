import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { datasetFailures } from './handlers/dataset';

export const worker = setupWorker(...handlers);

/** `?mock=serverError` (or networkError, malformed, slow) in development shows that failure. */
export function applyDevScenario(name: string | null) {
  if (name && name in datasetFailures) worker.use(datasetFailures[name as keyof typeof datasetFailures]);
}
