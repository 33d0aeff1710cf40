import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { WorkspaceClient } from '../../../api/workspace-client';
import type { UserRecord } from '../../../domain/records';
import { initI18n } from '../../../lib/i18n';
import { readStoredOutbox, useWorkspace } from '../../../stores/workspace';
import { UploadOffer } from './upload-offer';
import { WorkspaceContext } from './workspace-context';

const at = '2026-01-01T00:00:00.000Z';
const kept: UserRecord[] = [
  { id: 'fig-1', kind: 'figure', targetId: 'agencies-abroad', value: 95, asOf: '2025-12-01', source: { text: 'Ministry briefing' }, createdAt: at, updatedAt: at },
  { id: 'fig-2', kind: 'figure', targetId: 'agencies-abroad', value: 96, asOf: '2026-01-01', source: { text: 'MOFA annual report' }, createdAt: at, updatedAt: at },
];

function setup(deliver = vi.fn<WorkspaceClient['deliver']>(async () => ({ outcome: 'failed', message: 'The server could not be reached.', retryable: true }))) {
  const client = { deliver, list: async () => [] } as unknown as WorkspaceClient;
  render(
    <I18nextProvider i18n={initI18n()}>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceContext value={{ client, browserRecords: kept }}>
          <UploadOffer records={kept} />
        </WorkspaceContext>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), deliver };
}

describe('records kept in this browser before joining the workspace', () => {
  beforeEach(() => {
    localStorage.clear();
    useWorkspace.setState({ meta: {}, outbox: [] });
  });

  it('are offered for upload with a preview of each; uploading queues each as a new record', async () => {
    const { user } = setup();
    const offer = screen.getByRole('region', { name: 'Records kept in this browser' });
    expect(offer).toHaveTextContent('This browser holds 2 records you made before joining the workspace.');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'agencies-abroad: 95 (2025-12-01) — Ministry briefing',
      'agencies-abroad: 96 (2026-01-01) — MOFA annual report',
    ]);
    await user.click(screen.getByRole('button', { name: 'Upload 2 records' }));
    await waitFor(() => expect(readStoredOutbox().map((op) => [op.type, op.id])).toEqual([['create', 'fig-1'], ['create', 'fig-2']]));
    expect(screen.queryByRole('region', { name: 'Records kept in this browser' })).toBeNull();
  });

  it('leaves out the records the workspace already holds', () => {
    useWorkspace.setState({ meta: { 'fig-1': { version: 1, createdBy: 'Lan', updatedBy: 'Lan' } } });
    setup();
    expect(screen.getByRole('button', { name: 'Upload 1 record' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['agencies-abroad: 96 (2026-01-01) — MOFA annual report']);
  });

  it('"Not now" puts nothing on the server and does not ask again', async () => {
    const { user, deliver } = setup();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: 'Records kept in this browser' })).toBeNull();
    expect(readStoredOutbox()).toEqual([]);
    expect(deliver).not.toHaveBeenCalled();
    expect(localStorage.getItem('policy-targets:workspace-upload-decided')).toBe('yes');
  });
});
