/** Width of `text` in pixels at `size` px, bold or not. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

export const CAPTION_FONT = 'system-ui, sans-serif';

/**
 * A deliberately wide guess (system sans fonts average about 0.5em a glyph): wrapping a line
 * early costs a line of height, running off the image loses the words.
 */
export const estimateTextWidth: MeasureText = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.57);

/** The browser's own measure when it has one (not in jsdom), with a margin for other viewers' fonts. */
export function canvasMeasure(): MeasureText | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  return (text, size, bold) => {
    context.font = `${bold ? 'bold ' : ''}${size}px ${CAPTION_FONT}`;
    return context.measureText(text).width * 1.05;
  };
}

/** Longest prefix of `word` that fits, cut after a URL's punctuation when there is one. */
function fittingPrefix(word: string, maxWidth: number, width: (s: string) => number): string {
  let end = 1;
  while (end < word.length && width(word.slice(0, end + 1)) <= maxWidth) end += 1;
  const cut = Math.max(...['/', '-', '.', '?', '&', '=', '_'].map((c) => word.lastIndexOf(c, end - 1) + 1));
  return word.slice(0, cut > end / 2 ? cut : end);
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (the first line) and `restWidth` (the
 * others), at spaces; a word longer than a line (a URL) is cut, after its punctuation if it can be.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number, restWidth = maxWidth): string[] {
  const lines: string[] = [];
  let line = '';
  const limit = () => (lines.length === 0 ? maxWidth : restWidth);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (width(joined) <= limit()) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (width(rest) > limit() && rest.length > 1) {
      const piece = fittingPrefix(rest, limit(), width);
      lines.push(piece);
      rest = rest.slice(piece.length);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export interface LegendItem {
  label: string;
  color: string;
}

export interface CaptionText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

export interface CaptionLayout {
  height: number;
  /** Where the chart's own drawing goes, below the title. */
  chartTop: number;
  texts: CaptionText[];
  swatches: (LegendItem & { x: number; y: number })[];
}

const PAD = 12;
const INDENT = 12;
const TITLE = { size: 18, line: 24 };
const LINE = 18;
const SWATCH = 12;

/**
 * Where each line of an exported chart's caption goes: the title wrapped above the chart; the
 * legend, the as-of date and each source (continuation lines indented) wrapped below it. The
 * height grows with the lines, so nothing is cut.
 */
export function layoutCaption(
  caption: { title: string; asOf: string; sources: string[]; legend?: LegendItem[]; note?: string },
  width: number,
  chartHeight: number,
  measure: MeasureText = estimateTextWidth,
): CaptionLayout {
  const room = Math.max(40, width - 2 * PAD);
  const texts: CaptionText[] = [];
  const titleLines = wrapText(caption.title, room, (s) => measure(s, TITLE.size, true));
  titleLines.forEach((text, i) => texts.push({ text, x: PAD, y: 26 + TITLE.line * i, size: TITLE.size, bold: true }));
  const chartTop = 16 + TITLE.line * titleLines.length;

  let y = chartTop + chartHeight;
  const swatches: CaptionLayout['swatches'] = [];
  let x = PAD;
  if (caption.legend?.length) y += LINE;
  for (const item of caption.legend ?? []) {
    const itemWidth = SWATCH + 6 + measure(item.label, 12, false) + 16;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += LINE;
    }
    swatches.push({ ...item, x, y: y - SWATCH + 2 });
    texts.push({ text: item.label, x: x + SWATCH + 6, y, size: 12, bold: false });
    x += itemWidth;
  }

  const block = (text: string, size: number) =>
    wrapText(text, room, (s) => measure(s, size, false), room - INDENT).forEach((line, i) => {
      y += LINE;
      texts.push({ text: line, x: i === 0 ? PAD : PAD + INDENT, y, size, bold: false });
    });
  if (caption.note) block(caption.note, 12);
  block(caption.asOf, 12);
  caption.sources.forEach((s) => block(s, 11));
  return { height: y + 16, chartTop, texts, swatches };
}
