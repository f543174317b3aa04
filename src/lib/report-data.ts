/**
 * Loads everything the report page renders, once, in chapter order. Pages and components call
 * this instead of reaching into collections themselves.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { FootnoteRecord, SectionRecord } from '../remark/report-anchors';
import type { CitingContent } from './integrity';
import type { Source } from './schemas';

export interface RenderedChapter {
  id: string;
  order: number;
  title: string;
  summary: string;
  kicker?: string | undefined;
  filePath: string;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  footnotes: FootnoteRecord[];
  sections: SectionRecord[];
  words: number;
}

/** A chapter's number in the contents, screen and print alike: an appendix's letter ("Appendix A"), else its place. */
export const contentsNumber = (chapter: Pick<RenderedChapter, 'kicker'>, index: number): string =>
  /^Appendix\s+(\w+)$/.exec(chapter.kicker ?? '')?.[1] ?? String(index + 1);

let cache: Promise<{ report: NonNullable<Awaited<ReturnType<typeof getReport>>>; chapters: RenderedChapter[]; sources: Map<string, Source> }> | undefined;

async function getReport() {
  return (await getEntry('report', 'report'))?.data;
}

export function loadReport() {
  cache ??= (async () => {
    const report = await getReport();
    if (!report) throw new Error('content/report.json: missing');
    const entries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
    const chapters = await Promise.all(
      entries.map(async (entry) => {
        const { Content, remarkPluginFrontmatter: fm } = await render(entry);
        return {
          ...entry.data,
          filePath: entry.filePath ?? entry.id,
          Content,
          footnotes: (fm.footnotes ?? []) as FootnoteRecord[],
          sections: (fm.sections ?? []) as SectionRecord[],
          words: Number(fm.words ?? 0),
        };
      }),
    );
    const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
    return { report, chapters, sources };
  })();
  return cache;
}

/** Everything that cites a source (lib/integrity.ts): the page checks it, the bibliography lists what it cites. */
export async function loadCitingContent(): Promise<CitingContent> {
  return {
    chapters: (await loadReport()).chapters,
    timeline: (await getCollection('timeline')).map((e) => e.data),
    dependencies: (await getCollection('dependencies')).map((e) => e.data),
    accounts: (await getCollection('accounts')).map((e) => e.data),
    figures: (await getCollection('figures')).map((e) => e.data),
  };
}

/** Reading time at 230 words a minute, rounded up. */
export const readingMinutes = (words: number) => Math.max(1, Math.ceil(words / 230));
