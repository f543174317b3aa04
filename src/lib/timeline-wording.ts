/**
 * Joins each timeline record to our own wording for it. The records' title/summary are the fact
 * base's working notes; what we publish is the wording file, so a missing or stray entry stops the build.
 */
import { ContentError } from './content-error';
import type { TimelineEvent, TimelineWording } from './schemas';

export const WORDING_FILE = 'content/data/timeline-wording.json';

export type WordedEvent = TimelineEvent & { wording: TimelineWording };

export function joinTimelineWording(events: TimelineEvent[], wording: TimelineWording[]): WordedEvent[] {
  const byId = new Map(wording.map((w) => [w.id, w]));
  const known = new Set(events.map((e) => e.id));
  const stray = wording.find((w) => !known.has(w.id));
  if (stray) throw new ContentError(WORDING_FILE, stray.id, 'id', 'no event in content/data/timeline.json has this id');
  return events
    .map((e) => {
      const w = byId.get(e.id);
      if (!w) throw new ContentError(WORDING_FILE, e.id, '(record)', 'this timeline event has no wording: add { id, title, summary }');
      // A medium- or low-confidence event is one we only have second-hand: the reader must be told.
      if (e.confidence !== 'high' && !/^Reported\b/.test(w.summary)) {
        throw new ContentError(WORDING_FILE, e.id, 'summary', `a ${e.confidence}-confidence event must begin "Reported"`);
      }
      return { ...e, wording: w };
    })
    .sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date.localeCompare(b.date)));
}
