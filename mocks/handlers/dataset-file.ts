import { http, HttpResponse } from 'msw';
import dataset from '../../public/data/dataset.json';
import { DATASET_PATH } from './dataset';

/** The shipped dataset, served to the unit tests (msw/node) as the host serves it to the app. */
export const datasetHandlers = [http.get(`*${DATASET_PATH}`, () => HttpResponse.json(dataset))];
