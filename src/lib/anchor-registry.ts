/**
 * The anchor registry: every id the report has ever published (content/anchors.lock.json) must stay
 * reachable. An id may leave the page only when content/anchor-aliases.json names its new home; the
 * build then writes an empty alias anchor inside that element, so old links land there without
 * JavaScript. Pure functions over HTML text: the Astro integration and the update script call them,
 * and Vitest tests them with fixture HTML.
 */

export const REGISTRY_FILE = 'content/anchors.lock.json';
export const ALIASES_FILE = 'content/anchor-aliases.json';
export const OPENINGS_FILE = 'content/paragraphs.lock.json';
export type Aliases = Record<string, string>;
/** Paragraph id → the opening words of the paragraph it was published for. */
export type Openings = Record<string, string>;

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
// Paragraph ids are positional (`<section>-p<n>`), so a paragraph added, removed or moved above
// another hands that one's published id to a different paragraph: the link still resolves, to the
// wrong text, and the id check above cannot see it. So the registry also keeps the opening words of
// each published paragraph (content/paragraphs.lock.json) and the build compares them.

const OPENING_WORDS = 12;
const PARAGRAPH = /<p\b[^>]*?\sid="([^"]+)"[^>]*?\sclass="para"[^>]*>([\s\S]*?)<\/p>/g;
// What the build adds inside a paragraph: note numbers, side notes (one nested number span), the ¶ mark.
const PARAGRAPH_EXTRAS = [
  /<sup class="fn-ref">[\s\S]*?<\/sup>/g,
  /<span class="sidenote"[^>]*><span class="sidenote-n">[^<]*<\/span>[^<]*<\/span>/g,
  /<a class="para-link"[^>]*>[^<]*<\/a>/g,
];
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The first words of a paragraph's own text, lower-cased, without its notes or link mark. */
export function openingOf(innerHtml: string): string {
  let text = innerHtml;
  for (const re of PARAGRAPH_EXTRAS) text = text.replace(re, ' ');
  text = text.replace(/<[^>]+>/g, '').replace(/&([a-z]+|#\d+);/g, (m, e: string) => ENTITIES[e] ?? m);
  return text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, OPENING_WORDS).join(' ');
}

/** Every report paragraph on the page (`<p class="para" id>`), with its opening words. */
export function paragraphOpenings(html: string): Openings {
  const out: Openings = {};
  for (const m of html.matchAll(PARAGRAPH)) out[m[1]!] = openingOf(m[2]!);
  return out;
}

/**
 * Whether two openings are the same paragraph: at least half of the words they have between them in
 * common. A reworded sentence keeps most of its words; a different paragraph shares few beyond "the".
 */
export function sameParagraph(a: string, b: string): boolean {
  const wa = new Set(a.split(' ')), wb = new Set(b.split(' '));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / new Set([...wa, ...wb]).size >= 0.5;
}

const quote = (opening: string) => {
  const words = opening.split(' ');
  return `"${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}"`;
};

/**
 * Published paragraph ids that now name different text. `moved` when the text went to another id, or
 * another published paragraph's text came to this one: paragraphs were added, removed or reordered
 * above, and the fix is to pin ids, which `anchors:update` must not paper over. Otherwise the paragraph
 * was reworded, and `anchors:update` records its new opening once the author has looked.
 */
export function checkParagraphs(published: Openings, current: Openings): (RegistryProblem & { moved: boolean })[] {
  const problems: (RegistryProblem & { moved: boolean })[] = [];
  for (const [id, was] of Object.entries(published)) {
    const now = current[id];
    if (now === undefined || sameParagraph(was, now)) continue;
    const home = Object.keys(current).find((other) => other !== id && sameParagraph(was, current[other]!));
    const intruder = Object.keys(published).find((other) => other !== id && sameParagraph(now, published[other]!));
    const moved = Boolean(home || intruder);
    const problem = `was published for the paragraph ${quote(was)}${home ? `, which is now #${home},` : ''} and now names ${quote(now)}`
      + (intruder ? ` (published as #${intruder})` : '') + '. '
      + (moved
        ? `Paragraphs were added, removed or reordered above it: pin each published id on its own paragraph by ending that paragraph with {/* #${id} */}; if its paragraph was removed, declare the id an alias in ${ALIASES_FILE}`
        : `If it is the same paragraph reworded, run \`npm run anchors:update\` to record its new opening; if not, pin the id on the paragraph it was published for by ending that paragraph with {/* #${id} */}`);
    problems.push({ id, moved, problem });
  }
  return problems;
}

/** The openings after an update: the page's paragraphs as they now read, and every id no longer on it. */
export function updatedOpenings(published: Openings, current: Openings): Openings {
  const merged = { ...published, ...current };
  return Object.fromEntries(Object.keys(merged).sort().map((id) => [id, merged[id]!]));
}
