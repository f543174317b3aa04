import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFigure, loadFigures } from '../../components/figures/load-figures';
import { figureCsv } from '../../charts/figure-table';

// One CSV per figure, written from the same resolved records the chart and its table draw.
export const getStaticPaths = (async () => [...(await loadFigures()).keys()].map((figure) => ({ params: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(figureCsv(await loadFigure(String(params.figure))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
