// report.json: the whole report's citation as CSL-JSON (Zotero, Pandoc, citeproc) (linked from "About this report").
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { reportFile, reportUrl } from '../lib/citations';

export const GET: APIRoute = async ({ site }) => {
  const report = (await getEntry('report', 'report'))!.data;
  return new Response(reportFile(report, 'csl-json', reportUrl(report, site, import.meta.env.BASE_URL)),
    { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
