import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/entities';
import { PRINT_INSTANCE, printInstanceName, renamedFont, siteCharacters } from '../../src/lib/font-subset';
import { withoutPrintRules } from '../../bench/page-weight.mjs';

describe('the characters the fonts are cut to', () => {
  it('include what entities stand for, not the entity text', () => {
    expect(decodeEntities('China&#39;s &quot;pause&quot; &amp; Š&#x10D;')).toBe('China\'s "pause" & Šč');
    expect(siteCharacters(['&#x2011;'])).toContain('\u2011');
  });

  it('always include printable ASCII and the no-break space, for text scripts write later', () => {
    const chars = siteCharacters([]);
    for (const ch of 'Copied! Link: https://x/#a-1 ~') expect(chars).toContain(ch);
    expect(chars).toContain('\u00a0');
  });

  it('list each character once', () => {
    const chars = siteCharacters(['aaa “b” “b”']);
    expect(new Set(chars).size).toBe(chars.length);
  });
});

describe('a subset font\'s name', () => {
  it('keeps the face name and replaces the content hash', () => {
    expect(renamedFont('inter-latin-wght-normal.Dx4kXJAl.woff2', 'Zz9_-abc')).toBe('inter-latin-wght-normal.Zz9_-abc.woff2');
    expect(renamedFont('plain.woff2', 'h1234567')).toBe('plain.h1234567.woff2');
  });
});

describe('the static print weights of a variable face', () => {
  it('are read from the built stylesheet, each file with the weights it is asked for', () => {
    const css = "src:url(/_astro/inter-latin-wght-normal.DOm73eLj.woff2#print-650)format('woff2')} src:url(/_astro/inter-latin-ext-wght-normal.oSruxAJs.woff2#print-400)";
    expect([...css.matchAll(PRINT_INSTANCE)].map((m) => [m[1], m[2]])).toEqual([
      ['inter-latin-wght-normal.DOm73eLj.woff2', '650'], ['inter-latin-ext-wght-normal.oSruxAJs.woff2', '400']]);
    expect([...'url(/_astro/inter-latin-wght-normal.DOm73eLj.woff2)'.matchAll(PRINT_INSTANCE)]).toEqual([]);
  });

  it('are named for their range and weight, with a new content hash', () => {
    expect(printInstanceName('inter-latin-ext-wght-normal.oSruxAJs.woff2', 650, 'h1234567')).toBe('inter-latin-ext-650-print.h1234567.woff2');
  });

  it('do not count towards what the page loads on screen', () => {
    const css = '@font-face{src:url(a.woff2)}@media print{@font-face{src:url(b.woff2)}:root{--x:1}}@media screen{@font-face{src:url(c.woff2)}}';
    expect(withoutPrintRules(css)).toBe('@font-face{src:url(a.woff2)}@media screen{@font-face{src:url(c.woff2)}}');
    expect(withoutPrintRules('@media print { a { b: c } } d{}')).toBe(' d{}');
  });
});
