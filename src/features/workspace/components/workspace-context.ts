import { createContext, useContext } from 'react';
import type { WorkspaceClient } from '../../../api/workspace-client';
import type { UserRecord } from '../../../domain/records';

export const WorkspaceContext = createContext<{ client: WorkspaceClient; browserRecords: UserRecord[] } | null>(null);

export const useWorkspaceContext = () => useContext(WorkspaceContext);
