import { bibliography } from './bibliography';
import { source } from '../../test/factories/dataset';

const quoted = (...ids: string[]) => ids.map((sourceId, i) => ({ sourceId, quote: `Sentence ${i}.` }));

describe('bibliography', () => {
  const sources = [
    source({ id: 'a', publisher: 'A' }),
    source({ id: 'b', publisher: 'B' }),
    source({ id: 'user-source-x', origin: 'user', publisher: 'Ministry report 2025', title: 'Ministry report 2025', url: 'https://example.org/r' }),
  ];

  it('numbers sources in the order they are first cited, one entry per source however often cited', () => {
    const bib = bibliography(sources);
    expect(bib.cite(quoted('b', 'b', 'b'))).toEqual([1]);
    expect(bib.cite(quoted('a', 'b'))).toEqual([1, 2]);
    expect(bib.cite(quoted('a'))).toEqual([2]);
    expect(bib.entries().map((e) => [e.n, e.kind === 'source' && e.source.id])).toEqual([
      [1, 'b'],
      [2, 'a'],
    ]);
  });

  it('lists an item\'s numbers ascending, each once', () => {
    const bib = bibliography(sources);
    bib.cite(quoted('a'));
    expect(bib.cite(quoted('b', 'a', 'b'))).toEqual([1, 2]);
  });

  it('gives the same numbering for the same citations, so a reprint matches', () => {
    const run = () => {
      const bib = bibliography(sources);
      return [bib.cite(quoted('b')), bib.citeRecord({ text: 'Phone call' }), bib.cite(quoted('a', 'b'))];
    };
    expect(run()).toEqual(run());
    expect(run()).toEqual([[1], 2, [1, 3]]);
  });

  it('makes one entry of a user\'s source, whether given with a record or an item, whatever its spacing and case', () => {
    const bib = bibliography(sources);
    expect(bib.citeRecord({ text: 'Ministry report 2025', url: 'https://example.org/r' })).toBe(1);
    expect(bib.cite(quoted('user-source-x'))).toEqual([1]);
    expect(bib.citeRecord({ text: ' ministry  report 2025 ', url: 'https://example.org/r' })).toBe(1);
    // The same words with another link (or none) is another source.
    expect(bib.citeRecord({ text: 'Ministry report 2025' })).toBe(2);
    expect(bib.entries()).toEqual([
      { n: 1, kind: 'record', text: 'Ministry report 2025', url: 'https://example.org/r' },
      { n: 2, kind: 'record', text: 'Ministry report 2025' },
    ]);
  });

  it('keeps an entry for a source the dataset no longer lists, saying which', () => {
    const bib = bibliography(sources);
    expect(bib.cite(quoted('gone', 'gone'))).toEqual([1]);
    expect(bib.entries()).toEqual([{ n: 1, kind: 'missing', sourceId: 'gone' }]);
  });
});
