// Bad input must stop the build with a message naming the file, the record and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { parseChapter } from '../support/chapters';
import { remarkReportAnchors } from '../../src/remark/report-anchors';
import { parseRecords, readRecords } from '../../src/lib/records';
import { checkIntegrity } from '../../src/lib/integrity';
import {
  accountSchema, chapterSchema, dependencySchema, sourceSchema, timelineEventSchema,
} from '../../src/lib/schemas';

const fixture = (name: string) => `tests/fixtures/content/${name}`;
const load = <S extends Parameters<typeof readRecords>[1]>(name: string, schema: S) => readRecords(fixture(name), schema);

const runPlugin = (name: string) => parseChapter(fixture(name));

// A chapter's body through the report's remark plugin as Astro runs it (after GFM and smart quotes,
// which change the text the plugin sees): its top-level nodes and its front matter after.
type Tree = { children: { type: string; data?: { hProperties?: { id?: string } }; children?: { type: string; value?: string }[] }[] };
function compile(file: string, id: string, edit = (body: string) => body) {
  const body = edit(readFileSync(file, 'utf8').replace(/^---[\s\S]*?---\n/, ''));
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkSmartypants);
  const tree = processor.runSync(processor.parse(body)) as unknown as Tree;
  const frontmatter: Record<string, unknown> = { id };
  remarkReportAnchors()(tree as never, { path: file, data: { astro: { frontmatter } } });
  return { paragraphs: tree.children.filter((n) => n.type === 'paragraph'), frontmatter };
}

describe('data files are checked record by record', () => {
  it('rejects a date that is not on the calendar', () => {
    expect(() => load('timeline-bad-date.json', timelineEventSchema)).toThrow(
      'tests/fixtures/content/timeline-bad-date.json › record "2025-10-09-rare-earth-rules" › field "date": not a real calendar date',
    );
  });
  it('rejects a duplicate id', () => {
    expect(() => load('timeline-duplicate-id.json', timelineEventSchema)).toThrow(
      'timeline-duplicate-id.json › record "2025-10-30-busan" › field "id": duplicate id "2025-10-30-busan"',
    );
  });
  it('rejects a malformed URL', () => {
    expect(() => load('sources-bad-url.json', sourceSchema)).toThrow(
      'sources-bad-url.json › record "reuters-2025-10-09" › field "url"',
    );
  });
  it('rejects a plain-http source address (every published link is https)', () => {
    expect(() => load('sources-http-url.json', sourceSchema)).toThrow(
      'sources-http-url.json › record "people-s-daily-2025-11-20" › field "url": expected an https URL',
    );
  });
  it('rejects a share above 100 %', () => {
    expect(() => load('dependencies-share-over-100.json', dependencySchema)).toThrow(
      '› record "gallium--china-share-world-mine-production-pct--2024" › field "value": a share must lie between 0 and 100 %',
    );
  });
  it('names the record by position when it has no id', () => {
    expect(() => parseRecords('content/x.json', '[{"topic": "t"}]', accountSchema)).toThrow('content/x.json › record "#1" › field "id"');
  });
  it('rejects a file that is not JSON', () => {
    expect(() => parseRecords('content/x.json', '[{', sourceSchema)).toThrow('content/x.json › record "(file)" › field "(json)"');
  });
});

describe('references across files', () => {
  const sources = readRecords('content/sources.json', sourceSchema);
  it('rejects a timeline event citing an unknown source', () => {
    const timeline = load('timeline-unknown-source.json', timelineEventSchema);
    expect(() => checkIntegrity({ chapters: [], timeline, dependencies: [], accounts: [] }, sources)).toThrow(
      'content/data/timeline.json › record "2025-10-30-busan" › field "sources[0]": unknown source id "no-such-source"',
    );
  });
  it("counts a figure note's source as cited, and rejects an unknown one", () => {
    const [first] = sources;
    expect(() => checkIntegrity({ chapters: [], timeline: [], dependencies: [], accounts: [], figures: [{ id: 'eu-exposure', noteSources: [first!.id] }] }, [first!])).not.toThrow();
    expect(() => checkIntegrity({ chapters: [], timeline: [], dependencies: [], accounts: [], figures: [{ id: 'eu-exposure', noteSources: ['no-such-source'] }] }, [first!])).toThrow(
      'content/data/figures.json › record "eu-exposure" › field "noteSources[0]": unknown source id "no-such-source"',
    );
  });
  it('rejects a source that nothing cites', () => {
    expect(() => checkIntegrity({ chapters: [], timeline: [], dependencies: [], accounts: [] }, sources.slice(0, 1))).toThrow(
      'is cited nowhere',
    );
  });
});

describe('chapters', () => {
  it('rejects front matter without an id', () => {
    const result = chapterSchema.safeParse({ order: 1, title: 'A chapter', summary: 'No id.' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['id']);
    expect(() => runPlugin('chapter-without-id.mdx')).toThrow(
      'tests/fixtures/content/chapter-without-id.mdx › record "(front matter)" › field "id"',
    );
  });
  it('rejects a section heading whose permanent id was removed, naming the heading', () => {
    expect(() => runPlugin('heading-without-id.mdx')).toThrow(
      'heading-without-id.mdx › record "heading "The meeting in Busan"" › field "id"',
    );
  });
  it('rejects a footnote citing an unknown source, naming the note', () => {
    expect(() => runPlugin('footnote-unknown-source.mdx')).toThrow(
      'footnote-unknown-source.mdx › record "footnote 2" › field "s[0]": unknown source id "nobody-2099-01-01"',
    );
  });
  it('numbers notes and gives paragraphs ids under their section', () => {
    const fm = runPlugin('footnote-unknown-source.mdx'.replace('footnote-unknown-source', 'chapter-ok'));
    expect(fm.footnotes).toEqual([{ n: 1, id: 'fn-a-chapter-1', ref: 'fnref-a-chapter-1', sources: ['technode-2023-07-04'], note: 'Both agree.' }]);
    expect(fm.sections).toEqual([{ id: 'a-section', title: 'A section', depth: 3 }]);
  });
});

describe('paragraph ids', () => {
  it('a pinned paragraph keeps its published id, and new paragraphs take numbers no pin holds', () => {
    const { paragraphs } = compile(fixture('chapter-pinned.mdx'), 'pinned');
    const opening = (p: (typeof paragraphs)[number]) => p.children!.map((c) => c.value ?? '').join('').split(' ').slice(0, 3).join(' ');
    expect(opening(paragraphs[0]!)).toBe('The first paragraph,');
    expect(paragraphs.map((p) => [p.data!.hProperties!.id, opening(p)])).toEqual([
      ['a-section-p1', 'The first paragraph,'],
      ['a-section-p4', 'A paragraph added'],
      ['a-section-p2', 'The paragraph published'],
      ['a-section-p3', 'The paragraph published'],
      ['a-section-p5', 'Another new one'],
    ]);
    // The pin itself leaves nothing in the text.
    expect(paragraphs[2]!.children!.some((c) => c.type === 'mdxTextExpression')).toBe(false);
    expect(paragraphs[2]!.children![0]!.value).toBe('The paragraph published second, which keeps its id.');
  });

  it('a pinned note keeps its published id (and its reference) while showing its new number; new notes go around it', () => {
    const fm = runPlugin('chapter-pinned.mdx');
    expect(fm.footnotes.map((f) => [f.n, f.id, f.ref, f.note])).toEqual([
      [1, 'fn-pinned-1', 'fnref-pinned-1', ''],
      [2, 'fn-pinned-3', 'fnref-pinned-3', 'Added.'],
      [3, 'fn-pinned-2', 'fnref-pinned-2', ''],
    ]);
  });

  it('rejects a pinned note id that is not an fn- id, naming the note', () => {
    expect(() => runPlugin('footnote-bad-pin.mdx')).toThrow('footnote-bad-pin.mdx › record "footnote 1" › field "id"');
  });
});

describe('published ids follow their text in the real report', () => {
  const locked = JSON.parse(readFileSync('content/anchor-texts.lock.json', 'utf8')) as Record<string, string>;
  const added = 'A paragraph added above the others.<Fn s="technode-2023-07-04">Added.</Fn>\n\n';
  // Every chapter, as published and with a paragraph (and its note) added at the top of every section.
  for (const file of readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'))) {
    it(`${file}: the added ones take new ids, every published paragraph and note keeps its own`, () => {
      const path = `content/chapters/${file}`;
      const id = /^id: (.+)$/m.exec(readFileSync(path, 'utf8'))![1]!;
      const ids = (edit?: (body: string) => string) => {
        const { paragraphs, frontmatter } = compile(path, id, edit);
        return { paragraphs: paragraphs.map((n) => n.data!.hProperties!.id!), notes: (frontmatter.footnotes as { id: string }[]).map((f) => f.id) };
      };
      const before = ids();
      const after = ids((body) => body.replace(/^(##+ .*\{\/\* #[a-z0-9-]+ \*\/\}\n\n)/gm, `$1${added}`));
      const isNew = (x: string) => !(x in locked);
      expect(before.paragraphs.filter(isNew)).toEqual([]);
      expect(before.notes.filter(isNew)).toEqual([]);
      expect(after.paragraphs.filter((x) => !isNew(x))).toEqual(before.paragraphs);
      expect(after.notes.filter((x) => !isNew(x))).toEqual(before.notes);
      expect(after.notes.length - before.notes.length).toBe(after.paragraphs.length - before.paragraphs.length);
    });
  }
});

describe('the published content', () => {
  it('loads every data file without error', () => {
    expect(readRecords('content/data/timeline.json', timelineEventSchema).length).toBeGreaterThanOrEqual(30);
    expect(readRecords('content/data/accounts.json', accountSchema)).toHaveLength(13);
    expect(readRecords('content/data/dependencies.json', dependencySchema).length).toBeGreaterThan(100);
  });
});
