import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { WorkspaceClient } from '../../../api/workspace-client';
import { settle, enqueueChange, type WorkspaceOp } from '../../../domain/workspace-outbox';
import { initI18n } from '../../../lib/i18n';
import { readStoredOutbox, writeStoredOutbox } from '../../../stores/workspace';
import { PendingChanges } from './pending-changes';
import { WorkspaceContext } from './workspace-context';

const figure = { id: 'fig-1', kind: 'figure', targetId: 'agencies-abroad', value: 97, asOf: '2026-01-01', source: { text: 'MOFA' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } as const;

function refusedOutbox(): WorkspaceOp[] {
  const box = enqueueChange([], { opId: 'op-1', type: 'create', id: 'fig-1', record: figure }, undefined);
  return settle(box, 'op-1', { outcome: 'failed', message: 'value: must be 0 or more.', retryable: false }, 0);
}

function setup(deliver: WorkspaceClient['deliver']) {
  const client = { deliver, list: async () => [] } as unknown as WorkspaceClient;
  writeStoredOutbox(refusedOutbox());
  render(
    <I18nextProvider i18n={initI18n()}>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceContext value={{ client, browserRecords: [] }}>
          <PendingChanges />
        </WorkspaceContext>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('a change the server refused', () => {
  beforeEach(() => localStorage.clear());

  it('is shown with the reason, and can be discarded', async () => {
    const user = setup(vi.fn());
    const region = screen.getByRole('region', { name: 'Changes waiting for you' });
    expect(region).toHaveTextContent('The server refused this change: value: must be 0 or more.');
    await user.click(screen.getByRole('button', { name: 'Discard the change' }));
    await waitFor(() => expect(readStoredOutbox()).toEqual([]));
    expect(screen.queryByRole('region', { name: 'Changes waiting for you' })).toBeNull();
  });

  it('can be tried again, and leaves once the server takes it', async () => {
    const deliver = vi.fn<WorkspaceClient['deliver']>(async () => ({ outcome: 'done', version: 1 }));
    const user = setup(deliver);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(readStoredOutbox()).toEqual([]));
    expect(deliver).toHaveBeenCalledWith(expect.objectContaining({ opId: 'op-1', type: 'create' }), undefined);
  });
});
