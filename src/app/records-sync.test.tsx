import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { server } from '../../mocks/node';
import { recordsFailures, resetRecordsDb } from '../../mocks/handlers/records';
import { createHttpRecordsRepository } from '../api/records-client';
import type { FigureRecord } from '../domain/records';
import { useRecords } from '../stores/records';
import { AppProvider } from './provider';
import { RecordsSync } from './records-sync';

const figure: FigureRecord = {
  id: 'fig-1',
  kind: 'figure',
  targetId: 'agencies-abroad',
  value: 97,
  asOf: '2026-01-01',
  source: { text: 'MOFA report' },
  createdAt: '2026-01-02T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
};

const renderSync = () =>
  render(
    <AppProvider queryClient={new QueryClient()}>
      <RecordsSync base="" />
    </AppProvider>,
  );

describe('syncing records with a shared server', () => {
  beforeEach(() => resetRecordsDb());

  it('keeps a record the server refused, says so, and delivers it when the server is back', async () => {
    server.use(recordsFailures.serverError);
    renderSync();
    useRecords.getState().add(figure);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 change is waiting to be sent to the shared server');
    expect(useRecords.getState().records).toEqual([figure]);

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Send now' }));
    expect(await screen.findByText('All your changes are on the shared server.')).toBeInTheDocument();
    expect(await createHttpRecordsRepository('').list()).toEqual([figure]);
  });

  it('keeps every change through a network failure and delivers the latest when back online', async () => {
    server.use(recordsFailures.networkError);
    renderSync();
    useRecords.getState().add(figure);
    useRecords.getState().update({ ...figure, value: 98 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('waiting to be sent');

    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Send now' }));
    await screen.findByText('All your changes are on the shared server.');
    expect(await createHttpRecordsRepository('').list()).toEqual([{ ...figure, value: 98 }]);
  });
});
