/**
 * Kiosk mode: `?auto=20` shows each slide for 20 seconds and starts again after the last;
 * `&hold=3:40,5:30` keeps slide 3 for 40 seconds and slide 5 for 30.
 */
export interface Kiosk {
  seconds: number;
  perSlide: ReadonlyMap<number, number>;
}

/** Shorter than this, nobody can read a slide; longer than an hour is a mistake in the link. */
const MIN_SECONDS = 3;
const MAX_SECONDS = 3600;

const seconds = (value: string | undefined): number | null => {
  const n = Number(value);
  return Number.isFinite(n) && n >= MIN_SECONDS && n <= MAX_SECONDS ? n : null;
};

/** The kiosk settings in a link, or null when it asks for none (or for nonsense). */
export function parseKiosk(auto: string | null, hold: string | null): Kiosk | null {
  if (auto === null) return null;
  const base = auto === '' ? 20 : seconds(auto);
  if (base === null) return null;
  const perSlide = new Map<number, number>();
  for (const part of (hold ?? '').split(',')) {
    const [slide, time] = part.split(':');
    const n = Number(slide);
    const s = seconds(time);
    if (Number.isInteger(n) && n >= 1 && s !== null) perSlide.set(n, s);
  }
  return { seconds: base, perSlide };
}

/** How long slide `n` stays up, in milliseconds. */
export const holdMs = (kiosk: Kiosk, n: number) => (kiosk.perSlide.get(n) ?? kiosk.seconds) * 1000;

/** The slide after `n`, back to the first after the last. */
export const nextInLoop = (n: number, count: number) => (n >= count ? 1 : n + 1);
