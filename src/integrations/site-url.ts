/** Warns when `astro build` runs without SITE_URL, so that a build with links to localhost is not published by mistake. */
import type { AstroIntegration } from 'astro';
import { missingSiteUrl } from '../core/site.ts';

export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'practice-exchange:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = missingSiteUrl();
        if (warning) logger.warn(warning);
      },
    },
  };
}
