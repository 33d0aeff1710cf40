import { chosenDatasetUrl } from './dataset-source';

/** Typed path builders: the one place that knows the app's URLs. */
export const paths = {
  overview: () => '/',
  timeline: () => '/timeline',
  records: () => '/records',
  report: () => '/report',
  meetings: () => '/meetings',
  resolution: (id: string) => `/resolutions/${encodeURIComponent(id)}`,
  commitment: (id: string) => `/commitments/${encodeURIComponent(id)}`,
  target: (id: string) => `/targets/${encodeURIComponent(id)}`,
} as const;

/**
 * Where the dataset lives: a same-site file named by the link (`?dataset=`), else the build's
 * VITE_DATASET_URL, else the published file.
 */
export const datasetUrl = (): string => chosenDatasetUrl() ?? shippedDatasetUrl();

/** The file the build ships with (and the one its first view was prerendered from). */
export const shippedDatasetUrl = (): string => import.meta.env.VITE_DATASET_URL ?? `${import.meta.env.BASE_URL}data/dataset.json`;
