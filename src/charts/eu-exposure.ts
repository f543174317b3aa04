/** Figure: the EU's reliance on China, by two measures that are shown side by side, not as a trend. */
import type { DotChartData, RenderOptions } from './_shared/model';
import { renderDotRows } from './dot-rows';

export const renderEuExposure = (data: DotChartData, o: RenderOptions) => renderDotRows({ ...data, kind: 'lanes' }, o);
