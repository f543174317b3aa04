import { expect, test, type Page } from '../support/test';

// A full load of the report and a reader's interaction with it, watched for CSP violations,
// console errors, uncaught exceptions and any request that leaves the site.

async function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const foreign: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.context().on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
  });
  return { problems, foreign };
}

/**
 * What a reader does: scroll the whole page, hover and focus the figures, open every disclosure,
 * press the buttons. That takes ~15 s alone and went over the default 30 s once while the suite's
 * other worker was busy, hence its own time limit.
 */
async function interact(page: Page) {
  test.setTimeout(90_000);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 900) await page.mouse.wheel(0, 900);
  for (const svg of await page.locator('figure svg').all()) {
    if (await svg.isVisible()) await svg.hover({ position: { x: 10, y: 10 }, force: true });
  }
  for (const summary of await page.locator('summary').all()) if (await summary.isVisible()) await summary.click();
  // At most 60 buttons: enough to exercise every kind of control without making the test slow.
  for (const button of (await page.locator('button:not([disabled]):not([type="submit"])').all()).slice(0, 60)) {
    if (await button.isVisible()) {
      await button.click();
      await page.keyboard.press('Escape');
    }
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test('the page declares a strict CSP and nothing is blocked, thrown or logged as an error', async ({ page, baseURL }) => {
  const { problems } = await watch(page, new URL(baseURL!).origin);
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  await interact(page);
  expect(problems).toEqual([]);
});

test('no request goes to another origin during a full load and interaction', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const { foreign } = await watch(page, origin);
  const seen: string[] = [];
  page.on('requestfinished', (r) => seen.push(r.url()));
  await page.goto('/', { waitUntil: 'load' });
  await interact(page);
  await page.waitForLoadState('networkidle');
  expect(seen.length).toBeGreaterThan(1); // the recorder works: the page and its stylesheet at least
  expect(foreign).toEqual([]);
});

test('no inline event handlers in the live DOM and every external link has rel="noopener"', async ({ page }) => {
  await page.goto('/');
  await interact(page);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
    ),
  );
  expect(handlers).toEqual([]);
  const bare = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.origin !== location.origin && /^https?:/.test(a.protocol))
      .filter((a) => !a.relList.contains('noopener'))
      .map((a) => a.href),
  );
  expect(bare).toEqual([]);
});
