import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../hooks/use-translation';
import type { UserRecord } from '../../../domain/records';
import { discardOp, keepMine, retryOp, waitsForPerson, type WorkspaceOp } from '../../../domain/workspace-outbox';
import { useWorkspace } from '../../../stores/workspace';
import { useWorkspaceContext } from './workspace-context';
import { changeOutbox, flushOutbox } from '../api/workspace-sync';
import { describeRecord } from './describe-record';

/**
 * Changes the server did not take and that wait for the person: a conflict shows their version and
 * the server's side by side (keep mine / take theirs); a refusal shows why (retry / discard).
 */
export function PendingChanges() {
  const { t } = useTranslation();
  const context = useWorkspaceContext();
  const queryClient = useQueryClient();
  const outbox = useWorkspace((s) => s.outbox);
  const waiting = outbox.filter(waitsForPerson);
  if (!context || waiting.length === 0) return null;
  const act = (change: (outbox: WorkspaceOp[]) => WorkspaceOp[]) =>
    void changeOutbox(change).then(() => flushOutbox(context.client, queryClient));
  return (
    <div className="pending-changes" role="region" aria-label={t('workspace.pending.title')}>
      <h2>{t('workspace.pending.title')}</h2>
      <ul>
        {waiting.map((op) => (
          <li key={op.opId}>
            {op.conflict ? (
              <>
                <p role="alert">{t('workspace.pending.conflict', { message: op.conflict.message })}</p>
                <div className="versions">
                  <Version title={t('workspace.pending.yours')} record={op.type === 'delete' ? null : (op.record ?? null)} />
                  <Version
                    title={op.conflict.current ? t('workspace.pending.theirs', { name: op.conflict.current.updatedBy }) : t('workspace.pending.theirsDeleted')}
                    record={op.conflict.current}
                  />
                </div>
                <button type="button" onClick={() => act((box) => keepMine(box, op.opId))}>
                  {t('workspace.pending.keepMine')}
                </button>
                <button type="button" onClick={() => act((box) => discardOp(box, op.opId))}>
                  {t('workspace.pending.takeTheirs')}
                </button>
              </>
            ) : (
              <>
                <p role="alert">{t('workspace.pending.refused', { message: op.lastError })}</p>
                <button type="button" onClick={() => act((box) => retryOp(box, op.opId))}>
                  {t('workspace.pending.retry')}
                </button>
                <button type="button" onClick={() => act((box) => discardOp(box, op.opId))}>
                  {t('workspace.pending.discard')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Version({ title, record }: { title: string; record: UserRecord | null }) {
  const { t } = useTranslation();
  return (
    <figure>
      <figcaption>{title}</figcaption>
      <p>{record ? describeRecord(record) : t('workspace.pending.deleted')}</p>
    </figure>
  );
}
