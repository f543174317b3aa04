import { expect, test, type Page } from '../support/test';

// A reader with a keyboard only: the table of contents, a chart tooltip, the timeline filters and a
// cite panel, reached with Tab and worked with Enter, Space and Escape. No mouse, no focus() calls.
test.use({ viewport: { width: 1280, height: 900 } });

/** Press Tab until `matches` holds for the focused element; fails if it never does. */
async function tabUntil(page: Page, what: string, matches: (el: Element) => boolean, max = 600) {
  const fn = matches.toString();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((src) => {
      const el = document.activeElement;
      // eslint-disable-next-line no-new-func
      return !!el && el !== document.body && (new Function(`return (${src})`)() as (e: Element) => boolean)(el);
    }, fn);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${what} (${max} presses)`);
}

const focused = (page: Page) => page.locator('*:focus');
const inViewport = (page: Page, id: string) =>
  page.evaluate((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight;
  }, id);

test('skip link and table of contents take the reader to a chapter and a section', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText(/skip to the report/i);
  const skip = await focused(page).boundingBox();
  expect(skip!.width).toBeGreaterThan(20); // visible when focused

  await tabUntil(page, 'the first chapter in the contents', (el) => el.matches('nav a[href^="#"]'));
  const chapter = (await focused(page).getAttribute('href'))!.slice(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${chapter}$`));
  expect(await inViewport(page, chapter)).toBe(true);

  await page.goto('/');
  await tabUntil(page, 'a section link in the contents', (el) => el.matches('nav .toc-sections a[href^="#"]'));
  const section = (await focused(page).getAttribute('href'))!.slice(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${section}$`));
  expect(await inViewport(page, section)).toBe(true);
});

test('a chart mark shows its tooltip on focus and Escape dismisses it', async ({ page }) => {
  // A reader arrives from the contents: sequential focus starts at the dependencies chapter. From the
  // top of the page the first mark is ~500 Tab presses away, which outgrew the timeout under load.
  await page.goto('/#dependencies');
  await tabUntil(page, 'a mark in a chart', (el) => !!el.closest('figure[id^="fig-"] svg') && el.closest('#fig-timeline') === null);
  const tooltip = page.locator('[role="tooltip"]:visible');
  await expect(tooltip).toHaveCount(1);
  await expect(tooltip).not.toHaveText(/^\s*$/);
  const first = await tooltip.innerText();
  await page.keyboard.press('Escape');
  await expect(page.locator('[role="tooltip"]:visible')).toHaveCount(0);

  // The next mark in the same chart tells its own value.
  await page.keyboard.press('Tab');
  if (await page.evaluate(() => !!document.activeElement?.closest('figure svg'))) {
    await expect(page.locator('[role="tooltip"]:visible')).toHaveCount(1);
    await expect(page.locator('[role="tooltip"]:visible')).not.toHaveText(first);
  }
});

test('the timeline filters its events from the keyboard', async ({ page }) => {
  // A reader arrives from the contents: sequential focus starts at the timeline chapter.
  await page.goto('/#timeline');
  const events = page.locator('[data-tl-list] [id^="event-"]');
  const before = await events.filter({ visible: true }).count();
  expect(before, 'the timeline lists its events').toBeGreaterThan(1);

  await tabUntil(page, 'a timeline filter', (el) =>
    !!el.closest('#fig-timeline, [data-timeline]') && el.matches('button, input, select, [role="radio"], [role="checkbox"], [role="tab"]'));
  const control = focused(page);
  const tag = await control.evaluate((el) => el.localName);
  await page.keyboard.press(tag === 'select' ? 'ArrowDown' : 'Space');
  await expect.poll(() => events.filter({ visible: true }).count()).not.toBe(before);
  // Focus stays on the control the reader used.
  expect(await page.evaluate(() => !!document.activeElement?.closest('#fig-timeline, [data-timeline]'))).toBe(true);
});

test('a cite panel opens with Enter, offers the citation, and closes with Escape back to its button', async ({ page }) => {
  await page.goto('/');
  await tabUntil(page, 'a cite button', (el) => el.matches('button, summary') && /\bcite\b/i.test(el.getAttribute('aria-label') ?? el.textContent ?? ''));
  const button = focused(page);
  const label = await button.evaluate((el) => el.getAttribute('aria-label') ?? el.textContent);
  await page.keyboard.press('Enter');
  // The panel this control opened: its own <details> body, or a dialog.
  const isSummary = await button.evaluate((el) => el.localName === 'summary');
  const panel = isSummary
    ? button.locator('xpath=..').locator(':scope > :not(summary)').first()
    : page.locator('[data-cite-panel]:visible, [role="dialog"]:visible').filter({ hasText: /https?:\/\/|cite|citation/i }).first();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)).toBe(label);
});
