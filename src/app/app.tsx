import { lazy, Suspense, useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { workspaceApiBase } from '../config/workspace';
import { createQueryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

/** The team workspace's sign-in and sync, loaded only when a workspace server serves the page. */
const WorkspaceGate = lazy(() => import('../features/workspace/components/workspace-gate').then((m) => ({ default: m.WorkspaceGate })));

interface AppProps {
  /** Given when the page loaded the data before the first render (the prerendered first view). */
  queryClient?: QueryClient;
  /** The browser's router, or a memory router at build time (src/app/prerender.tsx). */
  createRouter?: () => ReturnType<typeof createAppRouter>;
  /** Called once the first render is on screen and live (after hydrating the prerendered page). */
  onLive?: () => void;
  /** The workspace server's base, when the page is served by one (read from index.html by default). */
  workspace?: string;
}

export function App({ queryClient: given, createRouter = createAppRouter, onLive, workspace = workspaceApiBase() }: AppProps = {}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [router] = useState(createRouter);
  useEffect(() => {
    onLive?.();
  }, [onLive]);
  const routes = <RouterProvider router={router} />;
  return (
    <AppProvider queryClient={queryClient}>
      {workspace === undefined ? (
        routes
      ) : (
        <Suspense fallback={<p className="app-shell" role="status" />}>
          <WorkspaceGate base={workspace}>{routes}</WorkspaceGate>
        </Suspense>
      )}
    </AppProvider>
  );
}
