// report.bib: the whole report's citation for BibTeX-based reference managers (linked from "About this report").
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { reportFile, reportUrl } from '../lib/citations';

export const GET: APIRoute = async ({ site }) => {
  const report = (await getEntry('report', 'report'))!.data;
  return new Response(reportFile(report, 'bibtex', reportUrl(report, site, import.meta.env.BASE_URL)),
    { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
