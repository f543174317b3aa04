/**
 * The remark plugin that gives every chapter its permanent anchors and numbered notes.
 *
 * - `## Heading {/* #section-id *\/}`: the id is written in the content, never derived from the
 *   wording; a section heading without one stops the build. Markdown `##` becomes `<h3>` because
 *   the chapter title is the `<h2>`.
 * - Every top-level paragraph gets `<section-id>-p<n>` and a "¶" link mark. Once published, that id
 *   belongs to the paragraph, not the position: paragraphs take the published id whose text they
 *   still have (content/anchor-texts.lock.json; lib/anchor-registry.ts, assignNumberedIds), new ones
 *   a number never used. A pin at a paragraph's end, `… last words. {/* #section-id-p2 *\/}`, forces one.
 * - `<Fn s="source-a source-b">optional note</Fn>` becomes a numbered note reference plus a side
 *   note; the list itself is rendered by Footnotes.astro from the `footnotes` front matter. Note ids
 *   (`fn-<chapter>-<k>`) follow their published text the same way while the note shows its place in
 *   the sequence; `<Fn s="…" id="fn-the-meeting-3" />` forces one.
 */
import { relative } from 'node:path';
import { ALIASES_FILE, TEXTS_FILE, assignNumberedIds, noteText, paragraphText, type Texts } from '../lib/anchor-registry';
import { readJson } from '../lib/read-json';
import { readRecords } from '../lib/records';
import { sourceSchema, type Source } from '../lib/schemas';
import { ContentError } from '../lib/content-error';
import { noteSourceNames } from '../lib/source-label';
import { LINK_MARK, bindNumbers } from '../lib/typography';

type Node = { type: string; children?: Node[]; value?: string; name?: string; depth?: number;
  attributes?: { type: string; name: string; value: unknown }[]; data?: Record<string, unknown> };

/** A note: its number as shown, its id (`fn-<chapter>-<k>`, or pinned) and its reference's id. */
export interface FootnoteRecord { n: number; id: string; ref: string; sources: string[]; note: string }
export interface SectionRecord { id: string; title: string; depth: number }

const SOURCES_FILE = 'content/sources.json';
let sourceCache: Map<string, Source> | undefined;
function sources(): Map<string, Source> {
  sourceCache ??= new Map(readRecords(SOURCES_FILE, sourceSchema).map((s) => [s.id, s]));
  return sourceCache;
}
/** Tests and the dev server call this when content/sources.json changes. */
export function forgetSources() { sourceCache = undefined; }

const ID_COMMENT = /^\s*\/\*\s*#([a-z][a-z0-9-]*)\s*\*\/\s*$/;

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxJsxTextElement' && node.name === 'Fn') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** The id of a trailing `{/* #id *\/}`: a heading's permanent id, or a paragraph's pin. */
function idCommentOf(node: Node): string | undefined {
  const last = node.children?.at(-1);
  return last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value ?? '')?.[1] : undefined;
}

/** A note's own words, source ids and pinned id, as written in `<Fn s="a b" id="fn-x-3">words</Fn>`. */
function noteOf(node: Node): { note: string; ids: string[]; pin: string | undefined } {
  const attr = (name: string) => { const v = node.attributes?.find((a) => a.name === name)?.value; return typeof v === 'string' ? v : undefined; };
  return { note: (node.children ?? []).map(textOf).join('').trim(), ids: attr('s')?.split(/[\s,]+/).filter(Boolean) ?? [], pin: attr('id') };
}

const el = (tag: string, props: Record<string, unknown>, children: Node[]): Node =>
  ({ type: 'reportElement', data: { hName: tag, hProperties: props }, children });
const txt = (value: string): Node => ({ type: 'text', value });

export function remarkReportAnchors({ textsFile = TEXTS_FILE, aliasesFile = ALIASES_FILE } = {}) {
  return (tree: Node, file: { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const path = file.path ? relative(process.cwd(), file.path) : '(mdx)';
    const fm = (file.data.astro ??= {}).frontmatter ??= {};
    const chapterId = typeof fm.id === 'string' ? fm.id : undefined;
    if (!chapterId) throw new ContentError(path, '(front matter)', 'id', 'every chapter needs an id (its permanent anchor)');

    const footnotes: FootnoteRecord[] = [];
    const sections: SectionRecord[] = [];
    let section = chapterId;
    let words = 0;
    // What each published paragraph and note id names, so that their ids follow their text.
    const published = readJson<Texts>(textsFile, {});
    // Ids whose item was removed and whose links an alias now sends elsewhere: never given out again.
    const retired = new Set(Object.keys(readJson<Record<string, string>>(aliasesFile, {})));
    const citeAfter: { heading: Node; id: string; title: string }[] = [];

    const walkInline = (node: Node) => {
      node.children = (node.children ?? []).flatMap((child) => {
        if (child.type === 'text') {
          child.value = bindNumbers(child.value ?? '');
          words += child.value.split(/\s+/).filter(Boolean).length;
        }
        if (child.type === 'mdxJsxTextElement' && child.name === 'Fn') return footnote(child);
        if (child.children) walkInline(child);
        return [child];
      });
    };

    // Note ids, in document order (the order footnote() below sees them): pinned, or following their
    // published text (lib/anchor-registry.ts, assignNumberedIds).
    const notes: Node[] = [];
    const findNotes = (node: Node) => {
      if (node.type === 'mdxJsxTextElement' && node.name === 'Fn') notes.push(node);
      else node.children?.forEach(findNotes);
    };
    findNotes(tree);
    // A note as the side note and the notes list print it: its words, then "Publisher, date." per
    // source, two that would read alike told apart (lib/source-label.ts, noteSourceNames).
    const noteLine = (note: string, ids: readonly string[]) =>
      [note, ...noteSourceNames(ids.filter((id) => sources().has(id)).map((id) => sources().get(id)!)).map((name) => `${name}.`)].filter(Boolean).join(' ');
    const noteIds = assignNumberedIds(notes.map((node) => {
      const { note, ids, pin } = noteOf(node);
      return { text: noteText(noteLine(note, ids)), pin };
    }), published, `fn-${chapterId}-`, retired);

    const footnote = (node: Node): Node[] => {
      const n = footnotes.length + 1;
      const { note, ids, pin } = noteOf(node);
      if (pin !== undefined && !/^fn-[a-z0-9-]+$/.test(pin)) {
        throw new ContentError(path, `footnote ${n}`, 'id', `a pinned note id looks like "fn-${chapterId}-3" (got "${pin}")`);
      }
      if (ids.length === 0) throw new ContentError(path, `footnote ${n}`, 's', 'a note needs at least one source id, e.g. <Fn s="reuters-2025-10-09" />');
      const known = sources();
      ids.forEach((id, i) => {
        if (!known.has(id)) throw new ContentError(path, `footnote ${n}`, `s[${i}]`, `unknown source id "${id}" (not in ${SOURCES_FILE})`);
      });
      const id = noteIds[n - 1]!;
      const ref = `fnref-${id.slice(3)}`;
      footnotes.push({ n, id, ref, sources: ids, note });
      const side = noteLine(note, ids);
      return [
        el('sup', { className: ['fn-ref'] }, [
          el('a', { id: ref, href: `#${id}`, role: 'doc-noteref', ariaLabel: `Note ${n}` }, [txt(String(n))]),
        ]),
        el('span', { className: ['sidenote'], ariaHidden: 'true' }, [
          el('span', { className: ['sidenote-n'] }, [txt(String(n))]),
          txt(` ${side}`),
        ]),
      ];
    };

    // Paragraph ids, per section: pinned, or following their published text (assignNumberedIds).
    const runs = new Map<string, Node[]>();
    let runSection = chapterId;
    for (const node of tree.children ?? []) {
      if (node.type === 'heading') runSection = idCommentOf(node) ?? runSection;
      if (node.type === 'paragraph') runs.set(runSection, [...(runs.get(runSection) ?? []), node]);
    }
    const paragraphIds = new Map<Node, string>();
    for (const [sectionId, paragraphs] of runs) {
      const ids = assignNumberedIds(paragraphs.map((node) => ({ text: paragraphText(textOf(node)), pin: idCommentOf(node) })), published, `${sectionId}-p`, retired);
      paragraphs.forEach((node, k) => paragraphIds.set(node, ids[k]!));
    }

    for (const node of tree.children ?? []) {
      if (node.type === 'heading') {
        const id = idCommentOf(node);
        const title = textOf(node).trim();
        if (!id) {
          throw new ContentError(path, `heading "${title}"`, 'id', 'a section heading needs a permanent id: ## Title {/* #section-id */}');
        }
        node.children!.pop();
        section = id;
        const depth = Math.min((node.depth ?? 2) + 1, 6);
        node.depth = depth;
        node.data = { hProperties: { id: section } };
        sections.push({ id: section, title, depth });
        citeAfter.push({ heading: node, id: section, title });
        walkInline(node);
        // The label names the link for screen readers; the mark itself stays out of copied text, and
        // follows the title with no space (typography.LINK_MARK says why).
        const tail = node.children!.at(-1);
        if (tail?.type === 'text') tail.value = tail.value!.trimEnd();
        node.children!.push(el('a', { className: ['anchor-link'], href: `#${section}`, ariaLabel: `Link to section: ${title}` }, [txt(LINK_MARK)]));
      } else if (node.type === 'paragraph') {
        const id = paragraphIds.get(node)!;
        if (idCommentOf(node)) {
          node.children!.pop();
          const last = node.children!.at(-1);
          if (last?.type === 'text') last.value = last.value!.trimEnd();
        }
        node.data = { hProperties: { id, className: ['para'] } };
        walkInline(node);
        node.children!.push(el('a', { className: ['para-link'], href: `#${id}`, ariaLabel: 'Link to this paragraph' }, [txt('¶')]));
      } else if (node.children) {
        walkInline(node);
      }
    }
    // Every section gets its "Cite" panel right below its heading (src/components/cite/CiteSection.astro).
    for (const { heading, id, title } of citeAfter) {
      const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
      tree.children!.splice(tree.children!.indexOf(heading) + 1, 0,
        { type: 'mdxJsxFlowElement', name: 'CiteSection', attributes: [attr('id', id), attr('title', title)], children: [] });
    }
    Object.assign(fm, { footnotes, sections, words });
  };
}
