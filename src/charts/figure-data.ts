/**
 * Turns a figure spec (content/data/figures.json) and the dependency records into the data a chart
 * draws. Every id must exist and be current: a typo or a superseded value stops the build with the
 * file, the figure and the exact field.
 */
import { ContentError } from '../lib/content-error';
import type { Dependency, FigureSpec, Source } from '../lib/schemas';
import type { ChartData, FigureData, Point, SourceRef } from './_shared/model';
import { shortWhen } from './_shared/format';

export const FIGURES_FILE = 'content/data/figures.json';

export function sourceRef(s: Source, edition?: unknown): SourceRef {
  const publisher = s.publisher.replace(/\s*\(.*$/, '');
  const title = s.title ?? s.publisher;
  const part = /data release/i.test(title) ? 'data release' : title.includes(' — ') ? title.split(' — ').pop()! : title;
  return { id: s.id, label: `${publisher}${typeof edition === 'string' && edition ? `, ${edition}` : ''}`, url: s.url, part };
}

export function resolveFigure(spec: FigureSpec, records: Map<string, Dependency>, sources: Map<string, Source>, file = FIGURES_FILE): FigureData {
  const used = new Map<string, SourceRef>();
  const point = (id: string, field: string): Point => {
    const r = records.get(id);
    if (!r) throw new ContentError(file, spec.id, field, `unknown dependency record "${id}" (not in content/data/dependencies.json)`);
    if (r.superseded_by) throw new ContentError(file, spec.id, field, `record "${id}" is superseded by a later USGS value; charts use current values only`);
    const s = sources.get(r.source);
    if (!s) throw new ContentError(file, spec.id, field, `record "${id}" cites unknown source "${r.source}"`);
    const when = r.year !== undefined ? String(r.year) : r.period ?? '';
    if (!when) throw new ContentError(file, spec.id, field, `record "${id}" has neither year nor period; every value in a chart needs its year`);
    const ref = sourceRef(s, r.edition);
    used.set(`${ref.id}|${ref.label}`, ref);
    return {
      record: r.id,
      value: r.value,
      ...(r.qualifier && { qualifier: r.qualifier }),
      ...(r.range && { range: r.range }),
      when,
      whenShort: shortWhen(when),
      unit: r.unit,
      ...(r.estimate === true && { estimate: true }),
      confidence: r.confidence,
      ...(r.note && { note: r.note }),
      source: ref,
    };
  };
  const views: ChartData[] = spec.views.map((v, vi) => {
    const view = { key: v.key, label: v.label };
    if (spec.kind === 'stacked') {
      return {
        figure: spec.id, kind: 'stacked', view, axis: spec.axis,
        rows: v.rows.map((row, ri) => ({
          material: row.material, label: row.label, ...(row.note && { note: row.note }),
          segments: (row.segments ?? []).map((id, si) => {
            const field = `views[${vi}].rows[${ri}].segments[${si}]`;
            const p = point(id, field);
            const partner = records.get(id)!.partner;
            if (!partner) throw new ContentError(file, spec.id, field, `record "${id}" has no partner; an import-source bar needs one`);
            return { partner, point: p, value: p.value };
          }),
        })),
      };
    }
    return {
      figure: spec.id, kind: spec.kind, view, axis: spec.axis, series: spec.series ?? [],
      rows: v.rows.map((row, ri) => {
        const values: Record<string, Point | null> = {};
        for (const s of spec.series ?? []) {
          const id = row.values?.[s.key];
          if (id === undefined) throw new ContentError(file, spec.id, `views[${vi}].rows[${ri}].values.${s.key}`, 'missing: give a record id, or null for no data');
          values[s.key] = id === null ? null : point(id, `views[${vi}].rows[${ri}].values.${s.key}`);
        }
        const extra = Object.keys(row.values ?? {}).find((k) => !(spec.series ?? []).some((s) => s.key === k));
        if (extra) throw new ContentError(file, spec.id, `views[${vi}].rows[${ri}].values.${extra}`, `no series "${extra}" in this figure`);
        return { material: row.material, label: row.label, values, ...(row.note && { note: row.note }) };
      }),
    };
  });
  spec.noteSources.forEach((id, i) => {
    const s = sources.get(id);
    if (!s) throw new ContentError(file, spec.id, `noteSources[${i}]`, `unknown source id "${id}"`);
    const ref = sourceRef(s);
    used.set(`${ref.id}|${ref.label}`, ref);
  });
  return { id: spec.id, title: spec.title, takeaway: spec.takeaway, notes: spec.notes, views, sources: [...used.values()] };
}

/** Rows for the CSV and the table below each chart: one per value, with its year and source. */
export interface FlatValue {
  view: string;
  material: string;
  label: string;
  measure: string;
  value: number | null;
  valueText: string;
  when: string;
  point: Point | null;
}
