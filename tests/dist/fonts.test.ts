import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/entities';
import { assertBuilt, dist, filesUnder } from './built-site';

// The build cuts every web font down to the characters the site shows (src/integrations/font-subset.ts).
// A reader would notice a letter it dropped: that letter would appear in another typeface.
describe('the subset fonts', () => {
  assertBuilt();
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // The stylesheet is inlined in the page (astro.config.mjs); any stylesheet file counts too.
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
    .concat(filesUnder(join(dist, '_astro'), '.css').map((f) => readFileSync(f, 'utf8'))).join('\n');
  // What the reader sees: text between tags (scripts and styles removed), and CSS generated content.
  const visible = decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' '))
    + [...css.matchAll(/content:\s*"([^"]*)"/g)].map((m) => m[1]).join('');
  // Only what the faces are meant to draw: Fontsource's Latin and Latin Extended ranges (symbols such
  // as ↩ and ● fall back by design).
  const latin = (c: number) => c <= 0x2ff || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x206f) || c === 0x20ac || c === 0x2122;
  const wanted = [...new Set([...visible].map((ch) => ch.codePointAt(0)!))].filter((c) => c > 0x20 && latin(c));
  const fonts = filesUnder(join(dist, '_astro'), '.woff2');

  const printInstances = fonts.filter((f) => /-print\.[A-Za-z0-9_-]+\.woff2$/.test(f));

  it('are the files the stylesheet names: eight for the screen (four faces, Latin and Latin Extended) and ten static Inter weights for print, each well under its Fontsource original', () => {
    expect(fonts.length - printInstances.length).toBe(8);
    expect(printInstances.map((f) => /inter-(latin(?:-ext)?)-(\d+)-print/.exec(f)!.slice(1).join(' ')).sort())
      .toEqual(['latin', 'latin-ext'].flatMap((r) => [400, 500, 600, 650, 700].map((w) => `${r} ${w}`)).sort());
    for (const f of fonts) expect(css).toContain(f.slice(f.lastIndexOf('/') + 1));
    for (const f of fonts) expect(readFileSync(f).length, f).toBeLessThan(25_000);
    // No print face is left pointing at the variable file: that one would go into the PDF as Type 3.
    expect(css).not.toMatch(/#print-\d/);
  });

  it('give print static faces, each with its weight fixed (the screen keeps the variable one)', async () => {
    const axes = async (file: string) => Object.keys(new Face(new Blob(await fontverter.convert(readFileSync(file), 'sfnt')), 0).getAxisInfos());
    for (const f of printInstances) expect(await axes(f), f).toEqual([]);
    const variable = fonts.find((f) => /inter-latin-wght-normal/.test(f))!;
    expect(await axes(variable)).toEqual(['wght']);
  });

  const unicodes = async (file: string) => new Set(new Face(new Blob(await fontverter.convert(readFileSync(file), 'sfnt')), 0).collectUnicodes());
  // The file each subset was cut from (a letter the original lacks, such as U+2011 in Inter, was never there).
  const original = (f: string) => {
    const name = f.slice(f.lastIndexOf('/') + 1).replace(/\.[A-Za-z0-9_-]+\.woff2$/, '.woff2').replace(/-\d{3}-print\.woff2$/, '-wght-normal.woff2');
    return name.startsWith('inter-') ? `node_modules/@fontsource-variable/inter/files/${name}` : `node_modules/@fontsource/source-serif-4/files/${name}`;
  };

  it('each hold every Latin character the page shows that the original face has', async () => {
    expect(wanted.length).toBeGreaterThan(80); // letters, digits, punctuation, typographic quotes and dashes
    for (const f of fonts) {
      const [has, had] = [await unicodes(f), await unicodes(original(f))];
      expect(had.size, original(f)).toBeGreaterThan(has.size);
      const missing = wanted.filter((c) => had.has(c) && !has.has(c)).map((c) => String.fromCodePoint(c));
      expect(missing, f).toEqual([]);
    }
  });
});
