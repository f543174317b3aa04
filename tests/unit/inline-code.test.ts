import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCode, withInlineHashes } from '../../src/lib/csp-hashes';
import { deferModuleScripts, loaderScript } from '../../src/lib/deferred-scripts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;

describe('module scripts deferred to after the first paint', () => {
  const page = '<html><head><meta charset="utf-8"></head><body><p>Text</p>'
    + '<script type="module" src="/_astro/a.js"></script>\n<script type="module" src="/_astro/b.js"></script>\n'
    + '<script type="application/ld+json">{}</script></body></html>';

  it('replaces every module script by one loader before </body> that imports each of them', () => {
    const { html, scripts } = deferModuleScripts(page);
    expect(scripts).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(html).not.toContain('src="/_astro/');
    expect(html).toContain('<script type="application/ld+json">{}</script>');
    expect(html.endsWith(`${loaderScript(scripts)}</body></html>`)).toBe(true);
    expect(loaderScript(scripts)).toContain('["/_astro/a.js","/_astro/b.js"]');
    expect(loaderScript(scripts)).toContain("first-contentful-paint");
  });

  it('leaves a page without module scripts as it was', () => {
    expect(deferModuleScripts('<body><p>x</p></body>').html).toBe('<body><p>x</p></body>');
  });

  it('runs: the loader imports the scripts once the first contentful paint is reported, then marks the page', async () => {
    const imported: string[] = [];
    const observers: ((list: { getEntriesByName: (n: string) => unknown[] }, o: { disconnect: () => void }) => void)[] = [];
    const root = { dataset: {} as Record<string, string> };
    const code = /<script type="module">([\s\S]*)<\/script>/.exec(loaderScript(['/x.js', '/y.js']))![1]!.replace(/import\(/g, 'fakeImport(');
    class FakeObserver {
      static supportedEntryTypes = ['paint'];
      constructor(cb: (typeof observers)[number]) { observers.push(cb); }
      observe() {}
    }
    new Function('PerformanceObserver', 'document', 'fakeImport', 'addEventListener', code)(
      FakeObserver, { documentElement: root }, async (u: string) => { imported.push(u); }, () => { throw new Error('load fallback used'); },
    );
    observers[0]!({ getEntriesByName: () => [] }, { disconnect: () => {} }); // first-paint only: not yet
    await new Promise((r) => setTimeout(r, 10));
    expect(imported).toEqual([]);
    observers[0]!({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) }, { disconnect: () => {} });
    await new Promise((r) => setTimeout(r, 10));
    expect(imported).toEqual(['/x.js', '/y.js']);
    expect(root.dataset['scripts']).toBe('loaded');
  });

  it('marks the page "failed" when a script does not load', async () => {
    const root = { dataset: {} as Record<string, string> };
    const code = /<script type="module">([\s\S]*)<\/script>/.exec(loaderScript(['/x.js']))![1]!.replace(/import\(/g, 'fakeImport(');
    new Function('PerformanceObserver', 'document', 'fakeImport', 'addEventListener', code)(
      { supportedEntryTypes: [] }, { documentElement: root }, () => Promise.reject(new Error('offline')), (_: string, go: () => void) => go(),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(root.dataset['scripts']).toBe('failed');
  });
});

describe('the CSP names exactly the inline code of the page', () => {
  const page = '<html><head><meta charset="utf-8"><script>early()</script>'
    + `<meta http-equiv="content-security-policy" content="default-src 'self';script-src 'self' 'sha256-stale=';style-src 'self' 'sha256-old=';">`
    + '<style>p{color:red}</style></head><body><script src="/ext.js"></script><script type="module">late()</script></body></html>';
  const html = withInlineHashes(page);
  const policy = policyOf(html);

  it('hashes every inline script and style, drops stale hashes, keeps the other sources', () => {
    expect(inlineCode(page, 'script')).toEqual(['early()', 'late()']);
    expect(policy).toContain(`script-src 'self' ${sha('early()')} ${sha('late()')};`);
    expect(policy).toContain(`style-src 'self' ${sha('p{color:red}')};`);
    expect(policy).not.toContain('stale');
    expect(policy.startsWith("default-src 'self';")).toBe(true);
  });

  it('moves the policy right after <meta charset>, before any inline code it governs', () => {
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>early()'));
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
  });

  it('adds a style-src when the policy had none', () => {
    const bare = page.replace(";style-src 'self' 'sha256-old='", '');
    expect(policyOf(withInlineHashes(bare))).toContain(`style-src 'self' ${sha('p{color:red}')};`);
  });
});
