import { screen, within } from '@testing-library/react';
import shipped from '../../../public/data/dataset.json';
import { renderApp } from '../../../test/render';

const sectionHeadings = () => screen.queryAllByRole('heading', { level: 2 }).filter((h) => h.id.startsWith('report-r'));

describe('the report', () => {
  it('opens from the header with the filters kept, one section per resolution', async () => {
    const { user, location } = renderApp('/?lang=en&res=r57,r59');
    await user.click(await screen.findByRole('link', { name: 'Report' }));
    expect(await screen.findByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
    expect(location().pathname).toBe('/report');
    expect(location().search).toBe('?lang=en&res=r57,r59');
    expect(sectionHeadings().map((h) => h.textContent)).toEqual([
      expect.stringMatching(/^Resolution 57 — Breakthroughs in science/),
      expect.stringMatching(/^Resolution 59 — /),
    ]);
  });

  it('links each footnote number to the one bibliography entry of its source: publisher, title, date and URL', async () => {
    renderApp('/report?lang=en&res=r292');
    const section = await screen.findByRole('region', { name: /^Resolution 292\/NQ-CP/ });
    const bibliography = screen.getByRole('region', { name: 'Sources cited' });
    const refs = within(section).getAllByRole('link', { name: /^Source \d+$/ });
    const resolution = shipped.resolutions.find((r) => r.id === 'r292')!;
    const source = shipped.sources.find((s) => s.id === resolution.citations[0]!.sourceId)!;
    const first = bibliography.querySelector(refs[0]!.getAttribute('href')!) as HTMLElement;
    expect(first).toHaveTextContent(`${source.publisher}, “${source.title}”`);
    expect(within(first).getByRole('link', { name: source.url })).toHaveAttribute('href', source.url);
    // One entry per source: every item of 292 quotes the same article, so every number is the same.
    const entries = within(bibliography).getAllByRole('listitem');
    expect(entries.map((li) => li.getAttribute('value'))).toEqual(entries.map((_, i) => String(i + 1)));
    const publishers = entries.map((li) => shipped.sources.find((s) => li.textContent!.startsWith(`${s.publisher}, “${s.title}”`))?.id);
    expect(new Set(publishers).size).toBe(entries.length);
    expect(refs.length).toBeGreaterThan(entries.length);
    expect(within(section).getByRole('figure')).toHaveTextContent(/^Vietnamese representative agencies abroadTargets: about 115 agencies by 2030\d+; about 150 agencies by 2045\d+$/);
  });

  it('opens with a summary: the target\'s figures, what is at risk and why, the next deadlines', async () => {
    renderApp('/report?lang=en&res=r292');
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByRole('heading', { name: 'Headline figures' })).toBeInTheDocument();
    expect(summary).toHaveTextContent('Target: about 115 agencies by 2030; no figure recorded yet, so no pace to compare.');
    expect(summary).toHaveTextContent('Commitments assessed: 0 of 19. At risk: 0; Off track: 0.');
    expect(summary).toHaveTextContent('No commitment is assessed at risk or off track.');
    expect(within(summary).getByRole('heading', { name: 'Next deadlines' })).toBeInTheDocument();
    expect(summary).toHaveTextContent(/2030 \(.+\) Resolution 292\/NQ-CP: 1 measure due; about 115 agencies by 2030; 6 tasks, 12 measures on the plan’s horizon/);
  });

  it('prints through the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp('/report?lang=fr&res=r57');
    await user.click(await screen.findByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('says so when nothing matches', async () => {
    renderApp('/report?lang=en&q=zzzz-nothing');
    expect(await screen.findByText(/Nothing matches these filters/, { selector: '.empty' })).toBeInTheDocument();
    expect(sectionHeadings()).toEqual([]);
  });

  it('says on its cover which filters made it, and names itself for the PDF file', async () => {
    renderApp('/report?lang=en&res=r292&status=not_assessed&by=2030&q=ASEAN');
    expect(await screen.findByText('Filters: Resolutions: 292/NQ-CP · Status: Not assessed · Deadline or horizon by: 2030 · Search: “ASEAN”')).toBeInTheDocument();
    expect(document.title).toMatch(/^Vietnam: foreign-affairs sector resolutions — Report \d{4}-\d{2}-\d{2}$/);
  });
});
