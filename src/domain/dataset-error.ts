/**
 * What went wrong with a dataset, for the message the user sees. Apart from the schema (and zod)
 * so the first view can show these errors without loading the validator.
 */
export type DatasetErrorCode = 'network' | 'http' | 'not-json' | 'version' | 'schema' | 'references';

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
    readonly code: DatasetErrorCode = 'schema',
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}
