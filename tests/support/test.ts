import { test as base } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

/**
 * Playwright's `test`, whose page waits after each navigation for the report's scripts. They start
 * after the first paint (src/lib/deferred-scripts.ts), sometimes after `load`, where Playwright's
 * navigation ends; a test that acts on a behaviour at once would otherwise race them (a reader's
 * first click comes later). Pages without module scripts, or with JavaScript off, do not wait.
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const ready = () => page.waitForFunction(() => !document.querySelector('script[type="module"]') || document.documentElement.dataset['scripts'] !== undefined);
      const [goto, reload] = [page.goto.bind(page), page.reload.bind(page)];
      Object.assign(page, {
        goto: async (...args: Parameters<typeof goto>) => { const r = await goto(...args); await ready(); return r; },
        reload: async (...args: Parameters<typeof reload>) => { const r = await reload(...args); await ready(); return r; },
      });
    }
    await use(page);
  },
});
