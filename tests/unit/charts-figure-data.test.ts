import { describe, expect, test } from 'vitest';
import { resolveFigure } from '../../src/charts/figure-data';
import { figureCsv, figureRows } from '../../src/charts/figure-table';
import { ContentError } from '../../src/lib/content-error';
import { figure, records, sources, specs } from './charts-helpers';
import { renderChart } from '../../src/charts/render-chart';
import { esc } from '../../src/charts/_shared/svg';
import { bindNumbers } from '../../src/lib/typography';

const spec = (id: string) => structuredClone(specs.find((s) => s.id === id)!);

describe('figure data', () => {
  test('an unknown record id stops the build, naming file, figure and field', () => {
    const s = spec('us-exposure');
    s.views[0]!.rows[1]!.values!.us_nir = 'gallium--no-such-record';
    expect(() => resolveFigure(s, records, sources)).toThrow(ContentError);
    expect(() => resolveFigure(s, records, sources)).toThrow(
      'content/data/figures.json › record "us-exposure" › field "views[0].rows[1].values.us_nir": unknown dependency record "gallium--no-such-record"');
  });

  test("no chart shows a record's working note: the fact base's notes are not our wording", () => {
    const notes = [...records.values()].flatMap((r) => (r.note ? [r.note] : []));
    expect(notes.some((n) => n.includes('PDF parse'))).toBe(true); // the notes this guards against exist
    for (const s of specs) {
      for (const [i, view] of figure(s.id).views.entries()) {
        for (const width of [680, 340]) {
          const svg = renderChart(view, { width, idPrefix: 't', title: s.title });
          const shown = notes.filter((n) => svg.includes(esc(n)) || svg.includes(esc(bindNumbers(n))));
          expect(shown, `${s.id} view ${i} at ${width}`).toEqual([]);
        }
      }
    }
  });

  test("a note's own source is listed under the figure; an unknown one stops the build", () => {
    const s = spec('eu-exposure');
    expect(s.noteSources).toContain('eurostat-2025-06'); // the Tajikistan note relies on it
    expect(resolveFigure(s, records, sources).sources.map((r) => r.id)).toContain('eurostat-2025-06');
    s.noteSources = ['no-such-source'];
    expect(() => resolveFigure(s, records, sources)).toThrow(
      'content/data/figures.json › record "eu-exposure" › field "noteSources[0]": unknown source id "no-such-source"');
  });

  test('a superseded USGS value is refused', () => {
    const s = spec('us-exposure');
    s.views[1]!.rows[0]!.values!.us_nir = 'rare-earths--us-net-import-reliance-pct--2024--2';
    expect(() => resolveFigure(s, records, sources)).toThrow(/superseded/);
  });

  test('an import-source segment must name its partner', () => {
    const s = spec('import-sources');
    s.views[0]!.rows[0]!.segments![0] = 'rare-earths--us-net-import-reliance-pct--2025';
    expect(() => resolveFigure(s, records, sources)).toThrow(/field "views\[0\]\.rows\[0\]\.segments\[0\]".*no partner/);
  });

  test('no chart uses a superseded record, and every value has a year and a source', () => {
    for (const s of specs) {
      for (const r of figureRows(figure(s.id))) {
        if (!r.point) continue;
        expect(records.get(r.point.record)?.superseded_by).toBeUndefined();
        expect(r.point.when).not.toBe('');
        expect(sources.has(r.point.source.id)).toBe(true);
      }
    }
  });

  test('the CSV has one line per value, "no data" included, and quotes commas', () => {
    const f = figure('us-exposure');
    const lines = figureCsv(f).trim().split('\n');
    expect(lines.length - 1).toBe(figureRows(f).length);
    expect(lines.some((l) => l.includes(',no data,'))).toBe(true);
    expect(figureCsv(f)).toMatch(/Gallium,US net import reliance,100,,,,100 %,2025,yes,/);
  });
});
