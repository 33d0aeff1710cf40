import { capLines, chartCsv, captionedSvg } from './chart-export';

const caption = { title: 'Agencies abroad', asOf: 'As of 1 January 2026', sources: ['VTV, 25 September 2025 <https://vtv.vn/x>'] };

describe('chart export', () => {
  it('puts the title, as-of date and sources into the SVG, as text', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '600');
    chart.setAttribute('height', '300');
    const { svg, width, height } = captionedSvg(chart, { ...caption, title: '<b>Agencies</b> & co' });
    expect(width).toBe(600);
    expect(height).toBe(40 + 300 + 18 * 2 + 16);
    expect(svg).toContain('&lt;b&gt;Agencies&lt;/b&gt; &amp; co');
    expect(svg).toContain('As of 1 January 2026');
    expect(svg).toContain('VTV, 25 September 2025 &lt;https://vtv.vn/x&gt;');
  });

  it('wraps a long source line to the image width and makes the image taller to hold it', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '400');
    chart.setAttribute('height', '200');
    const long = `Source: ${'Kế hoạch xây dựng và phát triển ngành Ngoại giao '.repeat(4)}<https://example.org/${'a'.repeat(120)}>`;
    const { svg, height } = captionedSvg(chart, { ...caption, sources: [long] }, { colors: { background: '#1a1f26', text: '#eef1f5' } });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const sourceLines = [...doc.querySelectorAll('text[font-size="11"]')];
    expect(sourceLines.length).toBeGreaterThan(3);
    expect(sourceLines.map((t) => t.textContent).join(' ').replace(/\s/g, '')).toBe(long.replace(/\s/g, ''));
    expect(height).toBe(40 + 200 + 18 * (1 + sourceLines.length) + 16);
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe('#1a1f26');
    expect(sourceLines[0]?.getAttribute('fill')).toBe('#eef1f5');
  });

  it('crops the room kept for the on-screen legend off the bottom of the drawing', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '600');
    chart.setAttribute('height', '300');
    const { svg, height } = captionedSvg(chart, caption, { trimBottom: 40 });
    expect(height).toBe(40 + 260 + 18 * 2 + 16);
    expect(svg).toMatch(/<svg width="600" height="260" x="0" y="40" viewBox="0 0 600 260"/);
  });

  it('draws the legend as swatches with their labels', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '600');
    chart.setAttribute('height', '300');
    const { svg } = captionedSvg(chart, { ...caption, legend: [{ label: 'Not assessed', color: '#3b4149' }] });
    expect(svg).toMatch(/<rect [^>]*fill="#3b4149"/);
    expect(svg).toContain('>Not assessed</text>');
  });

  it('writes the data as CSV with the caption first and formulas defused', () => {
    const csv = chartCsv(caption, ['Year', 'Target'], [[2030, 115], ['=1+1', 'a,b']]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFAgencies abroad',
      'As of 1 January 2026',
      '"VTV, 25 September 2025 <https://vtv.vn/x>"',
      '',
      'Year,Target',
      '2030,115',
      "'=1+1,\"a,b\"",
      '',
    ]);
  });
});

describe('capLines', () => {
  it('keeps short lists and says how many more a long one has', () => {
    expect(capLines(['1', '2'], (x) => `line ${x}`, (n) => `+${n}`, 3)).toEqual(['line 1', 'line 2']);
    const written: string[] = [];
    const line = (x: string) => (written.push(x), `line ${x}`);
    expect(capLines(['1', '2', '3', '4', '5'], line, (n) => `+${n}`, 3)).toEqual(['line 1', 'line 2', '+3']);
    // Only the lines kept are written.
    expect(written).toEqual(['1', '2']);
  });
});
