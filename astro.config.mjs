// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
  // Canonical origin for absolute URLs (feeds, sitemap, hreflang). Override per deployment with SITE_URL.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which drops the spaces between inline elements that prose needs.
  compressHTML: true,
  integrations: [contentGuard(), mdx()],
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
