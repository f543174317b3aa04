// Runs of words a text shares with the texts it was written from: the house rule is that every
// sentence is ours, so no run of eight (N) or more words may be copied unless it stands in quotation marks.

/** Words, compared loosely: case, punctuation, typographic quotes and "%" against "per cent" ignored. */
export function words(text: string): string[] {
  return text
    .replace(/\u00a0|\u202f/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/(\d)\s*%/g, '$1 percent')
    .replace(/per cent/gi, 'percent')
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The text with its quotations ("…", “…”, ‘…’) replaced by a marker no run can cross. */
export function withoutQuotations(text: string): string {
  return text
    .replace(/“[^”]*”/g, ' QQQ ')
    .replace(/"[^"]*"/g, ' QQQ ')
    .replace(/(?<![A-Za-z])‘[^’]*’(?![A-Za-z])/g, ' QQQ ')
    .replace(/(?<![A-Za-z])'[^']*'(?![A-Za-z])/g, ' QQQ ');
}

const N = 8;

/** Every run of N words in the texts written from, to look runs up in. */
export function runsOf(sources: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const s of sources) {
    const w = words(s);
    for (let i = 0; i + N <= w.length; i++) seen.add(w.slice(i, i + N).join(' '));
  }
  return seen;
}

/** Every run of N or more words that `text` (outside quotations) shares with the texts behind `seen`. */
export function copiedRuns(text: string, seen: Set<string>): string[] {
  const w = words(withoutQuotations(text));
  const runs: string[] = [];
  for (let i = 0; i + N <= w.length;) {
    if (w.slice(i, i + N).includes('qqq') || !seen.has(w.slice(i, i + N).join(' '))) { i++; continue; }
    let j = i + N;
    while (j < w.length && w[j] !== 'qqq' && seen.has(w.slice(j - N + 1, j + 1).join(' '))) j++;
    runs.push(w.slice(i, j).join(' '));
    i = j;
  }
  return runs;
}
