/**
 * The social-card image (1200 × 630) for Open Graph and Twitter: title, subtitle, publisher and
 * date on the report's paper colour. A pure function of the report metadata; the build serves it as
 * /share.svg and renders /share.png from it (src/integrations/share-image.ts), since most social
 * networks do not accept SVG cards. Literal colours: this is a file, not part of the themed page.
 */
import type { Report } from './schemas';
import { formatDate } from './dates';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by character count; good enough for a fixed-size card with a known font size. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function shareImageSvg(report: Report): string {
  const { width, height } = SHARE_IMAGE;
  const sub = wrap(report.subtitle, 44).slice(0, 3);
  const serif = "'Source Serif 4', Georgia, 'DejaVu Serif', serif";
  const sans = "'Inter', 'DejaVu Sans', Arial, sans-serif";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<title>${escape(`${report.title}: ${report.subtitle}`)}</title>
<rect width="${width}" height="${height}" fill="#fdfcf9"/>
<rect x="0" y="0" width="18" height="${height}" fill="#a23b2a"/>
<text x="84" y="112" font-family="${sans}" font-size="26" letter-spacing="4" fill="#a23b2a">AN INTERACTIVE REPORT</text>
<text x="84" y="232" font-family="${serif}" font-size="96" font-weight="600" fill="#1d1d1f">${escape(report.title)}</text>
${sub.map((l, i) => `<text x="84" y="${318 + i * 54}" font-family="${serif}" font-size="42" fill="#5b5b63">${escape(l)}</text>`).join('\n')}
<line x1="84" y1="520" x2="${width - 84}" y2="520" stroke="#d9d6cf" stroke-width="2"/>
<text x="84" y="566" font-family="${sans}" font-size="26" fill="#1d1d1f">${escape(report.publisher)}</text>
<text x="${width - 84}" y="566" text-anchor="end" font-family="${sans}" font-size="26" fill="#5b5b63">${escape(`Version ${report.version} · ${formatDate(report.updated)}`)}</text>
</svg>
`;
}
