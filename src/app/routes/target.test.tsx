import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render';
import type { FigureRecord } from '../../domain/records';
import { useRecords } from '../../stores/records';

const figure = (id: string, value: number, asOf: string): FigureRecord => ({
  id,
  kind: 'figure',
  targetId: 'agencies-abroad',
  value,
  asOf,
  source: { text: `Ministry report ${asOf.slice(0, 4)}` },
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
});

describe('the target page', () => {
  it('shows the targets, says no figure is recorded, and offers the data table', async () => {
    const { user } = renderApp('/targets/agencies-abroad?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vietnamese representative agencies abroad' })).toBeInTheDocument();
    expect(screen.getByText(/No figure has been recorded for this target yet/)).toBeInTheDocument();
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('about 115 agencies by 2030; about 150 agencies by 2045. No figure recorded yet.');
    await user.click(within(figure).getByRole('button', { name: 'Show data table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(expect.arrayContaining([expect.stringContaining('about 115'), expect.stringContaining('about 150')]));
  });

  describe('with two recorded figures', () => {
    beforeEach(async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-02T09:00:00Z'));
      await useRecords.getState().importRecords([figure('f1', 90, '2024-06-30'), figure('f2', 94, '2025-06-30')]);
    });
    afterEach(() => vi.useRealTimers());

    it('says the gap, where the path puts us today and the projection, in the summary and the table alike', async () => {
      const { user } = renderApp('/targets/agencies-abroad?lang=en');
      const chart = await screen.findByRole('figure');
      await within(chart).findByText(/Latest recorded figure: 94 agencies on 30 June 2025/);
      // 90 then 94 a year later; the path from 90 reaches about 115 in 2030; today is 2 December 2026.
      expect(chart).toHaveTextContent('21 agencies to go to about 115 by 2030 (82% of the target).');
      expect(chart).toHaveTextContent('Where the steady path from the first figure to the targets says we should be today: 101 agencies.');
      expect(chart).toHaveTextContent('Projection at the pace so far, not a recorded figure: 112 by 2030, 172 by 2045.');
      expect(chart).toHaveTextContent('Events on the time axis: 25 September 2025: VTV reports that the Government has issued Resolution 292/NQ-CP.');

      await user.click(within(chart).getByRole('button', { name: 'Show data table' }));
      const table = screen.getByRole('table', { name: 'Vietnamese representative agencies abroad: targets and recorded figures' });
      const rows = within(table).getAllByRole('row').map((r) => r.textContent);
      expect(rows).toEqual(
        expect.arrayContaining([
          '2030Gap to the next target2182% of the target · Computed from the recorded figures',
          '2 December 2026Path today (computed)101Computed from the recorded figures',
          '2030Projection at the pace so far112Computed from the recorded figures',
          '2045Projection at the pace so far172Computed from the recorded figures',
          '25 September 2025Event(1) VTV reports that the Government has issued Resolution 292/NQ-CP',
        ]),
      );
    });

    it("labels the overview's progress bar with what it shows", async () => {
      renderApp('/?lang=en');
      const targets = await screen.findByRole('region', { name: 'Numeric targets' });
      const bar = await within(targets).findByRole('progressbar', { name: '82% of about 115 by 2030' });
      expect(bar).toHaveAttribute('value', String(94 / 115));
      expect(within(targets).getByText('82% of about 115 by 2030')).toBeVisible();
    });

    it('says the same in French, with its typography', async () => {
      renderApp('/targets/agencies-abroad?lang=fr');
      const chart = await screen.findByRole('figure');
      await within(chart).findByText(/Dernier chiffre relevé/);
      // A narrow no-break space before "%", ":" and ";" (toHaveTextContent would fold it into a space).
      expect(chart.textContent).toContain('environ 115 représentations d’ici 2030\u202f; environ 150 représentations d’ici 2045.');
      expect(chart.textContent).toContain('Encore 21 représentations pour atteindre environ 115 d’ici 2030 (82\u202f% de l’objectif).');
      expect(chart.textContent).toContain('Projection au rythme constaté, et non chiffre relevé\u202f: 112 en 2030, 172 en 2045.');
    });
  });

  it('says so when the target does not exist', async () => {
    renderApp('/targets/nope?lang=en');
    expect(await screen.findByRole('heading', { name: 'This page does not exist.' })).toBeInTheDocument();
  });
});
