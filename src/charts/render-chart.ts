/** One entry point for the build and the browser: a resolved view in, its SVG out. */
import type { ChartData, RenderOptions } from './_shared/model';
import { renderDotRows } from './dot-rows';
import { renderStackedShares } from './stacked-shares';

export function renderChart(data: ChartData, o: RenderOptions): string {
  return data.kind === 'stacked' ? renderStackedShares(data, o) : renderDotRows(data, o);
}

/** The two layouts every figure ships: CSS shows the one that fits (a container query), print the wide one. */
export const LAYOUTS = [
  { name: 'wide', width: 680 },
  { name: 'narrow', width: 340 },
] as const;
