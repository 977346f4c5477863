// `npm run publish -- --to <folder>`: publishes dist/ as a new release of a self-hosted site and switches to it in one
// step; `--rollback` goes back to the release before. The web server serves <folder>/current (docs/deploy.md).
import { parseArgs } from 'node:util';
import { defaultKeep, publish, PublishError, rollback } from './releases.ts';

const usage = `usage: npm run publish -- --to <folder> [--from dist] [--label <commit>] [--keep ${defaultKeep}]
       npm run publish -- --to <folder> --rollback
(--to may also come from PUBLISH_DIR)`;

try {
  const { values } = parseArgs({
    options: {
      to: { type: 'string' },
      from: { type: 'string', default: 'dist' },
      label: { type: 'string' },
      keep: { type: 'string', default: String(defaultKeep) },
      rollback: { type: 'boolean', default: false },
    },
  });
  const root = values.to ?? process.env['PUBLISH_DIR'];
  if (!root) throw new PublishError(`say where to publish with --to <folder>\n${usage}`);
  if (values.rollback) {
    const { from, to } = await rollback({ root });
    console.log(`Rolled back: ${root}/current is ${to} again (was ${from}).`);
  } else {
    const result = await publish({
      root,
      from: values.from,
      keep: Number(values.keep),
      ...(values.label ? { label: values.label } : {}),
    });
    console.log(
      `Published ${values.from} as ${result.release}: ${root}/current points at it` +
        (result.previous
          ? ` (was ${result.previous}; ${result.carried} hashed assets kept for open pages)`
          : '') +
        (result.removed.length > 0 ? `; removed ${result.removed.join(', ')}` : '') +
        '.',
    );
  }
} catch (error) {
  // A mistake in the call or the folder is said plainly; anything else is a bug or a disk problem, with its stack.
  if (!(error instanceof PublishError) && !(error instanceof TypeError && 'code' in error)) throw error;
  console.error(`publish: ${error.message}`);
  process.exit(1);
}
