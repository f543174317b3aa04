/**
 * The dot-row chart behind three figures: one row per material on a 0–100 % scale. Two forms:
 * "lanes" (each series on its own line, for different measures side by side) and "dumbbell" (one
 * line joining two stages of the same measure). Bounds (">50") get an arrow, ranges a bar, and a
 * missing value the words "no data", never a zero.
 */
import { linearScale } from './_shared/linear-scale';
import type { DotChartData, Point, RenderOptions, Series } from './_shared/model';
import { NARROW_BELOW } from './_shared/model';
import { el, esc, textWidth, wrap } from './_shared/svg';
import { isLowerBound, valueText, whenText } from './_shared/format';
import { legendItem, marker, pointLink, pointTip } from './_shared/marks';
import { FONT, SMALL, frame, percentTicks } from './_shared/frame';

const LANE = 22;
const ROW_GAP = 12;
const BOUND_ARROW = 9; // percentage points the arrow of a lower bound extends beyond it

/** The year each series shows, when every row of the chart shares it (then the legend says it once). */
function sharedWhen(data: DotChartData, s: Series): string | null {
  const whens = new Set(data.rows.map((r) => r.values[s.key]?.whenShort).filter((w): w is string => !!w));
  return whens.size === 1 ? [...whens][0]! : null;
}

export function describeDotRows(data: DotChartData): string {
  const rows = data.rows.map((r) => `${r.label}: ${data.series.map((s) => {
    const p = r.values[s.key];
    return `${s.label}, ${p ? `${valueText(p)} (${whenText(p.when)})` : 'no data'}`;
  }).join('; ')}.`);
  return `${data.kind === 'dumbbell' ? 'Dumbbell' : 'Dot'} chart, ${data.axis.toLowerCase()}, one row per material. ${rows.join(' ')}`;
}

export function renderDotRows(data: DotChartData, o: RenderOptions): string {
  const narrow = o.width < NARROW_BELOW;
  const W = o.width;
  const labelW = narrow ? 0 : Math.min(180, Math.round(W * 0.25));
  const x0 = narrow ? 12 : labelW + 16;
  const x1 = W - 62; // room for a "100 %" label right of a marker at 100
  const x = linearScale([0, 100], [x0, x1], true);
  const shared = data.series.map((s) => sharedWhen(data, s));
  const out: string[] = [];

  // Legend: marker and words for each series, with its year when every row shares it.
  let y = 16;
  let lx = narrow ? 0 : x0 - 6;
  data.series.forEach((s, i) => {
    const when = shared[i];
    const text = when && !s.short.includes(when) ? `${s.short}, ${when}` : s.short;
    const w = textWidth(text, FONT) + 34;
    if (lx + w > W && lx > 0) { lx = narrow ? 0 : x0 - 6; y += 20; }
    out.push(legendItem(s, lx, y, text));
    if (narrow) { lx = 0; y += 20; } else lx += w;
  });
  y += narrow ? 8 : 26;
  const tickY = y;
  const gridTop = y + 6;
  y = gridTop + 6;

  const rowsOut: string[] = [];
  for (const row of data.rows) {
    // Years that differ from row to row are said in the row itself, never left implicit.
    const years = data.series
      .map((s, i) => (shared[i] ? null : row.values[s.key] ? `${s.short} ${row.values[s.key]!.whenShort}` : null))
      .filter(Boolean)
      .join(' · ');
    const g: string[] = [];
    const lanes = data.kind === 'lanes' ? data.series.length : 1;
    let lanesTop: number;
    if (narrow) {
      const head = wrap(row.label, FONT, W - 4, 1)[0]!;
      g.push(el('text', { x: 0, y: y + FONT, class: 'chart-row-label' }, esc(head)));
      let hy = y + FONT;
      if (years) {
        const yl = wrap(years, SMALL, W - 4, 2);
        yl.forEach((l) => { hy += SMALL + 3; g.push(el('text', { x: 0, y: hy, class: 'chart-row-sub', 'font-size': SMALL }, esc(l))); });
      }
      lanesTop = hy + 6;
    } else {
      const lines = wrap(row.label, FONT, labelW, 2);
      const sub = years ? wrap(years, SMALL, labelW, 2) : [];
      const headH = lines.length * (FONT + 3) + sub.length * (SMALL + 3);
      const bodyH = lanes * LANE;
      lanesTop = y + Math.max(0, (headH - bodyH) / 2);
      let ty = y + Math.max(0, (bodyH - headH) / 2) + FONT;
      lines.forEach((l) => { g.push(el('text', { x: 0, y: ty, class: 'chart-row-label' }, esc(l))); ty += FONT + 3; });
      sub.forEach((l) => { g.push(el('text', { x: 0, y: ty - 2, class: 'chart-row-sub', 'font-size': SMALL }, esc(l))); ty += SMALL + 3; });
    }
    for (let l = 0; l < lanes; l++) {
      const cy = lanesTop + l * LANE + LANE / 2;
      g.push(el('line', { class: 'chart-track', x1: x(0), x2: x(100), y1: cy, y2: cy }));
    }
    if (data.kind === 'lanes') {
      data.series.forEach((s, i) => {
        const cy = lanesTop + i * LANE + LANE / 2;
        const p = row.values[s.key];
        g.push(p ? pointMark(row.label, row.material, s, p, cy, x, W, 'right') : noData(x0 + 2, cy, 'no data'));
      });
    } else {
      const cy = lanesTop + LANE / 2;
      const [a, b] = data.series as [Series, Series];
      const pa = row.values[a.key];
      const pb = row.values[b.key];
      if (pa && pb) {
        const low = pa.value <= pb.value ? [a, pa] as const : [b, pb] as const;
        const high = low[1] === pa ? [b, pb] as const : [a, pa] as const;
        g.push(el('line', { class: `chart-link tone-${a.tone}`, x1: x(low[1].value), x2: x(high[1].value), y1: cy, y2: cy }));
        // Where the two stages all but coincide (gallium: 98.8 and 99 %), each marker steps off the
        // track until they no longer touch (a ring's radius and stroke plus a diamond's half height:
        // at 5 px each the diamond bit the top off the ring, which read as a "C").
        const dodge = Math.abs(x(high[1].value) - x(low[1].value)) < 12 ? 7.5 : 0;
        const marks = [pointMark(row.label, row.material, low[0], low[1], cy - dodge, x, W, 'left'), pointMark(row.label, row.material, high[0], high[1], cy + dodge, x, W, 'right')];
        g.push(...(low[0] === a ? marks : marks.reverse()));
      } else {
        const [present, missing] = pa ? [a, b] : [b, a];
        const p = pa ?? pb;
        const text = `${missing.short}: no data`;
        if (p) {
          g.push(pointMark(row.label, row.material, present, p, cy, x, W, 'right'));
          const room = x(p.value) - x0 - 16;
          g.push(noData(room > textWidth(text, SMALL) ? x0 + 2 : x(p.value) + 60, cy, text));
        } else g.push(noData(x0 + 2, cy, 'no data'));
      }
    }
    let bottom = lanesTop + lanes * LANE;
    if (row.note) {
      wrap(row.note, SMALL, W - (narrow ? 4 : x0 + 4), 3).forEach((l) => {
        bottom += SMALL + 3;
        g.push(el('text', { x: narrow ? 0 : x0, y: bottom, class: 'chart-row-sub', 'font-size': SMALL }, esc(l)));
      });
    }
    rowsOut.push(el('g', { class: 'chart-row', 'data-material': row.material }, ...g));
    y = bottom + ROW_GAP;
  }
  const axis = percentTicks(x, x.ticks(4), tickY, gridTop, y - ROW_GAP / 2, W);
  const body = [axis.grid, axis.labels, el('g', { class: 'chart-legend' }, ...out), ...rowsOut].join('');
  return frame(o, data.kind, y + 4, describeDotRows(data), body);
}

function noData(xPos: number, cy: number, text: string): string {
  return el('text', { x: xPos, y: cy + 4, class: 'chart-nodata', 'font-size': SMALL }, esc(text));
}

/** A marker with its value label, as a link to its source. Bounds get an arrow, ranges a bar. */
function pointMark(rowLabel: string, material: string, s: Series, p: Point, cy: number, x: (v: number) => number, W: number, side: 'left' | 'right'): string {
  const minX = x(0) - 8;
  const parts: string[] = [];
  // Labels start 11 units from the value: clear of the marker (radius 6, a diamond's tip 7.5) by ~4.
  let right = x(p.value) + 11;
  let left = x(p.value) - 11;
  if (p.range) {
    parts.push(el('line', { class: `chart-range tone-${s.tone}`, x1: x(p.range[0]), x2: x(p.range[1]), y1: cy, y2: cy }));
    right = Math.max(right, x(p.range[1]) + 6);
    left = Math.min(left, x(p.range[0]) - 6);
  }
  if (isLowerBound(p)) {
    const end = x(Math.min(100, p.value + BOUND_ARROW));
    parts.push(el('path', { class: `chart-bound tone-${s.tone}`, d: `M${x(p.value)},${cy}H${end}m-5,-4l5,4l-5,4` }));
    right = Math.max(right, end + 6);
  }
  parts.push(marker(s.shape, s.tone, x(p.value), cy));
  const label = valueText(p);
  const tw = textWidth(label, FONT);
  const toLeft = side === 'left' ? left - tw > minX : right + tw > W;
  parts.push(el('text', {
    x: toLeft ? left : right, y: cy + 4.5, class: `chart-value tone-${s.tone}`, 'text-anchor': toLeft ? 'end' : 'start',
  }, esc(label)));
  return pointLink(material, s.key, pointTip(rowLabel, s.label, p), p, parts.join(''));
}
