// The baseline a team would otherwise pick: the same chapter text and one of our charts (US net
// import reliance by material, the "us-exposure" figure) published with Observable Framework, its
// defaults untouched (theme, fonts, client runtime), Plot for the chart. Written into a temporary
// folder from content/, so it always carries the text we publish today.
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** MDX chapter → plain Markdown: no front matter, no imports, no JSX comments or components. */
export function chapterMarkdown(mdx) {
  const fm = mdx.match(/^---\n([\s\S]*?)\n---\n/);
  const title = fm?.[1].match(/^title:\s*"?(.*?)"?\s*$/m)?.[1] ?? '';
  const body = mdx
    .slice(fm ? fm[0].length : 0)
    .replace(/^import .*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<Fn\b[^>]*\/>/g, '')
    .replace(/<Fn\b[^>]*>([\s\S]*?)<\/Fn>/g, '')
    .replace(/<[A-Z]\w*\b[^>]*\/>/g, '')
    .replace(/^(#+)\s/gm, '#$1 ');
  return `## ${title}\n\n${body.trim()}\n`;
}

export function usExposure(dependencies) {
  const byMaterial = new Map();
  for (const r of dependencies) if (r.metric === 'us_net_import_reliance_pct' && !byMaterial.has(r.material)) byMaterial.set(r.material, r.value);
  return [...byMaterial].map(([material, value]) => ({ material, value }));
}

export function writeBaseline(root, dir, toolsModules) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  if (existsSync(toolsModules)) symlinkSync(toolsModules, join(dir, 'node_modules'), 'dir');
  const report = JSON.parse(readFileSync(join(root, 'content/report.json'), 'utf8'));
  const chaptersDir = join(root, 'content/chapters');
  const chapters = readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx')).sort()
    .map((f) => chapterMarkdown(readFileSync(join(chaptersDir, f), 'utf8')));
  const data = usExposure(JSON.parse(readFileSync(join(root, 'content/data/dependencies.json'), 'utf8')));
  writeFileSync(join(dir, 'observablehq.config.js'), `export default ${JSON.stringify({ root: 'src', title: report.title, pager: false, sidebar: false, search: false }, null, 2)};\n`);
  const chart = [
    '```js',
    'import * as Plot from "@observablehq/plot";',
    `const data = ${JSON.stringify(data)};`,
    'display(Plot.plot({',
    '  marginLeft: 150,',
    '  x: {domain: [0, 100], label: "US net import reliance (%)", grid: true},',
    '  y: {label: null},',
    '  marks: [Plot.barX(data, {x: "value", y: "material", sort: {y: "-x"}, tip: true}), Plot.ruleX([0])]',
    '}));',
    '```',
  ].join('\n');
  const page = [`# ${report.title}`, '', report.subtitle ?? '', '', chapters[0], '', '## US net import reliance', '', chart, '', ...chapters.slice(1)].join('\n');
  writeFileSync(join(dir, 'src/index.md'), page);
  return { chapters: chapters.length, points: data.length };
}
