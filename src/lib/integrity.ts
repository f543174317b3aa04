/**
 * Checks that span files: every source a chapter or data record cites exists, and every source in
 * content/sources.json is cited somewhere. Field-level rules live in schemas.ts.
 */
import { ContentError } from './content-error';
import type { Account, Dependency, FigureSpec, Source, TimelineEvent } from './schemas';
import type { FootnoteRecord } from '../remark/report-anchors';

export interface CitingContent {
  chapters: { id: string; filePath: string; footnotes: FootnoteRecord[] }[];
  timeline: TimelineEvent[];
  dependencies: Dependency[];
  accounts: Account[];
  /** Figures cite through their records (dependencies) and, for their notes, `noteSources`. */
  figures?: Pick<FigureSpec, 'id' | 'noteSources'>[];
}

export function citedSourceIds(c: CitingContent): Set<string> {
  const ids = new Set<string>();
  c.chapters.forEach((ch) => ch.footnotes.forEach((f) => f.sources.forEach((s) => ids.add(s))));
  c.timeline.forEach((e) => e.sources.forEach((s) => ids.add(s)));
  c.dependencies.forEach((d) => ids.add(d.source));
  c.accounts.forEach((a) =>
    [a.us_account, a.cn_account, a.implementation_outcome].forEach((side) => side?.sources.forEach((s) => ids.add(s))));
  c.figures?.forEach((f) => f.noteSources.forEach((s) => ids.add(s)));
  return ids;
}

export function checkIntegrity(c: CitingContent, sources: Source[]): void {
  const known = new Set(sources.map((s) => s.id));
  const need = (file: string, record: string, field: string, id: string) => {
    if (!known.has(id)) throw new ContentError(file, record, field, `unknown source id "${id}"`);
  };
  c.timeline.forEach((e) => e.sources.forEach((s, i) => need('content/data/timeline.json', e.id, `sources[${i}]`, s)));
  c.dependencies.forEach((d) => need('content/data/dependencies.json', d.id, 'source', d.source));
  c.accounts.forEach((a) =>
    (['us_account', 'cn_account', 'implementation_outcome'] as const).forEach((side) =>
      a[side]?.sources.forEach((s, i) => need('content/data/accounts.json', a.id, `${side}.sources[${i}]`, s))));
  c.chapters.forEach((ch) =>
    ch.footnotes.forEach((f) => f.sources.forEach((s, i) => need(ch.filePath, `footnote ${f.n}`, `s[${i}]`, s))));
  c.figures?.forEach((f) => f.noteSources.forEach((s, i) => need('content/data/figures.json', f.id, `noteSources[${i}]`, s)));
  const cited = citedSourceIds(c);
  const unused = sources.find((s) => !cited.has(s.id));
  if (unused) throw new ContentError('content/sources.json', unused.id, 'id', 'this source is cited nowhere: cite it or remove it');
  const seen = new Map<string, string>();
  for (const ch of c.chapters) {
    if (seen.has(ch.id)) throw new ContentError(ch.filePath, '(front matter)', 'id', `duplicate chapter id "${ch.id}" (also ${seen.get(ch.id)})`);
    seen.set(ch.id, ch.filePath);
  }
}
