/**
 * Registers the render guard (src/validation/render-guard.ts) with Astro's Markdown engine, which MDX uses too:
 * the address rules hold while pages render, even where the content check was skipped. A build fails on an
 * unsafe address; the dev server renders it harmless and logs it.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { renderGuard } from '../validation/render-guard.ts';

export function mdxGuard(): AstroIntegration {
  return {
    name: 'practice-exchange:mdx-guard',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        const guard = renderGuard({
          strict: command === 'build',
          onUnsafe: (file, message) => logger.error(`${file}: ${message}; rendered without it`),
        });
        updateConfig({ markdown: { processor: satteri({ hastPlugins: [guard] }) } });
      },
    },
  };
}
