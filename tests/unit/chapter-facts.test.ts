// What a reader checks by following a link in the prose: a date written in the link is the date
// of the event it opens, and every in-page link lands on something that exists.
import { describe, expect, it } from 'vitest';
import { parseAllChapters } from '../support/chapters';
import { readRecords } from '../../src/lib/records';
import { timelineEventSchema } from '../../src/lib/schemas';

const chapters = parseAllChapters();
const timeline = readRecords('content/data/timeline.json', timelineEventSchema);
const eventDates = new Map(timeline.map((e) => [`event-${e.id}`, e.date]));

const links = chapters.flatMap((c) =>
  [...c.body.matchAll(/\[([^\]]+)\]\(#([^)\s]+)\)/g)].map((m) => ({ file: c.filePath, text: m[1]!, target: m[2]! })));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
// "9 October 2025", "9 October", "December 2024": the forms the prose uses for a dated link.
const WRITTEN_DATE = new RegExp(`(?:\\b(\\d{1,2}) )?\\b(${MONTHS.join('|')})\\b(?: (\\d{4}))?`);

/** The parts of the date a link's text states, or undefined when the text names no date. */
function statedDate(text: string): { day?: number | undefined; month: number; year?: number | undefined } | undefined {
  const m = WRITTEN_DATE.exec(text);
  if (!m) return undefined;
  return { day: m[1] ? Number(m[1]) : undefined, month: MONTHS.indexOf(m[2]!) + 1, year: m[3] ? Number(m[3]) : undefined };
}

describe('links in the chapters', () => {
  it('open the event of the date they name', () => {
    const wrong = links.flatMap((l) => {
      const iso = eventDates.get(l.target);
      const stated = statedDate(l.text);
      if (!iso || !stated) return [];
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const agrees = stated.month === m && (stated.year ?? y) === y && (stated.day ?? d) === d;
      return agrees ? [] : [`${l.file}: "${l.text}" links to ${l.target} (${iso})`];
    });
    expect(wrong).toEqual([]);
  });

  it('recognises the date forms the prose uses', () => {
    expect(statedDate('9 October 2025')).toEqual({ day: 9, month: 10, year: 2025 });
    expect(statedDate('banned them in December 2024')).toEqual({ day: undefined, month: 12, year: 2024 });
    expect(statedDate('the next chapter')).toBeUndefined();
  });

  it('land on a chapter, section, paragraph, note, figure or event that exists', () => {
    const sections = new Set(chapters.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]));
    const figures = new Set(chapters.flatMap((c) => [
      ...[...c.body.matchAll(/<DependencyFigure chart="([a-z-]+)"/g)].map((m) => `fig-${m[1]}`),
      ...(c.body.includes('<Timeline') ? ['fig-timeline'] : []),
      ...(c.body.includes('<AccountsTable') ? ['tab-accounts'] : []),
    ]));
    const exists = (target: string) => sections.has(target) || figures.has(target) || eventDates.has(target)
      || (/^(.+)-p\d+$/.test(target) && sections.has(target.replace(/-p\d+$/, '')))
      || chapters.some((c) => c.footnotes.some((f) => f.id === target || f.ref === target));
    expect(links.filter((l) => !exists(l.target)).map((l) => `${l.file}: #${l.target}`)).toEqual([]);
  });
});
