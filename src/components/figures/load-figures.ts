/** The four dependency figures, resolved once per build from the content collections. */
import { getCollection } from 'astro:content';
import { resolveFigure } from '../../charts/figure-data';
import type { FigureData } from '../../charts/_shared/model';

let cache: Promise<Map<string, FigureData>> | undefined;

export function loadFigures(): Promise<Map<string, FigureData>> {
  cache ??= (async () => {
    const records = new Map((await getCollection('dependencies')).map((e) => [e.id, e.data]));
    const sources = new Map((await getCollection('sources')).map((e) => [e.id, e.data]));
    const specs = (await getCollection('figures')).map((e) => e.data);
    return new Map(specs.map((spec) => [spec.id, resolveFigure(spec, records, sources)]));
  })();
  return cache;
}

export async function loadFigure(id: string): Promise<FigureData> {
  const fig = (await loadFigures()).get(id);
  if (!fig) throw new Error(`content/data/figures.json: no figure "${id}" (a chapter embeds <DependencyFigure chart="${id}" />)`);
  return fig;
}
