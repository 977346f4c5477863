// `npm run check:content`: validates every file under content/ (or CONTENT_DIR), prints every problem, exits 1 on any.
import { isAbsolute, relative } from 'node:path';
import { checkContent, formatProblem } from '../src/validation/content-check.ts';
import { readCheckOptions, readCorpus } from '../src/validation/content-files.ts';
import { contentRoot } from '../src/schemas/index.ts';

const root = contentRoot();
const sources = await readCorpus(root);
const problems = checkContent(sources, await readCheckOptions());
const prefix = `${isAbsolute(root) ? root : relative(process.cwd(), root) || '.'}/`;

for (const problem of problems) console.error(formatProblem(problem, prefix));
if (problems.length > 0) {
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(
    `\n${problems.length} problem(s) in ${files} file(s) of ${sources.length}. Fix them and run again: the build publishes nothing until then.`,
  );
  process.exit(1);
}
console.log(`Content OK: ${sources.length} files checked in ${prefix}`);
