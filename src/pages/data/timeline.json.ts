import type { APIRoute } from 'astro';
import { TIMELINE_TITLE, loadTimeline } from '../../components/timeline/timeline-data';
import { timelineRows } from '../../lib/timeline-table';

// Figure 4's events with their sources' addresses: the timeline's download for code.
export const GET: APIRoute = async () => {
  const { events, sources } = await loadTimeline();
  return new Response(JSON.stringify({ id: 'timeline', title: TIMELINE_TITLE, events: timelineRows(events, sources) }, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
