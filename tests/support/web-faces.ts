import { expect, type Page } from '@playwright/test';

/**
 * Waits until this visit has cached the web faces for the next one (src/client/web-faces.ts) in the
 * offline worker's cache, which serves them at once (src/pages/sw.js.ts). The test server sends
 * `Cache-Control: no-cache`, so the HTTP cache alone would ask the server again, and under load the
 * answer can come after the first layout: the faces are `optional`, and the visit keeps the system ones.
 */
export async function webFacesCached(page: Page): Promise<void> {
  await page.waitForFunction(() => localStorage.getItem('fragile-truce:faces') === 'web', undefined, { timeout: 10_000 });
  await expect.poll(() => page.evaluate(async () => {
    const fonts = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.endsWith('.woff2'));
    return !!navigator.serviceWorker.controller && fonts.length >= 4 && (await Promise.all(fonts.map((u) => caches.match(u)))).every(Boolean);
  })).toBe(true);
}
