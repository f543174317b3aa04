import { describe, expect, test } from 'vitest';
import { renderUsExposure } from '../../src/charts/us-exposure';
import { renderMiningRefining } from '../../src/charts/mining-refining';
import { renderEuExposure } from '../../src/charts/eu-exposure';
import { LAYOUTS } from '../../src/charts/render-chart';
import type { DotChartData, Point } from '../../src/charts/_shared/model';
import { expectTextsInsideViewBox, dotView, markCount, markerXs, viewBox } from './charts-helpers';

const charts = [
  ['us-exposure', renderUsExposure],
  ['mining-refining', renderMiningRefining],
  ['eu-exposure', renderEuExposure],
] as const;

const points = (d: DotChartData) => d.rows.flatMap((r) => Object.values(r.values)).filter((p): p is Point => !!p);
const opts = (width: number) => ({ width, idPrefix: 't', title: 'Test' });

describe.each(charts)('%s', (id, render) => {
  const data = dotView(id);
  test.each(LAYOUTS.map((l) => l.width))('one mark per value at width %i', (width) => {
    const svg = render(data, opts(width));
    expect(markCount(svg)).toBe(points(data).length);
    expect(markerXs(svg)).toHaveLength(points(data).length);
  });

  test('the 0–100 % scale covers every value and every marker sits inside the viewBox', () => {
    for (const { width } of LAYOUTS) {
      const svg = render(data, opts(width));
      const { w } = viewBox(svg);
      for (const x of markerXs(svg)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(w);
      }
      for (const p of points(data)) expect(p.value).toBeGreaterThanOrEqual(0), expect(p.value).toBeLessThanOrEqual(100);
    }
  });

  test('every value label says the value as the source does', () => {
    const svg = render(data, opts(680));
    for (const p of points(data)) expect(svg).toContain(`data-record="${p.record}"`);
  });

  test.each(LAYOUTS.map((l) => [l.name, l.width] as const))('SVG snapshot (%s)', (_name, width) => {
    expect(render(data, opts(width))).toMatchSnapshot();
  });
});

describe('US exposure', () => {
  const data = dotView('us-exposure');
  test('germanium has no China mine share, and the chart says "no data" rather than zero', () => {
    const svg = renderUsExposure(data, opts(680));
    const row = /<g class="chart-row" data-material="germanium">([\s\S]*?)<\/g><g class="chart-row"/.exec(svg)![1]!;
    expect(row).toContain('no data');
    expect(row).not.toMatch(/>0 %</);
    expect(markCount(row)).toBe(1);
  });

  test('a USGS lower bound is printed as ">50 %" with an arrow, not as 50', () => {
    const svg = renderUsExposure(data, opts(680));
    expect(svg).toContain('&gt;50 %');
    expect(svg).toMatch(/class="chart-bound tone-us"/);
    expect(svg).not.toMatch(/>50 %</);
  });

  test('gallium shows 100 % US reliance and a 99 % China mine share, in 2025', () => {
    const row = data.rows.find((r) => r.material === 'gallium')!;
    expect(row.values.us_nir).toMatchObject({ value: 100, when: '2025' });
    expect(row.values.china_mine).toMatchObject({ value: 99, when: '2025' });
  });

  test('the 2024 view uses the revised rare-earth reliance (53 %), never the superseded 80 %', () => {
    const row = dotView('us-exposure', 1).rows.find((r) => r.material === 'rare-earths')!;
    expect(row.values.us_nir?.value).toBe(53);
  });
});

describe('EU exposure', () => {
  test('the rare-earth import share is drawn as the range 69–74 %, not a point', () => {
    const svg = renderEuExposure(dotView('eu-exposure'), opts(680));
    expect(svg).toContain('69–74 %');
    expect(svg).toMatch(/class="chart-range tone-eu"/);
  });
});

describe('long labels', () => {
  const long = 'Rare-earth permanent magnets and separated heavy rare-earth oxides of every grade';
  const base = dotView('mining-refining');
  const data: DotChartData = { ...base, rows: [{ ...base.rows[0]!, label: long }, ...base.rows.slice(1)] };
  test.each(LAYOUTS.map((l) => l.width))('stay inside the viewBox at width %i', (width) => {
    const svg = renderMiningRefining(data, opts(width));
    expectTextsInsideViewBox(svg);
    expect(svg).toContain('…');
  });
});

describe('mine-to-refinery dumbbells', () => {
  test("write a period with its basis in one parenthesis: the IEA's rare-earth share", () => {
    const svg = renderMiningRefining(dotView('mining-refining'), opts(680));
    expect(svg).toContain('91 % (2024–2025, IEA commentary of 23 Oct 2025)');
    expect(svg).not.toMatch(/\([^()<]*\(/);
  });

  // Gallium's two stages (98.8 and 99 %) are 0.2 points apart: drawn on one track, the refining
  // diamond hid the mining circle entirely; 10 px apart, it still bit the ring's top off (a "C").
  // Apart by a ring's radius (6) and stroke plus a diamond's half height (7.5), they do not touch.
  test.each(LAYOUTS.map((l) => l.width))('show both markers where the two stages all but coincide, at width %i', (width) => {
    const svg = renderMiningRefining(dotView('mining-refining'), opts(width));
    const row = /<g class="chart-row" data-material="gallium">(.*?)<\/g><g class="chart-row"|<g class="chart-row" data-material="gallium">(.*)$/s.exec(svg)!;
    const body = row[1] ?? row[2]!;
    const circle = /<circle class="chart-marker[^"]*" cx="([\d.]+)" cy="([\d.]+)"/.exec(body)!;
    const diamond = /<polygon class="chart-marker[^"]*" points="([\d.]+),([\d.]+) /.exec(body)!;
    const [cx, cy] = [Number(circle[1]), Number(circle[2])];
    const [dx, dy] = [Number(diamond[1]), Number(diamond[2]) + 7.5]; // the diamond's first point is its top tip
    expect(Math.hypot(cx - dx, cy - dy)).toBeGreaterThanOrEqual(14);
  });
});
