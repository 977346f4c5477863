// @ts-check
// The benchmark's baseline: bare Astro with MDX on the same corpus, one minimal page per entry (see README.md).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
