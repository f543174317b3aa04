// One-off importer: turns ../shared/facts (sources inlined in every record) into the project's
// content/ files, where each source is listed once in content/sources.json and records refer to it
// by id. Re-run only when the fact base changes; the output is committed and reviewed like prose.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const factsDir = resolve(process.argv[2] ?? '../shared/facts');
const read = (name) => JSON.parse(readFileSync(resolve(factsDir, name), 'utf8'));
const ACCESSED = '2026-11-28'; // the day the fact base was checked against its sources

const slug = (s) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\(.*?\)/g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
    .split('-').filter(Boolean).slice(0, 3).join('-') || 'source';

const sources = new Map(); // url -> source record
const usedIds = new Set();
function sourceId(src) {
  // One fact-base URL writes its host with a trailing dot ("ustr.gov."): same page, tidier link.
  src = { ...src, url: src.url.replace(/^(https?:\/\/[^/]+)\.\//, '$1/') };
  const existing = sources.get(src.url);
  if (existing) {
    if (src.snippet && !existing.snippets.includes(src.snippet)) existing.snippets.push(src.snippet);
    if (!existing.title && src.title) existing.title = src.title;
    return existing.id;
  }
  // A few dates carry a remark ("2025-06 (snapshot)"): keep only the date itself.
  const published = src.published?.match(/^\d{4}(-\d{2}(-\d{2})?)?/)?.[0] ?? null;
  const base = `${slug(src.publisher ?? new URL(src.url).hostname)}-${published ?? 'nd'}`;
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  const record = {
    id,
    title: src.title ?? null,
    publisher: src.publisher,
    url: src.url,
    published,
    accessed: ACCESSED,
    snippets: src.snippet ? [src.snippet] : [],
  };
  if (src.via) record.via = src.via;
  sources.set(src.url, record);
  return id;
}

const timeline = read('timeline.json').map((e) => ({ ...e, sources: e.sources.map(sourceId) }));

const accounts = read('accounts.json').map((a, i) => ({
  id: slug(a.topic.replace(/'/g, '')).slice(0, 40) + `-${String(i + 1).padStart(2, '0')}`,
  ...a,
  us_account: { ...a.us_account, sources: a.us_account.sources.map(sourceId) },
  cn_account: { ...a.cn_account, sources: a.cn_account.sources.map(sourceId) },
  ...(a.implementation_outcome && {
    implementation_outcome: { ...a.implementation_outcome, sources: a.implementation_outcome.sources.map(sourceId) },
  }),
}));

const depIds = new Set();
const dependencies = read('dependencies.json').map((d) => {
  const when = d.year ?? d.period ?? 'nd';
  const base = [d.material, d.metric, when, d.partner ?? ''].map((p) => String(p).toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')).filter(Boolean).join('--');
  let id = base;
  for (let n = 2; depIds.has(id); n++) id = `${base}--${n}`;
  depIds.add(id);
  return { id, ...d, source: sourceId(d.source) };
});

// The analysis this report builds on (../shared/seed). No public copy of it was found, so it is
// cited by author and title, without an address.
const seed = {
  id: 'kohut-analysis',
  title: 'The Trump–Xi meeting. A fragile truce on unclear conditions',
  publisher: 'Andrzej Kohut, “Analyses” series (section “Cooperation”)',
  url: null,
  published: null,
  accessed: ACCESSED,
  snippets: [],
};

// Sources the project verified itself (with the search tool) are not in the fact base: keep every
// existing entry the import did not produce, so re-importing never drops a cited source.
const imported = new Set([seed.id, ...[...sources.values()].map((s) => s.id)]);
let projectSources = [];
try {
  projectSources = JSON.parse(readFileSync('content/sources.json', 'utf8')).filter((s) => !imported.has(s.id));
} catch {}

const write = (path, data) => writeFileSync(path, JSON.stringify(data, null, 1) + '\n');
write('content/data/timeline.json', timeline);
write('content/data/accounts.json', accounts);
write('content/data/dependencies.json', dependencies);
write('content/sources.json', [seed, ...sources.values(), ...projectSources]);
console.log(`timeline ${timeline.length}, accounts ${accounts.length}, dependencies ${dependencies.length}, sources ${sources.size + 1} + ${projectSources.length} added by the project`);
