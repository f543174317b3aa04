import { describe, expect, it } from 'vitest';
import { chapterSizesCss } from '../../src/lib/chapter-sizes';

describe('chapterSizesCss', () => {
  const css = chapterSizesCss(new Map([['timeline', [29561, 26150, 23894, 21398, 998]]]));

  it('rounds each measured height up, with head room, in the unit of its tier', () => {
    // 29561 × 1.08 = 31925.9 → 31930 px; 26150 × 1.08 = 28242 → 28250 px; 21398 × 1.08 = 23109.8 → 23110 px;
    // 998 × 1.08 = 1077.8 → 1078 rem.
    expect(css).toContain('#timeline { contain-intrinsic-size: auto 31930px; }');
    expect(css).toContain('@media (min-width: 22.5rem) {\n      #timeline { contain-intrinsic-size: auto 28250px; }');
    expect(css).toContain('@media (min-width: 30rem) {\n      #timeline { contain-intrinsic-size: auto 23110px; }');
    expect(css).toContain('@media (min-width: 48rem) {\n      #timeline { contain-intrinsic-size: auto 1078rem; }');
  });

  it('is for screens only: print lays out every chapter', () => {
    expect(css).toMatch(/@media screen \{[\s\S]*#timeline/);
  });

  it('refuses an id it cannot write as a plain selector', () => {
    expect(() => chapterSizesCss(new Map([['2025 talks', [1, 1, 1, 1, 1]]]))).toThrow(/"2025 talks" is not a plain slug/);
  });
});
