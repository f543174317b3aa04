import { describe, expect, it } from 'vitest';
import { readRecords, parseRecords } from '../../src/lib/records';
import { timelineEventSchema, timelineWordingSchema, type TimelineEvent } from '../../src/lib/schemas';
import { joinTimelineWording } from '../../src/lib/timeline-wording';
import { ContentError } from '../../src/lib/content-error';
import { renderTimeline, sortEvents, stackLevels, placeEvents, placeRuleLabels, DEFAULT_DOMAIN, type TimelineMark } from '../../src/charts/timeline';
import { laneOf, matchesFilter } from '../../src/charts/timeline-filter';
import { dayScale, monthTicks } from '../../src/charts/timeline-scale';
import { KEY_MOMENTS } from '../../src/charts/timeline-moments';

const events = readRecords('content/data/timeline.json', timelineEventSchema);
const wording = readRecords('content/data/timeline-wording.json', timelineWordingSchema);
const worded = joinTimelineWording(events, wording);
const marks: TimelineMark[] = worded.map((e) => ({
  id: e.id, date: e.date, end_date: e.end_date, actor: e.actor, category: e.category, materials: e.materials, label: e.wording.title,
}));

/** Mark centre per event id, read back from the SVG the reader sees. */
function markPositions(svg: string): Map<string, { x: number; y: number; lane: string }> {
  const out = new Map<string, { x: number; y: number; lane: string }>();
  for (const m of svg.matchAll(/<a class="tl-event tl-lane-([A-Z-]+) [^"]*" href="#event-([^"]+)"[^>]*>.*?translate\(([\d.-]+),([\d.-]+)\)/g)) {
    out.set(m[2]!, { lane: m[1]!, x: Number(m[3]), y: Number(m[4]) });
  }
  return out;
}

describe('timeline content', () => {
  it('has at least 30 events from the 2023 gallium controls to the latest event, each with a source', () => {
    expect(worded.length).toBeGreaterThanOrEqual(30);
    expect(worded[0]!.id).toBe('2023-07-03-cn-ga-ge-controls-announced');
    expect(worded.every((e) => e.sources.length > 0)).toBe(true);
    expect(worded.some((e) => e.id === '2025-10-30-busan-summit')).toBe(true);
    expect(worded.some((e) => e.id === '2026-05-14-beijing-summit')).toBe(true);
  });

  it('words every event itself, never copying the fact base', () => {
    for (const e of worded) expect(e.wording.summary).not.toBe(e.summary);
  });

  it('rejects an event without wording, naming file, record and field', () => {
    const without = wording.filter((w) => w.id !== '2025-10-30-busan-summit');
    expect(() => joinTimelineWording(events, without)).toThrow(ContentError);
    expect(() => joinTimelineWording(events, without)).toThrow(
      'content/data/timeline-wording.json › record "2025-10-30-busan-summit" › field "(record)"');
  });

  it('rejects wording for an event that does not exist', () => {
    const stray = [...wording, { id: '2025-10-31-no-such-event', title: 'x', summary: 'y' }];
    expect(() => joinTimelineWording(events, stray)).toThrow('record "2025-10-31-no-such-event" › field "id"');
  });

  it('rejects a reported (medium-confidence) event whose wording does not say so', () => {
    const bad = wording.map((w) => (w.id === '2025-10-26-nexperia-wafer-halt' ? { ...w, summary: 'Nexperia stopped wafers.' } : w));
    expect(() => joinTimelineWording(events, bad)).toThrow('field "summary": a medium-confidence event must begin "Reported"');
  });

  it('rejects a wording file with a summary too long to be one or two sentences', () => {
    const text = JSON.stringify([{ id: '2025-10-30-busan-summit', title: 'Busan', summary: 'x'.repeat(500) }]);
    expect(() => parseRecords('content/data/timeline-wording.json', text, timelineWordingSchema)).toThrow('field "summary"');
  });
});

describe('timeline chart geometry', () => {
  const svg = renderTimeline(marks, { annotations: KEY_MOMENTS });
  const pos = markPositions(svg);

  it('draws one mark per event', () => expect(pos.size).toBe(marks.length));

  it('puts a later date to the right of an earlier one', () => {
    const sorted = sortEvents(marks);
    for (let i = 1; i < sorted.length; i++) {
      const a = pos.get(sorted[i - 1]!.id)!;
      const b = pos.get(sorted[i]!.id)!;
      if (sorted[i]!.date > sorted[i - 1]!.date) expect(b.x).toBeGreaterThan(a.x);
    }
    expect(pos.get('2025-10-30-busan-summit')!.x).toBeGreaterThan(pos.get('2025-10-09-cn-oct9-batteries')!.x);
  });

  it('runs time downwards in the vertical layout', () => {
    const v = markPositions(renderTimeline(marks, { layout: 'vertical' }));
    expect(v.get('2026-05-14-beijing-summit')!.y).toBeGreaterThan(v.get('2025-10-30-busan-summit')!.y);
    expect(v.get('2025-10-30-busan-summit')!.y).toBeGreaterThan(v.get('2023-07-03-cn-ga-ge-controls-announced')!.y);
  });

  it('orders events by date, then id, whatever the input order', () => {
    const shuffled = [...marks].reverse();
    expect(sortEvents(shuffled).map((e) => e.id)).toEqual(sortEvents(marks).map((e) => e.id));
    expect(renderTimeline(shuffled)).toBe(renderTimeline(marks));
  });

  it('puts each actor in its lane, the Netherlands with the EU', () => {
    expect(laneOf('NL')).toBe('EU');
    expect(laneOf('US-CN')).toBe('US-CN');
    expect(pos.get('2025-09-30-nl-nexperia-order')!.lane).toBe('EU');
    expect(pos.get('2025-10-21-eu-sefcovic-wang-call')!.lane).toBe('EU');
    expect(pos.get('2025-10-30-busan-summit')!.lane).toBe('US-CN');
    const lanesY = (lane: string) => [...pos.values()].filter((p) => p.lane === lane).map((p) => p.y);
    // Lanes do not overlap: every Chinese mark sits above every US mark.
    expect(Math.max(...lanesY('CN'))).toBeLessThan(Math.min(...lanesY('US')));
  });

  it('never draws two marks of a lane on top of each other', () => {
    const list = [...pos.values()];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!, b = list[j]!;
      if (a.lane === b.lane) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(10);
    }
  });

  it('stacks crowded dates alternately on either side of the lane', () => {
    expect(stackLevels([0, 0, 0, 0, 50])).toEqual([0, -1, 1, -2, 0]);
  });

  it('draws the one-year suspensions as spans from November 2025 to November 2026', () => {
    const scale = dayScale(DEFAULT_DOMAIN, [112, 946]);
    const span = svg.match(/<path class="tl-span tl-lane-CN" data-event="2025-11-07-cn-ann70-suspends-oct9" d="M([\d.]+),[\d.]+H([\d.]+)/);
    expect(span).not.toBeNull();
    expect(Number(span![1])).toBeCloseTo(scale('2025-11-07'), 0);
    expect(Number(span![2])).toBeCloseTo(scale('2026-11-10'), 0);
    const spans = [...svg.matchAll(/class="tl-span[^"]*" data-event="([^"]+)"/g)].map((m) => m[1]);
    expect(spans.sort()).toEqual(marks.filter((m) => m.end_date).map((m) => m.id).sort());
  });

  it('keeps overlapping spans of one lane on separate tracks', () => {
    const scale = dayScale(DEFAULT_DOMAIN, [0, 1000]);
    const cn = placeEvents(marks, scale).filter((p) => p.lane === 'CN' && p.tEnd !== undefined);
    expect(new Set(cn.map((p) => p.track)).size).toBe(cn.length);
  });

  it('annotates the key moments in the chart', () => {
    expect(svg).toContain('9 Oct 2025: rare-earth rules');
    expect(svg).toContain('30 Oct: Busan');
    expect(svg).toContain('14 May 2026: Beijing visit');
  });

  it('draws the key-moment labels over the periods in force, in both layouts, so no bar strikes through their words', () => {
    for (const drawn of [svg, renderTimeline(marks, { annotations: KEY_MOMENTS, layout: 'vertical' })]) {
      const lastSpan = drawn.lastIndexOf('class="tl-span');
      const firstLabel = drawn.indexOf('class="tl-annotation');
      expect(lastSpan).toBeGreaterThan(0);
      expect(firstLabel).toBeGreaterThan(lastSpan);
    }
  });

  it('keeps every key-moment label\'s patch of paper clear of the others across the page', () => {
    // Rows were chosen with a narrower width than the patch then drawn, so a patch could cover the
    // end of its neighbour's label on the same row.
    const patches = (drawn: string) => [...drawn.matchAll(/<rect class="tl-label-bg" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)]
      .map((m): [number, number, number, number] => { const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number]; return [x, y, x + w, y + h]; });
    // Thirteen months apart: far enough for the old estimate to share a row, too close for its patches.
    const crowded = ['2023-09-01', '2024-10-01']
      .map((date) => ({ date, label: `${date}: a label of some length`, anchor: 'start' as const }));
    for (const drawn of [svg, renderTimeline(marks, { annotations: crowded })]) {
      const rects = patches(drawn);
      expect(rects.length).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i]!, rects[j]!];
        expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `patches ${i} and ${j} overlap`).toBe(false);
      }
    }
  });

  it('labels years on a long range and months on a short one', () => {
    expect(monthTicks(DEFAULT_DOMAIN).filter((t) => t.label).map((t) => t.label)).toEqual(['2023', '2024', '2025', '2026']);
    expect(monthTicks(['2025-09-01', '2025-12-15']).map((t) => t.label)).toEqual(['Sep 2025', 'Oct', 'Nov', 'Dec']);
  });
});

describe('marks when time runs down the page', () => {
  // Marks are links: one covering another hides an event from a finger. Before each lane took the
  // width its own stack needs (with short names over the narrow columns), 21 pairs lay under 7 px
  // apart at 360 px and 25 at 320 (China's October 2025 stack squeezed every lane).
  const closest = (width: number) => {
    const pos = [...markPositions(renderTimeline(marks, { layout: 'vertical', width })).entries()];
    const near: string[] = [];
    for (let i = 0; i < pos.length; i++) for (let j = i + 1; j < pos.length; j++) {
      if (Math.hypot(pos[i]![1].x - pos[j]![1].x, pos[i]![1].y - pos[j]![1].y) < 7) near.push(`${pos[i]![0]} ~ ${pos[j]![0]}`);
    }
    return near;
  };

  it('keeps every pair of marks at least 7 px apart in every column it is drawn for (300 px up)', () => {
    for (const width of [300, 320, 340, 360, 390, 560]) expect(closest(width), `at ${width} px`).toEqual([]);
  });
});

describe('key-moment labels when time runs down the page', () => {
  // A 600 px tall plot over 2025, x from 0 to 300; a label of 10 characters is 62 px wide.
  const scale = dayScale(['2025-01-01', '2025-12-31'], [0, 600]);
  const moment = { date: '2025-07-01', label: 'Ten chars.' };
  const y = scale(moment.date);
  const mark = (x: number, dy = 0): [number, number, number, number] => [x - 7, y + dy - 7, x + 7, y + dy + 7];
  const [free] = placeRuleLabels([moment], scale, 0, 300, []);

  it('sits on its rule at the right edge when nothing is there', () => {
    expect(free).toMatchObject({ x: 300, leader: undefined });
    expect(free!.y).toBeLessThan(y);
  });

  it('slides along its rule to clear a mark at the edge', () => {
    const [l] = placeRuleLabels([moment], scale, 0, 300, [mark(290, -4), mark(290, 4)]);
    expect(l!.leader).toBeUndefined();
    expect(l!.x).toBeLessThanOrEqual(283);
  });

  it('moves a row off its rule, with a leader, when the whole rule is crowded', () => {
    const crowd = Array.from({ length: 22 }, (_, i) => mark(i * 14, i % 2 ? -5 : 5));
    const [l] = placeRuleLabels([moment], scale, 0, 300, crowd);
    expect(l!.leader).toBeDefined();
    expect(l!.leader).toContain(y);
    expect(Math.abs(l!.y - y)).toBeGreaterThan(12);
  });

  it('never lays a label across the rule of a moment close by', () => {
    // Its own rule crowded on both sides and the row below, except at the right edge (room for a
    // leader, not for the label), the label must leave it, but not for the rule 18 px above.
    const before = { date: '2025-06-20', label: 'Near' };
    const crowd = Array.from({ length: 19 }, (_, i) => [mark(i * 14, i % 2 ? -5 : 5), mark(i * 14, 21)]).flat();
    const [, l] = placeRuleLabels([before, moment], scale, 0, 300, crowd);
    const [top, bottom] = [l!.y - 9, l!.y + 2];
    const ruleAbove = scale(before.date);
    expect(y - ruleAbove).toBeGreaterThan(17);
    expect(l!.leader).toBeDefined();
    expect(ruleAbove < top - 1 || ruleAbove > bottom + 1).toBe(true);
  });
});

describe('key-moment labels stay in their own year', () => {
  it('moves below its rule only as far as the year line, over a period bar if it must', () => {
    // Rule at 1 Dec, every row above it taken by marks; below it period bars down to the year line,
    // free paper after it.
    const scale = dayScale(['2025-06-01', '2026-03-01'], [0, 540]);
    const moment = { date: '2025-12-01', label: 'Ten chars.' };
    const y = scale(moment.date);
    const fence = scale('2026-01-01');
    const box = (x: number, cy: number): [number, number, number, number] => [x - 7, cy - 7, x + 7, cy + 7];
    const crowd = Array.from({ length: 22 }, (_, i) => Array.from({ length: 8 }, (_, k) => box(i * 14, y - 5 - k * 13))).flat();
    const bars = Array.from({ length: 60 }, (_, i): [number, number, number, number] => [i * 5, y + 1, i * 5 + 3, fence - 1]);
    const [free] = placeRuleLabels([moment], scale, 0, 300, crowd, [], bars);
    expect(free!.y - 9, 'without the year line it would go past it').toBeGreaterThan(fence);
    const [l] = placeRuleLabels([moment], scale, 0, 300, crowd, [fence], bars);
    expect(l!.y - 9).toBeGreaterThan(y);
    expect(l!.y + 2, 'the label ends above the year line').toBeLessThan(fence);
  });

  it('in the drawn chart, at every phone column, no year line separates a label from its rule', () => {
    for (const width of [300, 320, 340, 358, 360, 375, 390, 414]) {
      const drawn = renderTimeline(marks, { layout: 'vertical', width, annotations: KEY_MOMENTS });
      const years = [...drawn.matchAll(/<line class="tl-grid" x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)"/g)].map((m) => Number(m[1]));
      const rules = [...drawn.matchAll(/<line class="tl-annotation-rule" x1="52" x2="[\d.]+" y1="([\d.]+)"/g)].map((m) => Number(m[1]));
      const labels = [...drawn.matchAll(/<text class="tl-annotation tl-halo" x="[\d.]+" y="([\d.]+)"[^>]*>([^<]+)</g)];
      expect(labels).toHaveLength(KEY_MOMENTS.length);
      labels.forEach((m, i) => {
        const [top, bottom] = [Number(m[1]) - 9, Number(m[1]) + 2];
        const split = years.filter((g) => (g - rules[i]!) * (g - (top + bottom) / 2) < 0 || (g > top && g < bottom));
        expect(split, `${m[2]} at ${width} px`).toEqual([]);
      });
    }
  });
});

describe('timeline filters', () => {
  it('keeps only what touched gallium', () => {
    const gallium = marks.filter((m) => matchesFilter(m, { material: 'gallium' })).map((m) => m.id);
    expect(gallium).toContain('2023-07-03-cn-ga-ge-controls-announced');
    expect(gallium).toContain('2024-12-03-cn-us-ban-dec-2024');
    expect(gallium).toContain('2025-11-09-cn-ann72-suspends-us-ban');
    expect(gallium).not.toContain('2025-04-04-cn-seven-ree-controls');
    expect(gallium.length).toBe(events.filter((e) => e.materials.includes('gallium')).length);
  });

  it('combines category, actor lane and material', () => {
    const f = { category: 'export-control', actor: 'CN', material: 'rare-earths' };
    const kept = marks.filter((m) => matchesFilter(m, f));
    expect(kept.length).toBeGreaterThan(3);
    expect(kept.every((m) => m.actor === 'CN' && m.category === 'export-control' && m.materials.includes('rare-earths'))).toBe(true);
    expect(marks.filter((m) => matchesFilter(m, { actor: 'EU' })).map((m) => m.actor).sort()).toContain('NL');
  });

  it('draws filtered-out events as unlinked ghosts at the same place', () => {
    const all = markPositions(renderTimeline(marks));
    const svg = renderTimeline(marks, { filter: { material: 'gallium' } });
    const kept = markPositions(svg);
    const n = events.filter((e) => e.materials.includes('gallium')).length;
    expect(kept.size).toBe(n);
    expect(svg).toContain(`data-shown="${n}"`);
    expect([...svg.matchAll(/class="tl-ghost"/g)].length).toBe(marks.length - n);
    for (const [id, p] of kept) expect(p).toEqual(all.get(id));
  });

  it('zooms to autumn 2025, leaving out what falls outside', () => {
    const svg = renderTimeline(marks, { domain: ['2025-09-01', '2025-12-15'] });
    const pos = markPositions(svg);
    expect(pos.has('2025-10-30-busan-summit')).toBe(true);
    expect(pos.has('2023-07-03-cn-ga-ge-controls-announced')).toBe(false);
    // The August extension began before the range: its period is cut at the axis, with no mark off the chart.
    expect(pos.has('2025-08-11-truce-extended-to-nov-10')).toBe(false);
    const cut = svg.match(/data-event="2025-08-11-truce-extended-to-nov-10" d="M([\d.]+),/);
    expect(Number(cut![1])).toBe(112);
    for (const p of pos.values()) expect(p.x).toBeGreaterThanOrEqual(112);
    for (const m of svg.matchAll(/class="tl-span[^"]*" data-event="[^"]+" d="M[\d.]+,[\d.]+H([\d.]+)/g)) expect(Number(m[1])).toBeLessThanOrEqual(946);
  });
});

describe('timeline snapshot', () => {
  const fixture: TimelineEvent[] = events.filter((e) =>
    ['2023-07-03-cn-ga-ge-controls-announced', '2025-04-09-us-tariff-125-145', '2025-09-30-nl-nexperia-order',
      '2025-10-09-cn-oct9-batteries', '2025-10-09-cn-oct9-superhard', '2025-10-30-busan-summit',
      '2025-11-07-cn-ann70-suspends-oct9', '2026-05-14-beijing-summit'].includes(e.id));
  const small = fixture.map((e) => ({ ...e, label: e.id }));
  it('draws the same horizontal SVG as last reviewed', () => {
    expect(renderTimeline(small, { annotations: KEY_MOMENTS, labelledBy: 'fig-timeline-title' })).toMatchSnapshot();
  });
  it('draws the same vertical SVG as last reviewed', () => {
    expect(renderTimeline(small, { layout: 'vertical', annotations: KEY_MOMENTS })).toMatchSnapshot();
  });
});
