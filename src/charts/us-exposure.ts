/** Figure: US net import reliance next to China's share of world mine production, per material. */
import type { DotChartData, RenderOptions } from './_shared/model';
import { renderDotRows } from './dot-rows';

export const renderUsExposure = (data: DotChartData, o: RenderOptions) => renderDotRows({ ...data, kind: 'lanes' }, o);
