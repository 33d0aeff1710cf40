/** Typed path builders: the one place that knows the app's URLs. */
export const paths = {
  overview: () => '/',
  timeline: () => '/timeline',
  records: () => '/records',
  resolution: (id: string) => `/resolutions/${encodeURIComponent(id)}`,
  commitment: (id: string) => `/commitments/${encodeURIComponent(id)}`,
  target: (id: string) => `/targets/${encodeURIComponent(id)}`,
} as const;

/** Where the published dataset lives; a build can point the app at another file (benchmarks). */
export const datasetUrl = (): string =>
  import.meta.env.VITE_DATASET_URL ?? `${import.meta.env.BASE_URL}data/dataset.json`;
