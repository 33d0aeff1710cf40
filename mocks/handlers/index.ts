import { datasetHandlers } from './dataset-file';
import { recordsHandlers } from './records';

/** What the unit tests' network serves: the shipped dataset and the records API. */
export const handlers = [...datasetHandlers, ...recordsHandlers];
