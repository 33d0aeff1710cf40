import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../hooks/use-translation';
import { Link } from 'react-router';
import '../workspace.css';
import { waitsForPerson } from '../../../domain/workspace-outbox';
import { useWorkspace } from '../../../stores/workspace';
import { useWorkspaceContext } from './workspace-context';
import { sendNow, workspaceKeys } from '../api/workspace-sync';
import { PendingChanges } from './pending-changes';
import { UploadOffer } from './upload-offer';

/** Who is signed in, sign out, how the changes stand, and what waits for a decision. */
export function WorkspaceBar() {
  const { t } = useTranslation();
  const context = useWorkspaceContext();
  const queryClient = useQueryClient();
  const account = useWorkspace((s) => s.account);
  const outbox = useWorkspace((s) => s.outbox);
  const problem = useWorkspace((s) => s.connectionProblem);
  const signOut = useMutation({
    mutationFn: () => context!.client.signOut(),
    onSettled: () => {
      queryClient.removeQueries({ queryKey: workspaceKeys.records() });
      return queryClient.invalidateQueries({ queryKey: workspaceKeys.session() });
    },
  });
  if (!context) return null;
  const waiting = outbox.filter((op) => !waitsForPerson(op)).length;
  return (
    <section className="workspace-bar" aria-label={t('workspace.label')}>
      <div className="workspace-bar-line">
        <p>
          {account ? t('workspace.signedInAs', { name: account.name, role: t(`workspace.roles.${account.role}`) }) : t('workspace.publicView')}{' '}
          {account && (
            <button type="button" onClick={() => signOut.mutate()}>
              {t('workspace.signOut')}
            </button>
          )}
          {account?.role === 'admin' && <Link to="/audit">{t('workspace.audit.title')}</Link>}
        </p>
        <p role="status">
          {waiting > 0 ? t('workspace.waiting', { count: waiting }) : t('workspace.allSaved')}
          {problem && <span className="workspace-problem">{t('workspace.offline')}</span>}
          {waiting > 0 && (
            <button type="button" onClick={() => void sendNow(context.client, queryClient)}>
              {t('workspace.sendNow')}
            </button>
          )}
        </p>
      </div>
      <PendingChanges />
      {account && account.role !== 'viewer' && <UploadOffer records={context.browserRecords} />}
    </section>
  );
}
