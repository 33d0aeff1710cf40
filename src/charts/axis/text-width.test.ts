import { countTicks, textWidth, wrapWords } from './text-width';

describe('text laid out on an axis without measuring it', () => {
  it('estimates a wider width for longer and wider text', () => {
    expect(textWidth('Resolution')).toBeGreaterThan(textWidth('Res'));
    expect(textWidth('MMMM')).toBeGreaterThan(textWidth('iiii'));
    expect(textWidth('')).toBe(0);
  });

  it('errs wide for a label in the page’s type (about 9 px a character at 17 px)', () => {
    // Chromium draws "Resolution 292/NQ-CP" in system-ui at 17 px in about 170 px.
    expect(textWidth('Resolution 292/NQ-CP')).toBeGreaterThanOrEqual(170);
    expect(textWidth('Resolution 292/NQ-CP')).toBeLessThan(230);
  });

  it('wraps between words, keeping a word longer than a line on a line of its own', () => {
    expect(wrapWords('Resolution 292/NQ-CP', 110)).toEqual(['Resolution', '292/NQ-CP']);
    expect(wrapWords('Nghị quyết 292/NQ-CP', 110)).toEqual(['Nghị quyết', '292/NQ-CP']);
    expect(wrapWords('39 other resolutions', 110)).toEqual(['39 other', 'resolutions']);
    expect(wrapWords('Supercalifragilistic 1', 60)).toEqual(['Supercalifragilistic', '1']);
    expect(wrapWords('  spaced   out  ', 500)).toEqual(['spaced out']);
  });

  it('gives a count axis fewer ticks as it narrows or its numbers lengthen, between 2 and 6', () => {
    expect(countTicks(900, '400')).toBe(6);
    expect(countTicks(200, '400')).toBeLessThan(countTicks(500, '400'));
    expect(countTicks(300, '10,000')).toBeLessThan(countTicks(300, '40'));
    expect(countTicks(20, '10,000')).toBe(2);
  });
});
