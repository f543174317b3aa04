// The schema registry: every collection the report reads, each validated by a schema in
// src/lib/schemas.ts. Content lives in the top-level content/ folder, not src/content.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jsonRecords } from './lib/records-loader';
import {
  accountSchema, accountWordingSchema, chapterSchema, correctionSchema, dependencySchema, figureSpecSchema, reportSchema, sourceSchema,
  timelineEventSchema, timelineWordingSchema,
} from './lib/schemas';

export const collections = {
  chapters: defineCollection({
    // The front-matter `id` is the permanent anchor; the file name only orders the folder.
    loader: glob({ base: './content/chapters', pattern: '[!_]*.mdx', generateId: ({ data, entry }) =>
      typeof data.id === 'string' ? data.id : `missing-id:${entry}` }),
    schema: chapterSchema,
  }),
  report: defineCollection({ loader: jsonRecords('content/report.json', reportSchema, { singletonId: 'report' }), schema: reportSchema }),
  sources: defineCollection({ loader: jsonRecords('content/sources.json', sourceSchema), schema: sourceSchema }),
  timeline: defineCollection({ loader: jsonRecords('content/data/timeline.json', timelineEventSchema), schema: timelineEventSchema }),
  timelineWording: defineCollection({ loader: jsonRecords('content/data/timeline-wording.json', timelineWordingSchema), schema: timelineWordingSchema }),
  accounts: defineCollection({ loader: jsonRecords('content/data/accounts.json', accountSchema), schema: accountSchema }),
  accountsWording: defineCollection({ loader: jsonRecords('content/data/accounts-wording.json', accountWordingSchema), schema: accountWordingSchema }),
  dependencies: defineCollection({ loader: jsonRecords('content/data/dependencies.json', dependencySchema), schema: dependencySchema }),
  figures: defineCollection({ loader: jsonRecords('content/data/figures.json', figureSpecSchema), schema: figureSpecSchema }),
  corrections: defineCollection({ loader: jsonRecords('content/corrections.json', correctionSchema, { idField: 'version' }), schema: correctionSchema }),
};
