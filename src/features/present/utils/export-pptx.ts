import type { TFunction } from 'i18next';
import PptxGenJS from 'pptxgenjs';
import type { DeckData, SlideContent } from '../hooks/use-slide-content';

/** LAYOUT_WIDE: 13.33 × 7.5 inches, 16:9. */
const W = 13.33;
const H = 7.5;
const M = 0.5;

/**
 * The deck as a PowerPoint file: the same slides and words as on screen, each with its sources
 * in a footer and the speaking notes in the notes pane. pptxgenjs is loaded only when asked for.
 */
export async function exportDeckAsPptx(contents: SlideContent[], deck: DeckData, t: TFunction): Promise<void> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = contents[0]?.title ?? '';
  for (const content of contents) {
    const slide = pptx.addSlide();
    if (content.slide.kind === 'title') {
      slide.addText(content.title, { x: M, y: 0.8, w: W - 2 * M, h: 1.4, fontSize: 40, bold: true, valign: 'bottom' });
      slide.addText(content.subtitle ?? '', { x: M, y: 2.3, w: W - 2 * M, h: 0.6, fontSize: 24 });
      slide.addText(content.date ?? '', { x: M, y: 2.9, w: W - 2 * M, h: 0.5, fontSize: 20, color: '444444' });
      addCards(slide, content, t, M, 3.6, W - 2 * M, 2.9);
    } else {
      slide.addText(content.title, { x: M, y: 0.3, w: W - 2 * M, h: 0.9, fontSize: 32, bold: true });
      // What the review slides compare ("From … to …"), under the title as on screen.
      if (content.subtitle) slide.addText(content.subtitle, { x: M, y: 1.15, w: W - 2 * M, h: 0.5, fontSize: 20, color: '444444' });
      const top = content.subtitle ? 1.8 : 1.3;
      let left = M;
      let width = W - 2 * M;
      if (content.target) {
        const target = content.target;
        const figures = deck.figuresByTarget.get(target.id) ?? [];
        const years = [...new Set([...figures.map((f) => Number(f.asOf.slice(0, 4))), ...target.milestones.map((m) => m.year)])].sort((a, b) => a - b);
        const series = [{ name: t('target.targetLegend'), labels: years.map(String), values: years.map((y) => target.milestones.find((m) => m.year === y)?.value ?? null) }];
        if (figures.length > 0)
          series.push({ name: t('target.recordedLegend'), labels: years.map(String), values: years.map((y) => figures.filter((f) => Number(f.asOf.slice(0, 4)) === y).at(-1)?.value ?? null) });
        slide.addChart(pptx.ChartType.line, series as PptxGenJS.OptsChartData[], { x: M, y: 1.3, w: 7.6, h: 5.2, showLegend: true, legendPos: 'b', lineDataSymbolSize: 10 });
        left = M + 7.9;
        width = W - M - left;
      }
      addCards(slide, content, t, left, top, width, 6.6 - top);
    }
    if (content.sources.length > 0)
      slide.addText(t('present.sources', { list: content.sources.join(' · ') }), { x: M, y: H - 0.7, w: W - 2 * M, h: 0.5, fontSize: 12, color: '444444' });
    if (content.notes.length > 0) slide.addNotes(content.notes.join('\n\n'));
  }
  await pptx.writeFile({ fileName: `policy-targets-slides-${deck.asOf}.pptx` });
}

function addCards(slide: PptxGenJS.Slide, content: SlideContent, t: TFunction, left: number, top: number, width: number, height: number) {
  const columns = content.target ? 2 : Math.max(1, content.columns);
  const rows = Math.ceil(content.cards.length / columns);
  const gap = 0.2;
  const cw = (width - gap * (columns - 1)) / columns;
  const ch = (height - gap * (rows - 1)) / Math.max(1, rows);
  content.cards.forEach((card, i) => {
    const runs: PptxGenJS.TextProps[] = [];
    if (card.eyebrow) runs.push({ text: card.eyebrow, options: { fontSize: 14, bold: true, color: '444444', breakLine: true } });
    if (card.status) runs.push({ text: t(`status.${card.status}`), options: { fontSize: 16, bold: true, breakLine: true } });
    if (card.big) runs.push({ text: card.big, options: { fontSize: 36, bold: true, breakLine: true } });
    runs.push({ text: card.text, options: { fontSize: content.cards.length > 4 ? 14 : 18, breakLine: Boolean(card.detail) } });
    if (card.detail) runs.push({ text: card.detail, options: { fontSize: 14, italic: true } });
    slide.addText(runs, {
      x: left + (i % columns) * (cw + gap),
      y: top + Math.floor(i / columns) * (ch + gap),
      w: cw,
      h: ch,
      valign: 'top',
      margin: 8,
      line: { color: 'C9CED6', width: 1 },
    });
  });
}
