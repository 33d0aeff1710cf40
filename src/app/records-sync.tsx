import { useEffect, useMemo } from 'react';
import { createHttpRecordsRepository } from '../api/records-client';
import { recordsApiBase } from '../config/env';
import { SyncStatus } from '../features/records/components/sync-status';
import { startRecordsSync } from '../stores/sync';

/** With a shared server configured, mirrors the records to it and shows how that stands. */
export function RecordsSync({ base = recordsApiBase() }: { base?: string }) {
  const repo = useMemo(() => (base === undefined ? null : createHttpRecordsRepository(base)), [base]);
  useEffect(() => (repo ? startRecordsSync(repo) : undefined), [repo]);
  return repo ? <SyncStatus repo={repo} /> : null;
}
