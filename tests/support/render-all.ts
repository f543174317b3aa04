import type { Page } from '@playwright/test';

/**
 * Lays out every chapter before axe measures the page. Chapters off screen are skipped by the
 * browser (content-visibility: auto) until a reader nears them; axe, measuring boxes one after
 * another, makes the browser lay out one skipped chapter after another, so boxes it measured
 * earlier have moved by the time it compares them, and its target-size rule reports overlaps no
 * reader can see. With every chapter laid out, axe checks the page a reader scrolls through.
 */
export async function renderAllChapters(page: Page): Promise<void> {
  // Through the CSSOM: the page's Content Security Policy refuses an injected <style>.
  await page.evaluate(() => new Promise((resolve) => {
    document.querySelectorAll<HTMLElement>('main > .chapter').forEach((c) => { c.style.contentVisibility = 'visible'; });
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
}
