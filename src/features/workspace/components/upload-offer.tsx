import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../hooks/use-translation';
import type { UserRecord } from '../../../domain/records';
import { enqueueChange } from '../../../domain/workspace-outbox';
import { newRecordId } from '../../../lib/record-ids';
import { useWorkspace } from '../../../stores/workspace';
import { useWorkspaceContext } from './workspace-context';
import { changeOutbox, flushOutbox } from '../api/workspace-sync';
import { describeRecord } from './describe-record';

const DECIDED_KEY = 'policy-targets:workspace-upload-decided';

/** Records kept in this browser before joining: offered for upload, with a preview of each. */
export function UploadOffer({ records }: { records: UserRecord[] }) {
  const { t } = useTranslation();
  const context = useWorkspaceContext();
  const queryClient = useQueryClient();
  const meta = useWorkspace((s) => s.meta);
  const [decided, setDecided] = useState(() => localStorage.getItem(DECIDED_KEY) === 'yes');
  const offered = records.filter((r) => !(r.id in meta));
  if (!context || decided || offered.length === 0) return null;
  const decide = () => {
    localStorage.setItem(DECIDED_KEY, 'yes');
    setDecided(true);
  };
  const upload = () => {
    decide();
    void changeOutbox((outbox) =>
      offered.reduce((box, record) => enqueueChange(box, { opId: newRecordId('op'), type: 'create', id: record.id, record }, undefined), outbox),
    ).then(() => flushOutbox(context.client, queryClient));
  };
  return (
    <div className="upload-offer" role="region" aria-label={t('workspace.upload.title')}>
      <h2>{t('workspace.upload.title')}</h2>
      <p>{t('workspace.upload.intro', { count: offered.length })}</p>
      <ul className="upload-preview">
        {offered.slice(0, 20).map((r) => (
          <li key={r.id}>
            {describeRecord(r)}
          </li>
        ))}
      </ul>
      {offered.length > 20 && <p>{t('workspace.upload.more', { count: offered.length - 20 })}</p>}
      <button type="button" onClick={upload}>
        {t('workspace.upload.submit', { count: offered.length })}
      </button>
      <button type="button" onClick={decide}>
        {t('workspace.upload.notNow')}
      </button>
    </div>
  );
}
