// The per-chapter print page rules (running head, chapter address in the footer), as a static file
// so the Content Security Policy needs no inline style.
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { printPagesCss } from '../lib/print-pages';

export const GET: APIRoute = async ({ site }) => {
  const report = (await getEntry('report', 'report'))!.data;
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order)
    .map((c) => ({ id: c.data.id, title: c.data.title }));
  const canonical = new URL(import.meta.env.BASE_URL, site ?? report.canonicalUrl).href;
  return new Response(printPagesCss(chapters, canonical, report.shortTitle ?? report.title), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
