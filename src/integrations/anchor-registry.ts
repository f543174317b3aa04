/**
 * Astro integration: after the build, checks the built page against the anchor registry and writes
 * alias anchors into it. A published id that disappeared without an alias stops the build (and so
 * `npm run check`), naming the id; so does a published paragraph or note id that now names other
 * text, naming the chapter file too. New ids are only reported: `npm run anchors:update` records them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  ALIASES_FILE, REGISTRY_FILE, TEXTS_FILE, checkNumberedIds, checkRegistry, collectIds, formatProblems, insertAliasAnchors,
  newIds, numberedTexts, type Aliases, type RegistryProblem, type Texts,
} from '../lib/anchor-registry';
import { readJson } from '../lib/read-json';

/** The chapter file that holds a paragraph's section (its heading's pin or front matter id) or a note. */
function chapterOf(id: string, chaptersDir: string): string | undefined {
  if (!existsSync(chaptersDir)) return undefined;
  const section = id.replace(/-p\d+$/, '').replace(/^fn-(.+)-\d+$/, '$1');
  return readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx')).map((f) => join(chaptersDir, f))
    .find((f) => { const t = readFileSync(f, 'utf8'); return t.includes(`#${section} */}`) || new RegExp(`^id: ${section}$`, 'm').test(t); });
}

export function anchorRegistry({
  registryFile = REGISTRY_FILE, aliasesFile = ALIASES_FILE, textsFile = TEXTS_FILE, chaptersDir = 'content/chapters',
} = {}): AstroIntegration {
  return {
    name: 'anchor-registry',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const page = fileURLToPath(new URL('index.html', dir));
        if (!existsSync(page)) return;
        const registry = readJson<string[]>(registryFile, []);
        const aliases = readJson<Aliases>(aliasesFile, {});
        const html = readFileSync(page, 'utf8');
        const ids = collectIds(html);
        const numbered = checkNumberedIds(readJson<Texts>(textsFile, {}), numberedTexts(html))
          .map((p) => { const file = chapterOf(p.id, chaptersDir); return { ...p, problem: p.problem + (file ? ` (in ${file})` : '') }; });
        // ANCHORS_UPDATE=1 (npm run anchors:update) lets a reworded paragraph or note through, to be
        // recorded; never one whose id moved to other text.
        const updating = process.env.ANCHORS_UPDATE === '1';
        const problems: RegistryProblem[] = [...checkRegistry(registry, ids, aliases), ...numbered.filter((p) => p.moved || !updating)];
        if (updating && numbered.some((p) => !p.moved)) logger.warn(`recording the new wording of ${numbered.filter((p) => !p.moved).map((p) => `#${p.id}`).join(', ')}`);
        // ANCHORS_RESET=1 (npm run anchors:reset) lets the registry be rebuilt from scratch before launch.
        if (problems.length && process.env.ANCHORS_RESET === '1') logger.warn(formatProblems(problems));
        else if (problems.length) throw new Error(formatProblems(problems));
        writeFileSync(page, insertAliasAnchors(html, aliases));
        const added = newIds(registry, ids);
        if (registry.length === 0) logger.warn(`${registryFile} is missing or empty: run \`npm run anchors:update\` to record the ${ids.length} ids.`);
        else if (added.length) logger.info(`${added.length} new id(s) not yet in ${registryFile} (e.g. #${added[0]}): run \`npm run anchors:update\` to record them.`);
        else logger.info(`all ${registry.length} published ids present; ${Object.keys(aliases).length} alias(es) written.`);
      },
    },
  };
}
