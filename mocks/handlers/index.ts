import { datasetHandlers } from './dataset';
import { recordsHandlers } from './records';

export const handlers = [...datasetHandlers, ...recordsHandlers];
