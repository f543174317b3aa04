import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, test, type Page } from '../support/test';

const registry: string[] = JSON.parse(readFileSync('content/anchors.lock.json', 'utf8'));
const aliases: Record<string, string> = JSON.parse(readFileSync('content/anchor-aliases.json', 'utf8'));
const report = JSON.parse(readFileSync('content/report.json', 'utf8'));

/**
 * Where each #id lands: is the element (for an alias, the element it sits in) on screen, and is its top
 * below the bottom of every sticky or fixed bar that covers its column? Runs in the page, one pass.
 */
function landings(page: Page, ids: string[], navigate: boolean) {
  return page.evaluate(({ ids, navigate }) => {
    const bars = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) =>
      ['sticky', 'fixed'].includes(getComputedStyle(el).position) && !el.classList.contains('copy-status'));
    return ids.map((id) => {
      // Fragment navigation scrolls exactly as loading /#id does (synchronously), without 600 reloads.
      if (navigate) location.hash = `#${id}`;
      let el = document.getElementById(id);
      if (!el) return { id, missing: true, top: 0, bottom: 0, coveredTo: 0, viewport: innerHeight, visible: false };
      if (el.classList.contains('anchor-alias')) el = el.parentElement!;
      const r = el.getBoundingClientRect();
      let coveredTo = 0;
      for (const bar of bars) {
        if (bar.contains(el)) continue;
        const b = bar.getBoundingClientRect();
        const overlapsColumn = b.left < r.right && b.right > r.left;
        if (b.height > 0 && overlapsColumn && b.top <= 1 && b.bottom < innerHeight / 2) coveredTo = Math.max(coveredTo, b.bottom);
      }
      return { id, missing: false, top: r.top, bottom: r.bottom, coveredTo, viewport: innerHeight, visible: r.width > 0 || r.height > 0 };
    });
  }, { ids, navigate });
}
type Landing = Awaited<ReturnType<typeof landings>>[number];

const landsWell = (l: Landing) => !l.missing && l.visible && l.top >= l.coveredTo - 1 && l.top < l.viewport && l.bottom > 0;
const describeLanding = (l: Landing) => l.missing ? `#${l.id}: not on the page`
  : `#${l.id}: top ${Math.round(l.top)} (covered to ${Math.round(l.coveredTo)}, viewport ${l.viewport}, visible ${l.visible})`;

test('every id in the registry is on the page, lands in view and below any sticky bar', async ({ page }) => {
  await page.goto('/');
  const ids = registry.filter((id) => !(id in aliases));
  const failures = (await landings(page, ids, true)).filter((l) => !landsWell(l)).map(describeLanding);
  expect(failures).toEqual([]);
});

// Every alias of a chapter, section, paragraph, note or event, and a few of the many retired source
// ids (all of one kind: an old bibliography entry sent to its replacement), each loaded afresh.
const directAliases = () => {
  const all = Object.keys(aliases);
  const sources = all.filter((id) => id.startsWith('source-'));
  return [...all.filter((id) => !id.startsWith('source-')), ...sources.slice(0, 2), ...sources.slice(-2)];
};

test('loading /#id directly lands on chapters, sections, paragraphs and notes', async ({ page }) => {
  const sample = [registry.find((id) => id === 'europe'), registry.find((id) => /-p\d+$/.test(id)),
    registry.find((id) => id.startsWith('fn-')), registry.findLast((id) => /-p\d+$/.test(id)), ...directAliases()]
    .filter((id): id is string => !!id);
  for (const id of sample) {
    await page.goto(`/#${id}`);
    const [l] = await landings(page, [id], false);
    expect(landsWell(l!), describeLanding(l!)).toBe(true);
  }
});

test('the arrival target is briefly highlighted, except under reduced motion', async ({ browser }) => {
  const id = registry.find((i) => /-p\d+$/.test(i))!;
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(`/#${id}`);
    const animation = await page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'target-flash');
    await context.close();
  }
});

test('clicking a paragraph mark copies its full URL, updates the address bar and says "Link copied"', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const paragraph = page.locator('p.para').nth(3);
  const id = (await paragraph.getAttribute('id'))!;
  await paragraph.hover();
  const mark = paragraph.locator('a.para-link');
  await expect(mark).toHaveCSS('opacity', '1');
  await mark.click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#${id}`);
  expect(new URL(page.url()).hash).toBe(`#${id}`);
});

test('a section heading mark appears on keyboard focus and copies the section URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const heading = page.locator('.prose-report h3[id]').first();
  const id = (await heading.getAttribute('id'))!;
  const mark = heading.locator('a.anchor-link');
  await mark.focus();
  await expect(mark).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#${id}`);
});

test('every chapter offers its citation in seven formats, and its BibTeX parses', async ({ page, baseURL }) => {
  await page.goto('/');
  const chapters = page.locator('main section.chapter');
  const n = await chapters.count();
  expect(n).toBeGreaterThan(5);
  for (let i = 0; i < n; i++) {
    const chapter = chapters.nth(i);
    const id = (await chapter.getAttribute('id'))!;
    const title = (await chapter.locator('h2').first().textContent())!.replace(/\u2060?#$/, '').trim();
    await chapter.locator('header button.cite-button').click();
    const panel = page.locator(`.cite-panel[data-cite="${id}"]`);
    await expect(panel).toBeVisible();
    await expect(panel.locator('dt')).toHaveText(['APA 7', 'Chicago (author-date)', 'MLA 9', 'Harvard', 'BibTeX', 'RIS', 'CSL-JSON'].map((l) => new RegExp(`^${l.replace(/[()]/g, '\\$&')}`)));
    await expect(panel.locator('dd').first()).toBeVisible();
    await expect(panel.locator('dd').first()).toContainText(`${baseURL}/#${id}`.replace(/^http:\/\/[^/]+/, '') as string);
    const bibtex = await panel.locator('dd pre').first().innerText();
    const [item] = new Cite(bibtex).data as Record<string, any>[];
    expect(item!.title).toBe(title);
    expect(item!.URL).toMatch(new RegExp(`#${id}$`));
    expect(item!['container-title']).toBe(`${report.title}: ${report.subtitle}`);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  }
});

test('every section has a lean Cite panel with the same seven formats', async ({ page }) => {
  await page.goto('/');
  const headings = await page.locator('.prose-report h3[id], .prose-report h4[id]').evaluateAll((hs) => hs.map((h) => h.id));
  for (const id of headings) {
    const panel = page.locator(`.cite-panel[data-cite="${id}"]`);
    // Its control sits in the section, right after the heading, and names the section it cites.
    await expect(page.locator(`#${id} + button.cite-button[popovertarget="cite-${id}"]`), id).toHaveCount(1);
    await expect(panel.locator('dt'), id).toHaveCount(7);
    await expect(panel.locator('dd').first()).toContainText(`#${id}`, { useInnerText: false });
  }
});

test('the Copy button copies exactly the citation it stands beside', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.locator('main section.chapter').first().locator('header button.cite-button').click();
  const panel = page.locator('.cite-panel:popover-open');
  const apa = panel.locator('dd').first();
  await panel.getByRole('button', { name: 'Copy the APA 7 citation' }).click();
  await expect(page.getByRole('status')).toHaveText('APA 7 citation copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await apa.innerText()).trim());
});

test('without JavaScript the Cite panel still opens and shows the citation; no dead Copy buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const panel = page.locator('#cite-report');
  await expect(panel.locator('dd').first()).toBeVisible();
  await expect(panel.locator('dd').first()).toContainText(report.title);
  await expect(panel.getByRole('button')).toHaveCount(0);
  // A section's panel is a popover, which the browser opens and closes without any script.
  const section = page.locator('.prose-report h3[id]').first();
  const id = (await section.getAttribute('id'))!;
  await page.locator(`#${id} + button.cite-button`).click();
  const popover = page.locator(`#cite-${id}`);
  await expect(popover).toBeVisible();
  await expect(popover.locator('dt')).toHaveCount(7);
  await expect(popover.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  await popover.getByRole('button', { name: 'Close' }).click();
  await expect(popover).toBeHidden();
  await context.close();
});

test('reference managers and search engines find the metadata in the head', async ({ page, request }) => {
  await page.goto('/');
  const meta = (name: string) => page.locator(`head meta[name="${name}"], head meta[property="${name}"]`).first().getAttribute('content');
  expect(await meta('citation_title')).toBe(`${report.title}: ${report.subtitle}`);
  expect(await meta('citation_author')).toBe(report.authors[0].name);
  expect(await meta('citation_publication_date')).toBe(report.published.replaceAll('-', '/'));
  expect(await meta('citation_publisher')).toBe(report.publisher);
  expect(await meta('citation_pdf_url')).toMatch(/\/report\.pdf$/);
  expect(await meta('DC.title')).toBe(`${report.title}: ${report.subtitle}`);
  expect(await meta('twitter:card')).toBe('summary_large_image');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Report');
  const chapterIds = await page.locator('main section.chapter').evaluateAll((s) => s.map((e) => e.id));
  expect(ld.hasPart.map((p: { url: string }) => new URL(p.url).hash.slice(1))).toEqual(chapterIds);

  const image = await request.get(new URL((await meta('og:image'))!).pathname);
  expect(image.headers()['content-type']).toBe('image/png');
  const png = await image.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('report.bib, report.ris and report.json are linked from "About this report" and import cleanly', async ({ page, request }) => {
  await page.goto('/');
  const about = page.locator('section#about');
  for (const file of ['report.bib', 'report.ris', 'report.json']) {
    const href = (await about.locator(`a[href$="${file}"]`).getAttribute('href'))!;
    const body = await (await request.get(href)).text();
    const [item] = new Cite(body).data as Record<string, any>[];
    expect(item!.title, file).toBe(`${report.title}: ${report.subtitle}`);
    expect(item!.author[0].literal ?? item!.author[0].family, file).toBe(report.authors[0].name);
    expect(item!.issued['date-parts'][0][0], file).toBe(Number(report.updated.slice(0, 4)));
  }
});

test('no citation code ships to the browser, and the Cite panels stay lean', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const scripts = await Promise.all(
    [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(async (m) => (await request.get(m[1]!)).text()));
  for (const code of [html, ...scripts]) expect(code).not.toMatch(/citeproc|@citation-js|CSL\.Engine/);
  await page.goto('/');
  expect(await page.locator('script:not([type="application/ld+json"])').evaluateAll((s) => s.map((e) => e.textContent ?? '').join('')))
    .not.toMatch(/citeproc|citation-js/);
  // Sizes are deterministic: all the panels together (7 formats × every chapter and section) cost under 12 KB
  // gzipped, because they stand side by side after the chapters, where gzip sees how alike they are.
  const { gzipSync } = await import('node:zlib');
  const withoutPanels = html.replace(/<div class="cite-panels">[\s\S]*?<\/div>\s*(?=<script|<\/body)/, '');
  expect(withoutPanels.length).toBeLessThan(html.length);
  expect(gzipSync(html).length - gzipSync(withoutPanels).length).toBeLessThan(12_000); // 50 panels (11 chapters, 39 sections)
});
