// The checker on small in-memory corpora: limits, and that it never throws.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, limits, type SourceFile } from '../../src/validation/content-check.ts';

const options = { publicFiles: new Set<string>() };
const theme = (id: string, text: string | Uint8Array): SourceFile => ({
  path: `taxonomies/themes/${id}.yaml`,
  text,
});
const fine = theme('referral', 'label:\n  en: Referral\ndescription:\n  en: Referring people.\n');

describe('checkContent', () => {
  it('reports a file it cannot check as that file’s problem, and goes on to the others', () => {
    const broken = theme('broken', 42 as unknown as string);
    const problems = checkContent([broken, fine, theme('bad', 'label: 3\n')], options);
    expect(problems.filter((problem) => problem.file.endsWith('broken.yaml'))).toEqual([
      {
        file: 'taxonomies/themes/broken.yaml',
        line: 1,
        column: 1,
        field: '',
        message: expect.stringMatching(/^could not be checked: .* please report this/),
      },
    ]);
    expect(problems.filter((problem) => problem.file.endsWith('referral.yaml'))).toEqual([]);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'taxonomies/themes/bad.yaml', field: 'label' }),
    );
  });

  it('refuses YAML aliases beyond the limit, at the alias that passes it', () => {
    const aliases = Array.from({ length: limits.aliases + 1 }, (_, i) => `k${i}: *a`).join('\n');
    expect(checkContent([theme('many', `label:\n  en: &a A\n${aliases}\n`)], options)).toEqual([
      expect.objectContaining({
        line: limits.aliases + 3,
        message: expect.stringContaining(`more than ${limits.aliases} YAML aliases`),
      }),
    ]);
  });

  it('refuses an alias to an anchor that does not come before it, at its line', () => {
    expect(checkContent([theme('unresolved', 'label:\n  en: *nothing\n')], options)).toEqual([
      expect.objectContaining({ line: 2, column: 7, message: expect.stringContaining('*nothing') }),
    ]);
  });

  it('refuses deep nesting and oversized files with a message, not a crash', () => {
    const deep = `label:\n  en: ${'['.repeat(4000)}${']'.repeat(4000)}\n`;
    const nested = `label:\n  en: x\nx: ${'{a: '.repeat(limits.depth + 2)}1${'}'.repeat(limits.depth + 2)}\n`;
    const big = new Uint8Array(limits.bytes + 1).fill(0x61);
    const messages = checkContent(
      [theme('deep', deep), theme('nested', nested), theme('big', big)],
      options,
    ).map((problem) => `${problem.file} ${problem.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/big.yaml is 5.0 MB, more than the 5 MB/),
      expect.stringMatching(/deep.yaml nests fields more than 16 levels deep/),
      expect.stringMatching(/nested.yaml nests fields more than 16 levels deep/),
    ]);
  });

  it('refuses a file name holding an invisible character, naming it', () => {
    expect(checkContent([theme('referral\u200b', 'label:\n  en: Referral\n')], options)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('U+200B ZERO WIDTH SPACE') }),
    ]);
  });
});

describe('references to drafts', () => {
  const fields = (extra: string) =>
    `---\ntitle: A note\nsummary: A note.\ntype: guidance\nthemes: [referral]\norganisations: [society]\npublished: 2026-11-28\n${extra}---\n\nText.\n`;
  const base: SourceFile[] = [
    {
      path: 'taxonomies/themes/referral.yaml',
      text: 'label:\n  en: Referral\ndescription:\n  en: Referring.\n',
    },
    { path: 'organisations/society.yaml', text: 'name:\n  en: A society\nkind: ngo\n' },
    { path: 'practices/en/draft.mdx', text: fields('draft: true\n') },
  ];
  const check = (...files: SourceFile[]) =>
    checkContent([...base, ...files], options).map((problem) => `${problem.file} ${problem.field}`);

  it('refuses a published entry that points at a draft, naming both files', () => {
    const problems = checkContent(
      [...base, { path: 'practices/en/published.mdx', text: fields('related: [draft]\n') }],
      options,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'practices/en/published.mdx',
        field: 'related.0',
        message: expect.stringContaining('"draft" is a draft (practices/en/draft.mdx)'),
      }),
    ]);
  });

  it('lets a draft point at a draft, and anything point at an entry published in one language', () => {
    expect(
      check({ path: 'practices/en/other.mdx', text: fields('related: [draft]\ndraft: true\n') }),
    ).toEqual([]);
    expect(
      check(
        { path: 'practices/fr/draft.mdx', text: fields('') },
        { path: 'practices/en/other.mdx', text: fields('related: [draft]\n') },
      ),
    ).toEqual([]);
  });
});

describe('formatProblem', () => {
  it('shows an invisible character in a field name by its code point, not as the name it imitates', () => {
    const problem = {
      file: 'practices/en/note.mdx',
      line: 6,
      column: 1,
      field: '\ufeffanisations',
      message: 'is not a field',
    };
    expect(formatProblem(problem)).toBe('practices/en/note.mdx:6:1  <U+FEFF>anisations  is not a field');
    expect(formatProblem({ ...problem, field: '' }, 'content/')).toBe(
      'content/practices/en/note.mdx:6:1  (file)  is not a field',
    );
  });
});
