/** Which timeline events a reader's filter keeps. Shared by the chart, the list and the tests. */
export interface TimelineFilter {
  category?: string;
  actor?: string;
  material?: string;
}

export interface FilterableEvent {
  actor: string;
  category: string;
  materials: readonly string[];
}

/** The figure's lanes: the Netherlands and the EU share one, as the European side of the story. */
export const LANES = [
  { id: 'CN', label: 'China', actors: ['CN'] },
  { id: 'US', label: 'United States', actors: ['US'] },
  { id: 'EU', label: 'Netherlands / EU', actors: ['NL', 'EU'] },
  { id: 'US-CN', label: 'US and China jointly', actors: ['US-CN'] },
] as const;

export type LaneId = (typeof LANES)[number]['id'];

export function laneOf(actor: string): LaneId {
  const lane = LANES.find((l) => (l.actors as readonly string[]).includes(actor));
  if (!lane) throw new Error(`timeline: no lane for actor "${actor}"`);
  return lane.id;
}

/** An empty or missing field matches everything; the actor filter selects a lane. */
export function matchesFilter(e: FilterableEvent, f: TimelineFilter = {}): boolean {
  if (f.category && e.category !== f.category) return false;
  if (f.actor && laneOf(e.actor) !== f.actor) return false;
  if (f.material && !e.materials.includes(f.material)) return false;
  return true;
}

export function isFiltering(f: TimelineFilter = {}): boolean {
  return Boolean(f.category || f.actor || f.material);
}
