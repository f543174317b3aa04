// Shared by the chart tests: the real figures resolved from content/, without astro:content.
import { expect } from 'vitest';
import { textWidth } from '../../src/charts/_shared/svg';
import { readRecords } from '../../src/lib/records';
import { dependencySchema, figureSpecSchema, sourceSchema } from '../../src/lib/schemas';
import { resolveFigure } from '../../src/charts/figure-data';
import type { DotChartData, FigureData, StackChartData } from '../../src/charts/_shared/model';

export const records = new Map(readRecords('content/data/dependencies.json', dependencySchema).map((r) => [r.id, r]));
export const sources = new Map(readRecords('content/sources.json', sourceSchema).map((s) => [s.id, s]));
export const specs = readRecords('content/data/figures.json', figureSpecSchema);

export function figure(id: string): FigureData {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new Error(`no figure ${id}`);
  return resolveFigure(spec, records, sources);
}
export const dotView = (id: string, i = 0) => figure(id).views[i] as DotChartData;
export const stackView = (id: string, i = 0) => figure(id).views[i] as StackChartData;

/** Every mark (a value linked to its source) in an SVG string. */
export const markCount = (svg: string) => (svg.match(/<a class="chart-mark"/g) ?? []).length;

/** Marker centres: circles by cx, diamonds by their top vertex. */
export function markerXs(svg: string): number[] {
  const xs: number[] = [];
  for (const m of svg.matchAll(/<circle class="chart-marker[^"]*" cx="([\d.]+)"/g)) xs.push(Number(m[1]));
  for (const m of svg.matchAll(/<polygon class="chart-marker[^"]*" points="([\d.]+),/g)) xs.push(Number(m[1]));
  return xs;
}

export const viewBox = (svg: string) => {
  const [, , w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
  return { w: w!, h: h! };
};

/** Texts with their x and anchor, to check that nothing runs off the viewBox. */
export function texts(svg: string): { x: number; anchor: string; text: string; size: number }[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(/ x="([-\d.]+)"/.exec(` ${m[1]}`)?.[1] ?? 0),
    anchor: /text-anchor="(\w+)"/.exec(m[1]!)?.[1] ?? 'start',
    size: Number(/font-size="([\d.]+)"/.exec(m[1]!)?.[1] ?? 13),
    text: m[2]!.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/&quot;/g, '"'),
  }));
}

/** Every text label, at its estimated width and anchor, lies inside the chart's viewBox. */
export function expectTextsInsideViewBox(svg: string): void {
  const { w } = viewBox(svg);
  for (const t of texts(svg)) {
    const tw = textWidth(t.text, t.size);
    const left = t.anchor === 'end' ? t.x - tw : t.anchor === 'middle' ? t.x - tw / 2 : t.x;
    expect(left, t.text).toBeGreaterThanOrEqual(-0.5);
    expect(left + tw, t.text).toBeLessThanOrEqual(w + 0.5);
  }
}
