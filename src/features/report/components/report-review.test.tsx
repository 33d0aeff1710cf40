import { screen, within } from '@testing-library/react';
import { assessedAfter, decidedAt, heldOnShipped } from '../../../../test/factories/review';
import { renderApp } from '../../../../test/render';
import { useRecords } from '../../../stores/records';

describe('the report after a review meeting', () => {
  it('has a section on what changed since the meeting and the open actions, listed in its contents', async () => {
    await useRecords.getState().importRecords([heldOnShipped('u-m1', '2026-11-01', 'November review', []), assessedAfter, decidedAt('u-m1')]);
    renderApp('/report?lang=en');
    const section = await screen.findByRole('region', { name: 'Since the last meeting' });
    expect(within(screen.getByRole('navigation', { name: 'Contents' })).getByRole('link', { name: 'Since the last meeting' })).toHaveAttribute('href', '#report-review');
    expect(section).toHaveTextContent('From “November review” (1 November 2026) to today');
    expect(within(section).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/: Not assessed → On track\. Assessed on 10 November 2026: “The decree was signed\.”$/),
      'New decision: Send the decree to the provinces (Legal Department, due 30 November 2026).',
      'Overdue: Send the decree to the provinces (Legal Department, was due 30 November 2026).',
    ]);
    const row = within(within(section).getByRole('table', { name: 'Open actions' })).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Send the decree to the provinces', 'Legal Department', '30 November 2026', 'Overdue']);
  });

  it('has no such section before the first meeting', async () => {
    renderApp('/report?lang=en');
    await screen.findByRole('region', { name: 'Summary' });
    expect(screen.queryByRole('region', { name: 'Since the last meeting' })).not.toBeInTheDocument();
  });
});
