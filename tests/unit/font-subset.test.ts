import { describe, expect, it } from 'vitest';
import { decodeEntities, renamedFont, siteCharacters } from '../../src/lib/font-subset';

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
