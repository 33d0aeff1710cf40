import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { commitment, resolution } from '../../../../test/factories/dataset';
import { AppProvider } from '../../../app/provider';
import { summariseResolutions } from '../../../domain/summary';
import { initI18n } from '../../../lib/i18n';
import { ResolutionsAtAGlance } from './resolutions-at-a-glance';

/** `count` resolutions of `each` commitments: with more than 12, a tracker too large for one bar each. */
function tracker(count: number, each: number) {
  const resolutions = Array.from({ length: count }, (_, i) => resolution(`r${i}`, `${i + 1}/NQ-CP`));
  const commitments = resolutions.flatMap((r) => Array.from({ length: each }, (_, k) => commitment(`${r.id}-c${k}`, { resolutionId: r.id })));
  return summariseResolutions(resolutions, commitments);
}

function renderGlance(summaries: ReturnType<typeof tracker>, lang = 'en') {
  render(
    <AppProvider queryClient={new QueryClient()}>
      <MemoryRouter initialEntries={[`/?lang=${lang}`]}>
        <ResolutionsAtAGlance summaries={summaries} basis={{ asOf: '2025-09-25', sources: [], assessmentSources: [] }} />
      </MemoryRouter>
    </AppProvider>,
  );
}

describe('the status chart of a tracker with more resolutions than bars', () => {
  it('says the others are left to the table when their row would dwarf the named ones, and the table lists every resolution', async () => {
    // 14 resolutions of 100: the 2 not drawn (200 commitments) would be twice as long as any named bar.
    renderGlance(tracker(14, 100));
    const figure = screen.getByRole('figure', { name: 'Commitments by status, per resolution' });
    expect(within(figure).getByText(/^1,400 commitments across 14 resolutions\./)).toHaveTextContent(
      'The chart shows the 12 resolutions with the most commitments; the other 2 (200 commitments) would leave them as slivers on one scale, so the table lists them.',
    );
    await userEvent.click(within(figure).getByRole('button', { name: 'Show data table' }));
    // A header row and one row a resolution.
    expect(within(figure).getAllByRole('row')).toHaveLength(1 + 14);
  });

  it('punctuates the status counts as the reader’s language does (French: a narrow space before the colon)', async () => {
    const i18n = initI18n('fr');
    await i18n.changeLanguage('fr');
    onTestFinished(async () => {
      await i18n.changeLanguage('en');
    });
    renderGlance(tracker(3, 2), 'fr');
    const figure = await screen.findByRole('figure', { name: 'Engagements par statut, pour chaque résolution' });
    // textContent, not toHaveTextContent: that one reads the narrow no-break space as any space.
    expect(within(figure).getByText(/^6 engagements sur 3 résolutions\./).textContent).toContain('Non évalué\u202f: 6.');
  });
});
