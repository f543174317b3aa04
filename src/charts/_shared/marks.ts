import type { Point, Series, Shape, Tone } from './model';
import { el, esc } from './svg';
import { valueText, whenText } from './format';
import { bindNumbers } from '../../lib/typography';

/** A marker shape; shapes differ per series so that no series is told apart by colour alone. */
export function marker(shape: Shape, tone: Tone, x: number, y: number, r = 6): string {
  const cls = `chart-marker tone-${tone} shape-${shape}`;
  if (shape === 'diamond') {
    const d = r * 1.25;
    return el('polygon', { class: cls, points: `${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}` });
  }
  return el('circle', { class: cls, cx: x, cy: y, r });
}

/**
 * One line per fact, read by the tooltip script and by screen readers (as the link's title). Not the
 * record's note: that is the fact base's working note ("confirmed by MCS 2026 PDF parse (…)"), not
 * our wording; what a reader needs of it is in the figure's notes (content/data/figures.json).
 */
export function pointTip(rowLabel: string, seriesLabel: string, p: Point): string {
  const lines = [
    `${rowLabel} — ${seriesLabel}`,
    `${valueText(p)}${p.estimate ? ' (estimate)' : ''}, ${whenText(p.when)}`,
    `Source: ${p.source.label}${p.confidence === 'high' ? '' : ` (${p.confidence} confidence)`}`,
  ];
  return bindNumbers(lines.join('\n'));
}

/**
 * A value as a link to its source in the bibliography: one click (or Enter) from a number to where
 * it comes from, with or without JavaScript.
 */
export function pointLink(material: string, series: string, tip: string, p: Point, body: string): string {
  return el(
    'a',
    {
      class: 'chart-mark',
      href: `#source-${p.source.id}`,
      'data-material': material,
      'data-series': series,
      'data-record': p.record,
      'data-value': valueText(p),
    },
    el('title', {}, esc(tip)),
    body,
  );
}

export function legendItem(s: Series, x: number, y: number, text: string): string {
  return el('g', { class: 'chart-legend-item' }, marker(s.shape, s.tone, x + 6, y - 4, 5).replace('class="chart-marker', 'class="chart-key chart-marker'), el('text', { x: x + 16, y, class: 'chart-legend-text' }, esc(text)));
}
