import { expect, test } from '@playwright/test';

test('the timeline shows events and deadlines by resolution; an item opens its detail', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('2024 to 2045', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^28 August 2025: 80th anniversary/ }).click();
  const detail = page.getByRole('region', { name: /80th anniversary/ });
  await expect(detail).toContainText('Anniversary');
  await expect(detail.locator('blockquote')).toContainText('80e anniversaire');
  await expect(page).toHaveURL(/item=/);

  await page.getByRole('button', { name: 'Show data table' }).click();
  await expect(page.getByRole('table', { name: 'Events and deadlines by resolution' })).toContainText('25 September 2025');
});

test('at 1440 px every title reads in full: the Tuyen Quang conference, years on their ticks, one card per deadline', async ({ page }) => {
  await page.goto('/timeline?lang=en');
  const tuyenQuang = page.getByRole('button', { name: /Tuyen Quang/ });
  await expect(tuyenQuang).toBeVisible();
  await expect(tuyenQuang.locator('.item-text')).toHaveText('Conference of leaders of local foreign-affairs agencies 2025, Tuyen Quang');
  await expect(page.getByText('Years after 2026 are drawn shorter (hatched, after the // mark).')).toBeVisible();

  const seen = await page.evaluate(() => {
    const cards = [...document.querySelectorAll<HTMLElement>('.timeline-card')];
    // A title is cut if its box is smaller than its text, or if the card leaves the timeline.
    const frame = document.querySelector('.timeline')!.getBoundingClientRect();
    const cut = cards
      .filter((c) => {
        const text = c.querySelector<HTMLElement>('.item-text')!;
        const r = c.getBoundingClientRect();
        return text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1 || r.left < frame.left - 1 || r.right > frame.right + 1;
      })
      .map((c) => c.textContent);
    // No two cards of a row cover each other.
    const overlaps: string[] = [];
    for (const row of document.querySelectorAll('.lane-row')) {
      const boxes = [...row.querySelectorAll('.timeline-card')].map((c) => c.getBoundingClientRect());
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.left}-${b.left}`);
      }));
    }
    // Each year label sits on its tick: the label's centre is the tick's position.
    const axis = document.querySelector('.timeline-axis')!.getBoundingClientRect();
    const ticks = [...document.querySelectorAll<HTMLElement>('.tick')].map((t) => {
      const r = t.getBoundingClientRect();
      return { year: t.textContent, offset: Math.abs(r.left + r.width / 2 - (axis.left + (parseFloat(t.style.left) / 100) * axis.width)) };
    });
    return { count: cards.length, cut, overlaps, ticks };
  });
  expect(seen.count).toBe(8);
  expect(seen.cut).toEqual([]);
  expect(seen.overlaps).toEqual([]);
  expect(seen.ticks.map((t) => t.year)).toEqual(['2024', '2025', '2026', '2030', '2045']);
  for (const tick of seen.ticks) expect(tick.offset).toBeLessThan(1.5);
  await expect(page.locator('.axis-break')).toHaveCount(2);

  // The near years get their room: a year of events is wider than the fifteen years to 2045.
  const x = async (name: RegExp) => (await page.getByRole('button', { name }).boundingBox())!.x;
  expect((await x(/^25 September 2025/)) - (await x(/^28 November 2024/))).toBeGreaterThan(300);
  // 2030 and 2045 once each: the plan's horizon and the deadline are the same card.
  await expect(page.getByRole('button', { name: /^2030: / })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^2045: / })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^2030: / })).toContainText('about 115 agencies by 2030');
});

test('on a phone the timeline is a list by year, nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/timeline?lang=vi');
  const list = page.locator('.timeline-list');
  await expect(list).toBeVisible();
  await expect(list.locator('.timeline-list-year')).toHaveText(['2024', '2025', '2030', '2045']);
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.timeline-list .timeline-card')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.left < 0 || r.right > window.innerWidth || c.scrollWidth > c.clientWidth + 1;
      })
      .map((c) => c.textContent),
  );
  expect(outside).toEqual([]);
  await expect(page.locator('.timeline-card')).toHaveCount(8);
  await list.getByRole('button', { name: /Tuyên Quang/ }).click();
  await expect(page.getByRole('region', { name: /Tuyên Quang/ })).toBeVisible();
});

test('the target chart shows 115 by 2030 and 150 by 2045, and draws no invented baseline', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('region', { name: 'Briefing' }).getByRole('link', { name: 'Vietnamese representative agencies abroad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vietnamese representative agencies abroad' })).toBeVisible();
  await expect(page.getByText(/No figure has been recorded for this target yet/)).toBeVisible();
  const chart = page.getByRole('figure');
  await expect(chart.locator('.recharts-wrapper')).toBeVisible();
  await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(2);
  await expect(chart.locator('.recharts-line')).toHaveCount(0);
  // Nothing about a figure is written on it, only that there is none; the events are the data's.
  await expect(chart.locator('text.chart-note').filter({ hasText: 'No figure recorded yet' })).toBeVisible();
  await expect(chart.locator('text.chart-note').filter({ hasText: /to go|Path today|Projection/ })).toHaveCount(0);
  await expect(chart.locator('.recharts-reference-dot circle')).toHaveCount(0);
  await chart.getByRole('button', { name: 'Show data table' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /2030 Target about 115/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /2045 Target about 150/ })).toBeVisible();
});

/** Two figures a year apart, 90 then 94: a team's records, as the My records form stores them. */
const FIGURES = JSON.stringify({
  state: {
    records: [
      { id: 'f1', kind: 'figure', targetId: 'agencies-abroad', value: 90, asOf: '2024-06-30', source: { text: 'Ministry report 2024' }, createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' },
      { id: 'f2', kind: 'figure', targetId: 'agencies-abroad', value: 94, asOf: '2025-06-30', source: { text: 'Ministry report 2025' }, createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' },
    ],
  },
  version: 1,
});

test('with figures recorded, the chart labels the latest value, the gap, where the path says we should be today, and the projection as one', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await page.addInitScript((records) => localStorage.setItem('policy-targets:records', records), FIGURES);
  await page.goto('/targets/agencies-abroad?lang=en');
  const chart = page.getByRole('figure');
  const drawing = chart.locator('.recharts-wrapper');
  await expect(drawing).toBeVisible({ timeout: 15_000 });
  const note = (text: string) => chart.locator('text.chart-note').filter({ hasText: text });
  // The latest figure, its date, and the gap to the next target with its share.
  await expect(note('94')).toContainText('30 June 2025');
  await expect(note('21 to go')).toContainText('to about 115 by 2030');
  await expect(note('21 to go')).toContainText('82% of the target');
  // 90 in mid-2024 on a straight path to about 115 in 2030 puts today (2 December 2026) at 101.
  await expect(note('Path today: 101')).toBeVisible();
  // 4 a year so far, carried on from 94: 112 in 2030, 172 in 2045, named as a projection.
  await expect(note('Projection: 112 by 2030')).toBeVisible();
  await expect(note('Projection: 172 by 2045')).toBeVisible();
  await expect(chart.locator('.recharts-legend-wrapper')).toContainText('Projection at the pace so far');
  // Drawn apart from the figures: the projection dotted, the recorded figures solid.
  await expect(chart.locator('.recharts-line-curve[stroke-dasharray="1 6"]')).toHaveCount(1);
  await expect(chart.locator('.recharts-line-curve:not([stroke-dasharray])')).toHaveCount(1);
  // The resolution's event, numbered on the time axis and listed under it.
  await expect(note('(1)')).toBeVisible();
  await expect(chart.locator('.chart-events li')).toHaveText('(1) 25 September 2025: VTV reports that the Government has issued Resolution 292/NQ-CP');
  // Every label is inside the drawing, none cut at its edges.
  const frame = (await drawing.boundingBox())!;
  for (const box of await chart.locator('text.chart-note').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(frame.x - 1);
    expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 1);
  }
  // The summary and the data table say the same numbers.
  await expect(chart).toContainText('21 agencies to go to about 115 by 2030 (82% of the target).');
  await chart.getByRole('button', { name: 'Show data table' }).click();
  const table = page.getByRole('table', { name: /targets and recorded figures/ });
  await expect(table.getByRole('row', { name: /Path today \(computed\) 101/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /2030 Projection at the pace so far 112/ })).toBeVisible();
});

test('with figures recorded, the target slide at 1920×1080 writes its labels at slide size, inside the slide', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await page.addInitScript((records) => localStorage.setItem('policy-targets:records', records), FIGURES);
  await page.goto('/present?lang=fr&slide=4');
  const notes = page.locator('.slide-chart-body text.chart-note');
  await expect(notes.filter({ hasText: 'Encore 21' })).toContainText('pour atteindre environ 115 d’ici 2030');
  await expect(notes.filter({ hasText: 'Projection\u202f: 112 en 2030' })).toBeVisible();
  const seen = await page.evaluate(() => {
    const slide = document.querySelector('.slide')!.getBoundingClientRect();
    return [...document.querySelectorAll('.slide-chart-body text.chart-note, .slide-body .chart-events li')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent, size: parseFloat(getComputedStyle(el).fontSize), inside: r.left >= slide.left - 1 && r.right <= slide.right + 1 && r.bottom <= slide.bottom + 1 };
    });
  });
  expect(seen.length).toBeGreaterThan(6);
  for (const note of seen) {
    expect(note.size, note.text ?? '').toBeGreaterThanOrEqual(28);
    expect(note.inside, note.text ?? '').toBe(true);
  }
});
