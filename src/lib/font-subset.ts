/**
 * Which characters the built site can show, so each web font can be cut down to them (see
 * src/integrations/font-subset.ts). Deliberately generous: every character of every HTML, CSS and
 * script file (markup and attributes included, entities decoded), plus printable ASCII for text that
 * scripts make at run time. A character left out would fall back to another face for that letter.
 */
import { decodeEntities } from './entities.ts';

export function siteCharacters(files: string[]): string {
  const chars = new Set<string>();
  for (let c = 0x20; c <= 0x7e; c++) chars.add(String.fromCharCode(c));
  chars.add('\u00a0');
  for (const text of files) for (const ch of decodeEntities(text)) chars.add(ch);
  return [...chars].sort().join('');
}

/** `inter-latin-wght-normal.Dx4kXJAl.woff2` with a new content hash: `inter-latin-wght-normal.<hash>.woff2`. */
export function renamedFont(file: string, hash: string): string {
  const m = /^(.*)\.[A-Za-z0-9_-]{6,}\.woff2$/.exec(file);
  return `${m ? m[1] : file.replace(/\.woff2$/, '')}.${hash}.woff2`;
}

/**
 * Print instances of a variable face. Chromium's PDF writer embeds a variable font as Type 3 glyph
 * drawings (no real font in the file: poor rendering in some viewers, flagged by preflight), so the
 * print stylesheet asks for fixed weights with a fragment, `inter-latin-wght-normal.woff2#print-650`,
 * and the build makes each one a static file with the weight pinned.
 */
export const PRINT_INSTANCE = /([\w-]+\.[A-Za-z0-9_-]{6,}\.woff2)#print-(\d{3})/g;

/** `inter-latin-wght-normal.Dx4kXJAl.woff2`, 650 → `inter-latin-650-print.<hash>.woff2`. */
export function printInstanceName(file: string, weight: number, hash: string): string {
  const stem = file.replace(/\.[A-Za-z0-9_-]{6,}\.woff2$/, '').replace(/-wght-normal$/, '');
  return `${stem}-${weight}-print.${hash}.woff2`;
}
