import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '../support/test';

const events = JSON.parse(readFileSync('content/data/timeline.json', 'utf8')) as { id: string; date: string; materials: string[] }[];
const sorted = [...events].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
const gallium = events.filter((e) => e.materials.includes('gallium'));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the figure and the full dated list are there, with no dead controls', async ({ page }) => {
    await page.goto('/');
    const fig = page.locator('#fig-timeline');
    await expect(fig.locator('figcaption')).toContainText('Figure');
    await expect(fig.locator('.tl-layout-h svg')).toBeVisible();
    await expect(fig.locator('.tl-layout-h a.tl-event')).toHaveCount(events.length);
    await expect(page.locator('ol.tl-list > li')).toHaveCount(events.length);
    await expect(page.locator('#event-2025-10-09-cn-oct9-extraterritorial-ree time')).toHaveText('9 October 2025');
    // A month-precision event says so instead of inventing a day.
    await expect(page.locator('#event-2025-10-01-nl-court-suspends-nexperia-ceo time')).toHaveText('October 2025');
    await expect(page.locator('#event-2025-10-30-busan-summit .tl-item-sources a').first()).toHaveAttribute('href', /^#source-/);
    await expect(fig.locator('[data-tl-controls]')).toBeHidden();
    await expect(fig.locator('select:visible, button:visible')).toHaveCount(0);
  });

  test('on a tablet the upright chart stands in for the wide one, so its labels stay legible', async ({ page }) => {
    // Nothing redraws the wide chart for the column without scripts; scaled into it, its labels read 7 px.
    await page.setViewportSize({ width: 768, height: 900 });
    await page.goto('/');
    const fig = page.locator('#fig-timeline');
    await expect(fig.locator('.tl-layout-h')).toBeHidden();
    await expect(fig.locator('.tl-layout-v a.tl-event')).toHaveCount(events.length);
    const smallest = await fig.locator('.tl-layout-v svg').evaluate((svg) =>
      Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)));
    expect(smallest).toBeGreaterThanOrEqual(10.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  });

  test('a mark in the chart links to its event in the list', async ({ page }) => {
    await page.goto('/');
    await page.locator('.tl-layout-h a.tl-event[href="#event-2025-10-30-busan-summit"]').click();
    await expect(page).toHaveURL(/#event-2025-10-30-busan-summit$/);
    await expect(page.locator('#event-2025-10-30-busan-summit')).toBeInViewport();
  });
});

test('the timeline, like every figure, offers its data: each event in list order, with its sources', async ({ page, request }) => {
  await page.goto('/');
  const csvLink = page.locator('#fig-timeline .tl-data a', { hasText: 'CSV' });
  await expect(csvLink).toHaveAttribute('href', /data\/timeline\.csv$/);
  await expect(page.locator('#tab-data-downloads a[href$="data/timeline.csv"]')).toHaveCount(1);
  const listed = await page.locator('ol.tl-list > li').evaluateAll((els) => els.map((e) => e.id));
  const csv = (await (await request.get((await csvLink.getAttribute('href'))!)).text()).trim().split('\n');
  expect(csv[0]).toMatch(/^id,anchor,date,/);
  expect(csv.slice(1).map((l) => `event-${l.split(',')[0]}`)).toEqual(listed);
  const json = await (await request.get('/data/timeline.json')).json();
  const busan = json.events.find((e: { id: string }) => e.id === '2025-10-30-busan-summit');
  expect(busan).toMatchObject({ anchor: 'event-2025-10-30-busan-summit', date: '2025-10-30', title: 'Trump and Xi meet in Busan' });
  expect(busan.sources[0].url).toMatch(/^https:\/\//);
});

test('filtering to gallium hides the other events in the chart and the list', async ({ page }) => {
  await page.goto('/');
  const fig = page.locator('#fig-timeline');
  // The controls appear once the figure nears the screen (src/client/timeline.ts).
  await fig.scrollIntoViewIfNeeded();
  await fig.getByLabel('Material', { exact: true }).selectOption('gallium');
  await expect(fig.locator('.tl-layout-h a.tl-event')).toHaveCount(gallium.length);
  await expect(page.locator('ol.tl-list > li:visible')).toHaveCount(gallium.length);
  await expect(page.locator('#event-2025-10-30-busan-summit')).toBeHidden();
  await expect(page.locator('#event-2023-07-03-cn-ga-ge-controls-announced')).toBeVisible();
  await expect(fig.locator('[data-tl-status]')).toContainText(`Showing ${gallium.length} of ${events.length} events`);
  await fig.getByLabel('Material', { exact: true }).selectOption('');
  await expect(page.locator('ol.tl-list > li:visible')).toHaveCount(events.length);
});

test('filters that leave no event say how to get the events back', async ({ page }) => {
  const all = events as unknown as { category: string; actor: string }[];
  expect(all.filter((e) => e.category === 'export-control' && e.actor === 'US'), 'the data still has no US export control').toHaveLength(0);
  await page.goto('/');
  const fig = page.locator('#fig-timeline');
  await fig.scrollIntoViewIfNeeded();
  await fig.getByLabel('Category', { exact: true }).selectOption('export-control');
  await fig.getByLabel('Actor', { exact: true }).selectOption('US');
  await expect(page.locator('ol.tl-list > li:visible')).toHaveCount(0);
  await expect(fig.locator('[data-tl-status]')).toContainText('Showing 0 of');
  await expect(fig.locator('[data-tl-status]')).toContainText('set one back to “All categories”');
  await fig.getByLabel('Actor', { exact: true }).selectOption('');
  await expect(fig.locator('[data-tl-status]')).not.toContainText('No event matches');
});

test('arrow keys move the selection and the address bar follows', async ({ page }) => {
  await page.goto('/');
  const fig = page.locator('#fig-timeline');
  const busan = sorted.findIndex((e) => e.id === '2025-10-30-busan-summit');
  await fig.scrollIntoViewIfNeeded();
  await chartFitted(page);
  await fig.locator('.tl-layout-h a.tl-event[href="#event-2025-10-30-busan-summit"]').click();
  await expect(page).toHaveURL(/#event-2025-10-30-busan-summit$/);
  await expect(fig.locator('[data-tl-detail]')).toContainText('Trump and Xi meet in Busan');
  await page.keyboard.press('ArrowRight');
  const next = sorted[busan + 1]!.id;
  await expect(page).toHaveURL(new RegExp(`#event-${next}$`));
  await expect(page.locator(`.tl-layout-h a.tl-event[href="#event-${next}"]`)).toBeFocused();
  await expect(fig.locator('[data-tl-detail] time')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`#event-${sorted[busan - 1]!.id}$`));
  // Only the selected mark is in the tab order, so Tab leaves the chart instead of crossing 77 marks.
  await expect(fig.locator('.tl-layout-h a.tl-event[tabindex="0"]')).toHaveCount(1);
});

/** Waits until the browser has redrawn the timeline for its column's width (client/timeline.ts, fitWidth). */
const chartFitted = (page: Page) => expect.poll(() => page.locator('#fig-timeline [data-tl-layout]').evaluateAll((layouts) => layouts.every((l) => {
  const svg = l.querySelector('svg');
  if (!svg || !l.clientWidth) return true; // hidden: the other layout is shown instead
  const [min, built] = (l as HTMLElement).dataset.tlLayout === 'vertical' ? [300, 360] : [560, 960];
  const w = svg.viewBox.baseVal.width;
  return l.clientWidth >= min && l.clientWidth < built ? Math.abs(w - l.clientWidth) < 16 : w === built;
})), { message: 'the timeline is drawn for its column' }).toBe(true);

test('pointing at a mark with a mouse names its event, as the other figures\' tooltips do', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.locator('#fig-timeline').scrollIntoViewIfNeeded();
  const tip = page.locator('#fig-timeline .tl-tip');
  const mark = page.locator('#fig-timeline .tl-layout-h a.tl-event[href="#event-2025-10-30-busan-summit"]');
  await mark.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(await page.locator('#event-2025-10-30-busan-summit .tl-item-link').innerText());
  await expect(tip).toContainText('30 October 2025');
  // Beside the mark, inside the figure, and not under the pointer.
  const [t, m, chart] = await Promise.all([tip.boundingBox(), mark.boundingBox(), page.locator('#fig-timeline .tl-chart').boundingBox()]);
  expect(t!.x).toBeGreaterThanOrEqual(chart!.x - 0.5);
  expect(t!.x + t!.width).toBeLessThanOrEqual(chart!.x + chart!.width + 0.5);
  expect(t!.y + t!.height <= m!.y || t!.y >= m!.y + m!.height).toBe(true);
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
});

test('zooming to autumn 2025 spreads out the crowded months', async ({ page }) => {
  await page.goto('/');
  const fig = page.locator('#fig-timeline');
  await fig.scrollIntoViewIfNeeded();
  await chartFitted(page);
  const mark = fig.locator('.tl-layout-h a.tl-event[href="#event-2025-10-30-busan-summit"]');
  const before = (await mark.boundingBox())!;
  const oct9 = (await fig.locator('.tl-layout-h a.tl-event[href="#event-2025-10-09-cn-oct9-batteries"]').boundingBox())!;
  await fig.getByRole('button', { name: 'Autumn 2025' }).click();
  await expect(fig.locator('.tl-layout-h a.tl-event[href="#event-2023-07-03-cn-ga-ge-controls-announced"]')).toHaveCount(0);
  const after = (await mark.boundingBox())!;
  const oct9After = (await fig.locator('.tl-layout-h a.tl-event[href="#event-2025-10-09-cn-oct9-batteries"]').boundingBox())!;
  expect(after.x - oct9After.x).toBeGreaterThan(4 * (before.x - oct9.x));
  // The range narrows the chart, not the list: the status says so.
  await expect(fig.locator('[data-tl-status]')).toContainText(/in this time range; the list below keeps all \d+\./);
});

test('arriving at /#event-… scrolls to and highlights that event', async ({ page }) => {
  await page.goto('/#event-2025-11-07-cn-ann70-suspends-oct9');
  const item = page.locator('#event-2025-11-07-cn-ann70-suspends-oct9');
  await expect(item).toBeInViewport();
  await expect(item).toHaveClass(/is-target/);
  expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(page.locator('.tl-layout-h a.tl-event[href="#event-2025-11-07-cn-ann70-suspends-oct9"]')).toHaveClass(/is-selected/);
  // A chapter's link to another event moves the highlight and the chart's selection with it.
  await page.evaluate(() => { location.hash = '#event-2025-10-09-cn-oct9-extraterritorial-ree'; });
  await expect(page.locator('#event-2025-10-09-cn-oct9-extraterritorial-ree')).toHaveClass(/is-target/);
  await expect(item).not.toHaveClass(/is-target/);
  await expect(page.locator('[data-tl-detail]')).toContainText('9 October 2025');
});

test('at 320 px the timeline turns vertical and nothing overflows', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await expect(page.locator('.tl-layout-v svg')).toBeVisible();
  await expect(page.locator('.tl-layout-h svg')).toBeHidden();
  await page.locator('#fig-timeline').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = (await page.locator('.tl-layout-v svg').boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(320);
});

test('on a tablet the chart is drawn for its column, so its labels stay legible', async ({ page }) => {
  // The build draws the chart 960 units wide; scaled into a tablet's column its 11 px labels read 7 px.
  const labelPx = () => page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('#fig-timeline .tl-layout-h svg')!;
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0));
  });
  for (const width of [768, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await page.locator('#fig-timeline').scrollIntoViewIfNeeded();
    await expect.poll(labelPx, { message: `at ${width} px` }).toBeGreaterThanOrEqual(11);
    // Still all 75 events, and nothing wider than the column.
    await expect(page.locator('#fig-timeline .tl-layout-h a.tl-event')).toHaveCount(75);
    const [svg, column] = await page.locator('#fig-timeline .tl-layout-h').evaluate((l) => [l.querySelector('svg')!.getBoundingClientRect().width, l.clientWidth]);
    expect(svg).toBeLessThanOrEqual(column! + 0.5);
  }
});

test('on a phone the vertical chart is drawn for its column too', async ({ page }) => {
  // Drawn 360 wide and scaled into a 320 px column, its labels read 9.5 px.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await page.locator('#fig-timeline').scrollIntoViewIfNeeded();
  const fitted = () => page.locator('#fig-timeline .tl-layout-v').evaluate((l) => {
    const svg = l.querySelector('svg')!;
    const smallest = Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0));
    return { width: svg.viewBox.baseVal.width, column: l.clientWidth, smallest };
  });
  await expect.poll(async () => (await fitted()).width).toBeLessThan(360);
  const { width, column, smallest } = await fitted();
  expect(Math.abs(width - column)).toBeLessThan(16);
  expect(smallest).toBeGreaterThanOrEqual(10.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('no key-moment label covers an event mark, on a phone or a desktop', async ({ page }) => {
  // Measured on the drawn text, in the reader's own fonts: marks are links, a label must not hide one.
  const covered = () => page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('#fig-timeline svg.tl-svg')) {
      if (!svg.getClientRects().length) continue;
      const marks = [...svg.querySelectorAll('a.tl-event .tl-mark')].map((m) => [m.closest('a')!.getAttribute('href'), m.getBoundingClientRect()] as const);
      for (const label of svg.querySelectorAll('.tl-annotation')) {
        const r = label.getBoundingClientRect();
        for (const [id, m] of marks) {
          if (r.left < m.right && m.left < r.right && r.top < m.bottom && m.top < r.bottom) out.push(`${svg.dataset.layout}: "${label.textContent}" over ${id}`);
        }
      }
    }
    return out;
  });
  for (const width of [320, 360, 390, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await page.locator('#fig-timeline').scrollIntoViewIfNeeded();
    await chartFitted(page);
    await expect(page.locator('#fig-timeline svg.tl-svg .tl-annotation').first()).toBeAttached();
    expect(await covered(), `at ${width} px`).toEqual([]);
    // Zoomed in, the browser redraws with the same code: the labels move with the marks.
    await page.locator('#fig-timeline').getByRole('button', { name: 'Autumn 2025' }).click();
    await expect(page.locator('#fig-timeline a.tl-event[href="#event-2023-07-03-cn-ga-ge-controls-announced"]')).toHaveCount(0);
    expect(await covered(), `at ${width} px, autumn 2025`).toEqual([]);
  }
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping a mark brings its details into view, below the long upright chart', async ({ page }) => {
    await page.goto('/');
    const mark = page.locator('.tl-layout-v a.tl-event[href="#event-2025-10-30-busan-summit"]');
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const detail = page.locator('[data-tl-detail]');
    await expect(detail).toContainText('Trump and Xi meet in Busan');
    await expect(detail).toBeInViewport();
  });
});
