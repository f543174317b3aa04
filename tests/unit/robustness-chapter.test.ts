import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { SectionRecord } from '../../src/remark/report-anchors';
import { remarkReportAnchors } from '../../src/remark/report-anchors';

// A chapter whose section has no text yet (a heading straight after a heading) must still build:
// the section keeps its anchor and appears in the contents, and the next section's paragraphs are
// numbered from 1 under their own id.
async function run(mdx: string) {
  const file = { path: 'content/chapters/99-fixture.mdx', value: mdx, data: { astro: { frontmatter: { id: 'fixture' } } } };
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkReportAnchors).use(remarkRehype);
  const tree = await processor.run(processor.parse(file as never), file as never);
  return { tree: JSON.stringify(tree), fm: file.data.astro.frontmatter as { sections?: SectionRecord[] } };
}

describe('robustness: a chapter with an empty section', () => {
  it('keeps the empty section in the contents and numbers the next section from its own first paragraph', async () => {
    const { tree, fm } = await run(
      ['## Empty for now {/* #empty-section */}', '', '## Next {/* #next-section */}', '', 'First paragraph.', '', 'Second paragraph.', ''].join('\n'),
    );
    expect(fm.sections?.map((s) => s.id)).toEqual(['empty-section', 'next-section']);
    expect(tree).toContain('"empty-section"');
    expect(tree).toContain('"next-section-p1"');
    expect(tree).toContain('"next-section-p2"');
    expect(tree).not.toContain('empty-section-p1');
  });

  it('accepts a chapter with nothing but a section heading', async () => {
    const { fm } = await run('## Only a heading {/* #only-heading */}\n');
    expect(fm.sections?.map((s) => s.id)).toEqual(['only-heading']);
  });
});
