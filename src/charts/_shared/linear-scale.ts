/**
 * A tiny linear scale: a straight line from a two-value domain to a two-value range, with optional
 * clamping and d3-array's ticks. Written out rather than taken from d3-scale because scaleLinear
 * pulls d3-interpolate and d3-color (about 6 KB gzip) into the browser bundle. The arithmetic is
 * d3-scale's own (normalize, then interpolateNumber), so the SVG it yields is byte-identical.
 */
import { ticks as arrayTicks } from 'd3-array';

export interface LinearScale {
  (v: number): number;
  ticks(count?: number): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number], clamp = false): LinearScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const ticks = (count = 10) => arrayTicks(domain[0], domain[1], count);
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const scale = ((v: number) => {
    if (clamp) v = Math.max(lo, Math.min(hi, v));
    const t = span ? (v - d0) / span : isNaN(span) ? NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.ticks = ticks;
  return scale;
}
