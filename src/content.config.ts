// Wiring only: each collection's loader points at its folder under the content root; fields live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import {
  collections as model,
  contentRoot,
  filePattern,
  type CollectionDefinition,
} from './schemas/index.ts';

const root = contentRoot();

/**
 * `retainBody: false`: pages render MDX bodies from their modules and never read `entry.body`, while Astro bundles
 * the whole content store into the build, so keeping the bodies there too cost memory in every build (the store
 * was 11.4 MB at 1,000 entries with them, 2.2 MB without; docs/performance.md).
 */
function collection<Schema extends z.ZodType>({ schema, folder, layout }: CollectionDefinition<Schema>) {
  return defineCollection({
    loader: glob({
      base: `${root}/${folder}`,
      pattern: filePattern(layout),
      retainBody: false,
    }),
    schema,
  });
}

export const collections = {
  practices: collection(model.practices),
  events: collection(model.events),
  networks: collection(model.networks),
  pages: collection(model.pages),
  organisations: collection(model.organisations),
  themes: collection(model.themes),
  groups: collection(model.groups),
  searchTerms: collection(model.searchTerms),
  datasets: collection(model.datasets),
};
