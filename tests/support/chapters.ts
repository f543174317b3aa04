// Runs the report's remark plugin over an MDX file the way the build does, without Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { remarkReportAnchors, type FootnoteRecord, type SectionRecord } from '../../src/remark/report-anchors';

export interface ParsedChapter {
  id: string;
  order: number;
  filePath: string;
  footnotes: FootnoteRecord[];
  sections: SectionRecord[];
  words: number;
  body: string;
}

export function parseChapter(filePath: string): ParsedChapter {
  const text = readFileSync(filePath, 'utf8');
  const [, fm = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const frontmatter: Record<string, unknown> = Object.fromEntries(
    fm.split('\n').filter((l) => l.includes(':')).map((l) => {
      const [k, v = ''] = [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()];
      return [k, /^\d+$/.test(v) ? Number(v) : v.replace(/^"|"$/g, '')];
    }),
  );
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  remarkReportAnchors()(tree as never, { path: `${process.cwd()}/${filePath}`, data: { astro: { frontmatter } } });
  return { ...(frontmatter as Omit<ParsedChapter, 'filePath' | 'body'>), filePath, body };
}

export function parseAllChapters(dir = 'content/chapters'): ParsedChapter[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => parseChapter(`${dir}/${f}`))
    .sort((a, b) => a.order - b.order);
}
