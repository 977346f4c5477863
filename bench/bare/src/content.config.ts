// The same MDX files as the portal reads, under CONTENT_DIR, with a schema that accepts any front matter.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const root = process.env['CONTENT_DIR'];
if (!root) throw new Error('Set CONTENT_DIR to the corpus to build');

const entries = (folder: string) =>
  defineCollection({
    loader: glob({ base: `${root}/${folder}`, pattern: '*/*.mdx' }),
    schema: z.looseObject({}),
  });

export const collections = {
  practices: entries('practices'),
  events: entries('events'),
  networks: entries('networks'),
  pages: entries('pages'),
};
