/**
 * The timeline figure: (events, options) → SVG string. One lane per actor, one mark per event
 * shaped by category, thin bars for periods in force, the key moments annotated in the chart.
 * Pure, so the build draws it and the browser redraws it with the same code when the reader
 * filters or zooms. Colour is never the only code: lanes are labelled and categories are shapes.
 */
import { dayScale, isoDay, monthTicks, type DayScale } from './timeline-scale';
import { LANES, laneOf, matchesFilter, type LaneId, type TimelineFilter } from './timeline-filter';

export interface TimelineMark {
  id: string;
  date: string;
  end_date?: string | undefined;
  actor: string;
  category: string;
  materials: readonly string[];
  /** Spoken by screen readers with the date and actor: "9 October 2025, China, export control: …". */
  label: string;
}

export interface TimelineAnnotation {
  date: string;
  label: string;
  /** Which side of its rule the label sits when there is room. */
  anchor?: 'start' | 'end';
}

/** The viewBox width each layout is drawn at when no width is asked for; the SVG scales to its column. */
export const BUILT_WIDTH = { horizontal: 960, vertical: 360 } as const;

export interface TimelineOptions {
  layout?: 'horizontal' | 'vertical';
  /** viewBox width; the SVG scales to its container. */
  width?: number | undefined;
  domain?: [string, string];
  filter?: TimelineFilter;
  annotations?: readonly TimelineAnnotation[];
  /** id of the element that names the figure (its caption). */
  labelledBy?: string;
}

export const CATEGORY_LABELS: Record<string, string> = {
  'export-control': 'Export control',
  tariff: 'Tariff',
  'entity-list': 'Entity list',
  maritime: 'Maritime',
  fentanyl: 'Fentanyl',
  agriculture: 'Agriculture',
  semiconductors: 'Semiconductors',
  diplomacy: 'Diplomacy',
};

/** A path centred on 0,0 for each category, about 10 px across, told apart by outline alone. */
export const CATEGORY_SHAPES: Record<string, string> = {
  'export-control': 'M0,-5A5,5 0 1,1 0,5A5,5 0 1,1 0,-5Z',
  tariff: 'M-4.3,-4.3H4.3V4.3H-4.3Z',
  'entity-list': 'M0,-5.8L5.8,0L0,5.8L-5.8,0Z',
  maritime: 'M0,-5.6L5.4,4.2H-5.4Z',
  fentanyl: 'M0,5.6L5.4,-4.2H-5.4Z',
  agriculture: 'M-1.8,-5.4H1.8V-1.8H5.4V1.8H1.8V5.4H-1.8V1.8H-5.4V-1.8H-1.8Z',
  semiconductors: 'M-5,-4.6L5,4.6V-4.6L-5,4.6Z',
  diplomacy: 'M0,-6L1.6,-2L5.7,-1.9L2.5,0.8L3.5,4.9L0,2.5L-3.5,4.9L-2.5,0.8L-5.7,-1.9L-1.6,-2Z',
};

export const DEFAULT_DOMAIN: [string, string] = ['2023-01-01', '2026-12-31'];

const STEP = 11; // distance between stacked marks
const SPAN_TRACK = 5;
const LABEL_ROW = 14;
const CHAR_W_BOLD = 6.2; // rough width of a semibold 11 px sans-serif character (annotation labels)
/**
 * A key moment's label across the page, as placed and as drawn on its patch of paper: with a
 * quarter to spare, since the estimate is for the web face and a wider system one (DejaVu Sans on
 * Linux, a first visit) must not show a rule through its last letters. Placing with a narrower
 * estimate than the patch could let a patch cover its neighbour on the same row.
 */
const acrossLabelWidth = (label: string) => label.length * CHAR_W_BOLD * 1.25;
const LABEL_INSET = 3; // the label's text starts this far from its rule
const PATCH_PAD = 2; // paper either side of the label's text

const r1 = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Sorted by date, then id, so the output never depends on the input order. */
export function sortEvents<T extends { date: string; id: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
}

const inDomain = (e: { date: string; end_date?: string | undefined }, [d0, d1]: [string, string]) =>
  e.date <= d1 && (e.end_date ?? e.date) >= d0;

/**
 * Offsets (in steps) from the lane's centre line so that marks closer than one step along the
 * time axis do not overlap: 0, −1, +1, −2, +2 … like a one-sided beeswarm.
 */
export function stackLevels(positions: readonly number[], step = STEP): number[] {
  const last = new Map<number, number>();
  return positions.map((p) => {
    for (let i = 0; ; i++) {
      const level = i === 0 ? 0 : i % 2 ? -Math.ceil(i / 2) : i / 2;
      const prev = last.get(level);
      if (prev === undefined || p - prev >= step) {
        last.set(level, p);
        return level;
      }
    }
  });
}

/** Greedy tracks for the periods in force so that overlapping periods sit side by side. */
export function spanTracks(spans: readonly [number, number][], gap = 3): number[] {
  const ends: number[] = [];
  return spans.map(([a, b]) => {
    let t = ends.findIndex((end) => a - end >= gap);
    if (t < 0) t = ends.length;
    ends[t] = b;
    return t;
  });
}

export interface PlacedEvent<T extends TimelineMark = TimelineMark> {
  event: T;
  lane: LaneId;
  /** position along the time axis */
  t: number;
  /** stacking offset, in steps, across the lane */
  level: number;
  /** track of its period bar, if it has an end date */
  track?: number | undefined;
  tEnd?: number | undefined;
  visible: boolean;
  /** false when the event began before the range and only its period reaches into it */
  onAxis: boolean;
}

/** Where each event goes along time and across its lane; the layout turns this into x and y. */
export function placeEvents<T extends TimelineMark>(events: readonly T[], scale: DayScale, filter?: TimelineFilter): PlacedEvent<T>[] {
  const placed: PlacedEvent<T>[] = [];
  for (const lane of LANES) {
    const own = sortEvents(events).filter((e) => laneOf(e.actor) === lane.id && inDomain(e, scale.domain));
    const ts = own.map((e) => scale(e.date));
    // An event that began before the range shows only the part of its period inside it.
    const onAxis = own.map((e) => e.date >= scale.domain[0]);
    const stacked = stackLevels(ts.filter((_, i) => onAxis[i]));
    let k = 0;
    const levels = onAxis.map((on) => (on ? stacked[k++]! : 0));
    const withSpan = own.map((e, i) => ({ e, i })).filter(({ e }) => e.end_date);
    const tracks = spanTracks(withSpan.map(({ e }) => [scale(e.date), scale(e.end_date!)] as [number, number]));
    const trackOf = new Map(withSpan.map(({ i }, k) => [i, tracks[k]!]));
    own.forEach((e, i) => placed.push({
      event: e, lane: lane.id, t: ts[i]!, level: levels[i]!, onAxis: onAxis[i]!,
      track: trackOf.get(i), tEnd: e.end_date ? scale(e.end_date) : undefined,
      visible: matchesFilter(e, filter),
    }));
  }
  return placed.sort((a, b) => (a.event.date === b.event.date ? a.event.id.localeCompare(b.event.id) : a.event.date < b.event.date ? -1 : 1));
}

interface LaneBox { id: LaneId; label: string; start: number; size: number; centre: number; spanBase: number }

/** How far a lane's stack reaches on each side of its centre line, and how many period bars sit beside it. */
function laneExtent(placed: readonly PlacedEvent[], lane: LaneId) {
  const own = placed.filter((p) => p.lane === lane);
  return {
    up: Math.max(0, ...own.map((p) => -p.level)),
    down: Math.max(0, ...own.map((p) => p.level)),
    tracks: Math.max(0, ...own.map((p) => (p.track ?? -1) + 1)),
  };
}

/** A lane's name over its column when time runs down the page, split over two lines at the middle word. */
function twoLines(name: string): string[] {
  const words = name.split(' ');
  const mid = Math.ceil(words.length / 2);
  return [words.slice(0, mid).join(' '), words.slice(mid).join(' ')].filter(Boolean);
}

function laneBoxes(placed: PlacedEvent[], start: number, minSize: number, step: number): LaneBox[] {
  let at = start;
  return LANES.map((lane) => {
    const { up, down, tracks } = laneExtent(placed, lane.id);
    const marks = (up + down + 1) * step + 6;
    const size = Math.max(minSize, marks + tracks * SPAN_TRACK + 8);
    const centre = at + 6 + up * step + step / 2;
    const box = { id: lane.id, label: lane.label, start: at, size, centre, spanBase: centre + (down + 0.5) * step + 6 };
    at += size;
    return box;
  });
}

/** Rows for annotation labels, first fit, flipping a label to the other side at the chart's edge. */
function placeLabels(anns: readonly TimelineAnnotation[], scale: DayScale, lo: number, hi: number) {
  const rows: [number, number][][] = [];
  return anns.map((a) => {
    const x = scale(a.date);
    // The patch's whole extent from the rule, and a pixel more so neighbouring patches never touch.
    const w = LABEL_INSET + acrossLabelWidth(a.label) + PATCH_PAD + 1;
    let anchor = a.anchor ?? 'start';
    if (anchor === 'start' && x + w > hi) anchor = 'end';
    if (anchor === 'end' && x - w < lo) anchor = 'start';
    const box: [number, number] = anchor === 'start' ? [x, x + w] : [x - w, x];
    let row = rows.findIndex((r) => r.every(([a0, a1]) => box[1] < a0 || box[0] > a1));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(box);
    return { ...a, x, anchor, row };
  });
}

type Box = [x0: number, y0: number, x1: number, y1: number];
const hits = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Where each annotation's label sits when time runs down the page. It covers no mark (marks are
 * links) and no label placed before it: first on its rule, above or below, slid in from the right
 * edge; where the rule crosses a crowded month, a row or more away from it, joined to it by a short
 * leader, never across another moment's rule. It stays in its own year (`fences`: the year lines;
 * "30 Oct: Busan" below the 2026 line read as a 2026 event) and off the period `bars` where there
 * is room, the year first. With no free place at all, the one that covers least.
 */
export function placeRuleLabels(anns: readonly TimelineAnnotation[], scale: DayScale, lo: number, hi: number, obstacles: readonly Box[], fences: readonly number[] = [], bars: readonly Box[] = []) {
  const taken: Box[] = [...obstacles];
  // Another moment's rule through a label would make it read as that rule's label.
  const rules = anns.map((a): Box => [lo, scale(a.date) - 1, hi + 5, scale(a.date) + 1]);
  return anns.map((a, i) => {
    const y = scale(a.date);
    const avoid = [...taken, ...rules.filter((_, j) => j !== i)];
    // With a tenth to spare, as across the page: the estimate is for one face, and the reader's may be wider.
    const w = a.label.length * CHAR_W_BOLD * 1.1;
    let best: { x: number; baseline: number; boxes: Box[]; leader: [number, number] | undefined; cost: number } | undefined;
    for (let away = 0; away <= 6; away++) {
      for (let right = hi; right - w >= lo; right -= 4) {
        for (const below of [false, true]) {
          const top = below ? y + 2 + away * LABEL_ROW : y - 13 - away * LABEL_ROW;
          const boxes: Box[] = [[right - w, top, right, top + 11]];
          // The leader runs from the rule to the label's near edge, just past its end.
          const leader: [number, number] | undefined = away ? (below ? [y, top] : [top + 11, y]) : undefined;
          if (leader) boxes.push([right + 1, leader[0], right + 3, leader[1]]);
          const cover = boxes.reduce((n, bx) => n + avoid.filter((o) => hits(o, bx)).length, 0);
          // Then, in order: a year line between the label and its rule, or through the label (it reads
          // as the next year's); a period bar under the label (its halo breaks the bar, no word is lost).
          const crossed = fences.some((f) => (f - y) * (f - (top + 5.5)) < 0 || (f > top && f < top + 11));
          const onBars = boxes.reduce((n, bx) => n + bars.filter((o) => hits(o, bx)).length, 0);
          const cost = cover * 1e5 + (crossed ? 5e4 : 0) + (onBars ? 1e4 + Math.min(onBars, 30) * 1e3 : 0) + away * 1e3 + (hi - right) + (below ? 2 : 0);
          if (!best || cost < best.cost) best = { x: right, baseline: top + 9, boxes, leader, cost };
        }
      }
      if (best && best.cost < 1e4) break;
    }
    taken.push(...best!.boxes);
    return { ...a, x: best!.x, y: best!.baseline, leader: best!.leader };
  });
}

/** A period bar cut to the plotted range; the end tick only where the period really ends. */
function clampSpan(p: PlacedEvent, scale: DayScale): [number, number, boolean] {
  const [lo, hi] = scale.range;
  const end = Math.min(p.tEnd!, hi);
  return [r1(Math.max(p.t, lo)), r1(end), p.tEnd! <= hi];
}

/**
 * The periods in force, one bar each beside its lane's marks. `path` draws the bar along the time
 * axis: from a to b at `base` across it, with an end tick where the period really ends.
 */
function spansSvg(placed: PlacedEvent[], boxes: LaneBox[], scale: DayScale, path: (base: number, a: number, b: number, cap: boolean) => string): string[] {
  const box = new Map(boxes.map((b) => [b.id, b]));
  return placed.filter((q) => q.tEnd !== undefined).map((p) => {
    const base = r1(box.get(p.lane)!.spanBase + p.track! * SPAN_TRACK);
    const cls = p.visible ? `tl-span tl-lane-${p.lane}` : 'tl-span tl-span-ghost';
    const [a, b, cap] = clampSpan(p, scale);
    return `<path class="${cls}" data-event="${p.event.id}" d="${path(base, a, b, cap)}"/>`;
  });
}

function markSvg(p: PlacedEvent, x: number, y: number): string {
  const e = p.event;
  if (!p.visible) return `<circle class="tl-ghost" cx="${r1(x)}" cy="${r1(y)}" r="2"/>`;
  return `<a class="tl-event tl-lane-${p.lane} tl-cat-${e.category}" href="#event-${e.id}" aria-label="${esc(e.label)}">`
    + `<circle class="tl-ring" cx="${r1(x)}" cy="${r1(y)}" r="9"/>`
    + `<path class="tl-mark" transform="translate(${r1(x)},${r1(y)})" d="${CATEGORY_SHAPES[e.category] ?? CATEGORY_SHAPES['export-control']}"/></a>`;
}

export function renderTimeline(events: readonly TimelineMark[], options: TimelineOptions = {}): string {
  const layout = options.layout ?? 'horizontal';
  const domain = options.domain ?? DEFAULT_DOMAIN;
  const annotations = (options.annotations ?? []).filter((a) => a.date >= domain[0] && a.date <= domain[1]);
  const vertical = layout === 'vertical';
  const width = options.width ?? BUILT_WIDTH[layout];
  const aria = options.labelledBy ? ` aria-labelledby="${esc(options.labelledBy)}"` : '';
  const parts: string[] = [];

  let height: number;
  let scale: DayScale;
  let placed: PlacedEvent[];
  let boxes: LaneBox[];
  if (!vertical) {
    const left = 112;
    const right = 14;
    scale = dayScale(domain, [left, width - right]);
    placed = placeEvents(events, scale, options.filter);
    const labels = placeLabels(annotations, scale, 0, width);
    const rows = Math.max(0, ...labels.map((l) => l.row + 1));
    const top = rows * LABEL_ROW + 8;
    boxes = laneBoxes(placed, top, 34, STEP);
    const bottom = boxes.at(-1)!.start + boxes.at(-1)!.size;
    height = bottom + 26;
    for (const tick of monthTicks(domain)) {
      const x = r1(scale(tick.iso));
      if (tick.major) parts.push(`<line class="tl-grid" x1="${x}" x2="${x}" y1="${top}" y2="${bottom}"/>`);
      parts.push(`<line class="tl-tick" x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + (tick.label ? 6 : 3)}"/>`);
      if (tick.label) parts.push(`<text class="tl-axis-label" x="${x}" y="${bottom + 18}" text-anchor="middle">${tick.label}</text>`);
    }
    parts.push(`<line class="tl-axis" x1="${left}" x2="${width - right}" y1="${bottom}" y2="${bottom}"/>`);
    for (const b of boxes) {
      parts.push(`<line class="tl-lane-rule" x1="0" x2="${width - right}" y1="${b.start}" y2="${b.start}"/>`);
      parts.push(`<text class="tl-lane-label tl-lane-${b.id}" x="0" y="${r1(b.centre + 4)}">${esc(b.label)}</text>`);
    }
    // Every rule before any label, and each label on a patch of paper: a rule from a lower row passes
    // behind a label above it instead of striking through it. A patch, not a stroked halo: printed,
    // stroked text becomes a Type 3 font.
    const rowY = (l: (typeof labels)[number]) => l.row * LABEL_ROW + 11;
    // Periods first, so that a label's patch hides the bar behind it rather than the bar its words.
    parts.push(...spansSvg(placed, boxes, scale, (y, a, b, cap) => `M${a},${y}H${b}${cap ? `M${b},${y - 2}V${y + 2}` : ''}`));
    for (const l of labels) parts.push(`<line class="tl-annotation-rule" x1="${r1(l.x)}" x2="${r1(l.x)}" y1="${rowY(l) + 3}" y2="${bottom}"/>`);
    for (const l of labels) {
      const tx = l.anchor === 'start' ? l.x + LABEL_INSET : l.x - LABEL_INSET;
      const w = acrossLabelWidth(l.label);
      parts.push(`<rect class="tl-label-bg" x="${r1(l.anchor === 'start' ? tx - PATCH_PAD : tx - w - PATCH_PAD)}" y="${rowY(l) - 10}" width="${r1(w + 2 * PATCH_PAD)}" height="13"/>`);
      parts.push(`<text class="tl-annotation" x="${r1(tx)}" y="${rowY(l)}" text-anchor="${l.anchor}">${esc(l.label)}</text>`);
    }
    const box = new Map(boxes.map((b) => [b.id, b]));
    for (const p of placed.filter((q) => q.onAxis)) parts.push(markSvg(p, p.t, box.get(p.lane)!.centre + p.level * STEP));
  } else {
    const top = 40;
    const left = 52;
    const months = (isoDay(domain[1]) - isoDay(domain[0])) / 30.44;
    // Time runs down the page at a readable pace instead of squeezing years into a phone's width.
    const perMonth = months > 20 ? 30 : months > 8 ? 60 : 120;
    const plotHeight = Math.round(months * perMonth);
    scale = dayScale(domain, [top, top + plotHeight]);
    placed = placeEvents(events, scale, options.filter);
    // Each lane is as wide as its own stack, period bars and two-line label need, in proportion
    // when they do not all fit, and squeezes its stack only as far as its own width requires. With
    // equal columns and one squeeze for all, China's October 2025 set every lane's marks 5 px apart
    // on a phone, and 21 pairs of marks covered each other.
    const need = LANES.map((l) => {
      const { up, down, tracks } = laneExtent(placed, l.id);
      const levels = Math.max(1, up, down);
      const labelWidth = Math.max(...twoLines(l.upright).map((line) => line.length)) * CHAR_W_BOLD + 6;
      return { tracks, levels, width: Math.max(2 * levels * STEP + 14 + tracks * SPAN_TRACK + 4, labelWidth) };
    });
    const total = need.reduce((n, x) => n + x.width, 0);
    const steps = new Map<LaneId, number>();
    let at = left;
    boxes = LANES.map((l, i) => {
      const { tracks, levels, width: w } = need[i]!;
      const size = (w / total) * (width - left);
      const room = size - tracks * SPAN_TRACK - 4;
      steps.set(l.id, Math.min(STEP, (room / 2 - 7) / levels));
      const box = { id: l.id, label: l.upright, start: at, size, centre: at + room / 2, spanBase: at + size - 4 - tracks * SPAN_TRACK };
      at += size;
      return box;
    });
    height = top + plotHeight + 10;
    for (const tick of monthTicks(domain)) {
      const y = r1(scale(tick.iso));
      if (tick.major) parts.push(`<line class="tl-grid" x1="${left}" x2="${width}" y1="${y}" y2="${y}"/>`);
      parts.push(`<line class="tl-tick" x1="${left - (tick.label ? 6 : 3)}" x2="${left}" y1="${y}" y2="${y}"/>`);
      if (tick.label) parts.push(`<text class="tl-axis-label" x="${left - 8}" y="${y + 4}" text-anchor="end">${tick.label}</text>`);
    }
    parts.push(`<line class="tl-axis" x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}"/>`);
    for (const b of boxes) {
      if (b.start > left) parts.push(`<line class="tl-lane-rule" x1="${r1(b.start)}" x2="${r1(b.start)}" y1="${top - 30}" y2="${top + plotHeight}"/>`);
      twoLines(b.label).forEach((line, k) =>
        parts.push(`<text class="tl-lane-label tl-lane-${b.id}" x="${r1(b.start + b.size / 2)}" y="${12 + k * 13}" text-anchor="middle">${esc(line)}</text>`));
    }
    const box = new Map(boxes.map((b) => [b.id, b]));
    const marksAt = placed.filter((q) => q.onAxis).map((p) => ({ p, x: box.get(p.lane)!.centre + p.level * steps.get(p.lane)!, y: p.t }));
    const obstacles: Box[] = marksAt.map(({ x, y }): Box => [x - 7, y - 7, x + 7, y + 7]);
    const bars = placed.filter((q) => q.tEnd !== undefined).map((p): Box => {
      const x = box.get(p.lane)!.spanBase + p.track! * SPAN_TRACK;
      const [a, b] = clampSpan(p, scale);
      return [x - 2.5, a, x + 2.5, b];
    });
    // Periods before the key moments: a label's halo then interrupts a bar instead of the bar its words.
    parts.push(...spansSvg(placed, boxes, scale, (x, a, b, cap) => `M${x},${a}V${b}${cap ? `M${x - 2},${b}H${x + 2}` : ''}`));
    const yearLines = monthTicks(domain).filter((t) => t.major).map((t) => scale(t.iso));
    for (const l of placeRuleLabels(annotations, scale, left + 2, width - 5, obstacles, yearLines, bars)) {
      const y = r1(scale(l.date));
      parts.push(`<line class="tl-annotation-rule" x1="${left}" x2="${width}" y1="${y}" y2="${y}"/>`);
      if (l.leader) parts.push(`<line class="tl-annotation-rule" x1="${r1(l.x + 2)}" x2="${r1(l.x + 2)}" y1="${r1(l.leader[0])}" y2="${r1(l.leader[1])}"/>`);
      parts.push(`<text class="tl-annotation tl-halo" x="${r1(l.x)}" y="${r1(l.y)}" text-anchor="end">${esc(l.label)}</text>`);
    }
    for (const { p, x, y } of marksAt) parts.push(markSvg(p, x, y));
  }
  const shown = placed.filter((p) => p.visible && p.onAxis).length;
  return `<svg class="tl-svg tl-${layout}" viewBox="0 0 ${width} ${Math.round(height)}" role="group"${aria} data-shown="${shown}" data-layout="${layout}">${parts.join('')}</svg>`;
}
