import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode } from '../../src/lib/csp-hashes';
import { assertBuilt, htmlFiles, read, tags } from './built-site';

// What the Content Security Policy and the site rules promise, checked in every built page.
assertBuilt();
const pages = htmlFiles().map((p) => ({ page: p, html: read(p), tags: tags(read(p)) }));

describe('security of the built pages', () => {
  it('each page carries a strict CSP: no unsafe-inline or unsafe-eval scripts, nothing from other origins', () => {
    for (const { page, tags: ts } of pages) {
      const meta = ts.find((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(meta, `${page} has no CSP <meta>`).toBeDefined();
      const policy = new Map(
        meta!.attrs.get('content')!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v] as const),
      );
      expect(policy.get('default-src'), page).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? policy.get('default-src')!;
      expect(scripts, page).not.toContain("'unsafe-inline'");
      expect(scripts, page).not.toContain("'unsafe-eval'");
      for (const [directive, sources] of policy) {
        const foreign = sources.filter((s) => /^(https?:|\*|\/\/)/.test(s) || (/\./.test(s) && !s.startsWith("'")));
        expect(foreign, `${page}: ${directive} allows another origin`).toEqual([]);
      }
    }
  });

  // The build rewrites inline code after Astro hashed it (src/lib/csp-hashes.ts): a stale hash would
  // block the stylesheet or the script loader, and the page would show unstyled or inert.
  it('the policy comes before any inline code and allows each inline script and style by its hash', () => {
    for (const { page, html } of pages) {
      const at = html.search(/<meta http-equiv="content-security-policy"/i);
      expect(at, page).toBeGreaterThan(0);
      expect(at, `${page}: inline code before the policy`).toBeLessThan(html.search(/<(script|style)\b/i));
      const policy = /content-security-policy" content="([^"]*)"/i.exec(html)![1]!;
      const allowed = (d: string) => policy.split(';').find((x) => x.trim().startsWith(`${d} `))?.split(/\s+/) ?? [];
      for (const element of ['script', 'style'] as const) {
        const hashes = inlineCode(html, element).map((c) => `'sha256-${createHash('sha256').update(c).digest('base64')}'`);
        expect(hashes.length, `${page} has inline ${element}s`).toBeGreaterThan(0);
        expect(allowed(`${element}-src`).filter((s) => s.startsWith("'sha256-")).sort(), `${page} ${element}-src`).toEqual([...new Set(hashes)].sort());
      }
    }
  });

  it('no inline event handlers and no style attributes', () => {
    const found = pages.flatMap(({ page, tags: ts }) =>
      ts.flatMap((t) => [...t.attrs.keys()].filter((a) => /^on[a-z]+$/.test(a) || a === 'style').map((a) => `${page}:${t.line} <${t.name} ${a}>`)),
    );
    expect(found).toEqual([]);
  });

  it('external links open no window handle to this page (rel="noopener")', () => {
    const bare = pages.flatMap(({ page, tags: ts }) =>
      ts
        .filter((t) => (t.name === 'a' || t.name === 'area') && /^(https?:)?\/\//i.test(t.attrs.get('href') ?? ''))
        .filter((t) => !(t.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('noopener'))
        .map((t) => `${page}:${t.line} <a href="${t.attrs.get('href')}">`),
    );
    expect(bare).toEqual([]);
  });

  it('no javascript: URLs', () => {
    const found = pages.flatMap(({ page, tags: ts }) =>
      ts.flatMap((t) => [...t.attrs.entries()].filter(([, v]) => /^\s*javascript:/i.test(v)).map(([a]) => `${page}:${t.line} <${t.name} ${a}>`)),
    );
    expect(found).toEqual([]);
  });
});
