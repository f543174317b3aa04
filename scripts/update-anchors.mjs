#!/usr/bin/env node
// Records every id of the built page in content/anchors.lock.json (sorted; ids are never dropped), and
// in content/anchor-texts.lock.json what each numbered id names (a paragraph's opening words, a note's text).
// `npm run anchors:update` builds first, so a vanished id fails the build before it could be "forgotten":
// to retire one, declare its new home in content/anchor-aliases.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  REGISTRY_FILE, TEXTS_FILE, collectIds, newIds, numberedTexts, updatedRegistry, updatedTexts,
} from '../src/lib/anchor-registry.ts';

const page = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/index.html';
if (!existsSync(page)) {
  console.error(`${page} not found: build the site first (npm run anchors:update does).`);
  process.exit(1);
}
// --reset starts the registry afresh from the page: only before first publication (or when the lead
// merges branches whose placeholder ids never went live), never to hide a broken link.
const reset = process.argv.includes('--reset');
const registry = !reset && existsSync(REGISTRY_FILE) ? JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) : [];
const html = readFileSync(page, 'utf8');
const ids = collectIds(html);
const added = newIds(registry, ids);
writeFileSync(REGISTRY_FILE, `${JSON.stringify(updatedRegistry(registry, ids), null, 2)}\n`);
const texts = !reset && existsSync(TEXTS_FILE) ? JSON.parse(readFileSync(TEXTS_FILE, 'utf8')) : {};
writeFileSync(TEXTS_FILE, `${JSON.stringify(updatedTexts(texts, numberedTexts(html)), null, 2)}\n`);
console.log(`${REGISTRY_FILE}: ${added.length} id(s) added, ${registry.length + added.length} in all.`);
for (const id of added.slice(0, 20)) console.log(`  + #${id}`);
if (added.length > 20) console.log(`  … and ${added.length - 20} more`);
