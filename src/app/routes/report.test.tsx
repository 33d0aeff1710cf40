import { screen, within } from '@testing-library/react';
import shipped from '../../../public/data/dataset.json';
import { renderApp } from '../../../test/render';

const sectionHeadings = () => screen.queryAllByRole('heading', { level: 2 }).filter((h) => h.id.startsWith('report-r'));

describe('the report', () => {
  it('opens from the header with the filters kept, one section per resolution', async () => {
    const { user, router } = renderApp('/?lang=en&res=r57,r59');
    await user.click(await screen.findByRole('link', { name: 'Report' }));
    expect(await screen.findByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/report');
    expect(router.state.location.search).toBe('?lang=en&res=r57,r59');
    expect(sectionHeadings().map((h) => h.textContent)).toEqual([
      expect.stringMatching(/^Resolution 57 — Breakthroughs in science/),
      expect.stringMatching(/^Resolution 59 — /),
    ]);
  });

  it('links each footnote number to its source: the quote, publisher, title, date and URL', async () => {
    renderApp('/report?lang=en&res=r292');
    const section = await screen.findByRole('region', { name: /^Resolution 292\/NQ-CP/ });
    const notes = within(section).getByRole('region', { name: 'Sources cited' });
    const first = within(section).getAllByRole('link', { name: 'Source 1' })[0]!;
    const target = notes.querySelector(first.getAttribute('href')!)!;
    expect(target).not.toBeNull();
    const resolution = shipped.resolutions.find((r) => r.id === 'r292')!;
    const source = shipped.sources.find((s) => s.id === resolution.citations[0]!.sourceId)!;
    expect(target).toHaveTextContent(resolution.citations[0]!.quote);
    expect(target).toHaveTextContent(`${source.publisher}, “${source.title}”`);
    expect(within(target as HTMLElement).getByRole('link', { name: source.url })).toHaveAttribute('href', source.url);
    // Each sentence is listed once, numbered from 1.
    const items = within(notes).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('value'))).toEqual(items.map((_, i) => String(i + 1)));
    expect(within(section).getByRole('figure')).toHaveTextContent('about 115 agencies by 2030; about 150 agencies by 2045.');
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
