// `npm run build:search`: indexes the built site for search, after `astro build`: `node scripts/build-search-index.ts [dist]`.
import { indexSite } from '../src/search/search-index.ts';

for (const line of await indexSite(process.argv[2] ?? 'dist')) console.log(line);
