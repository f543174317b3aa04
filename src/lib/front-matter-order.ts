/** Reads `order:` from an MDX file's front matter without a YAML parser (the schema validates it). */
export default function frontMatterOrder(text: string): number {
  const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return Number(/^order:\s*(\d+)/m.exec(fm)?.[1] ?? Number.MAX_SAFE_INTEGER);
}
