// The checker as a hostile or careless editor would try it: the seed entries of content/, mutated in their bytes,
// fields, YAML structure and MDX syntax, thousands of times (fixed seed, fixed count). The checker always finishes,
// every problem has the documented shape, nothing is "could not be checked", and a sample of what it accepts
// also builds.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkContent,
  formatProblem,
  type CheckOptions,
  type SourceFile,
} from '../../src/validation/content-check.ts';
import { readCorpus } from '../../src/validation/content-files.ts';
import { findReferences } from '../../src/validation/references.ts';
import { collections } from '../../src/schemas/index.ts';
import { parse } from 'yaml';

const run = promisify(execFile);
const seed = 20261205;
const numRuns = 2000;

/** Values an editor might paste or a hostile one might try, in a field or in the text. */
const nasty = [
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  '%6Aavascript:x',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  'file:///etc/passwd',
  '/uploads/../../package.json',
  '/uploads/%2e%2e/astro.config.mjs',
  '/uploads/%E0%A4%A',
  '../../../../etc/passwd',
  '\u202egnp.exe',
  '\u2067open',
  '\u2069',
  'a\u200bb',
  '\uFEFF',
  '\u0000',
  '\r',
  '{process.env.HOME}',
  '<script>alert(1)</script>',
  '<Figure src="/uploads/../../x" alt="a" />',
  '<Figure src={x} />',
  '</KeyPoint>',
  '<>',
  '<!-- a comment -->',
  '\\{',
  '&amp; &#0; &#x110000; &bogus;',
  '*alias',
  '&anchor value',
  '<<: *a',
  '!!binary aGVsbG8=',
  '!!js/function "function(){}"',
  '!<tag:yaml.org,2002:str> x',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  '{a: {b: {c: {d: {e: {f: {g: {h: {}}}}}}}}',
  '? [complex]\n: key',
  '---',
  '...',
  '%YAML 1.1',
  '2016-13-45',
  '2016-02-30T25:61',
  '1e309',
  '0x1F',
  '~',
  'null',
  '[]',
  '{}',
  "''",
  '"\\u202e"',
  '"unterminated',
  '|\n  block',
  '>-\n  folded',
  '\t- tab',
  'mailto:jane@mail.example',
  'jane.doe@redcross.org.uk.example.com',
  '+44 20 7946 0000',
  '[a](javascript:alert(1))',
  '![x](data:image/png;base64,AAAA)',
  '![x](/uploads/%2e%2e/%2e%2e/package.json)',
  '[r][d]\n\n[d]: javascript:alert(1)',
  '[a form](/uploads/%E0%A4%A.pdf)',
  '![a chart](/uploads/%zz.png)',
  '<Figure src="/uploads/%E0%A4%A.png" alt="a" />',
  '[a](<javascript:alert(1)>)',
  '<https://example.org>',
  '[^1]\n\n[^1]: A footnote with [a link](javascript:x).',
  '*emphasis* **strong** `code` ~~gone~~',
  '> quote\n> <KeyPoint>',
  '<KeyPoint title="a">\n\ntext',
  '<Steps>\n\n1. one\n\n</Steps>',
  '```js\nconsole.log(1)\n```',
  'import x from "y"',
  'export const a = 1',
  '# Heading {#id}',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'x'.repeat(5000),
  'é'.repeat(300),
];

/** A billion-laughs document: each alias names the one before it ten times. */
const aliasBomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(
    'bcdefghi'
      .split('')
      .map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
  )
  .join('\n');

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytesOf = (source: SourceFile) =>
  typeof source.text === 'string' ? encoder.encode(source.text) : source.text;

type Mutation = (bytes: Uint8Array) => Uint8Array;

const splice = (bytes: Uint8Array, at: number, remove: number, insert: Uint8Array) => {
  const start = Math.min(at, bytes.length);
  return new Uint8Array([...bytes.subarray(0, start), ...insert, ...bytes.subarray(start + remove)]);
};

/** Bytes: flip, insert or delete a few, including invalid UTF-8 and a byte-order mark. */
const byteMutation: fc.Arbitrary<Mutation> = fc
  .record({
    at: fc.nat(),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(
      fc.uint8Array({ maxLength: 6 }),
      fc.constant(new Uint8Array([0xef, 0xbb, 0xbf])),
      fc.constant(new Uint8Array([0xe9])),
      fc.constant(new Uint8Array([0x0d, 0x0a])),
    ),
  })
  .map(
    ({ at, remove, insert }) =>
      (bytes) =>
        splice(bytes, bytes.length ? at % (bytes.length + 1) : 0, remove, insert),
  );

/** Lines: a line of the file replaced or followed by a nasty value, as a field's value or on its own. */
const lineMutation: fc.Arbitrary<Mutation> = fc
  .record({
    line: fc.nat(),
    value: fc.oneof(fc.constantFrom(...nasty), fc.constant(aliasBomb), fc.string({ maxLength: 20 })),
    how: fc.constantFrom('value', 'insert', 'replace', 'indent'),
  })
  .map(({ line, value, how }) => (bytes) => {
    const lines = decoder.decode(bytes).split('\n');
    const index = line % lines.length;
    const current = lines[index] ?? '';
    const key = /^(\s*[\w.-]+:)/.exec(current)?.[1];
    if (how === 'value' && key) lines[index] = `${key} ${value}`;
    else if (how === 'insert') lines.splice(index, 0, value);
    else if (how === 'indent') lines[index] = `  ${current}`;
    else lines[index] = value;
    return encoder.encode(lines.join('\n'));
  });

/** An entry with its front matter and a one-word body: a file a run does not mutate needs no more. */
function withoutBody(source: SourceFile): SourceFile {
  const text = decoder.decode(bytesOf(source));
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0];
  return frontMatter ? { path: source.path, text: `${frontMatter}\nText.\n` } : source;
}

const mutation = fc.oneof(byteMutation, lineMutation, lineMutation);

describe('the content checker under mutation', () => {
  let seedCorpus: SourceFile[];
  const options: CheckOptions = { publicFiles: new Set(['/uploads/guide.pdf']) };
  const accepted = new Map<string, Uint8Array>();

  /** For each seed file, the files its check needs: itself, its translations and what it references. */
  let neighbourhoods: SourceFile[][];

  beforeAll(async () => {
    seedCorpus = await readCorpus('content');
    expect(checkContent(seedCorpus, options)).toEqual([]);
    // Each run checks the mutated file with its neighbourhood, not all of content/, so that a few thousand
    // runs fit in the integration tier's budget.
    const folderOf = (path: string) =>
      Object.values(collections).find((definition) => path.startsWith(`${definition.folder}/`))!;
    const idOf = (path: string) =>
      path
        .split('/')
        .at(-1)!
        .replace(/\.(mdx|yaml|csv)$/, '');
    // A dataset's table shares its dataset's name, so each is in the other's neighbourhood; a table names nothing.
    const referenced = (source: SourceFile) => {
      if (source.path.endsWith('.csv')) return [];
      const text = decoder.decode(bytesOf(source));
      const yaml = source.path.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') : text;
      return findReferences(folderOf(source.path).schema, parse(yaml)).map(
        ({ collection, id }) => `${collections[collection].folder}/${id}`,
      );
    };
    const key = (path: string) => `${folderOf(path).folder}/${idOf(path)}`;
    neighbourhoods = seedCorpus.map((source) => {
      const wanted = new Set([key(source.path)]);
      for (let size = 0; size !== wanted.size;) {
        size = wanted.size;
        for (const other of seedCorpus)
          if (wanted.has(key(other.path))) for (const target of referenced(other)) wanted.add(target);
      }
      // The other files keep their fields (ids, references, translations) but not their bodies.
      return seedCorpus
        .filter((other) => wanted.has(key(other.path)))
        .map((other) => (other === source ? other : withoutBody(other)));
    });
    for (const corpus of neighbourhoods)
      expect(checkContent(corpus, options).map((p) => formatProblem(p))).toEqual([]);
  });

  it(
    `always finishes, with well-formed problems (${numRuns} runs, seed ${seed})`,
    { timeout: 120_000 },
    () => {
      const files = seedCorpus.length;
      fc.assert(
        fc.property(
          fc.nat({ max: files - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (target, mutations) => {
            const original = seedCorpus[target]!;
            const mutated = mutations.reduce((bytes, mutate) => mutate(bytes), bytesOf(original));
            const corpus = neighbourhoods[target]!.map((source) =>
              source.path === original.path ? { path: source.path, text: mutated } : source,
            );
            const problems = checkContent(corpus, options);
            const paths = new Set(corpus.map((source) => source.path));
            for (const problem of problems) {
              expect(paths.has(problem.file)).toBe(true);
              expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
              expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
              expect(typeof problem.field).toBe('string');
              expect(problem.message.trim()).not.toBe('');
              expect(problem.message).not.toContain('could not be checked');
              expect(formatProblem(problem)).toMatch(/^[^\n]+:\d+:\d+ {2}\S[^\n]* {2}\S/);
            }
            const changed = decoder.decode(mutated) !== decoder.decode(bytesOf(original));
            if (problems.length === 0 && changed && accepted.size < 3 && !accepted.has(original.path))
              accepted.set(original.path, mutated);
          },
        ),
        { seed, numRuns, endOnFailure: true },
      );
    },
  );

  it('builds what it accepted (a sample of at most three mutants)', { timeout: 180_000 }, async () => {
    expect(accepted.size).toBeGreaterThan(0);
    const root = await mkdtemp(join(tmpdir(), 'px-fuzz-'));
    const content = join(root, 'content');
    await cp('content', content, { recursive: true });
    for (const [path, bytes] of accepted) await writeFile(join(content, path), bytes);
    const outDir = join(root, 'dist');
    try {
      await run('npx', ['astro', 'build', '--outDir', outDir], {
        env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 10 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      expect.fail(
        `the build refused accepted mutants of ${[...accepted.keys()].join(', ')}:\n${stdout}\n${stderr}`,
      );
    }
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('<html');
  });
});
