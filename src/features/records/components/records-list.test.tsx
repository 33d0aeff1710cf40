import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { figure } from '../../../../test/records-kit';
import { dataset } from '../../../../test/factories/dataset';
import { assignmentRecord, decisionRecord, meetingDataset, meetingRecord } from '../../../../test/factories/snapshot';
import { initI18n } from '../../../lib/i18n';
import { useRecords } from '../../../stores/records';
import { RecordsList } from './records-list';

describe('My records: the list of all records', () => {
  it('opens on a page of the newest records, and shows the rest on demand', async () => {
    const records = Array.from({ length: 12 }, (_, i) => {
      const at = new Date(Date.UTC(2026, 0, 2) + i * 60_000).toISOString();
      return { ...figure(`fig-${i}`, 100 + i), createdAt: at, updatedAt: at };
    });
    expect((await useRecords.getState().importRecords(records)).ok).toBe(true);
    render(
      <I18nextProvider i18n={initI18n()}>
        <MemoryRouter>
          <RecordsList data={dataset()} pageSize={5} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'All my records' });
    const bodyRows = () => within(table).getAllByRole('row').slice(1);
    expect(bodyRows()).toHaveLength(5);
    // Newest first: the last one recorded heads the list.
    expect(within(bodyRows()[0]!).getByText('111')).toBeInTheDocument();
    expect(screen.getByText('Showing the 5 newest of 12.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(bodyRows()).toHaveLength(10);
    await userEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(bodyRows()).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
  });
});

describe('My records: meeting work', () => {
  it('lists meetings, decisions and assignments with what each says', async () => {
    const records = [
      meetingRecord('u-m1', '2026-03-01', { title: 'March review' }),
      decisionRecord('u-d1', 'u-m1', { text: 'Send the draft decree', owner: 'Consular Department', done: { on: '2026-03-20', note: 'sent' } }),
      assignmentRecord('u-a1', 't1', { lead: 'Ministry of Foreign Affairs', coLeads: ['Localities'] }),
    ];
    expect((await useRecords.getState().importRecords(records)).ok).toBe(true);
    render(
      <I18nextProvider i18n={initI18n()}>
        <MemoryRouter>
          <RecordsList data={meetingDataset()} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: 'All my records' });
    const row = (text: string) => within(table).getByText(text).closest('tr')!;
    expect(within(row('March review')).getByText('Meeting')).toBeInTheDocument();
    expect(within(row('Send the draft decree')).getByText(/Consular Department — done on/)).toBeInTheDocument();
    expect(within(row('Ministry of Foreign Affairs, Localities')).getByText('Units and due date')).toBeInTheDocument();
  });
});
