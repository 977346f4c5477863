/**
 * The build's own gate: before Astro renders anything (MDX expressions run at render time), the whole corpus is
 * validated as `npm run check:content` does, and any problem stops `astro build`. In dev, problems are logged.
 * Each file's own results are kept in Astro's cache folder, so a build after one edit parses that file only;
 * `astro build --force` starts afresh.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../validation/content-check.ts';
import { readCheckOptions, readCorpus } from '../validation/content-files.ts';
import { contentRoot } from '../schemas/index.ts';
import { openCheckCache } from '../validation/check-cache.ts';
import { fileURLToPath } from 'node:url';

export function contentGuard(): AstroIntegration {
  return {
    name: 'practice-exchange:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = contentRoot();
        const { cache, save } = await openCheckCache(
          fileURLToPath(new URL('content-check.json', config.cacheDir)),
          process.argv.includes('--force'),
        );
        const problems = checkContent(await readCorpus(root), await readCheckOptions(), cache);
        await save();
        if (problems.length === 0) return;
        const report = problems.map((problem) => formatProblem(problem, `${root}/`)).join('\n');
        if (command === 'dev') return logger.error(`${problems.length} content problem(s):\n${report}`);
        throw new Error(
          `${problems.length} content problem(s); nothing was published. Fix them and build again:\n${report}`,
        );
      },
    },
  };
}
