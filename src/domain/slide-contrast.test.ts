import { readSlideContrast, withSlideContrast } from './slide-contrast';

describe('slide contrast in the URL', () => {
  it('is high unless the link asks for the standard theme', () => {
    expect(readSlideContrast(new URLSearchParams('slide=2'))).toBe('high');
    expect(readSlideContrast(new URLSearchParams('contrast=standard'))).toBe('standard');
    expect(readSlideContrast(new URLSearchParams('contrast=bogus'))).toBe('high');
  });

  it('writes only the exception and keeps the rest of the link', () => {
    const standard = withSlideContrast(new URLSearchParams('slide=3&res=r292'), 'standard');
    expect(standard.toString()).toBe('slide=3&res=r292&contrast=standard');
    expect(withSlideContrast(standard, 'high').toString()).toBe('slide=3&res=r292');
  });
});
