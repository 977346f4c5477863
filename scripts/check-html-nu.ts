// `npm run check:html:nu`: the W3C Nu HTML Checker (vnu.jar, on the system's Java) over every page in dist/,
// offline; a second opinion beside html-validate, which misses what the HTML parser itself rejects.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nuReportLines, parseNuReport } from './nu-report.ts';

const dist = process.argv[2] ?? 'dist';
const pages = readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
if (pages === 0) {
  console.error(`No HTML pages in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
// One Java process for the whole folder, since starting the JVM costs seconds. The checker is a short batch
// run: the quick compiler alone and one GC thread leave the CPU to checking (a third of the time on 2 busy cores);
// its schema code recurses deeply, which overflows the default stack once only the quick compiler runs.
const java = spawnSync(
  'java',
  [
    '-Xss2m',
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-jar',
    jar,
    '--errors-only',
    '--skip-non-html',
    // Guessing each page's language only ever gives warnings, which --errors-only drops: skipping it saves time.
    '--no-langdetect',
    '--format',
    'json',
    '--stdout',
    dist,
  ],
  { encoding: 'utf8', maxBuffer: 1 << 30 },
);
if (java.error) {
  console.error(
    `Could not run Java (${java.error.message}); install Java 17 or newer (Debian: default-jre-headless).`,
  );
  process.exit(1);
}
// It exits 1 when a page has errors; with no report at all it failed itself, and says why on stderr.
if ((java.status !== 0 && java.status !== 1) || !java.stdout.trim()) {
  console.error(java.stderr || `vnu.jar exited with ${java.status ?? java.signal}`);
  process.exit(1);
}

const problems = parseNuReport(java.stdout, process.cwd());
for (const line of nuReportLines(problems)) console.error(line);
const failed = new Set(problems.map((problem) => problem.file)).size;
if (problems.length > 0) {
  console.error(`\nNu HTML Checker: ${problems.length} error(s) in ${failed} of ${pages} pages.`);
  process.exit(1);
}
console.log(`Nu HTML Checker: ${pages} pages, no errors.`);
