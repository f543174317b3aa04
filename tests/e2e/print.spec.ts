// What Ctrl+P gives: the page in print media, laid out at the width of an A4/Letter text block.
import { expect, test, type Page } from '../support/test';
import { lastWordBeside } from '../support/last-word';

// The text block of the narrower paper (A4: 210 mm − 2 × 18 mm margins) in CSS pixels, and the
// height of the shorter one (US Letter: 279.4 mm − 20 mm − 22 mm).
const MM = 96 / 25.4;
const BLOCK_WIDTH = Math.floor(174 * MM);
const BLOCK_HEIGHT = Math.floor(237.4 * MM);

async function printView(page: Page, colorScheme: 'light' | 'dark' = 'light') {
  await page.setViewportSize({ width: BLOCK_WIDTH, height: BLOCK_HEIGHT });
  await page.emulateMedia({ media: 'print', colorScheme });
  await page.goto('/');
  await page.evaluate(async () => {
    dispatchEvent(new Event('beforeprint'));
    await document.fonts.ready;
  });
}

test('no control, tooltip, sticky bar or link mark shows on paper', async ({ page }) => {
  await printView(page);
  const shown = await page.locator(
    'button, input, select, textarea, [role="tooltip"], [data-interactive], .no-print, nav.toc, .anchor-link, .para-link, .skip-link, [data-pdf-download], details:not([open]) > summary',
  ).evaluateAll((els) => els.filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }).map((el) => el.outerHTML.slice(0, 120)));
  expect(shown).toEqual([]);
  const sticky = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && el.getBoundingClientRect().height > 0)
    .map((el) => el.outerHTML.slice(0, 120)));
  expect(sticky).toEqual([]);
});

test('every figure prints whole: visible, asked not to split, and shorter than a page; long tables repeat their head', async ({ page }) => {
  await printView(page);
  const blocks = await page.locator('main figure:not(figure figure), main table:not(figure table)').evaluateAll((els) => els.map((el) => {
    const box = el.getBoundingClientRect();
    const head = el.querySelector('thead');
    // A chart's notes and sources may run on to the next page; the chart and its title may not.
    const kept = el.matches('.chart-figure') ? [...el.querySelectorAll(':scope > .chart-head, :scope > .chart-canvas')]
      : el.matches('.timeline-figure') ? [...el.querySelectorAll(':scope > .tl-caption, :scope > .tl-chart, :scope > .tl-legend')] : [el];
    const top = Math.min(...kept.map((k) => k.getBoundingClientRect().top));
    const bottom = Math.max(...kept.map((k) => k.getBoundingClientRect().bottom));
    return {
      id: el.id || el.className, table: el.matches('table'), height: bottom - top, width: box.width,
      breakInside: kept.every((k) => getComputedStyle(k).breakInside === 'avoid') ? 'avoid' : 'auto',
      repeatsHead: !!head && getComputedStyle(head).display === 'table-header-group',
    };
  }));
  expect(blocks.length).toBeGreaterThan(0);
  for (const b of blocks) {
    expect(b.height, `${b.id} is visible`).toBeGreaterThan(0);
    expect(b.width, `${b.id} fits the text block`).toBeLessThanOrEqual(BLOCK_WIDTH + 1);
    if (b.table && b.height > BLOCK_HEIGHT) {
      expect(b.repeatsHead, `${b.id} runs over pages, so its head repeats`).toBe(true);
      continue;
    }
    expect(b.breakInside, `${b.id} avoids a page break inside`).toBe('avoid');
    expect(b.height, `${b.id} fits on one page`).toBeLessThanOrEqual(BLOCK_HEIGHT);
  }
  // Charts are vector: the SVG drawn at build time, not a picture of it.
  const rasters = await page.locator('main figure img[src$=".png"], main figure img[src$=".jpg"], main figure canvas').count();
  expect(rasters).toBe(0);
});

test('paper is light and high-contrast even when the screen is in dark mode', async ({ page }) => {
  await printView(page, 'dark');
  const { paper, ink } = await page.evaluate(() => ({
    paper: getComputedStyle(document.documentElement).backgroundColor,
    ink: getComputedStyle(document.body).color,
  }));
  const lum = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  expect(lum(paper)).toBeGreaterThan(0.95);
  expect(lum(ink)).toBeLessThan(0.15);
});

test('each chapter starts a page, and the printed contents link every chapter and section', async ({ page }) => {
  await printView(page);
  const chapters = await page.locator('main section.chapter').evaluateAll((els) => els.map((el) => ({
    id: el.id,
    breaks: getComputedStyle(el).breakBefore,
    sections: [...el.querySelectorAll('h3[id], h4[id]')].filter((h) => !h.closest('.footnotes')).map((h) => h.id),
  })));
  expect(chapters.length).toBeGreaterThan(0);
  const contents = page.locator('.print-toc');
  await expect(contents).toBeVisible();
  for (const c of chapters) {
    expect(c.breaks, `#${c.id} starts a new page`).toBe('page');
    await expect(contents.locator(`a[href="#${c.id}"]`)).toBeVisible();
    for (const s of c.sections) await expect(contents.locator(`a[href="#${s}"]`), `#${s} is in the contents`).toHaveCount(1);
  }
  // The title page gives the canonical address and the version.
  const front = page.locator('.title-block, .print-front');
  await expect(front.getByText('https://', { exact: false }).first()).toBeVisible();
  await expect(page.locator('.title-block')).toContainText(/Version\s*\d+\.\d+/);
});

test('an external link in the text prints its address; notes print at the end of their chapter', async ({ page }) => {
  await printView(page);
  const printed = await page.evaluate(() => {
    const p = document.querySelector('main .prose-report p')!;
    const a = Object.assign(document.createElement('a'), { href: 'https://example.org/a-page', textContent: 'a page' });
    p.append(a);
    const after = getComputedStyle(a, '::after').content;
    a.remove();
    return after;
  });
  expect(printed).toContain('https://example.org/a-page');
  const notes = await page.locator('main section.chapter').evaluateAll((els) => els.flatMap((el) => {
    const list = el.querySelector('.footnotes');
    return list ? [{ id: el.id, visible: list.getBoundingClientRect().height > 0, last: el.querySelector('.prose-report')!.compareDocumentPosition(list) === Node.DOCUMENT_POSITION_FOLLOWING }] : [];
  }));
  for (const n of notes) expect(n, `notes of #${n.id}`).toEqual({ id: n.id, visible: true, last: true });
  // Two columns of notes: a chapter whose last notes spilled over filled a page with three lines.
  const lefts = await page.locator('#the-meeting .footnotes li').evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().left)))]);
  expect(lefts.length).toBe(2);
  // Side notes would repeat the endnotes in the margin of a page that has none.
  expect(await page.locator('.sidenote').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 0).length)).toBe(0);
});

test('the bibliography prints each address in full with its full stop, never a stop alone on a line', async ({ page }) => {
  await printView(page);
  const entries = await page.locator('.bibliography cite:has(a[href^="http"])').evaluateAll((els) => els.map((cite) => {
    const a = cite.querySelector('a[href^="http"]')!;
    const after = getComputedStyle(a, '::after').content;
    // Nothing shown after the address's block: a line below it would hold only what followed.
    const shownAfter = [...cite.querySelectorAll('a[href^="http"] ~ *')].filter((el) => el.getBoundingClientRect().height > 0).length;
    const lineHeight = parseFloat(getComputedStyle(cite).lineHeight) || 16;
    return { href: a.getAttribute('href'), wrapped: a.getBoundingClientRect().height > 1.5 * lineHeight, after, shownAfter,
      below: cite.getBoundingClientRect().bottom - a.getBoundingClientRect().bottom };
  }));
  expect(entries.length).toBeGreaterThan(100);
  expect(entries.filter((e) => e.wrapped).length, 'some addresses wrap at this width').toBeGreaterThan(10);
  for (const e of entries) {
    expect(e.after, e.href!).toBe(`"${e.href}."`);
    expect(e.shownAfter, `${e.href}: nothing printed after the address`).toBe(0);
    expect(e.below, `${e.href}: no line below the address`).toBeLessThan(2);
  }
});

test('in Table 1 each cell\'s source numbers print on the line of its last word, and no cell overflows', async ({ page }) => {
  // Kept apart, four numbers wrapped to a line of their own under "withdrawal." (A4).
  await printView(page);
  const cells = await page.locator('#tab-accounts td:has(.source-refs)').evaluateAll(lastWordBeside, { mark: '.source-refs', skip: '.cell-label' });
  expect(cells.length).toBeGreaterThan(30);
  for (const c of cells) {
    expect(c.apart, `${c.text}: numbers on the last word's line`).toBeLessThan(8);
    expect(c.over, `${c.text}: nothing sticks out of the cell`).toBeLessThanOrEqual(1);
  }
});

test('printing opens the reading matter folded in <details>, and closes it again after', async ({ page }) => {
  await page.goto('/');
  const states = await page.evaluate(() => {
    const host = document.querySelector('main .prose-report')!;
    const text = Object.assign(document.createElement('details'), { innerHTML: '<summary>More</summary><p>Folded text</p>' });
    const inFigure = document.createElement('figure');
    inFigure.innerHTML = '<details><summary>Values</summary><table><tr><td>1</td></tr></table></details>';
    host.append(text, inFigure);
    dispatchEvent(new Event('beforeprint'));
    const during = [text.open, inFigure.querySelector('details')!.open];
    dispatchEvent(new Event('afterprint'));
    const after = [text.open, inFigure.querySelector('details')!.open];
    return { during, after };
  });
  expect(states).toEqual({ during: [true, false], after: [false, false] });
});

test('the timeline prints drawn for the page, its labels near text size rather than shrunk', async ({ page }) => {
  await printView(page);
  // Drawn 960 units wide for screens, it printed its 11 px labels at 7.5 px (about 5 pt).
  const smallest = () => page.locator('#fig-timeline .tl-layout-h svg').evaluate((svg) =>
    Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)));
  await expect.poll(smallest).toBeGreaterThanOrEqual(10.5);
  const box = (await page.locator('#fig-timeline .tl-layout-h svg').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(BLOCK_WIDTH + 1);
});
