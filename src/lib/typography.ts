/**
 * Line-breaking rules for the text we render. "0.1 %" split across two lines reads as a stray
 * number and a stray sign, and "No." alone at a line's end loses its announcement. Applied to the
 * HTML and tooltips only: data files and downloads keep the plain spaces their users search for.
 */
const NBSP = '\u00a0';

/** Binds a number to a following "%", "per cent", "kB" or "MB", and "No." to a following number, with a no-break space. */
export function bindNumbers(text: string): string {
  return text.replace(/(\d) (?=%|per cent\b|[kM]B\b)/g, `$1${NBSP}`).replace(/\bNo\. (?=\d)/g, `No.${NBSP}`);
}
