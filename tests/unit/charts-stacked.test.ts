import { describe, expect, test } from 'vitest';
import { renderImportSources } from '../../src/charts/import-sources';
import { orderedSegments } from '../../src/charts/stacked-shares';
import { LAYOUTS } from '../../src/charts/render-chart';
import type { StackChartData } from '../../src/charts/_shared/model';
import { expectTextsInsideViewBox, markCount, stackView } from './charts-helpers';

const opts = (width: number) => ({ width, idPrefix: 't', title: 'Test' });
const latest = stackView('import-sources', 0);
const earlier = stackView('import-sources', 1);

describe('import sources', () => {
  test.each(LAYOUTS.map((l) => l.width))('one linked segment per partner share at width %i', (width) => {
    const n = latest.rows.reduce((k, r) => k + r.segments.length, 0);
    expect(markCount(renderImportSources(latest, opts(width)))).toBe(n);
  });

  test('each bar spans the full scale: segment widths add up to the plot width', () => {
    const svg = renderImportSources(latest, opts(680));
    for (const row of latest.rows) {
      const g = new RegExp(`data-material="${row.material}">([\\s\\S]*?)</g>(?:<g class="chart-row"|</svg>)`).exec(svg)![1]!;
      const widths = [...g.matchAll(/<rect class="chart-seg [^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(678, 0);
    }
  });

  test.each([680, 340])('names every partner on the drawn chart at width %i: in its segment, or under the bar when the segment is too narrow', (width) => {
    // Without the tooltip (on paper, or without scripts) a segment showing only "5" named nothing.
    const svg = renderImportSources(latest, opts(width));
    for (const row of latest.rows) {
      const g = new RegExp(`data-material="${row.material}">([\\s\\S]*?)</g>(?:<g class="chart-row"|</svg>)`).exec(svg)![1]!;
      const words = [...g.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!).join(' ').replace(/\s+/g, ' ');
      for (const seg of orderedSegments(row)) expect(words, `${row.material}: ${seg.partner}`).toContain(seg.partner);
    }
  });

  test('China comes first, hatched as well as coloured, and is named in the row heading', () => {
    const svg = renderImportSources(latest, opts(340));
    expect(svg).toMatch(/data-material="gallium">.*?China 18 %/s);
    expect(svg).toMatch(/class="chart-seg seg-china"[^>]*\/><rect class="chart-seg-hatch"/);
    for (const row of latest.rows) expect(orderedSegments(row)[0]!.partner).toBe('China');
  });

  test('2020–23: gallium, germanium and tungsten are "no data", not zero; antimony keeps a not-itemised remainder', () => {
    const svg = renderImportSources(earlier, opts(680));
    for (const m of ['gallium', 'germanium', 'tungsten']) {
      expect(svg).toMatch(new RegExp(`data-material="${m}">[^]*?no data`));
    }
    const antimony = orderedSegments(earlier.rows.find((r) => r.material === 'antimony')!);
    expect(antimony.map((s) => [s.partner, s.value])).toEqual([['China', 63], ['Not itemised', 37]]);
    expect(svg).toContain('average of 2020–23');
  });

  test.each(LAYOUTS.map((l) => l.width))('long labels stay inside the viewBox at width %i', (width) => {
    const data: StackChartData = { ...latest, rows: [{ ...latest.rows[0]!, label: 'Rare-earth compounds, metals, alloys and permanent magnets of every description and grade' }, ...latest.rows.slice(1)] };
    const svg = renderImportSources(data, opts(width));
    expectTextsInsideViewBox(svg);
  });

  test.each([['latest', 680], ['latest', 340], ['earlier', 680]] as const)('SVG snapshot (%s, %i)', (which, width) => {
    expect(renderImportSources(which === 'latest' ? latest : earlier, opts(width))).toMatchSnapshot();
  });
});
