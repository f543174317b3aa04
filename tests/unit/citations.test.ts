import { readFileSync } from 'node:fs';
import { noteSourceNames } from '../../src/lib/source-label';
import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { CITATION_FORMATS, citations, cslItem, reportFile } from '../../src/lib/citations';
import { reportSchema } from '../../src/lib/schemas';

const report = reportSchema.parse(JSON.parse(readFileSync('content/report.json', 'utf8')));
const section = { id: 'what-was-agreed', title: 'What each side said was agreed', kind: 'section' as const };
const url = 'https://fragile-truce.example.org/';
const year = report.updated.slice(0, 4);
const author = report.authors[0]!.name;

describe('a section citation', () => {
  const c = citations(report, section, url);

  test('comes in all seven formats', () => {
    expect(CITATION_FORMATS.map((f) => f.label)).toEqual(['APA 7', 'Chicago (author-date)', 'MLA 9', 'Harvard', 'BibTeX', 'RIS', 'CSL-JSON']);
    for (const f of CITATION_FORMATS) expect(c[f.key].length, f.label).toBeGreaterThan(50);
  });

  test('names the section, the report, the authors, the publisher, the date and the anchored URL in every style', () => {
    for (const key of ['apa', 'chicago', 'mla', 'harvard'] as const) {
      expect(c[key].toLowerCase(), key).toContain(section.title.toLowerCase());
      expect(c[key].toLowerCase(), key).toContain(report.title.toLowerCase());
      expect(c[key], key).toContain(author);
      expect(c[key], key).toContain(report.publisher);
      expect(c[key], key).toContain(year);
      expect(c[key], key).toContain(`${url}#${section.id}`);
    }
  });

  test('reads as each style prescribes', () => {
    expect(c.apa).toBe(`${author}. (${year}). ${section.title}. In ${report.title}: ${report.subtitle} (Version ${report.version}). ${report.publisher}. ${url}#${section.id}`);
    expect(c.chicago).toMatch(new RegExp(`^${author}\\. ${year}\\. “What Each Side Said Was Agreed\\.” Version ${report.version.replace(/\./g, '\\.')}\\. In A Fragile Truce`));
    expect(c.mla).toMatch(/^The Fragile Truce editorial team\. “What Each Side Said Was Agreed\.” A Fragile Truce: /);
    expect(c.harvard).toMatch(new RegExp(`^${author} \\(${year}\\) “What each side said was agreed,”`));
    expect(c.harvard).toContain(`Available at: ${url}#${section.id}`);
  });

  test('gives the version where the style has a place for it', () => {
    for (const key of ['apa', 'chicago', 'mla', 'csl-json'] as const) expect(c[key], key).toContain(report.version);
  });
});

describe('what a reference manager reads back', () => {
  for (const part of [undefined, section]) {
    const label = part ? 'section' : 'report';
    const c = citations(report, part, url);
    const expected = cslItem(report, part, url);

    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      test(`${format} (${label}) parses back to the same title, authors, date and URL`, () => {
        const [item] = new Cite(c[format]).data as Record<string, any>[];
        expect(item!.title).toBe(expected.title);
        expect(item!.author.map((a: { literal?: string; family?: string }) => a.literal ?? a.family)).toEqual([author]);
        expect(item!.issued['date-parts'][0][0]).toBe(Number(year));
        expect(item!.URL).toBe(expected.URL);
        if (part) expect(item!['container-title']).toBe(`${report.title}: ${report.subtitle}`);
        else expect(item!.publisher).toBe(report.publisher);
      });
    }
  }
});

describe('RIS', () => {
  test('keeps every value on one line, as importers expect', () => {
    const ris = citations(report, undefined, url).ris;
    for (const line of ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(ris).toContain(`TI  - ${report.title}: ${report.subtitle}\n`);
    expect(ris).toContain(`AB  - ${report.description}\n`);
  });

  test('names each part by its whole citation key, as BibTeX does', () => {
    const ris = citations(report, section, url).ris;
    const key = /^@\w+\{([^,]+),/.exec(citations(report, section, url).bibtex)![1]!;
    expect(key.length).toBeGreaterThan(20);
    expect(ris).toMatch(new RegExp(`^ID {2}- ${key}$`, 'm'));
  });
});

describe('BibTeX', () => {
  test('gives the month as BibTeX\'s month macro and the day on its own', () => {
    const [, m, d] = report.updated.split('-').map(Number);
    const bib = citations(report, section, url).bibtex;
    const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    expect(bib).toContain(`\tmonth = ${months[m! - 1]},\n\tday = {${d}},`);
    expect(bib).not.toMatch(/month = \{/);
  });
});

describe('the downloads', () => {
  test('report.bib, report.ris and report.json hold the whole report, not a part', () => {
    expect(reportFile(report, 'bibtex', url)).toMatch(/^@techreport\{afragiletruce\d{4},/);
    expect(reportFile(report, 'ris', url)).toMatch(/^TY {2}- RPRT/);
    expect(JSON.parse(reportFile(report, 'csl-json', url))[0]).toMatchObject({ type: 'report', URL: url });
  });
});

describe('a note\'s source names', () => {
  const usgs = (id: string, part: string) => ({ id, title: `Mineral Commodity Summaries 2026 — ${part}`, publisher: 'U.S. Geological Survey', url: 'https://pubs.usgs.gov/x', published: '2026-02', accessed: '2026-11-28', snippets: [] });
  test('tells apart two sources that would read the same, and leaves the others alone', () => {
    const reuters = { id: 'r', title: null, publisher: 'Reuters', url: 'https://reuters.com/x', published: '2025-10-09', accessed: '2026-11-28', snippets: [] };
    expect(noteSourceNames([usgs('a', 'Antimony'), reuters, usgs('b', 'Graphite (natural)')]).map((n) => n.replace(/\u00a0/g, ' '))).toEqual([
      'U.S. Geological Survey, February 2026, “Antimony”', 'Reuters, 9 October 2025', 'U.S. Geological Survey, February 2026, “Graphite (natural)”',
    ]);
    expect(noteSourceNames([usgs('a', 'Antimony')])).toEqual(['U.S. Geological Survey, February 2026']);
  });
});
