import { readFileSync } from 'node:fs';
import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, base, dist, htmlFiles, read, tags } from './built-site';

// Every link in the built site, checked over the files (no server, no network): internal targets
// and #anchors must exist; external links must be well-formed https URLs (never fetched).
assertBuilt();
const pages = htmlFiles();
const parsed = new Map(pages.map((p) => [p, tags(read(p))]));
const idsOf = (page: string) =>
  new Set(parsed.get(page)!.flatMap((t) => [t.attrs.get('id'), t.name === 'a' ? t.attrs.get('name') : undefined]).filter(Boolean) as string[]);

/** The dist file a site path points at, following static hosts' index.html convention. */
function fileFor(sitePath: string): string | null {
  let p = decodeURIComponent(sitePath);
  if (base !== '/' && p.startsWith(base)) p = '/' + p.slice(base.length);
  else if (base !== '/' && p.startsWith(base.replace(/\/$/, ''))) p = '/';
  p = p.replace(/^\//, '');
  for (const c of [p, posix.join(p, 'index.html'), `${p}.html`]) {
    const f = join(dist, c);
    if (c !== '' && existsSync(f) && statSync(f).isFile()) return c;
  }
  return p === '' ? 'index.html' : null;
}

interface Link { page: string; line: number; attr: string; url: string; tag: string; rel?: string | undefined }
const links: Link[] = [];
for (const [page, ts] of parsed) {
  for (const t of ts) {
    for (const attr of ['href', 'src', 'action', 'poster', 'data', 'cite']) {
      const v = t.attrs.get(attr);
      if (v === undefined) continue;
      if (attr === 'cite' && !['blockquote', 'q', 'del', 'ins'].includes(t.name)) continue;
      if (attr === 'data' && t.name !== 'object') continue;
      links.push({ page, line: t.line, attr, url: v.trim(), tag: t.name, rel: t.attrs.get('rel') });
    }
    const srcset = t.attrs.get('srcset');
    if (srcset) for (const part of srcset.split(',')) links.push({ page, line: t.line, attr: 'srcset', url: part.trim().split(/\s+/)[0] ?? '', tag: t.name });
  }
}

const isExternal = (u: string) => /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//');

describe('links in dist/', () => {
  it('finds links to check', () => {
    expect(links.filter((l) => l.url.startsWith('#')).length).toBeGreaterThan(10);
  });

  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const l of links.filter((l) => !isExternal(l.url))) {
      const path = l.url.split('#')[0]!.split('?')[0]!;
      const hash = l.url.includes('#') ? l.url.slice(l.url.indexOf('#') + 1) : null;
      const target = path === '' ? l.page : fileFor(path.startsWith('/') ? path : '/' + posix.join(posix.dirname(l.page), path));
      if (!target) { broken.push(`${l.page}:${l.line} <${l.tag} ${l.attr}="${l.url}">: no file ${path}`); continue; }
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
        if (hash !== '' && hash !== 'top') broken.push(`${l.page}:${l.line} <${l.tag} ${l.attr}="${l.url}">: no element with id "${hash}" in ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every external link is a well-formed https URL (or mailto:)', () => {
    const bad: string[] = [];
    for (const l of links.filter((l) => isExternal(l.url))) {
      // Dublin Core's schema links name a namespace; they are identifiers, never followed.
      if (l.tag === 'link' && /^http:\/\/purl\.org\/dc\//.test(l.url)) continue;
      if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(l.url)) continue;
      let ok = false;
      try {
        const u = new URL(l.url);
        ok = u.protocol === 'https:' && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(u.hostname) && !/\s/.test(l.url);
      } catch {}
      if (!ok) bad.push(`${l.page}:${l.line} <${l.tag} ${l.attr}="${l.url}">`);
    }
    expect(bad).toEqual([]);
  });

  it('ids are unique on every page (so every anchor is unambiguous)', () => {
    const dupes: string[] = [];
    for (const [page, ts] of parsed) {
      const seen = new Set<string>();
      for (const t of ts) {
        const id = t.attrs.get('id');
        if (id === undefined) continue;
        if (seen.has(id)) dupes.push(`${page}:${t.line} id="${id}"`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});

describe('the corrections log', () => {
  it('lists every correction of content/corrections.json, each a link to a passage on the page', () => {
    const log = JSON.parse(readFileSync('content/corrections.json', 'utf8')) as { version: string; items: { target: string }[] }[];
    const html = read('index.html');
    const list = /<ol class="corrections[^"]*" id="corrections">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const hrefs = [...list.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(log.flatMap((c) => c.items.map((i) => i.target)));
    // A few words link, not the whole correction (whole underlined paragraphs were hard to read).
    const texts = [...list.matchAll(/<a href="#[^"]+">([^<]*)<\/a>/g)].map((m) => m[1]!);
    expect(texts.filter((t) => !/^Go to the (passage|section|chapter|timeline entry|figure|table|table’s key|bibliography|source)$/.test(t))).toEqual([]);
    const ids = idsOf('index.html');
    expect(hrefs.filter((h) => !ids.has(h!))).toEqual([]);
  });
});
