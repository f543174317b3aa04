import { readFileSync } from 'node:fs';
import { expect, test } from '../support/test';
import { CHAPTER_SIZES_FILE } from '../../src/lib/chapter-sizes';
import { chapterHeights } from '../support/render-all';
import { webFacesCached } from '../support/web-faces';

// While a chapter is off screen the browser assumes its height from src/styles/chapter-sizes.css.
// Content taller than that spills over the chapters below whenever something measures it unrendered
// (Lighthouse's accessibility audit saw links of different chapters on top of one another), so each
// size must stay an upper bound. When this fails after a content change: `npm run chapters:measure`.
const FIX = `run \`npm run chapters:measure\` and commit ${CHAPTER_SIZES_FILE}`;

test('every chapter has a measured size', async ({ page }) => {
  await page.goto('/');
  const ids = await page.locator('main > .chapter').evaluateAll((els) => els.map((e) => e.id));
  const css = readFileSync(CHAPTER_SIZES_FILE, 'utf8');
  expect(ids.filter((id) => !css.includes(`#${id} {`)), `chapters without a size: ${FIX}`).toEqual([]);
});

// The narrowest width of each size tier (where text runs longest), common screens, and 4K (where the
// type scales up with the root font size). A first visit is in the system faces, later visits in the
// web faces (styles/fonts.css): the sizes must hold for both.
const WEB_FACES_AT = new Set([320, 768, 1440]);
for (const width of [320, 360, 390, 480, 768, 1024, 1440, 1920, 3840]) {
  for (const faces of WEB_FACES_AT.has(width) ? ['system', 'web'] as const : ['system'] as const) {
    test.describe(() => {
      test.use({ viewport: { width, height: 900 } });
      test(`no chapter outgrows its assumed height at ${width} px, ${faces} faces`, async ({ page }) => {
        if (faces === 'web') {
          await page.goto('/');
          await webFacesCached(page);
        }
        await page.goto('/');
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.fonts.check('1em "Source Serif 4"') && getComputedStyle(document.body).fontFamily.startsWith('"Source Serif 4"')))
          .toBe(faces === 'web');
        const assumed = await page.locator('main > .chapter').evaluateAll((els) =>
          els.map((e) => [e.id, parseFloat(getComputedStyle(e).containIntrinsicHeight.replace('auto', ''))] as const));
        const real = await chapterHeights(page);
        const outgrown = assumed.filter(([id, h]) => real.get(id)! > h).map(([id, h]) => `${id}: ${Math.round(real.get(id)!)} px > ${Math.round(h)} px`);
        expect(outgrown, FIX).toEqual([]);
      });
    });
  }
}
