// The wording readers see in the timeline, Table 1 and the figures is ours: no run of eight words
// copied from the fact base's records (kept in content/data/timeline.json and accounts.json) or
// from a source's stored snippets, outside quotation marks.
import { readFileSync } from 'node:fs';
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
  ...records('content/data/timeline.json'),
  ...records('content/data/accounts.json'),
  ...(json('content/sources.json') as { snippets: string[] }[]).flatMap((s) => s.snippets),
].map((x) => (typeof x === 'string' ? x : x[1])));

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
