// Robustness (issue: "a chart with one data point, and a timeline filtered to nothing all render
// without errors"): each dependency chart drawn from a single row holding one value, and the
// timeline with every event filtered out or with just one event, must still be well-formed SVG
// with no NaN/undefined anywhere and exactly the marks the data calls for.
import { describe, expect, it } from 'vitest';
import { renderUsExposure } from '../../src/charts/us-exposure';
import { renderMiningRefining } from '../../src/charts/mining-refining';
import { renderEuExposure } from '../../src/charts/eu-exposure';
import { renderImportSources } from '../../src/charts/import-sources';
import { LAYOUTS } from '../../src/charts/render-chart';
import { renderTimeline, type TimelineMark } from '../../src/charts/timeline';
import type { DotChartData, StackChartData } from '../../src/charts/_shared/model';
import { readRecords } from '../../src/lib/records';
import { timelineEventSchema } from '../../src/lib/schemas';
import { dotView, markCount, stackView } from './charts-helpers';

/** Throws unless every tag closes in order and no stray "<", ">" or bare "&" is left in the text. */
function checkWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const [, close, name, , self] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g)) {
    if (self) continue;
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  const text = svg.replace(/<\/?[a-zA-Z][\w:-]*(?:\s+[\w:-]+="[^"<>]*")*\s*\/?>/g, '');
  if (/[<>]|&(?!(?:amp|lt|gt|quot|#\d+);)/.test(text)) throw new Error('stray markup in text');
}

function expectCleanSvg(svg: string): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(() => checkWellFormed(svg)).not.toThrow();
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
}

/** The first row that has a value, reduced to that one value (the other series: no data). */
function oneDot(d: DotChartData): DotChartData {
  const row = d.rows.find((r) => Object.values(r.values).some(Boolean))!;
  const [key, point] = Object.entries(row.values).find(([, p]) => p)!;
  return { ...d, rows: [{ ...row, values: Object.fromEntries(d.series.map((s) => [s.key, s.key === key ? point : null])) }] };
}
function oneStack(d: StackChartData): StackChartData {
  const row = d.rows.find((r) => r.segments.some((s) => s.point))!;
  return { ...d, rows: [{ ...row, segments: [row.segments.find((s) => s.point)!] }] };
}

const charts = [
  ['us-exposure', (w: number) => renderUsExposure(oneDot(dotView('us-exposure')), opts(w))],
  ['mining-refining', (w: number) => renderMiningRefining(oneDot(dotView('mining-refining')), opts(w))],
  ['eu-exposure', (w: number) => renderEuExposure(oneDot(dotView('eu-exposure')), opts(w))],
  ['import-sources', (w: number) => renderImportSources(oneStack(stackView('import-sources')), opts(w))],
] as const;
const opts = (width: number) => ({ width, idPrefix: 't', title: 'Test' });

describe('robustness: a dependency chart with one data point', () => {
  for (const [id, render] of charts) {
    it.each(LAYOUTS.map((l) => l.width))(`${id} at width %i: clean SVG with exactly one mark`, (width) => {
      const svg = render(width);
      expectCleanSvg(svg);
      expect(svg.match(/<g class="chart-row"/g)).toHaveLength(1);
      expect(markCount(svg)).toBe(1);
    });
  }
});

const events: TimelineMark[] = readRecords('content/data/timeline.json', timelineEventSchema).map((e) => ({
  id: e.id, date: e.date, end_date: e.end_date, actor: e.actor, category: e.category, materials: e.materials, label: e.id,
}));
const visibleMarks = (svg: string) => (svg.match(/<a class="tl-event /g) ?? []).length;

describe('robustness: the timeline filtered to nothing, or with one event', () => {
  for (const layout of ['horizontal', 'vertical'] as const) {
    it(`${layout}: a filter matching nothing leaves no visible event mark`, () => {
      const svg = renderTimeline(events, { layout, filter: { material: 'no-such-material' } });
      expectCleanSvg(svg);
      expect(svg).toContain('data-shown="0"');
      expect(visibleMarks(svg)).toBe(0);
      expect(svg).toContain('class="tl-ghost"'); // the events are there, only filtered out
    });

    it(`${layout}: a single event draws one mark`, () => {
      const svg = renderTimeline(events.slice(0, 1), { layout });
      expectCleanSvg(svg);
      expect(svg).toContain('data-shown="1"');
      expect(visibleMarks(svg)).toBe(1);
    });
  }

  it('the checks themselves catch NaN and broken markup', () => {
    expect(() => expectCleanSvg('<svg><circle cx="NaN"/></svg>')).toThrow();
    expect(() => expectCleanSvg('<svg><g><text>x</g></svg>')).toThrow();
  });
});
