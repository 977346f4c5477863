// `npm run check:content`: validates every file under content/ (or CONTENT_DIR), prints every problem, exits 1 on any.
import { glob, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-check.ts';
import { contentRoot } from '../src/schemas/index.ts';

const root = contentRoot();
const paths: string[] = [];
for await (const path of glob('**/*', { cwd: root, withFileTypes: false })) {
  if (/\.(mdx|md|ya?ml)$/.test(path)) paths.push(path);
}
const sources = await Promise.all(
  paths.sort().map(async (path) => ({
    path: path.split('\\').join('/'),
    text: await readFile(join(root, path), 'utf8'),
  })),
);
const problems = checkContent(sources);
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
