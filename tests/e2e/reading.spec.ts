// What a reader does with the page: read it in order, jump from the contents, follow a note and back.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '../support/test';
import { lastWordBeside } from '../support/last-word';

/** Chapter ids and titles in the order their front matter declares, read from the content itself. */
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => {
    const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/chapters/${f}`, 'utf8'))![1]!;
    const get = (k: string) => new RegExp(`^${k}:\\s*"?(.*?)"?$`, 'm').exec(fm)![1]!;
    return { id: get('id'), order: Number(get('order')), title: get('title') };
  })
  .sort((a, b) => a.order - b.order);

test('every chapter is on the page, in order, under one h1', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const ids = await page.locator('main section.chapter').evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toEqual(chapters.map((c) => c.id));
  for (const c of chapters) await expect(page.locator(`#${c.id} h2`)).toContainText(c.title);
});

test('each table-of-contents link lands on its chapter', async ({ page }) => {
  await page.goto('/');
  for (const c of chapters) {
    await page.locator(`nav.toc a[href="#${c.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${c.id}$`));
    // The chapter starts near the top of the window, unless the page cannot scroll that far (the last ones).
    const { top, atBottom } = await page.locator(`#${c.id}`).evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      atBottom: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1,
    }));
    expect(top).toBeGreaterThanOrEqual(-1);
    if (!atBottom) expect(top).toBeLessThan(200);
    else expect(top).toBeLessThan(await page.evaluate(() => innerHeight));
  }
});

test('on a desktop the contents column keeps the chapter being read in view', async ({ page }) => {
  // The column is as tall as the window but its list is taller: from chapter 8 on, the marked
  // chapter sat below the window's edge.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#about');
  const current = page.locator('.toc-column [aria-current="true"]');
  await expect(current).toHaveAttribute('data-toc-link', 'about');
  await expect.poll(() => current.evaluate((a) => {
    const column = a.closest('.toc-column')!.getBoundingClientRect(), link = a.getBoundingClientRect();
    return link.top >= column.top && link.bottom <= column.bottom;
  })).toBe(true);
});

test('on a 4K screen the whole contents list fits its window, its last entries included', async ({ page }) => {
  // At 14rem the entries wrapped so often that "Versions and corrections" and "How to cite" sat
  // below the window's edge, in a column with 1,100 px of empty margin beside it.
  await page.setViewportSize({ width: 3840, height: 2160 });
  await page.goto('/#common-ground'); // past the title block, where the column is stuck to the window's top
  const column = page.locator('.toc-column');
  expect(await column.evaluate((c) => c.scrollHeight - c.clientHeight)).toBeLessThanOrEqual(0);
  await expect(column.locator('a').last()).toBeInViewport();
});

test('a note number and the Contents toggle are targets a finger or a mouse can hit', async ({ page }) => {
  // Note numbers are 11 px wide; "Contents", the phone's only way to the contents, was a 16 px line.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/');
  expect((await page.locator('#toc-label').boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const ref = page.locator('sup.fn-ref a').first();
  await ref.scrollIntoViewIfNeeded();
  const box = (await ref.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y - 5); // just above the digit
  await expect(page).toHaveURL(new RegExp(`${(await ref.getAttribute('href'))!}$`));
});

test('a footnote and its back-link round-trip', async ({ page }) => {
  await page.goto('/');
  const ref = page.locator('sup.fn-ref a').first();
  const refId = await ref.getAttribute('id');
  const noteId = (await ref.getAttribute('href'))!.slice(1);
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`#${noteId}$`));
  const note = page.locator(`[id="${noteId}"]`);
  await expect(note).toBeInViewport();
  await expect(note.locator('cite').first()).not.toBeEmpty();
  await note.locator('a[role="doc-backlink"]').click();
  await expect(page).toHaveURL(new RegExp(`#${refId}$`));
  await expect(page.locator(`[id="${refId}"]`)).toBeInViewport();
});

test('the page loads without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.mouse.wheel(0, 20000);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole text reads, with its notes and contents', async ({ page }) => {
    await page.goto('/');
    for (const c of chapters) await expect(page.locator(`#${c.id} h2`)).toBeVisible();
    await expect(page.locator('nav.toc a').first()).toBeVisible();
    expect(await page.locator('.footnotes li').count()).toBeGreaterThan(0);
  });
});

test('on a phone no heading leaves its link mark alone on a line, a blank line under the heading', async ({ page }) => {
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/');
    // The (invisible) mark shares its line with the heading's last word.
    const headings = await page.locator('main h3[id]:has(> .anchor-link), main h4[id]:has(> .anchor-link)').evaluateAll(lastWordBeside, { mark: ':scope > .anchor-link' });
    const alone = headings.filter((h) => h.apart > h.height / 2).map((h) => h.id);
    expect(alone, `at ${width} px`).toEqual([]);
  }
});

test('the page ends with room above a phone\'s toolbar and a way back to the contents', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 700 });
  await page.goto('/');
  const back = page.locator('.report-end a');
  await back.scrollIntoViewIfNeeded();
  const room = await page.evaluate(() => document.documentElement.scrollHeight - (document.querySelector('#about .footnotes')!.getBoundingClientRect().bottom + scrollY));
  expect(room).toBeGreaterThanOrEqual(64);
  await back.click();
  await expect(page.locator('nav.toc')).toBeInViewport();
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('nothing scrolls sideways', async ({ page }) => {
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
