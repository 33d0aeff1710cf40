import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../../hooks/use-translation';
import { createWorkspaceClient, type WorkspaceClient } from '../../../api/workspace-client';
import type { UserRecord } from '../../../domain/records';
import { useWorkspace } from '../../../stores/workspace';
import { SignInPage } from './sign-in-page';
import { WorkspaceContext } from './workspace-context';
import { openWorkspaceRecords, showRecords, startWorkspaceSync, workspaceKeys } from '../api/workspace-sync';
import { sessionOrRemembered } from '../api/remembered-account';

/**
 * In a team workspace: asks who is signed in (the sign-in page when nobody and the workspace is
 * not public), then keeps the records in step with the server.
 */
export function WorkspaceGate({ base, children }: { base: string; children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const client = useMemo(() => createWorkspaceClient(base), [base]);
  // What this browser kept before joining, read once before the records switch to the workspace's.
  const [browserRecords, setBrowserRecords] = useState<UserRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    void openWorkspaceRecords().then((kept) => live && setBrowserRecords(kept));
    return () => {
      live = false;
    };
  }, []);
  const session = useQuery({
    queryKey: workspaceKeys.session(),
    queryFn: () => sessionOrRemembered(client),
    // Asked again once the network is back when it was answered from memory.
    staleTime: (query) => (query.state.data?.offline ? 0 : Infinity),
    retry: 1,
  });
  const account = session.data?.user ?? null;
  const publicRead = session.data?.publicRead === true;
  const ready = browserRecords !== null;
  const records = useQuery({
    queryKey: workspaceKeys.records(),
    queryFn: () => client.list(),
    enabled: ready && (account !== null || publicRead),
    refetchOnWindowFocus: true,
  });

  useEffect(() => {
    useWorkspace.setState({ active: true, account });
  }, [account]);
  useEffect(() => {
    if (records.data) void showRecords(records.data);
  }, [records.data]);
  useEffect(() => (ready && account ? startWorkspaceSync(client, queryClient, base) : undefined), [ready, account, client, queryClient, base]);

  if (session.isPending || !ready) return <p className="app-shell" role="status">{t('workspace.checking')}</p>;
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

export type { WorkspaceClient };
