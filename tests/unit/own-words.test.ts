// The wording readers see in the timeline, Table 1 and the figures is ours: no run of eight words
// copied from the fact base's records (kept in content/data/timeline.json and accounts.json) or
// from a source's stored snippets, outside quotation marks.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copiedRuns, runsOf } from '../support/copied-runs';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** Every string in a record, with where it sits ("id › field"). */
function strings(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, at, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'id' && k !== 'sources') strings(v, `${at} › ${k}`, out);
  }
  return out;
}
const records = (path: string) => (json(path) as { id: string }[]).flatMap((r) => strings(r, `${path} › ${r.id}`));

const written = [
  ...records('content/data/timeline-wording.json'),
  ...records('content/data/accounts-wording.json'),
  ...records('content/data/figures.json'),
];
const originals = runsOf([
  ...[...records('content/data/timeline.json'), ...records('content/data/accounts.json')].map(([, text]) => text),
  ...(json('content/sources.json') as { snippets: string[] }[]).flatMap((s) => s.snippets),
]);

/** A chapter's prose as read: notes' own text kept, markup, links' targets and anchor comments dropped. */
const prose = (mdx: string) => mdx.split(/^---$/m).slice(2).join('---')
  .replace(/<Fn\b[^>]*\/>/g, ' ')
  .replace(/<Fn\b[^>]*>([\s\S]*?)<\/Fn>/g, ' $1 ')
  .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
  .replace(/\]\([^)]*\)/g, ']')
  .replace(/<[^>]+>/g, ' ');

// Runs the chapters share with their sources because nothing else would say the same: dates,
// names and titles. A new entry here needs that reason; anything else is reworded.
const NAMES_AND_DATES = new Set([
  'rule from 10 november 2025 to 9 november 2026',
  'affiliates rule from 10 november 2025 to 9 november 2026',
  'section 122 of the trade act of 1974',
  'section 301 of the trade act of 1974',
  'ningbo yunsheng and beijing zhong ke san huan',
  'tariff from 20 percent to 10 percent from 10 november',
  'to 11 59 p m on 9 november',
  '99 percent of spherical graphite and 93 percent of',
  'extra tariffs of up to 15 percent on',
]);

describe('copiedRuns', () => {
  const source = 'The ministry said exports of gallium and germanium would need a licence from 1 August.';
  it('finds a run of eight words taken over, however it is punctuated', () => {
    expect(copiedRuns('Officials said Exports of Gallium and Germanium would need a licence, from August.', runsOf([source])))
      .toEqual(['said exports of gallium and germanium would need a licence from']);
  });
  it('lets a quotation stand, and counts "10 %" and "10 per cent" as the same words', () => {
    expect(copiedRuns('It said “exports of gallium and germanium would need a licence”.', runsOf([source]))).toEqual([]);
    expect(copiedRuns('a cut from 20 % to 10 % on all goods from China', runsOf(['a cut from 20 per cent to 10 per cent on all goods']))).not.toEqual([]);
  });
});

describe('the wording readers see', () => {
  it('reads as a fair number of texts against a fair number of originals', () => {
    expect(written.length).toBeGreaterThan(150);
    expect(originals.size).toBeGreaterThan(10_000);
  });
  it('copies no run of eight words from the fact base or a source snippet', () => {
    const copied = written.flatMap(([at, text]) => copiedRuns(text, originals).map((run) => `${at}: ${run}`));
    expect(copied).toEqual([]);
  });
});

describe('the chapters', () => {
  const files = readdirSync('content/chapters').filter((f) => f.endsWith('.mdx'));
  const runs = files.flatMap((f) => prose(readFileSync(`content/chapters/${f}`, 'utf8')).split(/\n\s*\n/)
    .flatMap((para) => copiedRuns(para, originals).map((run) => ({ f, run }))));

  it('copy no run of eight words from the fact base or a source snippet, beyond names, dates and titles', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(runs.filter(({ run }) => !NAMES_AND_DATES.has(run)).map(({ f, run }) => `${f}: ${run}`)).toEqual([]);
  });

  it('list only the names and dates still in the text', () => {
    const found = new Set(runs.map(({ run }) => run));
    expect([...NAMES_AND_DATES].filter((run) => !found.has(run))).toEqual([]);
  });
});
