import { holdMs, nextInLoop, parseKiosk } from './kiosk';

describe('parseKiosk', () => {
  it('reads the seconds a slide and the per-slide times', () => {
    const kiosk = parseKiosk('20', '3:40,5:30')!;
    expect(kiosk.seconds).toBe(20);
    expect(holdMs(kiosk, 1)).toBe(20_000);
    expect(holdMs(kiosk, 3)).toBe(40_000);
    expect(holdMs(kiosk, 5)).toBe(30_000);
  });

  it('is off without auto, defaults to 20 s for a bare auto, and refuses nonsense', () => {
    expect(parseKiosk(null, '3:40')).toBeNull();
    expect(parseKiosk('', null)?.seconds).toBe(20);
    expect(parseKiosk('abc', null)).toBeNull();
    expect(parseKiosk('1', null)).toBeNull();
    expect(parseKiosk('99999', null)).toBeNull();
  });

  it('ignores per-slide times it cannot read', () => {
    const kiosk = parseKiosk('15', '0:40,x:10,2:abc,4:1,6:12')!;
    expect([...kiosk.perSlide]).toEqual([[6, 12]]);
  });
});

describe('nextInLoop', () => {
  it('goes on, and back to the first after the last', () => {
    expect(nextInLoop(1, 5)).toBe(2);
    expect(nextInLoop(5, 5)).toBe(1);
  });
});
