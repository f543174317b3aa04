/**
 * What the dependency charts draw, after `figure-data.ts` has resolved the record ids of
 * content/data/figures.json. Plain data (no functions), so the same object is written to the
 * /data/<figure>.json file and read back by the browser when a reader switches years.
 */
export interface SourceRef {
  id: string;
  /** "U.S. Geological Survey, MCS 2026": publisher without its parenthesis, plus the edition. */
  label: string;
  url: string | null;
  /** What tells this source apart from others of the same publisher ("Antimony", "Data release"). */
  part: string;
}

export interface Point {
  record: string;
  value: number;
  qualifier?: '~' | '>' | '>=' | '<' | '<=';
  range?: [number, number];
  /** The year or period as the source gives it ("2025", "2021-2024", "ECA report 2026"). */
  when: string;
  /** The same, short enough for a chart label ("2025", "2021–24", "2026"). */
  whenShort: string;
  unit: string;
  estimate?: boolean;
  confidence: 'high' | 'medium' | 'low';
  note?: string;
  source: SourceRef;
}

export type Tone = 'us' | 'china' | 'eu' | 'other';
export type Shape = 'circle' | 'circle-open' | 'diamond';

export interface Series {
  key: string;
  label: string;
  short: string;
  tone: Tone;
  shape: Shape;
}

export interface View {
  key: string;
  label: string;
}

export interface DotRow {
  material: string;
  label: string;
  /** null: the fact base has no value for this row and series; drawn as "no data". */
  values: Record<string, Point | null>;
  note?: string;
}

export interface DotChartData {
  figure: string;
  kind: 'lanes' | 'dumbbell';
  view: View;
  axis: string;
  series: Series[];
  rows: DotRow[];
}

export interface Segment {
  partner: string;
  /** null for the remainder a source does not itemise. */
  point: Point | null;
  value: number;
}

export interface StackRow {
  material: string;
  label: string;
  /** Empty: no data for this row. */
  segments: Segment[];
  note?: string;
}

export interface StackChartData {
  figure: string;
  kind: 'stacked';
  view: View;
  axis: string;
  rows: StackRow[];
}

export type ChartData = DotChartData | StackChartData;

export interface FigureData {
  id: string;
  title: string;
  takeaway: string;
  notes: string[];
  views: ChartData[];
  sources: SourceRef[];
}

export interface RenderOptions {
  /** viewBox width in SVG units; below 560 the chart switches to its narrow layout. */
  width: number;
  /** Prefix for ids inside the SVG, unique on the page (two layouts of four charts share it). */
  idPrefix: string;
  title: string;
}

export const NARROW_BELOW = 560;
