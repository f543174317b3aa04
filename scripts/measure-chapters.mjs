#!/usr/bin/env node
// Writes src/styles/chapter-sizes.css: for each chapter, the height the browser should assume while
// the chapter is off screen and not laid out (content-visibility: auto). Run after a content change:
// `npm run chapters:measure` (builds, measures, and the next build bundles the new sizes).
//
// Why measured and not one guess for all: a skipped chapter takes exactly the assumed height. When a
// script (or an accessibility checker) asks for a box inside a chapter whose real content is taller,
// that content spills over the chapters below it, and checkers see links from different chapters on
// top of one another. A single 6000 px guess was off by 4x for the timeline on a phone. Each size is
// an upper bound over the widths it serves, so nothing spills; tests/e2e/chapter-sizes.spec.ts fails
// when the content has outgrown them.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from '../bench/static-server.mjs';
import { chromiumArgs, chromiumPath, HOW_TO_GET_CHROMIUM } from './chromium-path.mjs';
import { CHAPTER_SIZES_FILE, SIZE_TIERS, chapterSizesCss } from '../src/lib/chapter-sizes.ts';
import { chapterHeights } from '../tests/support/render-all.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const executablePath = chromiumPath();
if (executablePath === null) { console.error(HOW_TO_GET_CHROMIUM); process.exit(1); }

const server = await serve(dir, 0);
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  /** @type {Map<string, number[]>} chapter id → height (px) at each width of SIZE_TIERS[i].measureAt */
  const heights = new Map();
  for (const [i, tier] of SIZE_TIERS.entries()) {
    // A first visit is in the system faces, later ones in the web faces (styles/fonts.css): measure both.
    for (const [width, faces] of tier.measureAt.flatMap((w) => [[w, 'system'], [w, 'web']])) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      if (faces === 'web') await context.addInitScript(() => localStorage.setItem('fragile-truce:faces', 'web'));
      const page = await context.newPage();
      // Twice: the faces are font-display: optional, so a first visit may keep the fallback faces.
      for (let n = 0; n < 2; n++) await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.scripts); // they start after the first paint
      await page.evaluate(() => document.fonts.ready);
      const drawnInWebFaces = await page.evaluate(() => document.fonts.check('1em "Source Serif 4"') && getComputedStyle(document.body).fontFamily.startsWith('"Source Serif 4"'));
      if (drawnInWebFaces !== (faces === 'web')) throw new Error(`at ${width} px the page did not show the ${faces} faces; measure again`);
      const rootPx = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      // The same measure as the test that checks the sizes (tests/e2e/chapter-sizes.spec.ts).
      for (const [id, px] of await chapterHeights(page)) {
        const row = heights.get(id) ?? SIZE_TIERS.map(() => 0);
        row[i] = Math.max(row[i], tier.unit === 'rem' ? px / rootPx : px);
        heights.set(id, row);
      }
      await context.close();
    }
  }
  writeFileSync(CHAPTER_SIZES_FILE, chapterSizesCss(heights));
  console.log(`${CHAPTER_SIZES_FILE}: ${heights.size} chapters`);
  for (const [id, row] of heights) console.log(`  ${id}: ${row.map((h, i) => `${Math.round(h)}${SIZE_TIERS[i].unit}`).join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
