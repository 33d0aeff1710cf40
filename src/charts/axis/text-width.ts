/**
 * Text laid out on a chart's axes without asking the DOM. recharts measures each tick label
 * (and each word of it) in a hidden span, which forces a layout of the whole page: on the large
 * tracker that was about 20 ms of every filter change. A label's width estimated from its
 * characters is close enough to wrap it and to space the ticks, with room to spare.
 */

/** The chart's type size: SVG text takes the page's (17px, styles.css). */
export const CHART_FONT_PX = 17;

/** Widths of a system sans-serif's characters, in ems: generous, so an estimate errs long. */
const NARROW = /[iljtfr.,:;'|!()[\]/\s-]/;
const DIGIT = /\d/;
const WIDE = /[MWmw@%]/;
const CAPITAL = /\p{Lu}/u;

function charEm(c: string): number {
  if (NARROW.test(c)) return 0.36;
  if (DIGIT.test(c)) return 0.66;
  if (WIDE.test(c)) return 0.9;
  if (CAPITAL.test(c)) return 0.74;
  return 0.62;
}

/** About how wide `text` is drawn at `fontPx`, in pixels (erring wide). */
export function textWidth(text: string, fontPx = CHART_FONT_PX): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontPx;
}

/**
 * `text` in lines no wider than `maxPx`, broken between words (a word longer than a line keeps
 * a line of its own, as recharts' own labels do).
 */
export function wrapWords(text: string, maxPx: number, fontPx = CHART_FONT_PX): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontPx) <= maxPx) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * How many ticks a count axis `plotPx` wide can carry when its widest label is `widestLabel`:
 * each label with a gap of its own height on either side, between 2 and 6 ticks.
 */
export function countTicks(plotPx: number, widestLabel: string, fontPx = CHART_FONT_PX): number {
  const room = textWidth(widestLabel, fontPx) + 2 * fontPx;
  return Math.max(2, Math.min(6, Math.floor(plotPx / room) + 1));
}
