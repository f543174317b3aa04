/** Building SVG as strings: the same code runs in Astro at build time and in the browser. */

export function esc(s: string | number): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type Attr = string | number | boolean | null | undefined;

export function el(tag: string, attrs: Record<string, Attr>, ...children: (string | false | null | undefined)[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(typeof v === 'number' ? round(v) : v as string)}"`))
    .join('');
  const inner = children.filter(Boolean).join('');
  return inner || !['circle', 'rect', 'line', 'path', 'polygon', 'polyline', 'use'].includes(tag)
    ? `<${tag}${a}>${inner}</${tag}>`
    : `<${tag}${a}/>`;
}

/** Two decimals are plenty in a viewBox and keep snapshots stable. */
export const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Approximate advance widths of the sans-serif face, in ems. Layout needs a width before any font
 * is loaded (at build time there is none), so this errs wide: a label measured here never overflows.
 */
const NARROW = /[iljtf.,:;'|!() ]/;
const WIDE = /[mwMW%—]/;
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) em += NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.86 : /[A-Z0-9]/.test(ch) ? 0.66 : 0.56;
  return em * size;
}

/** Greedy word wrap to a width; a word longer than the width is cut with an ellipsis. */
export function wrap(s: string, size: number, width: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width || !line) line = next;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  const out = lines.slice(0, maxLines).map((l) => fit(l, size, width));
  if (lines.length > maxLines) out[maxLines - 1] = fit(`${out[maxLines - 1]}…`, size, width, true);
  return out;
}

function fit(s: string, size: number, width: number, ellipsis = false): string {
  if (textWidth(s, size) <= width) return s;
  let t = s.replace(/…$/, '');
  while (t.length > 1 && textWidth(`${t}…`, size) > width) t = t.slice(0, -1);
  return ellipsis || t !== s ? `${t.trimEnd()}…` : t;
}
