/** The content model: every collection, its schema and where its files live under the content root. */
import type { z } from 'astro/zod';
import type { ReferenceTarget } from './common.ts';
import { datasetSchema } from './dataset.ts';
import { eventSchema } from './event.ts';
import { networkSchema } from './network.ts';
import { organisationSchema } from './organisation.ts';
import { pageSchema } from './page.ts';
import { practiceSchema } from './practice.ts';
import { searchTermSchema } from './search-term.ts';
import { taxonomySchema } from './taxonomy.ts';

export interface CollectionDefinition<Schema extends z.ZodType = z.ZodType> {
  readonly schema: Schema;
  /** Folder under the content root. */
  readonly folder: string;
  /**
   * `entries`: translatable MDX at <folder>/<lang>/<slug>.mdx, front matter plus body.
   * `data`: language-neutral YAML at <folder>/<id>.yaml, with translated fields inside.
   */
  readonly layout: 'entries' | 'data';
}

export const collections = {
  practices: { schema: practiceSchema, folder: 'practices', layout: 'entries' },
  events: { schema: eventSchema, folder: 'events', layout: 'entries' },
  networks: { schema: networkSchema, folder: 'networks', layout: 'entries' },
  pages: { schema: pageSchema, folder: 'pages', layout: 'entries' },
  organisations: { schema: organisationSchema, folder: 'organisations', layout: 'data' },
  themes: { schema: taxonomySchema, folder: 'taxonomies/themes', layout: 'data' },
  groups: { schema: taxonomySchema, folder: 'taxonomies/groups', layout: 'data' },
  searchTerms: { schema: searchTermSchema, folder: 'search-terms', layout: 'data' },
  datasets: { schema: datasetSchema, folder: 'datasets', layout: 'data' },
} as const satisfies Record<ReferenceTarget | 'pages' | 'searchTerms' | 'datasets', CollectionDefinition>;

export type CollectionName = keyof typeof collections;

/** The folder that holds content: `content/`, or another corpus named by CONTENT_DIR. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env['CONTENT_DIR'] ?? 'content';
}

/** The glob, relative to a collection's folder, that matches its files. */
export function filePattern(layout: CollectionDefinition['layout']): string {
  return layout === 'entries' ? '*/*.mdx' : '*.yaml';
}
