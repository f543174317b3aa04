// What a browser downloads to show the built report page, counted from the files in dist/ alone
// (deterministic, so the byte budgets can be a test; the benchmark adds what Lighthouse measures).
// Fonts: a browser fetches, per @font-face, only the first format it supports (woff2 here) and only
// when the page's text has a character in the face's unicode-range, so that is what is counted.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const KINDS = ['html', 'css', 'js', 'font', 'other'];

export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The stylesheet without its `@media print { … }` blocks (braces matched, so nested rules go too). */
export function withoutPrintRules(css) {
  let out = '';
  let at = 0;
  for (const m of css.matchAll(/@media\s+print\s*{/g)) {
    if (m.index < at) continue;
    out += css.slice(at, m.index);
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < css.length && depth > 0; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    at = i;
  }
  return out + css.slice(at);
}

/** Resolve a URL found in `fromFile` (a path inside dist) to a file in dist, or null if it leaves the site. */
function resolveLocal(dist, fromPath, url, base) {
  if (/^(data|blob|mailto|tel|javascript):/i.test(url)) return null;
  if (/^(https?:)?\/\//i.test(url)) return { external: url };
  let path = url.split('#')[0].split('?')[0];
  if (!path) return null;
  if (path.startsWith('/')) {
    if (base !== '/' && path.startsWith(base)) path = '/' + path.slice(base.length);
    path = path.slice(1);
  } else path = posix.join(posix.dirname(fromPath), path);
  return { file: join(dist, decodeURIComponent(path)), path };
}

function textCodePoints(html) {
  const text = html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
  return new Set([...text].map((c) => c.codePointAt(0)));
}

function rangeHit(range, points) {
  if (!range) return true;
  return range.split(',').some((part) => {
    const r = part.trim().replace(/^U\+/i, '');
    let lo, hi;
    if (r.includes('?')) { lo = parseInt(r.replace(/\?/g, '0'), 16); hi = parseInt(r.replace(/\?/g, 'F'), 16); }
    else if (r.includes('-')) [lo, hi] = r.split('-').map((x) => parseInt(x, 16));
    else lo = hi = parseInt(r, 16);
    for (const p of points) if (p >= lo && p <= hi) return true;
    return false;
  });
}

/**
 * The page at `page` (relative to dist, e.g. 'index.html') and everything it pulls in at load:
 * stylesheets, module scripts and their static imports, fonts, images. Returns per-kind totals,
 * the file list, and every external URL the page would load (must be none).
 */
export function pageWeight(dist, page = 'index.html', base = '/') {
  const htmlBuf = readFileSync(join(dist, page));
  const html = htmlBuf.toString('utf8');
  const points = textCodePoints(html);
  const files = new Map(); // path -> kind
  const external = [];
  const add = (from, url, kind) => {
    const r = resolveLocal(dist, from, url, base);
    if (!r) return null;
    if (r.external) { external.push(r.external); return null; }
    if (files.has(r.path) || !existsSync(r.file)) return null;
    files.set(r.path, kind);
    return r;
  };

  // Resources the HTML loads by itself (not links the reader may follow).
  const tagRe = /<(script|link|img|source|video|audio|iframe|embed)\b[^>]*>/gi;
  for (const [tag, name] of html.matchAll(tagRe)) {
    const attr = (n) => tag.match(new RegExp(`\\s${n}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
    if (name.toLowerCase() === 'link') {
      const rel = (attr('rel') ?? '').toLowerCase();
      const href = attr('href');
      if (!href) continue;
      if (rel.includes('stylesheet')) add(page, href, 'css');
      else if (rel.includes('preload') || rel.includes('modulepreload')) {
        const as = attr('as');
        add(page, href, as === 'font' ? 'font' : as === 'style' ? 'css' : as === 'image' ? 'other' : 'js');
      } else if (rel.includes('icon')) add(page, href, 'other');
    } else if (name.toLowerCase() === 'script') {
      const src = attr('src');
      if (src) add(page, src, 'js');
    } else {
      const src = attr('src');
      if (src) add(page, src, name.toLowerCase() === 'iframe' ? 'html' : 'other');
    }
  }
  for (const [, inline] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [, spec] of inline.matchAll(/\bimport\s*(?:[^'"]*?from\s*)?["']([^"']+)["']/g)) add(page, spec, 'js');
    // The loader that starts the page's modules after the first paint names them in a list
    // (src/lib/deferred-scripts.ts): they still load with every visit, so they count.
    for (const [, spec] of inline.matchAll(/["'](\/[^"'\s]+\.m?js)["']/g)) add(page, spec, 'js');
  }

  // Fonts the page's text needs and other url()s, from a stylesheet file or an inline <style>.
  // Faces declared only for print (static instances for the PDF) load only when printing.
  const scanCss = (from, src) => {
    let found = false;
    const faces = [...withoutPrintRules(src).matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]);
    for (const face of faces) {
      const range = face.match(/unicode-range\s*:\s*([^;]+)/i)?.[1];
      if (!rangeHit(range, points)) continue;
      const urls = [...face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)(?:\s*format\(\s*["']?([\w-]+)["']?\s*\))?/g)];
      const first = urls.find((u) => !u[2] || u[2].startsWith('woff2')) ?? urls[0];
      if (first && add(from, first[1], 'font')) found = true;
    }
    const rest = src.replace(/@font-face\s*{[^}]*}/g, '');
    for (const [, url] of rest.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (add(from, url, 'other')) found = true;
    for (const [, url] of rest.matchAll(/@import\s+["']([^"']+)["']/g)) if (add(from, url, 'css')) found = true;
    return found;
  };
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) scanCss(page, body);

  // Follow static imports of scripts and url() in stylesheets until nothing new turns up.
  let grew = true;
  while (grew) {
    grew = false;
    for (const [path, kind] of [...files]) {
      const src = readFileSync(join(dist, path), 'utf8');
      if (kind === 'js') {
        for (const [, spec] of src.matchAll(/\bimport\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+)["']/g)) {
          if (spec.startsWith('.') || spec.startsWith('/')) if (add(path, spec, 'js')) grew = true;
        }
      }
      if (kind === 'css' && scanCss(path, src)) grew = true;
    }
  }

  const totals = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, brotli: 0, files: 0 }]));
  const count = (kind, buf) => {
    const s = sizes(buf);
    for (const k of ['raw', 'gzip', 'brotli']) totals[kind][k] += s[k];
    totals[kind].files += 1;
  };
  // The stylesheet is inlined (astro.config.mjs): its bytes count as CSS, the rest of the document
  // as HTML. Inline scripts are small and count twice, in the HTML and against the JS budget.
  count('html', Buffer.from(html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2')));
  const inline = (kind, body) => {
    if (!body.trim()) return;
    const s = sizes(Buffer.from(body));
    for (const k of ['raw', 'gzip', 'brotli']) totals[kind][k] += s[k];
  };
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inline('css', body);
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/type\s*=\s*["']?(application\/(ld\+)?json|importmap)/i.test(attrs)) inline('js', body);
  }
  for (const [path, kind] of files) count(kind, readFileSync(join(dist, path)));
  return { totals, files: [page, ...files.keys()], requests: 1 + files.size, external };
}

/** Budgets against a page weight: a list of human-readable failures (empty when within budget). */
export function overBudget(weight, budgets) {
  const out = [];
  for (const [kind, limits] of Object.entries(budgets.bytes)) {
    for (const [measure, max] of Object.entries(limits)) {
      const got = weight.totals[kind][measure];
      if (got > max) out.push(`${kind} ${measure}: ${got} bytes > budget ${max}`);
    }
  }
  if (weight.external.length > budgets.thirdPartyRequests) out.push(`third-party requests: ${weight.external.join(', ')}`);
  return out;
}

export const budgetsPath = join(dirname(new URL(import.meta.url).pathname), 'budgets.json');
export const loadBudgets = () => JSON.parse(readFileSync(budgetsPath, 'utf8'));
