import { lazy, type ComponentType, type ReactNode } from 'react';
import { useLocation, useRoutes, type RouteObject } from 'react-router';
import { Island } from '../components/island';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error';
import { OverviewRoute } from './routes/overview';
import { NotFound } from './routes/not-found';

/** A view whose code loads when someone first opens it. */
function onDemand<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): ReactNode {
  const View = lazy(async () => ({ default: pick(await load()) }));
  return <View />;
}

/**
 * The app's pages, in React Router's declarative mode: the app has no loaders or actions, so
 * the data router (createBrowserRouter, about 15 KB of gzipped JavaScript in the first view)
 * would bring nothing but its weight. Views load with React.lazy; a crash shows RouteError.
 */
export const routes: RouteObject[] = [
  // Presentation mode has no dashboard chrome around it: the slides fill the screen.
  { path: 'present', element: onDemand(() => import('./routes/present'), (m) => m.PresentRoute) },
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewRoute /> },
      // Every view but the overview loads when someone opens it, so the first paint stays light.
      { path: 'resolutions/:resolutionId', element: onDemand(() => import('./routes/resolution'), (m) => m.ResolutionRoute) },
      { path: 'commitments/:commitmentId', element: onDemand(() => import('./routes/commitment'), (m) => m.CommitmentRoute) },
      { path: 'targets/:targetId', element: onDemand(() => import('./routes/target'), (m) => m.TargetRoute) },
      { path: 'timeline', element: onDemand(() => import('./routes/timeline'), (m) => m.TimelineRoute) },
      { path: 'records', element: onDemand(() => import('./routes/records'), (m) => m.RecordsRoute) },
      { path: 'meetings', element: onDemand(() => import('./routes/meetings'), (m) => m.MeetingsRoute) },
      { path: 'report', element: onDemand(() => import('./routes/report'), (m) => m.ReportRoute) },
      { path: 'audit', element: onDemand(() => import('./routes/audit'), (m) => m.AuditRoute) },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/**
 * The page for the current address. A navigation is a transition (React Router starts one), so
 * under a Suspense boundary already on screen (this island's, and the layout's around its views) the
 * page stays until the next view's code is there, as it did with the data router.
 */
export function AppRoutes() {
  const location = useLocation();
  return (
    <RouteErrorBoundary location={location.key}>
      <Island>{useRoutes(routes)}</Island>
    </RouteErrorBoundary>
  );
}
