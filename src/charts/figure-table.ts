/**
 * The values of a figure as flat rows: one per value, with year and source. The table under each
 * chart, the CSV file and the tests all read these, so the three can never disagree.
 */
import type { ChartData, FigureData, Point } from './_shared/model';
import { valueText } from './_shared/format';
import { csvFile } from '../lib/csv';

export interface ValueRow {
  view: string;
  material: string;
  label: string;
  measure: string;
  valueText: string;
  point: Point | null;
}

export function viewRows(v: ChartData): ValueRow[] {
  const base = { view: v.view.label };
  if (v.kind === 'stacked') {
    return v.rows.flatMap((r) => (r.segments.length
      ? r.segments.map((s) => ({ ...base, material: r.material, label: r.label, measure: `${s.partner === 'Other' ? 'Other countries’' : `${s.partner}’s`} share of US imports`, valueText: valueText(s.point ?? s), point: s.point }))
      : [{ ...base, material: r.material, label: r.label, measure: 'Share of US imports', valueText: 'no data', point: null }]));
  }
  return v.rows.flatMap((r) => v.series.map((s) => {
    const p = r.values[s.key] ?? null;
    return { ...base, material: r.material, label: r.label, measure: s.label, valueText: p ? valueText(p) : 'no data', point: p };
  }));
}

export const figureRows = (f: FigureData): ValueRow[] => f.views.flatMap(viewRows);

const CSV_COLUMNS = ['figure', 'view', 'material', 'measure', 'value', 'qualifier', 'range_low', 'range_high', 'value_text', 'year_or_period', 'estimate', 'unit', 'confidence', 'record_id', 'source_id', 'source', 'source_url', 'note'] as const;

export function figureCsv(f: FigureData): string {
  return csvFile(CSV_COLUMNS, figureRows(f).map((r) => {
    const p = r.point;
    return [f.id, r.view, r.label, r.measure, p?.value, p?.qualifier, p?.range?.[0], p?.range?.[1], r.valueText, p?.when, p?.estimate ? 'yes' : '',
      p?.unit, p?.confidence, p?.record, p?.source.id, p?.source.label, p?.source.url, p?.note];
  }));
}
