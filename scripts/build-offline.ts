// `npm run build:offline`: the service worker and the offline search files, after the search index:
// `node scripts/build-offline.ts [dist]`.
import { writeOffline } from '../src/offline/offline-build.ts';
import { searchBundles, searchMetaCacheTag } from '../src/search/search-bundles.ts';

console.log(
  await writeOffline(process.argv[2] ?? 'dist', {
    path: searchBundles.perLanguage,
    metaCacheTag: searchMetaCacheTag,
  }),
);
