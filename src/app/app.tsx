import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';
import { listenToOtherTabs } from '../stores/records';
import { workspaceApiBase } from '../config/workspace';
import { WorkspaceGate } from '../features/workspace/components/workspace-gate';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  useEffect(listenToOtherTabs, []);
  return (
    <AppProvider queryClient={queryClient}>
      <WorkspaceGate base={workspaceApiBase()}>
        <RouterProvider router={router} />
      </WorkspaceGate>
    </AppProvider>
  );
}
