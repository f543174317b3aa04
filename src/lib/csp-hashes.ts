/**
 * Keeps a page's Content Security Policy <meta> true to the page: script-src and style-src list the
 * sha256 of exactly the inline scripts and styles the page holds. Astro hashes what it emits, but the
 * build changes inline code afterwards (the font subsetter renames the fonts inside the inlined
 * stylesheet; the script loader is written after Astro), and a stale hash blocks that code.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The inline code of one element kind (script elements with a src are not inline). */
export function inlineCode(html: string, element: 'script' | 'style'): string[] {
  const re = new RegExp(`<${element}\\b([^>]*)>([\\s\\S]*?)</${element}>`, 'gi');
  return [...html.matchAll(re)].filter((m) => !/\ssrc=/i.test(m[1]!)).map((m) => m[2]!);
}

/**
 * The page with its policy's script and style hashes recomputed (other sources and directives kept),
 * and the policy moved to the top of <head>: a policy in a <meta> governs only what comes after it,
 * and Astro writes it after the page's own head content.
 */
export function withInlineHashes(page: string): string {
  const meta = META.exec(page);
  if (!meta) return page;
  const tag = page.slice(meta.index, page.indexOf('>', meta.index) + 1);
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(page);
  const html = charset ? page.replace(tag, '').replace(charset[0], charset[0] + tag) : page;
  const directives = meta[2]!.split(';').map((d) => d.trim()).filter(Boolean);
  const rewrite = (name: string, element: 'script' | 'style') => {
    const hashes = [...new Set(inlineCode(html, element).map(hash))];
    const i = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    const kept = i < 0 ? ["'self'"] : directives[i]!.split(/\s+/).slice(1).filter((s) => !s.startsWith("'sha256-"));
    const next = [name, ...kept, ...hashes].join(' ');
    if (i < 0) directives.push(next);
    else directives[i] = next;
  };
  rewrite('script-src', 'script');
  rewrite('style-src', 'style');
  return html.replace(META, (_, open: string, _content: string, close: string) => `${open}${directives.join(';')};${close}`);
}
