import { screen } from '@testing-library/react';
import { assessedAfter, decidedAt, heldOnShipped } from '../../../../test/factories/review';
import { renderApp } from '../../../../test/render';
import { useRecords } from '../../../stores/records';

const cards = () => [...document.querySelectorAll('.slide-card')].map((c) => c.textContent);

describe('presentation mode after a review meeting', () => {
  it('opens the review with what changed since the meeting, then the open actions, overdue ones marked', async () => {
    await useRecords.getState().importRecords([heldOnShipped('u-m1', '2026-11-01', 'November review', []), assessedAfter, decidedAt('u-m1')]);
    const { user } = renderApp('/present?lang=en&res=r292&slide=3');
    expect(await screen.findByRole('heading', { level: 1, name: 'Since the last meeting' })).toBeInTheDocument();
    expect(screen.getByText('From “November review” (1 November 2026) to today')).toBeInTheDocument();
    expect(cards()).toEqual([
      expect.stringMatching(/^On track.*: Not assessed → On track\. Assessed on 10 November 2026: “The decree was signed\.”$/),
      'New decision: Send the decree to the provinces (Legal Department, due 30 November 2026).',
      'Overdue: Send the decree to the provinces (Legal Department, was due 30 November 2026).',
    ]);
    expect(document.querySelector('.slide-sources')).toHaveTextContent('Sources: the team’s own records of its meetings and decisions');

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open actions' })).toBeInTheDocument();
    expect(cards()).toEqual(['Legal DepartmentSend the decree to the provincesOverdue · due 30 November 2026']);
  });

  it('has no review slides before the first meeting', async () => {
    renderApp('/present?lang=en&res=r292&slide=3');
    expect(await screen.findByRole('heading', { level: 1, name: 'Status of the tasks: Resolution 292/NQ-CP' })).toBeInTheDocument();
  });
});
