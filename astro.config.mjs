// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { remarkReportAnchors } from './src/remark/report-anchors.ts';
import { anchorRegistry } from './src/integrations/anchor-registry.ts';
import { shareImage } from './src/integrations/share-image.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { scriptsAfterPaint } from './src/integrations/scripts-after-paint.ts';

// SITE and BASE let the same build deploy to any host or sub-path (e.g. BASE=/truce/).
const site = process.env.SITE ?? 'https://fragile-truce.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Not the default node_modules/.astro: worktrees share node_modules, and the content cache there
  // let one checkout build another's chapters.
  cacheDir: './.astro/cache',
  // No code blocks in the report; Shiki's inline styles would clash with the CSP below.
  markdown: {
    processor: unified({ remarkPlugins: [/** @type {import('@astrojs/markdown-remark').RemarkPlugin} */ (/** @type {unknown} */ (remarkReportAnchors))], smartypants: true }),
    syntaxHighlight: false,
  },
  // fontSubset reads the final HTML (after alias anchors are written) and renames the fonts;
  // scriptsAfterPaint last: it rewrites the script tags and recomputes the CSP's hashes.
  integrations: [mdx(), anchorRegistry(), shareImage(), fontSubset(), scriptsAfterPaint()],
  // assetsInlineLimit 0: scripts are files, never inlined into the HTML, whose size has a budget;
  // the page's small behaviours are one file (src/client/page.ts), so this costs one request.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // The stylesheet inside the HTML: one request fewer before the first paint (on Lighthouse's slow
  // phone a second request costs a new connection, ~0.3 s). The byte budgets still count it as CSS
  // (bench/page-weight.mjs), and the HTML validator skips its CSS (tests/dist/html-valid.test.ts).
  build: { inlineStylesheets: 'always' },
  // A strict policy in a <meta> tag: Astro hashes the scripts and styles it emits, so nothing inline
  // runs unless the build made it; nothing may load from another origin (tests/e2e/security.spec.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
