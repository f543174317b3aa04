/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; empty for no value. */
export const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A CSV file: the header, then one line per row, each row's values in the header's order. */
export const csvFile = (columns: readonly string[], rows: unknown[][]): string =>
  `${columns.join(',')}\n${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
