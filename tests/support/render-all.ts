import type { Page } from '@playwright/test';

/**
 * Lays out every chapter before a test measures or checks them. Chapters off screen are skipped by
 * the browser (content-visibility: auto) until a reader nears them: their text is not drawn and
 * innerText reads "". With every chapter laid out, axe and the tests see the page a reader scrolls
 * through. (The page as first loaded is checked too: a11y.spec.ts, chapter-sizes.spec.ts.)
 */
export async function renderAllChapters(page: Page): Promise<void> {
  // Through the CSSOM: the page's Content Security Policy refuses an injected <style>.
  await page.evaluate(() => new Promise((resolve) => {
    document.querySelectorAll<HTMLElement>('main > .chapter').forEach((c) => { c.style.contentVisibility = 'visible'; });
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
}

/** Each chapter's height in px as a reader scrolling through sees it: every chapter laid out first. */
export async function chapterHeights(page: Page): Promise<Map<string, number>> {
  await renderAllChapters(page);
  return new Map(await page.locator('main > .chapter').evaluateAll((els) =>
    els.map((e) => [e.id, e.getBoundingClientRect().height] as [string, number])));
}
