import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createWorkspaceClient, type WorkspaceClient } from '../../../api/workspace-client';
import type { UserRecord } from '../../../domain/records';
import { useRecords } from '../../../stores/records';
import { useWorkspace } from '../../../stores/workspace';
import { SignInPage } from './sign-in-page';
import { WorkspaceContext } from './workspace-context';
import { showRecords, startWorkspaceSync, WORKSPACE_RECORDS_KEY, workspaceKeys } from '../api/workspace-sync';

/**
 * In a team workspace: asks who is signed in (the sign-in page when nobody and the workspace is
 * not public), then keeps the records in step with the server. Outside one it renders the app as it is.
 */
export function WorkspaceGate({ base, children }: { base: string | undefined; children: ReactNode }) {
  if (base === undefined) return children;
  return <Workspace base={base}>{children}</Workspace>;
}

function Workspace({ base, children }: { base: string; children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const client = useMemo(() => createWorkspaceClient(base), [base]);
  // What this browser kept before joining, read once before the records switch to the workspace's.
  const [browserRecords] = useState<UserRecord[]>(() => switchToWorkspaceRecords());
  const session = useQuery({ queryKey: workspaceKeys.session(), queryFn: () => client.session(), staleTime: Infinity, retry: 1 });
  const account = session.data?.user ?? null;
  const publicRead = session.data?.publicRead === true;
  const records = useQuery({
    queryKey: workspaceKeys.records(),
    queryFn: () => client.list(),
    enabled: account !== null || publicRead,
    refetchOnWindowFocus: true,
  });

  useEffect(() => {
    useWorkspace.setState({ active: true, account });
  }, [account]);
  useEffect(() => {
    if (records.data) showRecords(records.data);
  }, [records.data]);
  useEffect(() => (account ? startWorkspaceSync(client, queryClient, base) : undefined), [account, client, queryClient, base]);

  if (session.isPending) return <p className="app-shell" role="status">{t('workspace.checking')}</p>;
  if (session.isError)
    return (
      <p className="app-shell" role="alert">
        {t('workspace.unreachable')}{' '}
        <button type="button" onClick={() => void session.refetch()}>
          {t('state.retry')}
        </button>
      </p>
    );
  if (!account && !publicRead) return <SignInPage client={client} />;
  return <WorkspaceContext value={{ client, browserRecords }}>{children}</WorkspaceContext>;
}

function switchToWorkspaceRecords(): UserRecord[] {
  const kept = useRecords.getState().records;
  useRecords.persist.setOptions({ name: WORKSPACE_RECORDS_KEY });
  void useRecords.persist.rehydrate();
  return kept;
}

export type { WorkspaceClient };
