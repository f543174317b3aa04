/**
 * Typography for the text we publish. Quotes (curlyQuotes) are the right characters anywhere, so the
 * content schemas apply them. Line-breaking rules (bindNumbers, softHyphens) are for the HTML and
 * tooltips only: "0.1 %" split across two lines reads as a stray number and a stray sign, but data
 * files and downloads keep the plain spaces their users search for.
 */
const NBSP = '\u00a0';

/**
 * The "#" that links a heading or figure title to itself. A word joiner opens it, and no space comes
 * before it (its margin makes the gap): hidden until hover or focus, it must not wrap onto a line of
 * its own under a phone's heading (after a space or a "?"), which reads as a blank line. The joiner
 * sits inside the mark, so print and the PDF's bookmarks, which leave the mark out, never see it.
 */
export const LINK_MARK = '\u2060#';

/**
 * Typographer's quotes for a typed straight one: ‘ opening after a space or bracket, ’ otherwise
 * (apostrophes: "China’s", "People’s Daily"). The chapters get this from smartypants; the wording
 * files, figure specs and sources go through here, by way of the content schemas.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/(^|[\s(\[“—–])'(?=\S)/g, '$1‘').replace(/'/g, '’');
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_AND_MONTH = new RegExp(`(\\b\\d{1,2}) (?=${MONTH}\\b)`, 'g');

/**
 * Binds a number to a following "%", "per cent", "kB" or "MB", a day to its month ("30 October"),
 * and "No." to a following number, with a no-break space. A date may still break before its year.
 */
export function bindNumbers(text: string): string {
  return text.replace(/(\d) (?=%|per cent\b|[kM]B\b)/g, `$1${NBSP}`).replace(DAY_AND_MONTH, `$1${NBSP}`)
    .replace(/\bNo\. (?=\d)/g, `No.${NBSP}`);
}

/**
 * Where the long words of the narrow table columns may break, hyphenated, as TeX's exception list
 * does it. Screen hyphenation is off (Chromium without its dictionary held the first paint), and at
 * 1024 px a 14-letter word is wider than its column: the browser split it anywhere ("countermeasur|es").
 */
const BREAKS = ['counter-meas-ures', 'counter-meas-ure', 'in-ves-ti-ga-tions', 'an-nounce-ments', 'an-nounce-ment', 'cor-re-spond-ing', 're-stric-tions'];
const SHY = '\u00ad';
const BREAK_AT = new Map(BREAKS.map((b) => [b.replace(/-/g, ''), b.replace(/-/g, SHY)]));
const LONG_WORD = new RegExp(`\\b(${[...BREAK_AT.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** Marks the break points of BREAKS's words with soft hyphens, keeping each word's capitals. */
export function softHyphens(text: string): string {
  return text.replace(LONG_WORD, (word) => {
    const marked = BREAK_AT.get(word.toLowerCase())!;
    let i = 0;
    return [...marked].map((ch) => (ch === SHY ? ch : word[i++])).join('');
  });
}
