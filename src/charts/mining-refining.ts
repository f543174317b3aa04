/** Figure: China's share of world mine production against its share of refining, as dumbbells. */
import type { DotChartData, RenderOptions } from './_shared/model';
import { renderDotRows } from './dot-rows';

export const renderMiningRefining = (data: DotChartData, o: RenderOptions) => renderDotRows({ ...data, kind: 'dumbbell' }, o);
