import { format } from 'd3-format';
import type { Point } from './model';

const number = format('.1~f');
const QUALIFIER: Record<string, string> = { '~': '~', '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

/** "71 %", ">50 %", "~70 %", "69–74 %": the value as the source states it, never more precise. */
export function valueText(p: Pick<Point, 'value' | 'qualifier' | 'range'>): string {
  if (p.range) return `${number(p.range[0])}–${number(p.range[1])} %`;
  return `${p.qualifier ? QUALIFIER[p.qualifier] : ''}${number(p.value)} %`;
}

/**
 * A year or period as the text writes it: "2021–2024" with an en dash, as the data's "2021-2024" is
 * not; a parenthesis becomes a comma, since the chart's description puts the whole in one
 * ("91 % (2024–2025, IEA commentary …)", never "(2024–2025 (IEA …))").
 */
export function whenText(when: string): string {
  return when.replace(/(\d{4})\s*-\s*(\d{4})/g, '$1–$2').replace(/\s*\(([^()]*)\)\s*$/, ', $1');
}

/** "2021-2024" → "2021–24"; "ECA report 2026" → "2026"; "2024-2025 (IEA …)" → "2024–25". */
export function shortWhen(when: string): string {
  const span = /(\d{4})\s*[-–]\s*(\d{4})/.exec(when);
  if (span) return `${span[1]}–${span[2]!.slice(2)}`;
  const year = /\d{4}/.exec(when);
  return year ? year[0] : when;
}

/** True when a value is only a bound (USGS ">50"): drawn with an arrow, never as the number alone. */
export const isLowerBound = (p: Pick<Point, 'qualifier'>) => p.qualifier === '>' || p.qualifier === '>=';
