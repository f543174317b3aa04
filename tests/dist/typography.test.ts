// Every "N %" and "No. N" the reader sees keeps its two halves on one line (lib/typography.ts):
// chapters, timeline list, tables, figure notes and chart tooltips alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/lib/entities';
import { assertBuilt, dist } from './built-site';

/**
 * The page's text as it can wrap: no scripts or styles, no SVG <text> or <desc> (never laid out in
 * lines), no citation code (BibTeX and RIS are copied as typed), no tags.
 */
function wrappingText(html: string): string {
  return decodeEntities(html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(text|desc|pre|code)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' '));
}

describe('numbers stay with their signs in the built page', () => {
  assertBuilt();
  const text = wrappingText(readFileSync(join(dist, 'index.html'), 'utf8'));

  it('measures real text (the page holds bound percentages and announcement numbers)', () => {
    expect(text.match(/\d\u00a0%/g)?.length ?? 0).toBeGreaterThan(100);
    expect(text).toMatch(/No\.\u00a070/);
    expect(text.match(/\d\u00a0(?:October|November)/g)?.length ?? 0).toBeGreaterThan(100);
  });

  it('has no "N %", "N per cent", "N MB", "No. N" or "30 October" joined by a breaking space', () => {
    const month = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const breaking = [...text.matchAll(new RegExp(`.{0,30}(?:\\d (?:%|per cent\\b|[kM]B\\b)|No\\. \\d|\\b\\d{1,2} (?:${month})\\b).{0,10}`, 'g'))].map((m) => m[0].trim());
    expect(breaking).toEqual([]);
  });

  it("sets typographer's apostrophes and quotes, never a typed ' in the text", () => {
    expect(text).toMatch(/People’s Daily/);
    const typed = [...text.matchAll(/.{0,30}'.{0,10}/g)].map((m) => m[0].trim());
    expect(typed).toEqual([]);
  });
});
