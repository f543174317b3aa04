/**
 * The anchor registry: every id the report has ever published (content/anchors.lock.json) must stay
 * reachable. An id may leave the page only when content/anchor-aliases.json names its new home; the
 * build then writes an empty alias anchor inside that element, so old links land there without
 * JavaScript. Pure functions over HTML text: the Astro integration and the update script call them,
 * and Vitest tests them with fixture HTML.
 */

import { decodeEntities } from './entities.ts';

export const REGISTRY_FILE = 'content/anchors.lock.json';
export const ALIASES_FILE = 'content/anchor-aliases.json';
export const TEXTS_FILE = 'content/anchor-texts.lock.json';
export type Aliases = Record<string, string>;
/** Numbered id → what it was published for: a paragraph's opening words, a note's text. */
export type Texts = Record<string, string>;

// The <svg> tag itself is kept (a chart may carry its figure id); only what is inside it is dropped.
const SVG_BLOCK = /(<svg\b[^>]*>)[\s\S]*?<\/svg>/gi;
const ID_ATTR = /<([a-zA-Z][\w-]*)\b[^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/g;
const ALIAS_SPAN = /<span id="[^"]*" class="anchor-alias"[^>]*><\/span>/g;

/**
 * The ids a reader can link to. Ids inside inline SVG (gradients, clip paths, chart internals) are
 * drawing details, not addresses; hidden elements cannot be landed on; alias anchors are written by
 * the build itself.
 */
export function collectIds(html: string): string[] {
  const body = html.replace(SVG_BLOCK, '$1').replace(ALIAS_SPAN, '');
  const ids: string[] = [];
  for (const m of body.matchAll(ID_ATTR)) {
    // A hidden element (a tooltip, a template for the browser script, a closed popover such as a
    // Cite panel) is no place a link can land.
    if (/\s(hidden|popover)(?=[\s>=/])/.test(m[0]) || /\srole="tooltip"/.test(m[0])) continue;
    ids.push(m[2] ?? m[3] ?? '');
  }
  return ids.filter(Boolean);
}

export interface RegistryProblem { id: string; problem: string }

/** Everything that would break a published link, each naming the id. An empty list means all is well. */
export function checkRegistry(registry: readonly string[], pageIds: readonly string[], aliases: Aliases): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const onPage = new Set(pageIds);
  const seen = new Set<string>();
  for (const id of pageIds) {
    if (seen.has(id)) problems.push({ id, problem: 'appears more than once on the page, so a link to it is ambiguous' });
    seen.add(id);
  }
  for (const [old, target] of Object.entries(aliases)) {
    if (onPage.has(old)) problems.push({ id: old, problem: `is declared an alias of "${target}" but is still on the page; remove the alias or the id` });
    if (!onPage.has(target)) problems.push({ id: old, problem: `is an alias of "${target}", which is not on the page` });
  }
  for (const id of registry) {
    if (!onPage.has(id) && !(id in aliases)) {
      problems.push({ id, problem: `was published but is no longer on the page; restore it, or declare it an alias of its new home in ${ALIASES_FILE} ({ "${id}": "new-id" })` });
    }
  }
  return problems.filter((p, i, all) => all.findIndex((q) => q.id === p.id && q.problem === p.problem) === i);
}

export function formatProblems(problems: readonly RegistryProblem[]): string {
  return [`Anchor registry (${REGISTRY_FILE}): ${problems.length} published link(s) would break:`,
    ...problems.map((p) => `  #${p.id} ${p.problem}`)].join('\n');
}

/** Ids on the page that the registry does not list yet, sorted: what `npm run anchors:update` adds. */
export function newIds(registry: readonly string[], pageIds: readonly string[]): string[] {
  const known = new Set(registry);
  return [...new Set(pageIds.filter((id) => !known.has(id)))].sort();
}

/** The registry after an update: every id it had, plus the page's new ones, sorted and unique. */
export function updatedRegistry(registry: readonly string[], pageIds: readonly string[]): string[] {
  return [...new Set([...registry, ...pageIds])].sort();
}

// Elements whose content model forbids a <span> child: the alias goes into their first cell or item.
const NO_PHRASING = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl', 'select', 'colgroup']);
const FIRST_CHILD: Record<string, string> = { figure: 'figcaption', details: 'summary' };
const VOID = new Set(['img', 'input', 'br', 'hr', 'meta', 'link', 'source', 'track', 'wbr', 'area', 'col', 'embed']);

/**
 * Writes `<span id="old" class="anchor-alias"></span>` at the start of the element that now carries
 * the new id, so `#old` scrolls to the same place as `#new`. Idempotent: existing alias spans are
 * replaced, not duplicated.
 */
export function insertAliasAnchors(html: string, aliases: Aliases): string {
  let out = html.replace(ALIAS_SPAN, '');
  for (const [old, target] of Object.entries(aliases)) {
    const span = `<span id="${old}" class="anchor-alias" aria-hidden="true"></span>`;
    const open = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*?\\sid="${target.replace(/[-]/g, '\\-')}"[^>]*>`);
    const m = open.exec(out);
    if (!m) continue;
    const tag = m[1]!.toLowerCase();
    let at = m.index + m[0].length;
    if (VOID.has(tag)) at = m.index;
    else if (NO_PHRASING.has(tag)) {
      const cell = /<(td|th|li|dt|dd|caption)\b[^>]*>/i.exec(out.slice(at));
      at = cell ? at + cell.index + cell[0].length : m.index;
    } else if (FIRST_CHILD[tag]) {
      // A figure's caption (a details' summary) must come first: the alias goes inside it.
      const first = new RegExp(`^\\s*<${FIRST_CHILD[tag]}\\b[^>]*>`, 'i').exec(out.slice(at));
      at = first ? at + first[0].length : m.index;
    }
    out = out.slice(0, at) + span + out.slice(at);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Paragraph and note ids are numbered (`<section>-p<n>`, `fn-<chapter>-<n>`), so a paragraph or note
// added, removed or moved above another hands that one's published id to different text: the link
// still resolves, to the wrong place, and the id check above cannot see it. So the registry also
// keeps what each published numbered id names (content/anchor-texts.lock.json): a paragraph's opening
// words, a note's whole text. The remark plugin gives each published id back to its text
// (assignNumberedIds); the build then checks the page against the record (checkNumberedIds).

const OPENING_WORDS = 12;
const PARAGRAPH = /<p\b[^>]*?\sid="([^"]+)"[^>]*?\sclass="para"[^>]*>([\s\S]*?)<\/p>/g;
const NOTE = /<li id="(fn-[^"]+)">([\s\S]*?)<\/li>/g;
// What the build adds inside them: note numbers, side notes (one nested number span), ¶ and ↩ marks.
const EXTRAS = [
  /<sup class="fn-ref">[\s\S]*?<\/sup>/g,
  /<span class="sidenote"[^>]*><span class="sidenote-n">[^<]*<\/span>[^<]*<\/span>/g,
  /<a class="para-link"[^>]*>[^<]*<\/a>/g,
  /<a [^>]*role="doc-backlink"[^>]*>[^<]*<\/a>/g,
];
const isNote = (id: string) => id.startsWith('fn-');

/** The plain text of a paragraph or note as built, without the build's marks and side notes. */
function plainOf(innerHtml: string): string {
  let text = innerHtml;
  for (const re of EXTRAS) text = text.replace(re, ' ');
  return decodeEntities(text.replace(/<[^>]+>/g, ''));
}

const words = (plain: string) => plain.toLowerCase().split(/\s+/).filter(Boolean);
/** What a paragraph id names, from the paragraph's plain text: its opening words. */
export const paragraphText = (plain: string) => words(plain).slice(0, OPENING_WORDS).join(' ');
/** What a note id names, from the note's plain text (note, then its sources): all of it. */
export const noteText = (plain: string) => words(plain).join(' ');

/** Every report paragraph (`<p class="para" id>`) with its opening words, every note with its text. */
export function numberedTexts(html: string): Texts {
  const out: Texts = {};
  for (const m of html.matchAll(PARAGRAPH)) out[m[1]!] = paragraphText(plainOf(m[2]!));
  for (const m of html.matchAll(NOTE)) out[m[1]!] = noteText(plainOf(m[2]!));
  return out;
}

/**
 * Whether two texts are the same paragraph or note. A paragraph: at least half of the words of the
 * two openings in common (a reworded sentence keeps most of its words; another paragraph shares few
 * beyond "the"). A note: the same text, since notes citing different articles of one publisher
 * differ in a date or a title only.
 */
export function sameText(id: string, a: string, b: string): boolean {
  // A typographer's and a typed apostrophe are the same word: curling one never moves an id.
  a = a.replace(/[‘’]/g, "'");
  b = b.replace(/[‘’]/g, "'");
  if (isNote(id)) return a === b;
  const wa = new Set(a.split(' ')), wb = new Set(b.split(' '));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / new Set([...wa, ...wb]).size >= 0.5;
}

/**
 * Of the ids holding the same text (a note citing one source recurs), the one a shift most likely made:
 * same kind, same section or chapter, nearest number.
 */
function nearest(id: string, candidates: string[]): string | undefined {
  const stem = (x: string) => x.replace(/-?\d+$/, '');
  const number = (x: string) => Number(/(\d+)$/.exec(x)?.[1] ?? NaN);
  const same = candidates.filter((c) => isNote(c) === isNote(id));
  const near = same.filter((c) => stem(c) === stem(id));
  return (near.length ? near : same).sort((a, b) => Math.abs(number(a) - number(id)) - Math.abs(number(b) - number(id)))[0];
}

const quote = (text: string) => {
  const all = text.split(' ');
  return `"${all.slice(0, 8).join(' ')}${all.length > 8 ? '…' : ''}"`;
};

/**
 * Published numbered ids that now name different text. `moved` when the text went to another id, or
 * another published text came to this one: paragraphs or notes were added, removed or reordered
 * above, and the fix is to pin ids, which `anchors:update` must not paper over. Otherwise the text was
 * reworded, and `anchors:update` records it once the author has looked.
 */
export function checkNumberedIds(published: Texts, current: Texts): (RegistryProblem & { moved: boolean })[] {
  const problems: (RegistryProblem & { moved: boolean })[] = [];
  for (const [id, was] of Object.entries(published)) {
    const now = current[id];
    if (now === undefined || sameText(id, was, now)) continue;
    const kind = isNote(id) ? 'note' : 'paragraph';
    const pin = isNote(id) ? `giving that note's <Fn> the attribute id="${id}"` : `ending that paragraph with {/* #${id} */}`;
    // Two notes can read the same (one source cited twice): an id that was published with this text
    // and still has it kept its own, so the text did not move there, nor come from there.
    const keptOwn = (other: string, text: string) => published[other] !== undefined && current[other] !== undefined
      && sameText(id, text, published[other]) && sameText(id, text, current[other]);
    const home = nearest(id, Object.keys(current).filter((other) => other !== id && sameText(id, was, current[other]!) && !keptOwn(other, was)));
    const intruder = nearest(id, Object.keys(published).filter((other) => other !== id && sameText(id, now, published[other]!) && !keptOwn(other, now)));
    const moved = Boolean(home || intruder);
    const problem = `was published for the ${kind} ${quote(was)}${home ? `, which is now #${home},` : ''} and now names ${quote(now)}`
      + (intruder ? ` (published as #${intruder})` : '') + '. '
      + (moved
        ? `${kind === 'note' ? 'Notes' : 'Paragraphs'} were added, removed or reordered above it: pin each published id on its own ${kind} by ${pin}; if its ${kind} was removed, declare the id an alias in ${ALIASES_FILE}`
        : `If it is the same ${kind} reworded, run \`npm run anchors:update\` to record its new text; if not, pin the id on the ${kind} it was published for by ${pin}`);
    problems.push({ id, moved, problem });
  }
  return problems;
}

/** The texts after an update: the page's as they now read, and those of every id no longer on it. */
export function updatedTexts(published: Texts, current: Texts): Texts {
  const merged = { ...published, ...current };
  return Object.fromEntries(Object.keys(merged).sort().map((id) => [id, merged[id]!]));
}

/**
 * The ids of one run of numbered items (a section's paragraphs, `<section>-p<n>`; a chapter's notes,
 * `fn-<chapter>-<n>`), in order, so that published ids follow their text when items are added, removed
 * or reordered. A pin wins; then each item takes the first published id of the run, not yet taken,
 * whose text it still has; what is left takes its position's id if that is free and its published
 * text is nowhere else (a reworded item: the build's check then asks for `anchors:update`), or else a
 * number no published or pinned id has used.
 */
export function assignNumberedIds(
  items: readonly { text: string; pin?: string | undefined }[], published: Texts, prefix: string, retired: ReadonlySet<string> = new Set(),
): string[] {
  const numberOf = (id: string) => {
    const rest = id.startsWith(prefix) ? id.slice(prefix.length) : '';
    return /^[1-9]\d*$/.test(rest) ? Number(rest) : undefined;
  };
  const run = Object.keys(published).filter((id) => numberOf(id) !== undefined).sort((a, b) => numberOf(a)! - numberOf(b)!);
  // A retired id (its item removed, its links sent elsewhere by an alias) is never handed out again:
  // the alias keeps answering for it, and a new item there would split its links between two places.
  const taken = new Set([...items.flatMap((item) => (item.pin ? [item.pin] : [])), ...retired]);
  const ids: (string | undefined)[] = items.map((item) => item.pin);
  items.forEach((item, k) => {
    if (ids[k]) return;
    const match = run.find((id) => !taken.has(id) && sameText(id, published[id]!, item.text));
    if (match) { ids[k] = match; taken.add(match); }
  });
  // A published id whose text is still here (under a pin, say) is not free for another item, unless
  // that item already holds an id published with the same text (one source cited in two notes).
  const holdsTwin = (k: number, text: string) => {
    const own = ids[k];
    return own !== undefined && published[own] !== undefined && sameText(own, published[own]!, text);
  };
  for (const id of run) {
    if (items.some((item, k) => sameText(id, published[id]!, item.text) && ids[k] !== id && !holdsTwin(k, item.text))) taken.add(id);
  }
  let fresh = Math.max(0, ...[...run, ...taken].map((id) => numberOf(id) ?? 0));
  return ids.map((id, k) => {
    if (id) return id;
    const positional = `${prefix}${k + 1}`;
    if (!taken.has(positional)) { taken.add(positional); return positional; }
    do fresh += 1; while (taken.has(`${prefix}${fresh}`));
    taken.add(`${prefix}${fresh}`);
    return `${prefix}${fresh}`;
  });
}
