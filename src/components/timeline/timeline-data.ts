/** Build-time assembly of the timeline: records joined to our wording, labelled for the chart. */
import { getCollection } from 'astro:content';
import { joinTimelineWording, type WordedEvent } from '../../lib/timeline-wording';
import { formatDate } from '../../lib/dates';
import { CATEGORY_LABELS, type TimelineMark } from '../../charts/timeline';
import type { Source } from '../../lib/schemas';

export const ACTOR_NAMES: Record<string, string> = {
  CN: 'China', US: 'United States', NL: 'Netherlands', EU: 'European Union', 'US-CN': 'US and China',
};

export const MATERIAL_NAMES: Record<string, string> = {
  'rare-earths': 'Rare earths', gallium: 'Gallium', germanium: 'Germanium', graphite: 'Graphite', antimony: 'Antimony',
  superhard: 'Superhard materials', batteries: 'Batteries', tungsten: 'Tungsten', tellurium: 'Tellurium',
  bismuth: 'Bismuth', molybdenum: 'Molybdenum', indium: 'Indium',
};

export const materialName = (m: string) => MATERIAL_NAMES[m] ?? m.charAt(0).toUpperCase() + m.slice(1).replace(/-/g, ' ');

export { KEY_MOMENTS } from '../../charts/timeline-moments';

/** Figure 4's title: its caption and the data downloads both name it. */
export const TIMELINE_TITLE = 'From the gallium controls of 2023 to the Beijing visit of 2026';

export const eventDate = (e: WordedEvent) => formatDate(e.date, e.date_precision);

/** "due to run to 10 November 2026" (a term as set, which a later event may have cut short), or "to 15 May 2026" for a meeting over several days. */
export function formatEnd(e: WordedEvent): string {
  if (!e.end_date) return '';
  const days = (Date.parse(e.end_date) - Date.parse(e.date)) / 86_400_000;
  return days <= 3 ? `to ${formatDate(e.end_date)}` : `due to run to ${formatDate(e.end_date)}`;
}

export function toMark(e: WordedEvent): TimelineMark {
  return {
    id: e.id, date: e.date, end_date: e.end_date, actor: e.actor, category: e.category, materials: e.materials,
    label: `${eventDate(e)}, ${ACTOR_NAMES[e.actor]}, ${CATEGORY_LABELS[e.category]}: ${e.wording.title}`,
  };
}

export async function loadTimeline(): Promise<{ events: WordedEvent[]; sources: Map<string, Source> }> {
  const events = joinTimelineWording(
    (await getCollection('timeline')).map((e) => e.data),
    (await getCollection('timelineWording')).map((e) => e.data),
  );
  const sources = new Map((await getCollection('sources')).map((s) => [s.data.id, s.data]));
  return { events, sources };
}
