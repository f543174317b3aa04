/**
 * Figure and table numbers follow the order in which the chapters embed them, so moving a chart
 * between chapters renumbers everything without anyone editing a number by hand.
 * Figures: <DependencyFigure chart="x" /> → fig-x, <Timeline /> → fig-timeline.
 * Tables: <AccountsTable /> → tab-accounts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from './front-matter-order';

const CHAPTERS_DIR = 'content/chapters';

function embeddedIds(): { figures: string[]; tables: string[] } {
  const files = readdirSync(CHAPTERS_DIR).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
  const ordered = files.map((f) => {
    const text = readFileSync(join(CHAPTERS_DIR, f), 'utf8');
    return { order: matter(text), text };
  }).sort((a, b) => a.order - b.order);
  const figures: string[] = [];
  const tables: string[] = [];
  for (const { text } of ordered) {
    for (const m of text.matchAll(/<(DependencyFigure\s+chart="([a-z0-9-]+)"|Timeline\b|AccountsTable\b)/g)) {
      if (m[2]) figures.push(`fig-${m[2]}`);
      else if (m[1] === 'Timeline') figures.push('fig-timeline');
      else tables.push('tab-accounts');
    }
  }
  return { figures, tables };
}

let cache: ReturnType<typeof embeddedIds> | undefined;
const ids = () => (cache ??= embeddedIds());

/** 1-based number of a figure id such as `fig-us-exposure`; throws for a figure no chapter embeds. */
export function figureNumber(id: string): number {
  const n = ids().figures.indexOf(id);
  if (n < 0) throw new Error(`${id}: no chapter in ${CHAPTERS_DIR} embeds this figure`);
  return n + 1;
}

export function tableNumber(id: string): number {
  const n = ids().tables.indexOf(id);
  if (n < 0) throw new Error(`${id}: no chapter in ${CHAPTERS_DIR} embeds this table`);
  return n + 1;
}
