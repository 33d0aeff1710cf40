/**
 * Base URL of a shared records server (the REST contract in src/domain/records-contract.ts), or
 * undefined: then records stay in this browser only. Set VITE_RECORDS_API at build time.
 */
export const recordsApiBase = (): string | undefined => import.meta.env.VITE_RECORDS_API || undefined;
