// The published content as a whole: the rules hold across chapters and data files.
import { describe, expect, it } from 'vitest';
import { parseAllChapters } from '../support/chapters';
import { readRecords } from '../../src/lib/records';
import { checkIntegrity } from '../../src/lib/integrity';
import { accountSchema, dependencySchema, figureSpecSchema, sourceSchema, timelineEventSchema } from '../../src/lib/schemas';

const chapters = parseAllChapters();
const sources = readRecords('content/sources.json', sourceSchema);
const timeline = readRecords('content/data/timeline.json', timelineEventSchema);

describe('the report as published', () => {
  it('cites only sources that exist, and every source somewhere', () => {
    expect(() => checkIntegrity({
      chapters,
      timeline,
      dependencies: readRecords('content/data/dependencies.json', dependencySchema),
      accounts: readRecords('content/data/accounts.json', accountSchema),
      figures: readRecords('content/data/figures.json', figureSpecSchema),
    }, sources)).not.toThrow();
  });

  it('gives every chapter, section and paragraph a unique id', () => {
    const ids = chapters.flatMap((c) => [c.id, ...c.sections.map((s) => s.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('orders chapters without gaps or ties', () => {
    expect(chapters.map((c) => c.order)).toEqual(chapters.map((_, i) => i + 1));
  });

  it('links only to timeline events that exist', () => {
    const known = new Set(timeline.map((e) => `event-${e.id}`));
    const linked = chapters.flatMap((c) => [...c.body.matchAll(/\]\(#(event-[^)\s]+)\)/g)].map((m) => ({ file: c.filePath, id: m[1]! })));
    expect(linked.filter((l) => !known.has(l.id))).toEqual([]);
  });
});

describe('the length of the report', () => {
  it('keeps the chapters together between 4,000 and 7,000 words', () => {
    const words = chapters.reduce((n, c) => n + c.words, 0);
    expect(words).toBeGreaterThanOrEqual(4000);
    expect(words).toBeLessThanOrEqual(7000);
  });
});
