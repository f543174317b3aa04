/**
 * Astro integration: renders dist/share.svg to dist/share.png (1200 × 630) with the same headless
 * Chromium the tests and the PDF use, because Open Graph and Twitter cards need a raster image.
 * Offline and deterministic; if no Chromium is installed the build says so and fails, rather than
 * publishing a card that points to a missing file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromium } from 'playwright-core';
import { HOW_TO_GET_CHROMIUM, chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';
import { SHARE_IMAGE } from '../lib/share-image';

export function shareImage(): AstroIntegration {
  return {
    name: 'share-image',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const svgFile = fileURLToPath(new URL('share.svg', dir));
        if (!existsSync(svgFile)) return;
        const executablePath = chromiumPath();
        if (executablePath === null) throw new Error(`share.png cannot be rendered. ${HOW_TO_GET_CHROMIUM}`);
        const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
        try {
          const page = await browser.newPage({ viewport: SHARE_IMAGE, deviceScaleFactor: 1 });
          const svg = readFileSync(svgFile, 'utf8');
          await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
          const png = await page.locator('svg').screenshot({ type: 'png' });
          writeFileSync(fileURLToPath(new URL('share.png', dir)), png);
          logger.info(`share.png rendered (${SHARE_IMAGE.width}×${SHARE_IMAGE.height}, ${png.length} bytes)`);
        } finally {
          await browser.close();
        }
      },
    },
  };
}
