import { describe, expect, test } from 'vitest';
import { timelineCsv, timelineRows } from '../../src/lib/timeline-table';
import type { Source } from '../../src/lib/schemas';
import type { WordedEvent } from '../../src/lib/timeline-wording';

const source: Source = { id: 'kbs', title: null, publisher: 'KBS World', url: 'https://world.kbs.co.kr/x', published: '2025-10-30', accessed: '2026-11-30', snippets: [] };
const event = {
  id: '2025-10-30-busan', date: '2025-10-30', date_precision: 'day', actor: 'US-CN', category: 'diplomacy', materials: ['rare-earths', 'gallium'],
  title: 'note', summary: 'note', sources: ['kbs'], confidence: 'high',
  wording: { id: '2025-10-30-busan', title: 'Trump and Xi meet, "at last"', summary: 'Talks of about 100 minutes, then a tariff cut.' },
} as unknown as WordedEvent;

describe("the timeline's data file", () => {
  const rows = timelineRows([event], new Map([['kbs', source]]));

  test('publishes our wording, the anchor and every source with its address', () => {
    expect(rows[0]).toMatchObject({ anchor: 'event-2025-10-30-busan', title: 'Trump and Xi meet, "at last"', category_label: 'Diplomacy', end_date: null });
    expect(rows[0]!.sources).toEqual([{ id: 'kbs', publisher: 'KBS World', url: 'https://world.kbs.co.kr/x' }]);
  });

  test('quotes the CSV fields that hold commas or quotes, and lists materials in one cell', () => {
    const [header, line] = timelineCsv(rows).trim().split('\n');
    expect(header!.split(',')).toHaveLength(15);
    expect(line).toContain('"Trump and Xi meet, ""at last"""');
    expect(line).toContain(',rare-earths | gallium,');
    expect(line!.endsWith(',kbs,KBS World,https://world.kbs.co.kr/x')).toBe(true);
  });

  test('lists a source once though its record names it twice, and keeps a publisher with "; " in one piece', () => {
    const nl: Source = { ...source, id: 'nl', publisher: 'Rijksoverheid (Government of the Netherlands; in Dutch)', url: 'https://www.rijksoverheid.nl/x' };
    const twice = { ...event, sources: ['kbs', 'nl', 'kbs'] } as unknown as WordedEvent;
    const [row] = timelineRows([twice], new Map([['kbs', source], ['nl', nl]]));
    expect(row!.sources.map((s) => s.id)).toEqual(['kbs', 'nl']);
    const line = timelineCsv([row!]).trim().split('\n')[1]!;
    expect(line).toContain(',kbs | nl,KBS World | Rijksoverheid (Government of the Netherlands; in Dutch),https://world.kbs.co.kr/x | https://www.rijksoverheid.nl/x');
  });

  test('an event citing an unknown source stops the build, naming file, record and field', () => {
    expect(() => timelineRows([event], new Map())).toThrow('content/data/timeline.json › record "2025-10-30-busan" › field "sources[0]": unknown source id "kbs"');
    // The field is the file's own position, not the position after repeats are dropped.
    const later = { ...event, sources: ['kbs', 'kbs', 'nope'] } as unknown as WordedEvent;
    expect(() => timelineRows([later], new Map([['kbs', source]]))).toThrow('field "sources[2]": unknown source id "nope"');
  });
});
