import { datasetHandlers } from './dataset';

export const handlers = [...datasetHandlers];
