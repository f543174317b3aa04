/**
 * Figure 4's data as a download: one row per event, in our published wording, with the sources
 * behind it and their addresses, so the timeline can be checked and reused like the other figures.
 */
import { CATEGORY_LABELS } from '../charts/timeline';
import { ContentError } from './content-error';
import { csvFile } from './csv';
import type { Source } from './schemas';
import type { WordedEvent } from './timeline-wording';

export interface TimelineRow {
  id: string;
  /** The event's permanent anchor in the report. */
  anchor: string;
  date: string;
  /** "day", or "month" when only the month is known. */
  date_precision: string;
  /** The end of a period in force, as set at the time (a later event may have cut it short). */
  end_date: string | null;
  actor: string;
  category: string;
  category_label: string;
  materials: string[];
  title: string;
  summary: string;
  confidence: string;
  sources: { id: string; publisher: string; url: string | null }[];
}

export function timelineRows(events: WordedEvent[], sources: Map<string, Source>): TimelineRow[] {
  return events.map((e) => ({
    id: e.id,
    anchor: `event-${e.id}`,
    date: e.date,
    date_precision: e.date_precision,
    end_date: e.end_date ?? null,
    actor: e.actor,
    category: e.category,
    category_label: CATEGORY_LABELS[e.category] ?? e.category,
    materials: e.materials,
    title: e.wording.title,
    summary: e.wording.summary,
    confidence: e.confidence,
    // The records may name a source twice; the list on the page shows it once, and so does the file.
    sources: [...new Set(e.sources)].map((id) => {
      const s = sources.get(id);
      if (!s) throw new ContentError('content/data/timeline.json', e.id, `sources[${e.sources.indexOf(id)}]`, `unknown source id "${id}"`);
      return { id, publisher: s.publisher, url: s.url };
    }),
  }));
}

const LIST = ' | ';
const COLUMNS = ['id', 'anchor', 'date', 'date_precision', 'end_date', 'actor', 'category', 'category_label', 'materials', 'title', 'summary', 'confidence', 'source_ids', 'source_publishers', 'source_urls'] as const;

/** Lists in one cell are separated by " | ", which no id, material, publisher or address holds. */
export const timelineCsv = (rows: TimelineRow[]): string =>
  csvFile(COLUMNS, rows.map((r) => [
    r.id, r.anchor, r.date, r.date_precision, r.end_date, r.actor, r.category, r.category_label, r.materials.join(LIST),
    r.title, r.summary, r.confidence, r.sources.map((s) => s.id).join(LIST), r.sources.map((s) => s.publisher).join(LIST),
    r.sources.map((s) => s.url ?? '').join(LIST),
  ]));
