// Wiring only: each collection's loader points at its folder under the content root; fields live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as model, contentRoot, filePattern } from './schemas/index.ts';

const root = contentRoot();

function collection<Name extends keyof typeof model>(name: Name) {
  const { schema, folder, layout } = model[name];
  return defineCollection({ loader: glob({ base: `${root}/${folder}`, pattern: filePattern(layout) }), schema });
}

export const collections = {
  practices: collection('practices'),
  events: collection('events'),
  networks: collection('networks'),
  pages: collection('pages'),
  organisations: collection('organisations'),
  themes: collection('themes'),
  groups: collection('groups'),
};
