import { screen, within } from '@testing-library/react';
import type { UserRecord } from '../domain/records';
import { useRecords } from '../stores/records';
import { renderApp } from '../../test/render';

const assessment = (status: 'at_risk' | 'on_track', justification: string, date: string): UserRecord => ({
  id: `user-assess-${date}`,
  kind: 'assessment',
  commitmentId: 'r292-t1',
  status,
  date,
  justification,
  createdAt: `${date}T08:00:00.000Z`,
  updatedAt: `${date}T08:00:00.000Z`,
});

describe('a status shows with its justification', () => {
  beforeEach(async () => {
    await useRecords.getState().importRecords([
      assessment('on_track', 'Old reading, superseded.', '2026-09-01'),
      assessment('at_risk', 'Funding for new missions is delayed to 2027.', '2026-11-20'),
    ]);
  });

  it('on the resolution’s tree of tasks, the newest assessment’s reason and date', async () => {
    renderApp('/resolutions/r292?lang=en');
    const reason = await screen.findByText('Funding for new missions is delayed to 2027. (assessed 20 November 2026)');
    expect(within(reason.closest('li')!).getByText('At risk')).toBeInTheDocument();
    expect(screen.queryByText(/Old reading, superseded/)).not.toBeInTheDocument();
  });

  it('on the commitment’s own page', async () => {
    renderApp('/commitments/r292-t1?lang=en');
    expect(await screen.findByText(/Funding for new missions is delayed to 2027\. \(assessed 20 November 2026\)/)).toBeInTheDocument();
  });

  it('in the briefing’s at-risk list on the first screen', async () => {
    renderApp('/?lang=en');
    const briefing = await screen.findByRole('region', { name: 'Briefing' });
    expect(await within(briefing).findByText('Funding for new missions is delayed to 2027. (assessed 20 November 2026)')).toBeInTheDocument();
  });

  it('in French, with the date as French readers write it', async () => {
    renderApp('/resolutions/r292?lang=fr');
    expect(await screen.findByText('Funding for new missions is delayed to 2027. (évalué le 20 novembre 2026)')).toBeInTheDocument();
  });
});
