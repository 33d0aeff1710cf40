import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Each test walks a whole deck; on a shared two-core machine that takes time.
test.describe.configure({ timeout: 90_000 });

const counter = (page: Page) => page.locator('.present-counter');
const slideCount = async (page: Page) => Number((await counter(page).textContent())!.match(/of (\d+)/)![1]);

test('present a filtered view: step with clicker keys, reload stays on the slide, Escape leaves', async ({ page }) => {
  await page.goto('/?lang=en&res=r292');
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(counter(page)).toHaveText('Slide 1 of 5');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietnam: foreign-affairs sector resolutions');
  await expect(page.locator('.slide-card-eyebrow')).toHaveText(['Resolution 292/NQ-CP']);
  // The data's date, not today's.
  await expect(page.locator('.slide-date')).toHaveText('Data as of 25 September 2025');

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('Slide 2 of 5');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where we stand');
  await expect(page.locator('.slide-card').filter({ hasText: 'commitments assessed' })).toContainText('0 of 19');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText('Slide 3 of 5');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Status of the tasks: Resolution 292/NQ-CP');
  await expect(page.locator('.slide-card')).toHaveCount(6);
  await expect(page.locator('.slide-card').first()).toContainText('Not assessed');
  await expect(page).toHaveURL(/slide=3/);

  await page.reload();
  await expect(counter(page)).toHaveText('Slide 3 of 5');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('Slide 5 of 5');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Next deadlines');
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietnamese representative agencies abroad');
  await expect(page.locator('.slide-card').filter({ hasText: 'Latest figure' })).toContainText('No figure recorded yet');
  await expect(page.locator('.slide-card').filter({ hasText: 'Gap to the target' })).toBeVisible();
  await expect(page.locator('.slide-sources')).toContainText('Sources: Vietnam Television (VTV), 25 September 2025');
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('Slide 1 of 5');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?.*res=r292/);
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
});

test('at 1920×1080 every slide is 16:9, body text at least 28 px, titles at least 48 px, more than half filled, nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present?lang=fr&slide=1');
  await expect(counter(page)).toHaveText(/Diapositive 1 sur \d+/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  const count = Number((await counter(page).textContent())!.match(/sur (\d+)/)![1]);
  // Title, headline, Resolution 292's tasks, the target, the deadlines (56, 57, 59 and 68 have no task).
  expect(count).toBe(5);
  for (let n = 1; n <= count; n++) {
    await expect(counter(page)).toHaveText(`Diapositive ${n} sur ${count}`);
    await expect(page.locator('.slide-body')).toBeVisible();
    const seen = await page.evaluate(() => {
      const slide = document.querySelector('.slide')!;
      const box = slide.getBoundingClientRect();
      const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const texts = [...slide.querySelectorAll('.slide-body p, .slide-body li, .slide-body span, .slide-body text')].filter(
        (el) => !el.closest('.slide-sources') && (el.textContent ?? '').trim() !== '' && el.getBoundingClientRect().width > 0,
      );
      const small = texts.filter((el) => size(el) < 28).map((el) => `${size(el)}px ${(el.textContent ?? '').slice(0, 30)}`);
      const titles = [...slide.querySelectorAll('h1')].map(size);
      const out = [...slide.querySelectorAll('h1, p, li, text, .status-badge')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1 || r.top < box.top - 1))
        .map(({ el }) => `${el.tagName}: ${(el.textContent ?? '').slice(0, 40)}`);
      // Text cut inside its card: a card whose content is taller than the card.
      const clipped = [...slide.querySelectorAll<HTMLElement>('.slide-card')].filter((c) => c.scrollHeight > c.clientHeight + 1).map((c) => (c.textContent ?? '').slice(0, 40));
      // Filled area: the share of points on a 64 × 36 grid over the slide that fall on a card,
      // a chart, or a line of text (each line's own box, not the width of its block).
      const rects: DOMRect[] = [];
      slide.querySelectorAll('.slide-card, .slide-chart-body svg.recharts-surface').forEach((el) => rects.push(el.getBoundingClientRect()));
      slide.querySelectorAll('h1, .slide-cover p, .slide-sources').forEach((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        rects.push(...range.getClientRects());
      });
      let filled = 0;
      for (let i = 0; i < 64; i++)
        for (let j = 0; j < 36; j++) {
          const x = box.left + ((i + 0.5) / 64) * box.width;
          const y = box.top + ((j + 0.5) / 36) * box.height;
          if (rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) filled++;
        }
      return { ratio: box.width / box.height, small, titles, out, clipped, filled: filled / (64 * 36), scroll: document.documentElement.scrollWidth > innerWidth };
    });
    expect(seen.ratio, `slide ${n}`).toBeCloseTo(16 / 9, 2);
    expect(seen.small, `slide ${n}`).toEqual([]);
    expect(Math.min(...seen.titles), `slide ${n}`).toBeGreaterThanOrEqual(48);
    expect(seen.out, `slide ${n}`).toEqual([]);
    expect(seen.clipped, `slide ${n}`).toEqual([]);
    expect(seen.scroll).toBe(false);
    expect(seen.filled, `slide ${n}`).toBeGreaterThan(0.5);
    await page.screenshot({ path: `test-results/artifacts/slide-1920-${n}.png` });
    await page.keyboard.press('ArrowRight');
  }
});

test('the presenter view follows the audience window and leads it; notes only there, with the elapsed time', async ({ page, context }) => {
  await page.goto('/present?lang=en&slide=1');
  await expect(counter(page)).toHaveText('Slide 1 of 5');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  const notes = presenter.getByRole('region', { name: 'Presenter notes' });
  await expect(notes).toContainText('Open with what this briefing covers');
  await expect(presenter.getByRole('region', { name: 'Next slide' }).getByRole('heading', { level: 1 })).toHaveText('Where we stand');
  await expect(presenter.getByRole('timer')).toHaveText(/^00:0[1-9]$/);

  // The presenter steps: the audience follows.
  await presenter.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('Slide 2 of 5');
  await expect(notes).toContainText('commitments have been assessed so far');
  // The audience window steps (a clicker plugged into it): the presenter follows.
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('.present-counter')).toHaveText('Slide 3 of 5');
  await expect(notes).toContainText('Go through the 6 tasks of Resolution 292/NQ-CP');

  // The audience never sees the notes.
  await expect(page.getByRole('region', { name: 'Presenter notes' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Go through the 6 tasks');
});

test('kiosk: ?auto=20 advances every 20 s, keeps a per-slide time, loops, and never reloads the page', async ({ page }) => {
  await page.clock.install();
  await page.goto('/present?lang=en&auto=20&hold=2:40');
  const slide = page.locator('main.slide');
  await expect(slide).toHaveAttribute('aria-label', 'Slide 1 of 5');
  await page.evaluate(() => ((window as unknown as { kioskMark: number }).kioskMark = 1));
  await expect(page.locator('.present-bar')).toBeHidden();
  await page.clock.runFor(20_000);
  await expect(slide).toHaveAttribute('aria-label', 'Slide 2 of 5');
  await page.clock.runFor(20_000);
  await expect(slide).toHaveAttribute('aria-label', 'Slide 2 of 5');
  await page.clock.runFor(20_000);
  await expect(slide).toHaveAttribute('aria-label', 'Slide 3 of 5');
  for (const n of [4, 5, 1]) {
    await page.clock.runFor(20_000);
    await expect(slide).toHaveAttribute('aria-label', `Slide ${n} of 5`);
  }
  // The same document throughout: a reload would have left full screen.
  expect(await page.evaluate(() => (window as unknown as { kioskMark?: number }).kioskMark)).toBe(1);
});

test('the deck exports to PDF, one 16:9 slide a page with its sources', async ({ page }) => {
  await page.goto('/present?lang=en&view=print&dialog=no');
  await expect(page.locator('.print-slide')).toHaveCount(5);
  await expect(page.locator('.print-slide svg.recharts-surface').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const buffer = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: true }).promise;
  expect(pdf.numPages).toBe(5);
  for (let n = 1; n <= pdf.numPages; n++) {
    const p = await pdf.getPage(n);
    const { width, height } = p.getViewport({ scale: 1 });
    expect(width / height).toBeCloseTo(16 / 9, 2);
    const text = (await p.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(text, `page ${n}`).toContain('Sources:');
  }
  await pdf.destroy();
});

test('the deck exports to PowerPoint: one slide per deck slide, each with its sources and notes', async ({ page }) => {
  await page.goto('/present?lang=en');
  await expect(counter(page)).toHaveText('Slide 1 of 5');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the slides as PowerPoint' }).click()]);
  expect(download.suggestedFilename()).toBe('policy-targets-slides-2025-09-25.pptx');
  const file = join(mkdtempSync(join(tmpdir(), 'pptx-')), 'deck.pptx');
  await download.saveAs(file);
  const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e));
  expect(slides).toHaveLength(await slideCount(page));
  const xml = (n: number) => execFileSync('unzip', ['-p', file, `ppt/slides/slide${n}.xml`], { encoding: 'utf8' });
  expect(xml(1)).toContain('Vietnam: foreign-affairs sector resolutions');
  expect(xml(1)).toContain('Data as of 25 September 2025');
  expect(xml(3)).toContain('Status of the tasks: Resolution 292/NQ-CP');
  for (let n = 1; n <= slides.length; n++) expect(xml(n), `slide ${n}`).toContain('Sources:');
  const notes = entries.filter((e) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e));
  expect(execFileSync('unzip', ['-p', file, notes[0]!], { encoding: 'utf8' })).toContain('Open with what this briefing covers');
});

test('slides open in high contrast; the toolbar button or C switches to the normal theme, and the link keeps it', async ({ page }) => {
  await page.goto('/?lang=en&res=r292');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(counter(page)).toHaveText('Slide 1 of 5');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  const toggle = page.getByRole('button', { name: 'High contrast' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.present-keys')).toContainText('C contrast');

  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/contrast=standard/);
  await page.reload();
  await expect(counter(page)).toHaveText('Slide 1 of 5');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.keyboard.press('c');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(page).not.toHaveURL(/contrast=/);
  await page.keyboard.press('C');
  await expect(page).toHaveURL(/contrast=standard/);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page).not.toHaveURL(/contrast=/);
});
