/**
 * Per-chapter print pages. Chromium has no `string-set` or running elements, so a page cannot
 * learn "its" chapter from the content; named pages can: each chapter gets `page: ch-<id>` and an
 * `@page ch-<id>` rule whose margin boxes carry the chapter's title (running head) and its web
 * address (footer), so a printed page can be traced back to the web. Named pages also start each
 * chapter on a new page.
 */
export interface PrintChapter { id: string; title: string }

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/** The web address of a chapter, e.g. https://example.org/truce/#europe. */
export const chapterUrl = (canonical: string, id: string) => `${canonical}#${id}`;

export function printPagesCss(chapters: PrintChapter[], canonical: string, shortTitle: string): string {
  const rules = chapters.map(({ id, title }) => `
.chapter#${CSS_ID(id)} { page: ch-${id}; }
@page ch-${id} {
  @top-left { content: ${cssString(shortTitle)}; }
  @top-right { content: ${cssString(title)}; }
  @bottom-left { content: ${cssString(chapterUrl(canonical, id).replace(/^https?:\/\//, ''))}; }
}`);
  return `/* Generated at build time from content/chapters: one named print page per chapter. */
@page front { @top-left { content: ${cssString(shortTitle)}; } }
@page front:first { @top-left { content: none; } }
${rules.join('\n')}
`;
}

// Chapter ids are lower-case words and hyphens (the schema enforces it); keep them safe as selectors.
const CSS_ID = (id: string) => id.replace(/[^a-z0-9-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
