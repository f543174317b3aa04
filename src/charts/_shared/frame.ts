import { el, esc, textWidth } from './svg';
import type { RenderOptions } from './model';
import { NARROW_BELOW } from './model';

export const FONT = 13;
export const SMALL = 11.5;

/** The SVG root: viewBox sizing, a role with its title and description, the layout named for CSS. */
export function frame(o: RenderOptions, kind: string, height: number, desc: string, body: string): string {
  const layout = o.width < NARROW_BELOW ? 'narrow' : 'wide';
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg chart-svg--${layout} chart-${kind}`,
      viewBox: `0 0 ${o.width} ${Math.ceil(height)}`,
      // Not role="img": that role hides its children, and every value here is a focusable link to
      // its source. graphics-document (WAI-ARIA Graphics) is the role for an SVG with parts.
      role: 'graphics-document',
      'aria-roledescription': 'chart',
      'aria-labelledby': `${o.idPrefix}-title ${o.idPrefix}-desc`,
      'data-layout': layout,
      'font-size': FONT,
    },
    el('title', { id: `${o.idPrefix}-title` }, esc(o.title)),
    el('desc', { id: `${o.idPrefix}-desc` }, esc(desc)),
    body,
  );
}

/** Percentage axis ticks along the top: "0 25 50 75 100 %". */
export function percentTicks(x: (v: number) => number, ticks: number[], y: number, top: number, bottom: number, width: number, zeroLine = true): { labels: string; grid: string } {
  const labels = ticks.map((t, i) => {
    const text = i === ticks.length - 1 ? `${t} %` : String(t);
    const half = textWidth(text, SMALL) / 2;
    const anchor = x(t) - half < 0 ? 'start' : x(t) + half > width ? 'end' : 'middle';
    return el('text', { x: x(t), y, class: 'chart-tick', 'text-anchor': anchor, 'font-size': SMALL }, esc(text));
  }).join('');
  const grid = ticks.filter((t) => zeroLine || t !== 0).map((t) => el('line', { class: 'chart-grid', x1: x(t), x2: x(t), y1: top, y2: bottom })).join('');
  return { labels: el('g', { class: 'chart-axis', 'aria-hidden': 'true' }, labels), grid: el('g', { class: 'chart-grids', 'aria-hidden': 'true' }, grid) };
}
