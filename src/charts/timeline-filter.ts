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

/**
 * The figure's lanes: the Netherlands and the EU share one, as the European side of the story.
 * `upright` is the name over a lane's narrow column when time runs down a phone's page: the full
 * names took as much width as China's stack of marks needs (the legend gives them in full).
 */
export const LANES = [
  { id: 'CN', label: 'China', upright: 'China', actors: ['CN'] },
  { id: 'US', label: 'United States', upright: 'United States', actors: ['US'] },
  { id: 'EU', label: 'Netherlands / EU', upright: 'NL / EU', actors: ['NL', 'EU'] },
  { id: 'US-CN', label: 'US and China jointly', upright: 'US and China', actors: ['US-CN'] },
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
