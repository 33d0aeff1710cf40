import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { OverviewRoute } from './routes/overview';
import { NotFound } from './routes/not-found';

export const routes: RouteObject[] = [
  // Presentation mode has no dashboard chrome around it: the slides fill the screen.
  { path: 'present', errorElement: <RouteError />, lazy: async () => ({ Component: (await import('./routes/present')).PresentRoute }) },
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewRoute /> },
      // Every view but the overview loads when someone opens it, so the first paint stays light.
      { path: 'resolutions/:resolutionId', lazy: async () => ({ Component: (await import('./routes/resolution')).ResolutionRoute }) },
      { path: 'commitments/:commitmentId', lazy: async () => ({ Component: (await import('./routes/commitment')).CommitmentRoute }) },
      { path: 'targets/:targetId', lazy: async () => ({ Component: (await import('./routes/target')).TargetRoute }) },
      { path: 'timeline', lazy: async () => ({ Component: (await import('./routes/timeline')).TimelineRoute }) },
      { path: 'records', lazy: async () => ({ Component: (await import('./routes/records')).RecordsRoute }) },
      { path: 'report', lazy: async () => ({ Component: (await import('./routes/report')).ReportRoute }) },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
export const createTestRouter = (url: string) => createMemoryRouter(routes, { initialEntries: [url] });
