// Builds the site as astro.config.mjs does, minus the content guard, to show what the render guard does alone:
// `node tests/integration/build-without-guard.ts <outDir> <cacheDir>` with CONTENT_DIR set.
import { build } from 'astro';
import config from '../../astro.config.mjs';

const [outDir = 'dist-unguarded', cacheDir = 'node_modules/.astro/unguarded'] = process.argv.slice(2);
await build({
  ...config,
  configFile: false,
  root: process.cwd(),
  outDir,
  cacheDir,
  logLevel: 'error',
  integrations: (config.integrations ?? [])
    .flat()
    .filter((integration) => integration && integration.name !== 'practice-exchange:content-guard'),
});
