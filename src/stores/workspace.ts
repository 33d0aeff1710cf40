import { create } from 'zustand';
import { roleAllows, type Account, type RecordMeta } from '../domain/workspace';
import { workspaceOutboxSchema, type WorkspaceOp } from '../domain/workspace-outbox';

export const WORKSPACE_OUTBOX_KEY = 'policy-targets:workspace-outbox';

interface WorkspaceState {
  /** Served by a team workspace (the records live on its server). */
  active: boolean;
  account: Account | null;
  /** Version and attribution of each record, as the server last said. */
  meta: Record<string, RecordMeta>;
  /** Changes on their way to the server; shared by every tab of this browser (localStorage). */
  outbox: WorkspaceOp[];
  /** The last time a request failed for want of a network or an answer, or null. */
  connectionProblem: string | null;
}

export const useWorkspace = create<WorkspaceState>()(() => ({
  active: false,
  account: null,
  meta: {},
  outbox: [],
  connectionProblem: null,
}));

/** Viewers read; editors and admins record. Outside a workspace everyone records in their browser. */
export const useCanWrite = () => useWorkspace((s) => !s.active || (s.account !== null && roleAllows(s.account.role, 'editor')));

export function readStoredOutbox(): WorkspaceOp[] {
  try {
    const parsed = workspaceOutboxSchema.safeParse(JSON.parse(localStorage.getItem(WORKSPACE_OUTBOX_KEY) ?? '[]'));
    return parsed.success ? (parsed.data as WorkspaceOp[]) : [];
  } catch {
    return [];
  }
}

export function writeStoredOutbox(outbox: WorkspaceOp[]): void {
  localStorage.setItem(WORKSPACE_OUTBOX_KEY, JSON.stringify(outbox));
  useWorkspace.setState({ outbox });
}
