import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webFacesCached } from '../support/web-faces';
import { expect, test } from '../support/test';

const FIGURES = ['us-exposure', 'import-sources', 'mining-refining', 'eu-exposure'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every dependency figure is drawn, numbered, sourced and tabulated', async ({ page }) => {
    await page.goto('/');
    for (const id of FIGURES) {
      const fig = page.locator(`#fig-${id}`);
      await expect(fig.locator('.chart-number')).toHaveText(/^Figure \d+$/);
      const svg = fig.locator('[data-layout="wide"] svg[role="graphics-document"]');
      await expect(svg).toBeVisible();
      expect(await svg.locator('a.chart-mark').count()).toBeGreaterThan(5);
      await expect(fig.locator('.chart-sources a').first()).toHaveAttribute('href', /^#source-/);
      await expect(fig.locator('.chart-data a', { hasText: 'CSV' })).toHaveAttribute('href', new RegExp(`data/${id}\\.csv$`));
      expect(await fig.locator('details table tbody tr').count()).toBeGreaterThan(5);
      // The year switch needs the script, so it stays out of the way without it.
      await expect(fig.locator('[data-chart-views]')).toBeHidden();
    }
    // The chart is the same text a reader can select and search.
    await expect(page.locator('#fig-us-exposure [data-layout="wide"] svg')).toContainText('Gallium');
  });

  test('a value is one click from its source', async ({ page }) => {
    await page.goto('/');
    const mark = page.locator('#fig-us-exposure [data-layout="wide"] a.chart-mark[data-material="gallium"][data-series="us_nir"]');
    const href = await mark.getAttribute('href');
    expect(href).toMatch(/^#source-/);
    await expect(page.locator(href!)).toContainText('U.S. Geological Survey');
  });
});

test('keyboard focus on a value shows its tooltip with value, year and source', async ({ page }) => {
  await page.goto('/');
  const fig = page.locator('#fig-us-exposure');
  const button2024 = fig.getByRole('button', { name: '2024' });
  await expect(button2024).toBeVisible();
  await button2024.focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('#fig-us-exposure a.chart-mark:focus');
  await expect(focused).toHaveAttribute('data-material', 'rare-earths');
  const tip = fig.locator('.chart-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Rare earths — US net import reliance');
  await expect(tip).toContainText('67 % (estimate), 2025');
  await expect(tip).toContainText('U.S. Geological Survey, MCS 2026');
  await page.keyboard.press('Tab');
  await expect(tip).toContainText('69 %');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('hovering gallium shows 100 % and picks gallium out in every chart', async ({ page }) => {
  await page.goto('/');
  const mark = page.locator('#fig-us-exposure [data-layout="wide"] a.chart-mark[data-material="gallium"][data-series="us_nir"]');
  await mark.hover();
  await expect(page.locator('#fig-us-exposure .chart-tooltip')).toContainText('100 %');
  await expect(page.locator('#fig-import-sources [data-layout="wide"] .chart-row[data-material="gallium"]')).toHaveClass(/is-highlighted/);
  await expect(page.locator('#fig-eu-exposure [data-layout="wide"] .chart-row[data-material="antimony"]')).not.toHaveClass(/is-highlighted/);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });

  test('the first tap on a mark shows its value, the second follows the link to its source', async ({ page }) => {
    await page.goto('/');
    const fig = page.locator('#fig-us-exposure');
    const mark = fig.locator('[data-layout="narrow"] a.chart-mark[data-material="gallium"][data-series="us_nir"]');
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect(fig.locator('.chart-tooltip')).toBeVisible();
    await expect(fig.locator('.chart-tooltip')).toContainText('100 %');
    expect(new URL(page.url()).hash).toBe('');
    // Tapping elsewhere in the figure closes it.
    await fig.locator('.chart-title').tap();
    await expect(fig.locator('.chart-tooltip')).toBeHidden();
    await mark.tap();
    await expect(fig.locator('.chart-tooltip')).toBeVisible();
    const href = await mark.getAttribute('href');
    await mark.tap();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

test('a tooltip near the bottom of the window opens above its mark, inside the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/');
  const mark = page.locator('#fig-us-exposure [data-layout="wide"] a.chart-mark').last();
  await mark.scrollIntoViewIfNeeded();
  // Bring the mark to the window's last 40 px.
  const box = (await mark.boundingBox())!;
  await page.mouse.wheel(0, box.y - (700 - 40));
  await expect.poll(async () => (await mark.boundingBox())!.y).toBeGreaterThan(600);
  await mark.hover();
  const tip = page.locator('#fig-us-exposure .chart-tooltip');
  await expect(tip).toBeVisible();
  const t = (await tip.boundingBox())!;
  const m = (await mark.boundingBox())!;
  expect(t.y + t.height).toBeLessThanOrEqual(700);
  expect(t.y + t.height).toBeLessThanOrEqual(m.y);
});

test('switching to 2024 re-draws the chart with the revised rare-earth reliance', async ({ page }) => {
  await page.goto('/');
  const fig = page.locator('#fig-us-exposure');
  const mark = fig.locator('[data-layout="wide"] a.chart-mark[data-material="rare-earths"][data-series="us_nir"]');
  await expect(mark).toHaveAttribute('data-value', '67 %');
  await fig.getByRole('button', { name: '2024' }).click();
  await expect(mark).toHaveAttribute('data-value', '53 %');
  await expect(fig.getByRole('button', { name: '2024' })).toHaveAttribute('aria-pressed', 'true');
  await expect(fig.locator('[data-layout="wide"] svg')).toContainText('2024');
  const sources = page.locator('#fig-import-sources');
  await sources.getByRole('button', { name: '2020–23' }).click();
  await expect(sources.locator('[data-layout="wide"] .chart-row[data-material="gallium"]')).toContainText('no data');
});

test('no horizontal overflow at 320 px, and phones get the narrow layout', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  for (const id of FIGURES) {
    const narrow = page.locator(`#fig-${id} [data-layout="narrow"] svg`);
    await expect(narrow).toBeVisible();
    await expect(page.locator(`#fig-${id} [data-layout="wide"] svg`)).toBeHidden();
    const box = (await narrow.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
});

test('on a 320 px phone each figure\'s table of values shows every value without scrolling sideways', async ({ page }) => {
  // Six columns in a 280 px column put the values behind a sideways scroll, cut mid-digit.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  for (const id of FIGURES) {
    const values = page.locator(`#fig-${id} details.chart-values`);
    await values.locator('summary').click();
    const wrap = values.locator('.chart-table-wrap');
    expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth), id).toBeLessThanOrEqual(0);
    const cells = values.locator('tbody td.num');
    expect(await cells.count()).toBeGreaterThan(3);
    for (const box of await cells.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      expect(box.right, id).toBeLessThanOrEqual(320);
    }
    // Each value is named, as its column heading is out of sight.
    expect(await cells.first().evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/^"Value "/);
  }
});

test('the lines under Figure 2\'s bars stay inside the chart, each on its paper patch, at phone and desktop widths', async ({ page }) => {
  // The width estimate runs short for some faces: at 390 px a line ran 5 px past the chart's edge.
  // A first visit shows the system faces, a later one the web faces.
  for (const [width, faces] of [[320, 'system'], [390, 'system'], [390, 'web'], [1280, 'web']] as const) {
    await page.setViewportSize({ width, height: 900 });
    if (faces === 'web') {
      await page.goto('/');
      await webFacesCached(page);
    }
    await page.goto('/');
    await page.locator('#fig-import-sources').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.fonts.ready);
    const lines = await page.locator('#fig-import-sources svg').evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text.chart-row-sub')].map((t) => {
        const box = t.getBoundingClientRect();
        const patch = t.previousElementSibling!.getBoundingClientRect();
        return { text: t.textContent, right: box.right - frame.right, uncovered: box.right - patch.right };
      });
    }));
    expect(lines.length, `at ${width} px`).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.right, `${l.text} at ${width} px`).toBeLessThanOrEqual(0.5);
      expect(l.uncovered, `${l.text} at ${width} px`).toBeLessThanOrEqual(0.5);
    }
  }
});

test('in print every figure is drawn in its wide layout, without the controls', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  for (const id of FIGURES) {
    const wide = page.locator(`#fig-${id} [data-layout="wide"] svg`);
    await expect(wide).toBeVisible();
    expect((await wide.boundingBox())!.height).toBeGreaterThan(100);
    await expect(page.locator(`#fig-${id} [data-layout="narrow"] svg`)).toBeHidden();
    await expect(page.locator(`#fig-${id} [data-chart-views]`)).toBeHidden();
  }
});

test('the data files hold the same values as the charts', async ({ page, request }) => {
  await page.goto('/');
  const csv = await (await request.get('/data/us-exposure.csv')).text();
  expect(csv).toMatch(/^figure,view,material,measure,value/);
  expect(csv).toContain('us-exposure,2025,Gallium,US net import reliance,100,');
  const json = await (await request.get('/data/import-sources.json')).json();
  const ree = json.views[0].rows.find((r: { material: string }) => r.material === 'rare-earths');
  expect(ree.segments[0]).toMatchObject({ partner: 'China', value: 71 });
});

// Sizes are deterministic, so the budget is a test: every script the chart figures ship, with the
// chunks it imports, stays under 15 KB gzip.
test('the chart JavaScript stays under 15 KB gzip', () => {
  const dir = 'dist/_astro';
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const entries = files.filter((f) => /^(DependencyFigure|Timeline)/.test(f));
  expect(entries.length, 'build first: npm run build').toBeGreaterThan(0);
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  entries.forEach(visit);
  const bytes = [...seen].reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  expect(bytes).toBeLessThan(15 * 1024);
});
