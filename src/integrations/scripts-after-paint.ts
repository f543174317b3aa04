/**
 * Astro integration, the build's last step: in every built page, the module scripts start after the
 * first contentful paint (src/lib/deferred-scripts.ts), then the CSP's hashes are recomputed for the
 * inline code the page now holds (src/lib/csp-hashes.ts). Last, because the font subsetter before it
 * rewrites the inlined stylesheet and renames scripts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withInlineHashes } from '../lib/csp-hashes';
import { deferModuleScripts } from '../lib/deferred-scripts';

export function scriptsAfterPaint(): AstroIntegration {
  return {
    name: 'scripts-after-paint',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        let deferred = 0;
        for (const page of pages) {
          const { html, scripts } = deferModuleScripts(readFileSync(page, 'utf8'));
          deferred += scripts.length;
          writeFileSync(page, withInlineHashes(html));
        }
        logger.info(`${deferred} module scripts set to start after the first paint in ${pages.length} pages; CSP hashes recomputed`);
      },
    },
  };
}
