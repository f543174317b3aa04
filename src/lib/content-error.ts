/**
 * The one error every content check throws, so a broken build always says where to look:
 * `content/data/timeline.json › record "2025-10-09-x" › field "sources[1]": unknown source id "y"`.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file} › record "${record}" › field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}

/** Formats a zod issue path (`['sources', 1]`) the way a reader of the JSON would write it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('') || '(record)';
}
