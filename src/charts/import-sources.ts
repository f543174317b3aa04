/** Figure: each material's US import sources by share, China first. */
import type { RenderOptions, StackChartData } from './_shared/model';
import { renderStackedShares } from './stacked-shares';

export const renderImportSources = (data: StackChartData, o: RenderOptions) => renderStackedShares(data, o);
