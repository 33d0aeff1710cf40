import { expect, test, type Page } from '@playwright/test';

const counter = (page: Page) => page.locator('.present-counter');

test('present a filtered view: step with clicker keys, reload stays on the slide, Escape leaves', async ({ page }) => {
  await page.goto('/?lang=en&res=r292');
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(counter(page)).toHaveText('Slide 1 of 5');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietnam: foreign-affairs sector resolutions');
  await expect(page.locator('.slide-subtitle')).toHaveText('Resolution 292/NQ-CP');

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('Slide 2 of 5');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText('Slide 3 of 5');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Resolution 292/NQ-CP');
  await expect(page.locator('.slide-tasks > li')).toHaveCount(6);
  await expect(page).toHaveURL(/slide=3/);

  await page.reload();
  await expect(counter(page)).toHaveText('Slide 3 of 5');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('Slide 5 of 5');
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vietnamese representative agencies abroad');
  await page.keyboard.press('n');
  await expect(page.getByRole('complementary', { name: 'Presenter notes' })).toContainText("environ 115 agences");
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('Slide 1 of 5');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?.*res=r292/);
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`every slide fits ${size.width}x${size.height} with nothing cut off`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/present?lang=en&slide=1');
    await expect(counter(page)).toHaveText(/Slide 1 of (\d+)/);
    // Slides open in the high-contrast theme: its type and layout are what must fit.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    const count = Number((await counter(page).textContent())!.match(/of (\d+)/)![1]);
    for (let n = 1; n <= count; n++) {
      await expect(counter(page)).toHaveText(`Slide ${n} of ${count}`);
      await page.waitForTimeout(150);
      const overflow = await page.evaluate(() => {
        const slide = document.querySelector('.slide')!;
        const box = slide.getBoundingClientRect();
        const out = [...slide.querySelectorAll('h1, h2, li, p, text, button, .status-badge')]
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1 || r.top < box.top - 1))
          .map(({ el }) => `${el.tagName}: ${(el.textContent ?? '').slice(0, 40)}`);
        const scroll = document.documentElement.scrollWidth > innerWidth || document.documentElement.scrollHeight > innerHeight;
        // The content uses the slide: a collapsed layout would pass the overflow check unseen.
        const used = [...slide.children].some((c) => c.getBoundingClientRect().width > box.width * 0.6);
        return { out, scroll, used };
      });
      expect(overflow, `slide ${n}`).toEqual({ out: [], scroll: false, used: true });
      await page.screenshot({ path: `test-results/artifacts/slide-${size.width}-${n}.png` });
      await page.keyboard.press('ArrowRight');
    }
  });
}

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

  // The dashboard keeps its own theme, and the link it returns to carries no slide settings.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page).not.toHaveURL(/contrast=/);
});
