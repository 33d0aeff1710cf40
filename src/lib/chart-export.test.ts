import { chartCsv, captionedSvg } from './chart-export';

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
