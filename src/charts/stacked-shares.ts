/**
 * Shares of a whole, one 100 % bar per material: where US imports come from. China is always the
 * first segment, coloured and hatched, and named in the row heading; other partners are labelled
 * inside their segment when the label fits, and segments too narrow for a name are named in a line
 * under their bar (on paper, or without scripts, a bare "5" named nothing).
 */
import { linearScale } from './_shared/linear-scale';
import { sum } from 'd3-array';
import type { RenderOptions, StackChartData, StackRow } from './_shared/model';
import { NARROW_BELOW } from './_shared/model';
import { el, esc, textWidth, wrap } from './_shared/svg';
import { valueText } from './_shared/format';
import { pointLink, pointTip } from './_shared/marks';
import { FONT, SMALL, frame, percentTicks } from './_shared/frame';

const BAR = 26;
const ROW_GAP = 14;
export const CHINA = 'China';

export function describeStackedShares(data: StackChartData): string {
  const rows = data.rows.map((r) => (r.segments.length
    ? `${r.label}: ${r.segments.map((s) => `${s.partner} ${s.point ? valueText(s.point) : `${s.value} %`}`).join(', ')}.`
    : `${r.label}: no data.`));
  return `Stacked bar chart, ${data.axis.toLowerCase()}, ${data.view.label}, one bar per material. ${rows.join(' ')}`;
}

/** The partner list with China first and a "not itemised" remainder when a source gives less than 100 %. */
export function orderedSegments(row: StackRow): StackRow['segments'] {
  const china = row.segments.filter((s) => s.partner === CHINA);
  const rest = row.segments.filter((s) => s.partner !== CHINA);
  const segs = [...china, ...rest];
  const total = sum(segs, (s) => s.value);
  if (segs.length && total < 99.5) segs.push({ partner: 'Not itemised', point: null, value: Math.round((100 - total) * 10) / 10 });
  return segs;
}

export function renderStackedShares(data: StackChartData, o: RenderOptions): string {
  const narrow = o.width < NARROW_BELOW;
  const W = o.width;
  const x0 = 0;
  const x1 = W - 2;
  const total = (r: StackRow) => Math.max(100, sum(r.segments, (s) => s.value));
  const out: string[] = [];
  const pattern = `${o.idPrefix}-hatch`;
  out.push(el('defs', {}, el('pattern', { id: pattern, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('line', { class: 'chart-hatch', x1: 0, y1: 0, x2: 0, y2: 6 }))));

  let y = 16;
  out.push(el('text', { x: 0, y, class: 'chart-view-label' }, esc(`${data.axis}, average of ${data.view.label}`)));
  y += 18;
  const tickY = y;
  const scale0 = linearScale([0, 100], [x0 + 1, x1 - 1]);
  const gridTop = y + 6;
  y = gridTop + 8;

  for (const row of data.rows) {
    const g: string[] = [];
    const segs = orderedSegments(row);
    const china = segs.find((s) => s.partner === CHINA);
    const head = wrap(row.label, FONT, narrow ? W * 0.55 : W * 0.6, 1)[0]!;
    g.push(el('text', { x: 0, y: y + FONT, class: 'chart-row-label' }, esc(head)));
    const chinaText = !segs.length ? '' : china?.point ? `China ${valueText(china.point)}` : 'China: not itemised';
    if (chinaText) g.push(el('text', { x: W, y: y + FONT, class: 'chart-row-china', 'text-anchor': 'end' }, esc(chinaText)));
    const top = y + FONT + 6;
    const unnamed: string[] = [];
    if (!segs.length) {
      g.push(el('rect', { class: 'chart-nodata-box', x: x0 + 0.5, y: top + 0.5, width: x1 - x0 - 1, height: BAR - 1 }));
      g.push(el('text', { x: (x0 + x1) / 2, y: top + BAR / 2 + 4, class: 'chart-nodata', 'text-anchor': 'middle', 'font-size': SMALL }, 'no data'));
    } else {
      const x = linearScale([0, total(row)], [x0, x1]);
      let acc = 0;
      segs.forEach((s, i) => {
        const a = x(acc);
        const b = x(acc + s.value);
        acc += s.value;
        const isChina = s.partner === CHINA;
        const tone = isChina ? 'china' : s.point ? `other-${Math.min(i, 4)}` : 'rest';
        const parts = [el('rect', { class: `chart-seg seg-${tone}`, x: a, y: top, width: Math.max(0, b - a), height: BAR })];
        if (isChina) parts.push(el('rect', { class: 'chart-seg-hatch', x: a, y: top, width: Math.max(0, b - a), height: BAR, fill: `url(#${pattern})` }));
        const value = s.point ? valueText(s.point) : `${s.value} %`;
        const full = `${s.partner} ${value.replace(' %', '')}`;
        const short = value.replace(' %', '');
        const room = b - a - 8;
        const text = textWidth(full, SMALL) <= room ? full : textWidth(short, SMALL) <= room ? short : '';
        if (text !== full) unnamed.push(full);
        if (text) parts.push(el('text', { x: (a + b) / 2, y: top + BAR / 2 + 4, class: `chart-seg-label${isChina ? ' on-china' : ''}`, 'text-anchor': 'middle', 'font-size': SMALL }, esc(text)));
        const body = parts.join('');
        g.push(s.point
          ? pointLink(row.material, s.partner.toLowerCase().replace(/[^a-z0-9]+/g, '-'), pointTip(row.label, `${s.partner} ${valueText(s.point)} of US imports`, s.point), s.point, body)
          : el('g', { class: 'chart-mark-rest' }, el('title', {}, esc(`${row.label} — not itemised in the source: ${s.value} %`)), body));
      });
    }
    let bottom = top + BAR;
    const key = unnamed.length ? `Narrow segments, left to right: ${unnamed.join(', ')}` : '';
    for (const line of [key, row.note ?? ''].filter(Boolean)) {
      // A tenth to spare in both: the width estimate is for the web face, and runs short for some
      // faces (at 390 px a line ran 5 px past the chart, and the 100 % line crossed its last word).
      wrap(line, SMALL, W * 0.9 - 4, 3).forEach((l) => {
        bottom += SMALL + 4;
        // On a patch of paper, so the grid lines pass behind the words rather than through them.
        g.push(el('rect', { class: 'chart-sub-bg', x: 0, y: bottom - SMALL, width: Math.min(W, textWidth(l, SMALL) * 1.1 + 4), height: SMALL + 3 }));
        g.push(el('text', { x: 0, y: bottom, class: 'chart-row-sub', 'font-size': SMALL }, esc(l)));
      });
    }
    out.push(el('g', { class: 'chart-row', 'data-material': row.material }, ...g));
    y = bottom + ROW_GAP;
  }
  // No line at 0: it would run through the first letter of every row heading, and the bars mark 0.
  const axis = percentTicks(scale0, [0, 25, 50, 75, 100], tickY, gridTop, y - ROW_GAP / 2, W, false);
  return frame(o, 'stacked', y + 4, describeStackedShares(data), [axis.grid, axis.labels, ...out].join(''));
}
