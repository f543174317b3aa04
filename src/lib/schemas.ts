/**
 * Every content schema of the report. `src/content.config.ts` registers them as collections;
 * tests and scripts import them from here, so there is one definition of valid content.
 */
import { z } from 'astro/zod';
import { curlyQuotes } from './typography';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD').refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  'not a real calendar date',
);
/** Only https links are published; anything else is a typo or an insecure copy. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https URL' });
const anchorId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lowercase anchor id (letters, digits, hyphens)');
const version = z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'expected a version like 1.0 or 1.0.1');
/** Text a reader sees: a typed straight quote comes out as the typographer's (lib/typography.ts). */
const prose = <T extends z.ZodString>(s: T) => s.transform(curlyQuotes);

export const sourceSchema = z.object({
  id: anchorId,
  title: prose(z.string().min(1)).nullable(),
  publisher: prose(z.string().min(1)),
  /** null only for a work with no public address (the seed analysis); shown without a link. A page
   *  found only at a plain-http address is replaced by an https copy of the same text. */
  url: httpsUrl.nullable(),
  published: z.union([isoDate, z.string().regex(/^\d{4}(-\d{2})?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')]).nullable(),
  accessed: isoDate,
  snippets: z.array(z.string()),
  via: z.looseObject({ repo: z.string().optional(), note: z.string().optional() }).optional(),
});

export const ACTORS = ['CN', 'US', 'US-CN', 'NL', 'EU'] as const;
export const CATEGORIES = [
  'export-control', 'tariff', 'entity-list', 'maritime', 'fentanyl', 'agriculture', 'semiconductors', 'diplomacy',
] as const;

export const timelineEventSchema = z
  .object({
    id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'expected a date-first id like 2025-10-09-rare-earth-rules'),
    date: isoDate,
    date_precision: z.enum(['day', 'month']),
    end_date: isoDate.optional(),
    actor: z.enum(ACTORS),
    category: z.enum(CATEGORIES),
    materials: z.array(z.string().min(1)),
    title: z.string().min(1),
    summary: z.string().min(1),
    sources: z.array(anchorId).min(1, 'every event needs at least one source'),
    confidence: z.enum(['high', 'medium', 'low']),
  })
  .refine((e) => !e.end_date || e.end_date >= e.date, { path: ['end_date'], message: 'end_date is before date' })
  .refine((e) => e.id.startsWith(e.date.slice(0, 7)), { path: ['id'], message: 'id must start with the event date' });

/** Our own wording for each timeline event (the records' title/summary are research notes). */
export const timelineWordingSchema = z.object({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, 'expected the id of a timeline event'),
  title: prose(z.string().min(1).max(80, 'keep a title under 80 characters')),
  summary: prose(z.string().min(1).max(420, 'keep a summary to one or two sentences')),
});

const accountSide = z.object({
  status: z.string().min(1),
  summary: z.string().min(1),
  sources: z.array(anchorId),
});
export const accountSchema = z.object({
  id: anchorId,
  topic: z.string().min(1),
  us_account: accountSide,
  cn_account: accountSide,
  consistent: z.union([z.boolean(), z.literal('partial')]),
  notes: z.string().optional(),
  implementation_outcome: accountSide.optional(),
});

/**
 * Our own short wording of each account for the point-by-point table: accounts.json holds the
 * researchers' working notes, which are not for publication. One record per account id.
 */
const tableCell = prose(z.string().trim().min(1, 'the wording is empty').max(320, 'too long for a table cell (320 characters at most)'));
export const accountWordingSchema = z.strictObject({
  id: anchorId,
  topic: tableCell,
  us: tableCell,
  cn: tableCell,
  outcome: tableCell,
});

/** Metrics that are shares of a whole; a value outside 0–100 in one of them is a data error. */
export const isShareMetric = (metric: string) => /(share|reliance)/.test(metric) && metric.endsWith('_pct');

export const dependencySchema = z
  .looseObject({
    id: z.string().min(1),
    material: z.string().min(1),
    metric: z.string().regex(/^[a-z0-9_]+$/, 'expected a snake_case metric name'),
    value: z.number(),
    unit: z.string().min(1),
    year: z.number().int().min(1990).max(2030).optional(),
    period: z.string().optional(),
    partner: z.string().optional(),
    source: anchorId,
    confidence: z.enum(['high', 'medium', 'low']),
    qualifier: z.enum(['~', '>', '>=', '<', '<=']).optional(),
    headline: z.boolean().optional(),
    superseded_by: z.string().optional(),
    range: z.tuple([z.number(), z.number()]).optional(),
    note: z.string().optional(),
  })
  .refine((d) => !isShareMetric(d.metric) || (d.value >= 0 && d.value <= 100), {
    path: ['value'],
    message: 'a share must lie between 0 and 100 %',
  });

export const reportSchema = z.object({
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  subtitle: z.string().min(1),
  authors: z.array(z.object({ name: z.string().min(1), affiliation: z.string().optional() })).min(1),
  publisher: z.string().min(1),
  basedOn: z.object({
    title: z.string().min(1),
    author: z.string().min(1),
    series: z.string().optional(),
    section: z.string().optional(),
  }),
  published: isoDate,
  updated: isoDate,
  version,
  licence: z.object({ name: z.string().min(1), url: httpsUrl }),
  canonicalUrl: httpsUrl,
  language: z.string().default('en-GB'),
  keywords: z.array(z.string()).default([]),
  description: z.string().min(1),
});

/**
 * One version's corrections to published text (content/corrections.json): what was wrong, each item
 * linked to the passage it concerns, so that no correction is made silently.
 */
export const correctionSchema = z.object({
  version,
  date: isoDate,
  items: z.array(z.object({
    target: anchorId,
    text: prose(z.string().min(1).max(320, 'keep a correction to one or two sentences')),
  })).min(1),
});
export type Correction = z.infer<typeof correctionSchema>;

export const chapterSchema = z.object({
  id: anchorId,
  order: z.number().int().positive(),
  title: prose(z.string().min(1)),
  summary: prose(z.string().min(1)),
  kicker: prose(z.string()).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineWording = z.infer<typeof timelineWordingSchema>;
export type Account = z.infer<typeof accountSchema>;
export type AccountWording = z.infer<typeof accountWordingSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type Report = z.infer<typeof reportSchema>;
export type ChapterMeta = z.infer<typeof chapterSchema>;
export type Actor = (typeof ACTORS)[number];
export type Category = (typeof CATEGORIES)[number];

/**
 * content/data/figures.json: which dependency records each chart shows, row by row. The choice is
 * editorial, so it lives in content; `src/charts/figure-data.ts` resolves the ids and refuses
 * unknown or superseded records.
 */
const recordRef = z.string().min(1).nullable();
const figureSeries = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: prose(z.string().min(1)),
  short: prose(z.string().min(1)),
  tone: z.enum(['us', 'china', 'eu', 'other']),
  shape: z.enum(['circle', 'circle-open', 'diamond']),
});
const figureRow = z.object({
  material: anchorId,
  label: prose(z.string().min(1)),
  values: z.record(z.string(), recordRef).optional(),
  segments: z.array(z.string().min(1)).optional(),
  note: prose(z.string()).optional(),
});
export const figureSpecSchema = z
  .object({
    id: anchorId,
    kind: z.enum(['lanes', 'dumbbell', 'stacked']),
    title: prose(z.string().min(1)),
    takeaway: prose(z.string().min(1)),
    axis: prose(z.string().min(1)),
    series: z.array(figureSeries).optional(),
    notes: z.array(prose(z.string().min(1))).default([]),
    /** Sources a note relies on beyond the charted records' own (listed with them under the figure). */
    noteSources: z.array(anchorId).default([]),
    views: z.array(z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      label: prose(z.string().min(1)),
      rows: z.array(figureRow).min(1),
    })).min(1),
  })
  .refine((f) => f.kind === 'stacked' || (f.series?.length ?? 0) > 0, { path: ['series'], message: 'a dot chart needs its series' })
  .refine((f) => f.kind !== 'stacked' || f.views.every((v) => v.rows.every((r) => r.segments)), {
    path: ['views'], message: 'every row of a stacked chart needs "segments" (an empty list for no data)',
  })
  .refine((f) => f.kind === 'stacked' || f.views.every((v) => v.rows.every((r) => r.values)), {
    path: ['views'], message: 'every row of a dot chart needs "values" (null for no data)',
  });
export type FigureSpec = z.infer<typeof figureSpecSchema>;
