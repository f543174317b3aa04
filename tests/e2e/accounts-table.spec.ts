// The point-by-point table as a reader meets it: thirteen topics, agreement said in words, sources
// one click away, and on a phone a stack of cards that never scrolls sideways.
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/test';
import AxeBuilder from '@axe-core/playwright';
import { renderAllChapters } from '../support/render-all';

const accountIds: string[] = JSON.parse(readFileSync('content/data/accounts.json', 'utf8')).map((a: { id: string }) => a.id);
const wording: { id: string; topic: string }[] = JSON.parse(readFileSync('content/data/accounts-wording.json', 'utf8'));
const topicsInFileOrder = accountIds.map((id) => wording.find((w) => w.id === id)!.topic);

test('the table lists the thirteen topics in order and says in words whether the accounts agree', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: /^Table \d+\. What each government said was agreed at Busan/ });
  await expect(table).toHaveAttribute('id', 'tab-accounts');
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(13);
  await expect(table.getByRole('rowheader')).toHaveText(topicsInFileOrder);
  // innerText is the rendered text, and chapters off screen are not rendered (content-visibility):
  // lay them out first (scrolling there alone raced the browser's next frame).
  await renderAllChapters(page);
  for (const text of await table.locator('td.agreement').allInnerTexts()) {
    expect(text.trim()).toMatch(/(^|\s)(Yes|Partly|No)$/);
  }
  const affiliates = rows.filter({ has: page.getByRole('rowheader', { name: /Affiliates Rule/ }) });
  await expect(affiliates.locator('td.agreement')).toContainText('Yes');
  const chipProbes = rows.filter({ has: page.getByRole('rowheader', { name: /chip companies/ }) });
  await expect(chipProbes.locator('td.agreement')).toContainText('No');
});

test('each cell lists its source numbers in ascending order', async ({ page }) => {
  await page.goto('/');
  const cells = await page.locator('#tab-accounts .source-refs').evaluateAll((els) => els.map((el) => [...el.querySelectorAll('.source-ref')].map((a) => Number(a.textContent))));
  expect(cells.length).toBeGreaterThan(20);
  for (const numbers of cells) expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
});

test('a source number leads to its entry in the bibliography and in the list under the table', async ({ page }) => {
  await page.goto('/');
  const ref = page.locator('#tab-accounts .source-ref').first();
  await expect(ref).toHaveText('1');
  const href = (await ref.getAttribute('href'))!;
  expect(href).toMatch(/^#source-[a-z0-9-]+$/);
  // The list under the table gives the same source the same number.
  await expect(page.locator('.table-sources li').first().locator('a')).toHaveAttribute('href', href);
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const entry = page.locator(`li[id="${href.slice(1)}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry.locator('cite')).not.toBeEmpty();
});

test('axe finds no accessibility violations in the table, its key or its source list', async ({ page }) => {
  await page.goto('/');
  await renderAllChapters(page);
  const { violations } = await new AxeBuilder({ page }).include('.accounts-table').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the table becomes cards that fit the screen and keep their labels', async ({ page }) => {
    await page.goto('/');
    const table = page.locator('#tab-accounts');
    await table.scrollIntoViewIfNeeded();
    const fit = await table.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const rows = [...el.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect().right);
      return { right: box.right, left: box.left, overflow: el.scrollWidth - el.clientWidth, widest: Math.max(...rows) };
    });
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(320);
    expect(fit.widest).toBeLessThanOrEqual(320);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    // Each card names its parts, since the column headings are no longer above it.
    const card = table.locator('tbody tr').filter({ hasText: 'Affiliates Rule' });
    await expect(card.getByText('What Washington said')).toBeVisible();
    await expect(card.locator('td.agreement')).toContainText('Yes');
    // Restyled as cards, it is still a table to assistive technology.
    await expect(page.getByRole('table', { name: /^Table \d+\./ })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Table \d+\./ }).getByRole('row')).toHaveCount(14);
  });
});
