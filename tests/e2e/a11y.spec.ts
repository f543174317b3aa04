import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// axe-core over the whole report: light and dark, with and without JavaScript, phone to desktop.
// Zero violations of any rule axe runs by default (WCAG 2.x A/AA and best practices).
const widths = [320, 768, 1280];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const javaScriptEnabled of [true, false]) {
    for (const width of widths) {
      test.describe(() => {
        test.use({ colorScheme, javaScriptEnabled, viewport: { width, height: 900 } });
        test(`no axe violations: ${colorScheme}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}, ${width} px`, async ({ page }) => {
          await page.goto('/');
          await page.evaluate(() => document.fonts.ready);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
          const { violations } = await new AxeBuilder({ page }).analyze();
          const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ''}`);
          expect(report).toEqual([]);
        });
      });
    }
  }
}
