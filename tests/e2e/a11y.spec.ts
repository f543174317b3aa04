import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/test';
import { renderAllChapters } from '../support/render-all';

// axe-core over the whole report: light and dark, with and without JavaScript, phone to desktop.
// Zero violations of any rule axe runs by default (WCAG 2.x A/AA and best practices).
const widths = [320, 768, 1280];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const javaScriptEnabled of [true, false]) {
    for (const width of widths) {
      test.describe(() => {
        // "Without JavaScript" is the page with its scripts removed: axe itself needs JavaScript to
        // run (with the browser's JavaScript switched off, its injection never returns).
        test.use({ colorScheme, viewport: { width, height: 900 } });
        test(`no axe violations: ${colorScheme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${width} px`, async ({ page }) => {
          // axe walks ~10,000 nodes (every note, cite panel and timeline event): allow it the time.
          test.setTimeout(120_000);
          if (!javaScriptEnabled) {
            await page.route('**/*', async (route) => {
              if (route.request().resourceType() === 'script') return route.abort();
              if (route.request().resourceType() !== 'document') return route.continue();
              const response = await route.fetch();
              const html = (await response.text()).replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '');
              return route.fulfill({ response, body: html });
            });
          }
          await page.goto('/');
          if (!javaScriptEnabled) expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
          await page.evaluate(() => document.fonts.ready);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
          await renderAllChapters(page);
          const { violations } = await new AxeBuilder({ page }).analyze();
          const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`);
          expect(report).toEqual([]);
        });
      });
    }
  }
}

// The page as a checker first finds it: the chapters off screen not yet laid out. Lighthouse's audit
// measures it this way; when a chapter's content outgrew the height assumed for it, links of
// different chapters overlapped in its eyes (see tests/e2e/chapter-sizes.spec.ts).
test.describe(() => {
  test.use({ viewport: { width: 412, height: 823 } });
  test('no target-size violations on the page as loaded, chapters not yet laid out (412 px)', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.evaluate(() => document.fonts.ready);
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
});

// The timeline's controls enter the page only when the figure nears the screen (src/client/timeline.ts),
// so the whole-page runs above, made from the top, do not see them.
for (const width of [320, 1280]) {
  test.describe(() => {
    test.use({ viewport: { width, height: 900 } });
    test(`no axe violations in the timeline figure with its controls (${width} px)`, async ({ page }) => {
      await page.goto('/');
      const fig = page.locator('#fig-timeline');
      await fig.scrollIntoViewIfNeeded();
      await expect(fig.locator('[data-tl-controls] select')).toHaveCount(3);
      const { violations } = await new AxeBuilder({ page }).include('#fig-timeline').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  });
}
