import { estimateTextWidth, layoutCaption, wrapText } from './caption-layout';

/** Every character 10 px wide, so widths are easy to reason about. */
const tenPx = (s: string) => s.length * 10;
const measure = (s: string) => tenPx(s);

describe('wrapText', () => {
  it('keeps a short line whole', () => {
    expect(wrapText('Agencies abroad', 400, tenPx)).toEqual(['Agencies abroad']);
  });

  it('breaks at spaces so no line is wider than allowed', () => {
    const lines = wrapText('Source: Vietnam Television, 25 September 2025, foreign affairs', 200, tenPx);
    expect(lines).toEqual(['Source: Vietnam', 'Television, 25', 'September 2025,', 'foreign affairs']);
    for (const line of lines) expect(tenPx(line)).toBeLessThanOrEqual(200);
  });

  it('cuts a word longer than a line, after its punctuation when it can', () => {
    const lines = wrapText('<https://vtv.vn/chinh-tri/nghi-quyet-292.htm>', 150, tenPx);
    expect(lines.join('')).toBe('<https://vtv.vn/chinh-tri/nghi-quyet-292.htm>');
    for (const line of lines) expect(tenPx(line)).toBeLessThanOrEqual(150);
    expect(lines[0]).toBe('<https://vtv.');
  });

  it('gives later lines their own width (an indent)', () => {
    const lines = wrapText('aaaa bbbb cccc dddd', 90, tenPx, 40);
    expect(lines).toEqual(['aaaa bbbb', 'cccc', 'dddd']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapText('', 100, tenPx)).toEqual(['']);
  });
});

describe('layoutCaption', () => {
  const caption = { title: 'Agencies abroad', asOf: 'As of 1 January 2026', sources: ['VTV'] };

  it('keeps one-line captions at their old height', () => {
    const layout = layoutCaption(caption, 600, 300, measure);
    expect(layout.chartTop).toBe(40);
    expect(layout.height).toBe(40 + 300 + 18 * 2 + 16);
  });

  it('wraps a long source and title to the width and grows the image to hold them', () => {
    const long = `Source: ${'word '.repeat(60)}<https://example.org/${'x'.repeat(80)}>`;
    const layout = layoutCaption({ ...caption, title: 'T '.repeat(60), sources: [long] }, 300, 200, measure);
    for (const line of layout.texts) expect(line.x + tenPx(line.text)).toBeLessThanOrEqual(300 - 12);
    const titleLines = layout.texts.filter((t) => t.bold);
    expect(titleLines.length).toBeGreaterThan(1);
    expect(layout.chartTop).toBe(16 + 24 * titleLines.length);
    const last = Math.max(...layout.texts.map((t) => t.y));
    expect(layout.height).toBe(last + 16);
    expect(layout.texts.filter((t) => !t.bold).length).toBeGreaterThan(3);
    // The words are all there, in order.
    expect(layout.texts.filter((t) => t.size === 11).map((t) => t.text).join(' ').replace(/\s+/g, ' ')).toContain('word word');
  });

  it('lays the legend out in rows under the chart', () => {
    const legend = ['Not assessed', 'In progress', 'On track', 'At risk'].map((label) => ({ label, color: '#000000' }));
    const layout = layoutCaption({ ...caption, legend }, 320, 100, measure);
    expect(layout.swatches).toHaveLength(4);
    expect(new Set(layout.swatches.map((s) => s.y)).size).toBeGreaterThan(1);
    for (const s of layout.swatches) expect(s.y).toBeGreaterThan(40 + 100);
    expect(layout.height).toBeGreaterThan(40 + 100 + 18 * 2 + 16);
  });

  it('says what the drawing leaves out under the key, wrapped, before the date', () => {
    const legend = [{ label: 'At risk', color: '#000000' }];
    const note = 'The chart shows the 12 resolutions with the most commitments; the table lists the other 188.';
    const layout = layoutCaption({ ...caption, legend, note }, 320, 100, measure);
    const lines = layout.texts.map((t) => t.text);
    const noteLines = lines.slice(lines.indexOf('At risk') + 1, lines.indexOf('As of 1 January 2026'));
    expect(noteLines.length).toBeGreaterThan(1);
    expect(noteLines.join(' ').replace(/\s+/g, ' ')).toBe(note);
    expect(layout.height).toBe(layoutCaption({ ...caption, legend }, 320, 100, measure).height + 18 * noteLines.length);
  });
});

describe('estimateTextWidth', () => {
  it('errs wide, and wider for bold', () => {
    expect(estimateTextWidth('abcdefghij', 10, false)).toBeGreaterThanOrEqual(50);
    expect(estimateTextWidth('abc', 10, true)).toBeGreaterThan(estimateTextWidth('abc', 10, false));
  });
});
