import { formatDate, formatNumber, formatYear } from './format';

describe('format', () => {
  it('formats dates for each language at the precision of the source', () => {
    expect(formatDate('en', '2025-09-25')).toBe('25 September 2025');
    expect(formatDate('fr', '2025-09-25')).toBe('25 septembre 2025');
    expect(formatDate('vi', '2025-09-25')).toMatch(/25.*9.*2025/);
    expect(formatDate('fr', '2030')).toBe('2030');
  });

  it('groups digits the way each language does, but never in years', () => {
    expect(formatNumber('en', 12500)).toBe('12,500');
    expect(formatNumber('vi', 12500)).toBe('12.500');
    expect(formatNumber('fr', 12500).replace(/\s/g, ' ')).toBe('12 500');
    expect(formatYear('fr', 2045)).toBe('2045');
  });
});
