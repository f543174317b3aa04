/**
 * Astro integration: after the build, checks the built page against the anchor registry and writes
 * alias anchors into it. A published id that disappeared without an alias stops the build (and so
 * `npm run check`), naming the id. New ids are only reported: `npm run anchors:update` records them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  ALIASES_FILE, REGISTRY_FILE, checkRegistry, collectIds, formatProblems, insertAliasAnchors, newIds, type Aliases,
} from '../lib/anchor-registry';

const readJson = <T>(file: string, fallback: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : fallback);

export function anchorRegistry({ registryFile = REGISTRY_FILE, aliasesFile = ALIASES_FILE } = {}): AstroIntegration {
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
        const problems = checkRegistry(registry, ids, aliases);
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
