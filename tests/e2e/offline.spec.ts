import { expect, test } from '../support/test';

// After one visit, the report opens without a network; while online, a new build is never hidden
// behind the cache.

async function cachedByWorker(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The web faces for the next visit are fetched once the page is drawn (src/client/web-faces.ts).
  await page.waitForFunction(() => localStorage.getItem('fragile-truce:faces') === 'web');
  // The worker has cached the page and everything its first load fetched (stylesheet, fonts, scripts).
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const urls = [location.href.split('#')[0]!, ...performance.getEntriesByType('resource').map((e) => e.name)]
          .filter((u) => new URL(u).origin === location.origin);
        const hits = await Promise.all(urls.map((u) => caches.match(u)));
        return hits.every(Boolean) && urls.length > 1;
      }),
    )
    .toBe(true);
}

test('the report opens offline after the first visit, styled and whole', async ({ page, context }) => {
  await cachedByWorker(page);
  const title = await page.locator('h1').innerText();
  const chapters = await page.locator('main section.chapter').count();

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('main section.chapter')).toHaveCount(chapters);
  // A second visit, so in the web faces, which the worker kept too.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"Source Serif 4"/);
  expect(await page.evaluate(() => document.fonts.check('1em "Source Serif 4"'))).toBe(true);
  // So are the behaviours: the scripts came from the cache and ran.
  await page.waitForFunction(() => document.documentElement.dataset.scripts === 'loaded');
  await expect(page.locator('[data-toc-link="the-meeting"]')).toBeAttached();
  // The stylesheet came from the cache: layout rules apply (the skip link is visually hidden).
  const skip = await page.locator('.skip-link').boundingBox();
  expect(skip === null || skip.width <= 1).toBe(true);
});

test('while online, an updated page is shown at once, not the cached copy', async ({ page, context, baseURL }) => {
  await cachedByWorker(page);
  const html = await (await context.request.get(baseURL + '/')).text();
  const updated = html.replace(/<h1([^>]*)>[\s\S]*?<\/h1>/, '<h1$1>A newer edition</h1>');
  expect(updated).not.toBe(html);
  await context.route(/\/$/, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: updated }));
  await page.reload();
  await expect(page.locator('h1')).toHaveText('A newer edition');
});
