import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { OverviewRoute } from './routes/overview';
import { ResolutionRoute } from './routes/resolution';
import { CommitmentRoute } from './routes/commitment';
import { TargetRoute } from './routes/target';
import { RecordsRoute } from './routes/records';
import { NotFound } from './routes/not-found';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <OverviewRoute /> },
      { path: 'resolutions/:resolutionId', element: <ResolutionRoute /> },
      { path: 'commitments/:commitmentId', element: <CommitmentRoute /> },
      { path: 'targets/:targetId', element: <TargetRoute /> },
      // The timeline only loads when someone opens it.
      { path: 'timeline', lazy: async () => ({ Component: (await import('./routes/timeline')).TimelineRoute }) },
      { path: 'records', element: <RecordsRoute /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
export const createTestRouter = (url: string) => createMemoryRouter(routes, { initialEntries: [url] });
