// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defaultLocale, locales } from './src/core/locales.ts';
import { adminEditor } from './src/integrations/editor.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { mdxGuard } from './src/integrations/mdx-guard.ts';
import { siteUrlCheck } from './src/integrations/site-url.ts';
import { siteUrl } from './src/core/site.ts';

/**
 * Astro keeps the content it loaded in its cache folder and reuses it on the next build. Each content root gets
 * its own, so that building another corpus (CONTENT_DIR: fixtures, the benchmark) never leaves its entries in
 * the next build of content/.
 */
const contentDir = process.env['CONTENT_DIR'];
const cacheDir = contentDir
  ? `./node_modules/.astro/corpora/${contentDir.replace(/[^\w.-]+/g, '_')}`
  : './node_modules/.astro';

export default defineConfig({
  cacheDir,
  // Canonical origin for absolute URLs (feeds, sitemap, hreflang). Override per deployment with SITE_URL.
  site: siteUrl(),
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which drops the spaces between inline elements that prose needs.
  compressHTML: true,
  integrations: [
    contentGuard(),
    mdxGuard(),
    siteUrlCheck(),
    adminEditor(),
    mdx(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((code) => [code, code])) },
    }),
  ],
  security: {
    // A strict policy in a <meta> element of every page, with hashes of Astro's own scripts and styles.
    // Directives a <meta> cannot carry (frame-ancestors) and the other security headers are in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // All the CSS in one stylesheet, never inlined: a reader downloads it once and every later page is HTML only.
  // Inlined per page (Astro's default), it was a 4 KB <style> in every page plus its hash in every page's
  // policy: about 2 KB of each page's gzipped HTML.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // A page whose cache key (src/data/page-keys.ts) and code are unchanged keeps its last output: publishing one
  // edit re-renders the pages that show it. docs/performance.md measures it; a test proves the output identical.
  experimental: { incrementalBuild: true },
  vite: { build: { cssCodeSplit: false } },
});
