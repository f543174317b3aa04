// The built site as the dist checks see it: every HTML file, its tags and their attributes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = join(process.cwd(), 'dist');
export const base = process.env.BASE ?? '/';

export function assertBuilt() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` first.');
}

export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

export const htmlFiles = () => filesUnder(dist, '.html').map((f) => relative(dist, f));

export interface Tag { name: string; attrs: Map<string, string>; line: number }

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Start tags outside <script>/<style> bodies and comments, with their attributes (names lower-cased). */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gi, (_, open, _n, body, close) => open + body.replace(/[^\n]/g, ' ') + close);
  for (const m of stripped.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(/([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    out.push({ name: m[1]!.toLowerCase(), attrs, line: stripped.slice(0, m.index).split('\n').length });
  }
  return out;
}

export const read = (file: string) => readFileSync(join(dist, file), 'utf8');
