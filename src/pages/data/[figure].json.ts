import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFigure, loadFigures } from '../../components/figures/load-figures';

// The resolved figure (every view, every value with its year and source): the download, and what
// the browser re-draws from when a reader switches years.
export const getStaticPaths = (async () => [...(await loadFigures()).keys()].map((figure) => ({ params: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await loadFigure(String(params.figure)), null, 1), { headers: { 'Content-Type': 'application/json' } });
