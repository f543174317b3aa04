import type { APIRoute } from 'astro';
import { loadTimeline } from '../../components/timeline/timeline-data';
import { timelineCsv, timelineRows } from '../../lib/timeline-table';

// Figure 4's events, one line each, from the same joined records the chart and the list draw.
export const GET: APIRoute = async () => {
  const { events, sources } = await loadTimeline();
  return new Response(timelineCsv(timelineRows(events, sources)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
