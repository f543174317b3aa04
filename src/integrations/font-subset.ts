/**
 * Astro integration: after the build, cuts every web font in dist/_astro down to the characters the
 * site can show (src/lib/font-subset.ts), with harfbuzz (subset-font), and gives each file a new
 * content-hashed name so no cache can serve an older cut. The fonts halve (110 KB → about 56 KB),
 * which on a slow phone connection is most of what stood between the first paint and the text in its
 * own face. Inter keeps only the weights the design uses (400–700).
 * Then makes the static print instances the print stylesheet asks for (`…woff2#print-650`, see
 * printInstanceName): the PDF embeds them as real fonts, not Type 3 drawings.
 * Runs last, on the final HTML; the PDF is printed from the subset fonts too.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { PRINT_INSTANCE, printInstanceName, renamedFont, siteCharacters } from '../lib/font-subset';

const TEXT_FILE = /\.(html|css|js|mjs|json|svg|txt)$/;
const WEIGHTS: Record<string, { wght: { min: number; max: number } }> = { 'inter-': { wght: { min: 400, max: 700 } } };
const hash8 = (b: Uint8Array) => createHash('sha256').update(b).digest('base64url').slice(0, 8);

const walk = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

export function fontSubset(): AstroIntegration {
  return {
    name: 'font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = walk(root);
        const textFiles = files.filter((f) => TEXT_FILE.test(f));
        const texts = textFiles.map((f) => readFileSync(f, 'utf8'));
        const chars = siteCharacters(texts);
        const renames: [string, string][] = [];
        // Weights the print stylesheet pins, per font file, read before any name changes.
        const printWeights = new Map<string, Set<number>>();
        for (const text of texts) {
          for (const [, name, w] of text.matchAll(PRINT_INSTANCE)) {
            printWeights.set(name!, (printWeights.get(name!) ?? new Set()).add(Number(w)));
          }
        }
        const printPairs: [string, string][] = [];
        let before = 0;
        let after = 0;
        for (const font of files.filter((f) => f.endsWith('.woff2'))) {
          const name = font.slice(font.lastIndexOf('/') + 1);
          const axes = Object.entries(WEIGHTS).find(([prefix]) => name.startsWith(prefix))?.[1];
          const input = readFileSync(font);
          const output = await subsetFont(input, chars, { targetFormat: 'woff2', ...(axes ? { variationAxes: axes } : {}) });
          const next = renamedFont(name, hash8(output));
          writeFileSync(font, output);
          renameSync(font, font.slice(0, -name.length) + next);
          renames.push([name, next]);
          before += input.length;
          after += output.length;
          for (const weight of printWeights.get(name) ?? []) {
            const pinned = await subsetFont(output, chars, { targetFormat: 'woff2', variationAxes: { wght: weight } });
            const printName = printInstanceName(name, weight, hash8(pinned));
            writeFileSync(font.slice(0, -name.length) + printName, pinned);
            printPairs.push([`${name}#print-${weight}`, printName]);
          }
        }
        // Point every file at the new names. A hashed asset that changed (the stylesheet naming the
        // fonts) gets a new hash too, and its referrers are updated in a second pass, so a cached
        // stylesheet can never ask for fonts that are gone.
        const rewrite = (pairs: [string, string][], candidates: string[]) => candidates.filter((f) => {
          const text = readFileSync(f, 'utf8');
          const updated = pairs.reduce((t, [from, to]) => t.replaceAll(from, to), text);
          if (updated !== text) writeFileSync(f, updated);
          return updated !== text;
        });
        const restamped: [string, string][] = [];
        // The pinned names first: `<old name>#print-650` must be replaced before `<old name>` is.
        for (const f of rewrite([...printPairs, ...renames], textFiles)) {
          const name = f.slice(f.lastIndexOf('/') + 1);
          const m = /^(.*)\.[A-Za-z0-9_-]{8}(\.css|\.js)$/.exec(name);
          if (!m) continue;
          const next = `${m[1]}.${createHash('sha256').update(readFileSync(f)).digest('base64url').slice(0, 8)}${m[2]}`;
          renameSync(f, f.slice(0, -name.length) + next);
          restamped.push([name, next]);
        }
        rewrite(restamped, walk(root).filter((f) => TEXT_FILE.test(f)));
        logger.info(`${renames.length} fonts cut to ${chars.length} characters: ${(before / 1024).toFixed(1)} KB → ${(after / 1024).toFixed(1)} KB; ${printPairs.length} static print instances`);
      },
    },
  };
}
