import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { assessedAfter as assessed, decidedAt, heldOnShipped as held } from '../../../../test/factories/review';
import { renderApp } from '../../../../test/render';
import { useRecords } from '../../../stores/records';

const decided = decidedAt('u-m1');

describe('the overview: since the last meeting', () => {
  it('is not there before the first meeting', async () => {
    renderApp('/?lang=en');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Since the last meeting' })).not.toBeInTheDocument();
  });

  it('shows what changed since the only meeting, the open actions, and the changes as CSV', async () => {
    await useRecords.getState().importRecords([held('u-m1', '2026-11-01', 'November review', []), assessed, decided]);
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:changes'));
    const { user } = renderApp('/?lang=en');
    const panel = await screen.findByRole('region', { name: 'Since the last meeting' });
    expect(panel).toHaveTextContent('From “November review” (1 November 2026) to today');
    const items = within(panel).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Perfect institutions.*: Not assessed → On track\. Assessed on 10 November 2026: “The decree was signed\.”$/),
      'New decision: Send the decree to the provinces (Legal Department, due 30 November 2026).',
      'Overdue: Send the decree to the provinces (Legal Department, was due 30 November 2026).',
    ]);
    const actions = within(panel).getByRole('table', { name: 'Open actions' });
    expect(within(actions).getAllByRole('row')[1]).toHaveTextContent('Send the decree to the provinces' + 'Legal Department' + '30 November 2026' + 'Overdue');

    await user.click(within(panel).getByRole('button', { name: 'Download the changes (CSV)' }));
    // The byte-order mark that tells spreadsheets it is UTF-8 (text() reads past it).
    expect([...new Uint8Array(await created[0]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await created[0]!.text();
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      'change,subject_id,subject,from,to,date,by,detail',
      expect.stringMatching(/^status,r292-t1,"?Perfect institutions.*,not_assessed,on_track,2026-11-10,,The decree was signed\.$/),
    ]);
  });

  it('compares the two latest meetings by default, and any two chosen in the URL', async () => {
    await useRecords.getState().importRecords([
      held('u-m1', '2026-10-01', 'October review', []),
      held('u-m2', '2026-11-15', 'November review', [assessed]),
      assessed,
    ]);
    const { user, location } = renderApp('/?lang=en');
    const panel = await screen.findByRole('region', { name: 'Since the last meeting' });
    expect(panel).toHaveTextContent('From “October review” (1 October 2026) to “November review” (15 November 2026)');
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);

    await user.selectOptions(within(panel).getByLabelText('From the meeting'), 'November review (15 November 2026)');
    expect(location().search).toBe('?lang=en&since=u-m2');
    expect(panel).toHaveTextContent('From “November review” (15 November 2026) to today');
    expect(within(panel).getByText('Nothing changed.')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download the changes (CSV)' })).toBeDisabled();
  });
});
