import { expect, test } from '@playwright/test';

test('every chapter is on the page, in order', async ({ page }) => {
  await page.goto('/');
  const ids = await page.locator('main section.chapter').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(0);
  expect(await page.locator('h1').count()).toBe(1);
});
