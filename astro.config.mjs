// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { defaultLocale, locales } from './src/i18n/locales.ts';

export default defineConfig({
  // Canonical origin for absolute URLs (feeds, sitemap, hreflang). Override per deployment with SITE_URL.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx', which drops the spaces between inline elements that prose needs.
  compressHTML: true,
  integrations: [mdx()],
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  // Every page says where it may load from: our origin only. Astro adds hashes for its own scripts and styles.
  // Search needs 'wasm-unsafe-eval' (Pagefind's WebAssembly) and data: images are allowed for inline icons.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
});
