// ENABLE AFTER MERGING the charts and timeline branches: move this file to tests/unit/.
// (It lives outside vitest's include list because src/charts/ does not exist on the gates branch.)
// Every chart renderer in src/charts/ is a pure (data, options) → SVG string function. Given the
// smallest data a chart can get — one data point — and a timeline filtered to nothing, each must
// still return well-formed SVG: no NaN/Infinity coordinates, no "undefined" text, no exception.
// If a renderer takes another data shape, add it to `inputs` below rather than weakening the checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>('../../src/charts/*.ts', { eager: true });
const dependencies = JSON.parse(readFileSync('content/data/dependencies.json', 'utf8')) as Record<string, unknown>[];
const timeline = JSON.parse(readFileSync('content/data/timeline.json', 'utf8')) as Record<string, unknown>[];

/** The degenerate input for a renderer: one real record, or (timeline) no events at all. */
const inputs = (file: string) => (/timeline/.test(file) ? [[] as unknown[], timeline.slice(0, 1)] : [dependencies.slice(0, 1)]);

function wellFormed(svg: unknown, where: string) {
  expect(typeof svg, where).toBe('string');
  const s = svg as string;
  expect(s, where).toMatch(/<svg[\s>]/);
  expect(s, where).toMatch(/<\/svg>\s*$/);
  expect(s, where).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

describe('robustness: charts with one data point, a timeline filtered to nothing', () => {
  it('finds the chart renderers', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
  });

  for (const [file, mod] of Object.entries(modules)) {
    const renderers = Object.entries(mod).filter(([name, f]) => typeof f === 'function' && /^(render|draw)|Chart$|Svg$/i.test(name));
    for (const [name, render] of renderers) {
      for (const data of inputs(file)) {
        it(`${file.replace('../../', '')} ${name}() with ${data.length} record(s) draws valid SVG`, () => {
          wellFormed((render as (d: unknown, o?: unknown) => unknown)(data, {}), `${name}(${data.length} records)`);
        });
      }
    }
  }
});
