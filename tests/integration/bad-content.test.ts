// Bad content never reaches readers: every fixture in tests/fixtures/bad-corpus is reported with its file, line
// and field in one run; `astro build` refuses the corpus on its own; the good corpus passes and builds.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/validation/content-check.ts';
import { listPublicFiles, readCorpus } from '../../src/validation/content-files.ts';

const run = promisify(execFile);
const bad = 'tests/fixtures/bad-corpus';
const good = 'tests/fixtures/good-corpus';

async function attempt(command: string, args: string[], contentDir: string) {
  try {
    const { stdout, stderr } = await run(command, args, {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 10 * 1024 * 1024,
    });
    return { failed: false, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: `${stdout}\n${stderr}` };
  }
}

/** Each bad fixture, the line and field it must be reported at, and words the message must contain. */
const expected: [file: string, line: number, field: string, words: string][] = [
  ['datasets/count-below-minimum.csv', 3, 'people', 'is 7, below the minimum cell size of 10'],
  ['datasets/minimum-below-five.yaml', 19, 'suppression.minimum', 'is below 5'],
  ['datasets/no-rule.yaml', 2, 'suppression', 'is required'],
  ['datasets/personal-column.csv', 1, 'name', 'looks like a column of names'],
  ['events/en/end-before-start.mdx', 6, 'end', 'is before `start`'],
  [
    'events/en/output-unknown-practice.mdx',
    9,
    'outputs.0.practice',
    '"no-such-practice" is not in practices',
  ],
  ['events/en/time-without-zone.mdx', 2, 'timeZone', 'is needed when a time is given'],
  ['events/en/unknown-time-zone.mdx', 6, 'timeZone', 'is not an IANA time zone'],
  ['networks/en/unknown-member.mdx', 5, 'members.1', '"no-such-member" is not in organisations'],
  ['organisations/name-without-english.yaml', 2, 'name.en', 'is required'],
  ['organisations/website-without-scheme.yaml', 4, 'website', 'is not a web address'],
  ['practices/de/unsupported-language.mdx', 1, '', 'belongs at practices/<en|fr|es|ar|hr>/<slug>.mdx'],
  ['practices/en/broken-yaml.mdx', 3, '', 'is not valid YAML'],
  ['practices/en/Capital_Letters.mdx', 1, '', 'is not a valid id'],
  ['practices/en/draft-not-yes-no.mdx', 8, 'draft', "'yes' should be true or false"],
  ['practices/en/event-handler-prop.mdx', 10, 'body', 'onMouseOver> would run a script'],
  ['practices/en/expression-prop.mdx', 10, 'body', 'must be text in quotes'],
  ['practices/en/iframe-embed.mdx', 12, 'body', 'raw HTML <iframe> is not allowed'],
  ['practices/en/image-from-other-site.mdx', 10, 'body', 'is on another website'],
  ['practices/en/image-without-alt.mdx', 12, 'body', 'has no text alternative'],
  ['practices/en/impossible-date.mdx', 7, 'published', "'2016-13-45' is not a date; write YYYY-MM-DD"],
  ['practices/en/mdx-expression.mdx', 10, 'body', '{process.env.HOME} would run as code'],
  ['practices/en/mdx-import.mdx', 10, 'body', 'import and export are code'],
  ['practices/en/missing-title.mdx', 2, 'title', 'is required'],
  ['practices/en/misspelt-field.mdx', 3, 'sumary', 'did you mean "summary"?'],
  ['practices/en/no-front-matter.mdx', 1, '', 'has no front matter'],
  ['practices/en/no-theme.mdx', 5, 'themes', 'needs at least one theme'],
  ['practices/en/personal-email.mdx', 10, 'body', "jane.doe@mail.example may be a person's"],
  ['practices/en/phone-number.mdx', 10, 'body', 'the phone number +44 20 7946 0000'],
  ['practices/en/repeated-theme.mdx', 5, 'themes', 'lists the same id twice'],
  ['practices/en/resource-bad-url.mdx', 10, 'resources.0.url', 'is not a web address'],
  [
    'practices/en/resource-missing-upload.mdx',
    10,
    'resources.0.file',
    '/uploads/missing-form.pdf does not exist',
  ],
  ['practices/en/resource-without-file-or-url.mdx', 9, 'resources.0', 'needs exactly one of `file`'],
  ['practices/en/review-before-publication.mdx', 8, 'reviewBy', 'is not after `published`'],
  ['practices/en/script-tag.mdx', 12, 'body', 'raw HTML <script> is not allowed'],
  ['practices/en/summary-too-long.mdx', 3, 'summary', 'is longer than 320 characters'],
  ['practices/en/unknown-component.mdx', 10, 'body', '<Video> is not an allowed component'],
  ['practices/en/unknown-country.mdx', 8, 'countries.0', "'XX' is not a country code"],
  [
    'practices/en/unknown-organisation.mdx',
    6,
    'organisations.1',
    '"no-such-society" is not in organisations',
  ],
  [
    'practices/fr/translation-disagrees.mdx',
    7,
    'countries',
    'is [FR] here but [HR] in the English version (practices/en/translation-disagrees.mdx); dates, references, countries and types mean the same in every language',
  ],
  [
    'practices/fr/translation-disagrees.mdx',
    2,
    'updated',
    'is missing here but 2026-11-30 in the English version',
  ],
  [
    'practices/fr/translation-disagrees.mdx',
    8,
    'published',
    'is 2026-11-29 here but 2026-11-28 in the English version',
  ],
  ['practices/en/unknown-theme.mdx', 5, 'themes.0', '"rescue" is not in themes'],
  ['practices/en/unknown-type.mdx', 4, 'type', "'webinar' is not allowed"],
  ['practices/en/javascript-link.mdx', 10, 'body', 'is a javascript: address'],
  ['practices/en/javascript-link-reference.mdx', 12, 'body', 'is a javascript: address'],
  ['practices/en/data-image.mdx', 10, 'body', 'is written into the page as a data: address'],
  ['practices/en/image-climbs-out.mdx', 10, 'body', '../../../../../package.json is not an uploaded file'],
  ['practices/en/figure-climbs-out.mdx', 10, 'body', 'is outside /uploads/'],
  ['practices/en/resource-upload-climbs-out.mdx', 10, 'resources.0.file', 'is outside /uploads/'],
  ['practices/en/title-direction-override.mdx', 2, 'title', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
  ['practices/en/body-unclosed-isolate.mdx', 10, 'body', 'U+2067 RIGHT-TO-LEFT ISOLATE that is never closed'],
  ['practices/en/hidden-character-in-id.mdx', 5, 'themes.0', 'holds U+200B ZERO WIDTH SPACE'],
  ['practices/en/windows-1252.mdx', 12, '', 'is not saved as UTF-8'],
  ['taxonomies/themes/alias-bomb.yaml', 6, '', 'uses more than 20 YAML aliases'],
  [
    'taxonomies/groups/unresolved-alias.yaml',
    3,
    '',
    'uses the alias *french, but no "&french" comes before it',
  ],
  [
    'practices/en/related-draft.mdx',
    8,
    'related.1',
    '"draft-practice" is a draft (practices/en/draft-practice.mdx), so it has no page yet',
  ],
  [
    'events/en/output-draft-practice.mdx',
    9,
    'outputs.0.practice',
    '"draft-practice" is a draft (practices/en/draft-practice.mdx)',
  ],
  [
    'practices/en/look-alike-domain.mdx',
    10,
    'body',
    "referrals@redcross.org.uk.example.com may be a person's",
  ],
  ['practices/en/unlisted-phone.mdx', 10, 'body', 'the phone number +44 344 871 11 12 does not belong'],
  [
    'organisations/mail-provider-domain.yaml',
    4,
    'emailDomains.1',
    "'gmail.com' is a mail provider anyone can use",
  ],
  ['taxonomies/groups/unknown-language.yaml', 3, 'label.de', '"de" is not a language of the portal'],
];

describe('the bad corpus', () => {
  let problems: Problem[];
  let files: string[];

  beforeAll(async () => {
    const sources = await readCorpus(bad);
    files = sources.map((source) => source.path);
    problems = checkContent(sources, { publicFiles: await listPublicFiles() });
  });

  it('holds at least 25 distinct bad entries, each tested here', () => {
    const badFiles = files.filter(
      (file) =>
        !/example-red-cross|identification|children|valid-base|practices\/en\/draft-practice|en\/translation-disagrees/.test(
          file,
        ),
    );
    expect(badFiles.length).toBeGreaterThanOrEqual(25);
    expect(new Set(expected.map(([file]) => file))).toEqual(new Set(badFiles));
  });

  it.each(expected)('%s is reported at line %i, field "%s"', (file, line, field, words) => {
    const found = problems.filter((problem) => problem.file === file);
    expect(found).toContainEqual(
      expect.objectContaining({ line, field, message: expect.stringContaining(words) }),
    );
  });

  it('reports nothing in the valid entries beside them', () => {
    expect(
      problems.filter((problem) =>
        /valid-base|practices\/en\/draft-practice|example-red-cross|identification|children|en\/translation-disagrees/.test(
          problem.file,
        ),
      ),
    ).toEqual([]);
  });

  it('is reported in one run of npm run check:content, one line each, and fails', async () => {
    const result = await attempt('node', ['scripts/check-content.ts'], bad);
    expect(result.failed).toBe(true);
    expect(result.output).toContain(
      `${bad}/practices/en/impossible-date.mdx:7:12  published  '2016-13-45' is not a date`,
    );
    expect(result.output).toMatch(/\d+ problem\(s\) in \d+ file\(s\) of \d+\./);
    // An alias bomb is one file's problem, not a crash that hides the others.
    expect(result.output).not.toMatch(/ReferenceError|\n\s+at /);
  });

  it(
    'is refused by astro build, which names every file and publishes nothing',
    { timeout: 120_000 },
    async () => {
      const outDir = await mkdtemp(join(tmpdir(), 'px-refused-'));
      const result = await attempt('npx', ['astro', 'build', '--outDir', outDir], bad);
      expect(result.failed).toBe(true);
      for (const [file, line] of expected) expect(result.output).toContain(`${bad}/${file}:${line}:`);
      await expect(readFile(join(outDir, 'index.html'))).rejects.toThrow();
    },
  );
});

describe('the good corpus', () => {
  let corpus: string;

  // Beside the committed fixtures, a 2 MB note (a long guidance document pasted whole), made here.
  beforeAll(async () => {
    corpus = join(await mkdtemp(join(tmpdir(), 'px-good-corpus-')), 'content');
    await cp(good, corpus, { recursive: true });
    const paragraph =
      'Caseworkers explain each step of the referral, ask for consent before any contact with another service, and record only what the person agrees to share.\n\n';
    const body = paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length));
    const frontMatter =
      '---\ntitle: A long guidance note\nsummary: A note of about 2 MB, pasted whole.\ntype: guidance\nthemes: [referral]\norganisations: [example-crescent-society]\npublished: 2026-11-28\n---\n\n';
    await writeFile(join(corpus, 'practices/en/long-note.mdx'), frontMatter + body);
  });

  it('passes the validator', async () => {
    const result = await attempt('node', ['scripts/check-content.ts'], corpus);
    expect(result).toMatchObject({ failed: false });
    expect(result.output).toContain('Content OK: 21 files');
  });

  it('builds, rendering the allow-listed components', { timeout: 180_000 }, async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'px-good-'));
    const result = await attempt('npx', ['astro', 'build', '--outDir', outDir], corpus);
    expect(result.failed, result.output).toBe(false);
    const page = await readFile(join(outDir, 'practices/example-referral-pathway/index.html'), 'utf8');
    expect(page).toContain('Ask for consent before any referral.');
    expect(page).toMatch(/class="steps"[^>]*>\s*<ol>/);
    // A dataset's chart embedded in the note: its drawing, its table of the same figures, its rule and a link.
    const embedded = page.slice(page.indexOf('class="embedded-chart"'));
    expect(embedded).toContain('<svg');
    expect(embedded).toMatch(/<th[^>]*>2021<\/th>\s*<td[^>]*>55<\/td>/);
    expect(embedded).toContain('href="/data/people-supported/"');
    const arabic = await readFile(join(outDir, 'ar/practices/arabic-text/index.html'), 'utf8');
    expect(arabic).toContain('\u2066ISO 9001:2015\u2069');
    const escaped = await readFile(join(outDir, 'practices/escaped-text/index.html'), 'utf8');
    expect(escaped).toContain('{500 EUR}');
    const long = await readFile(join(outDir, 'practices/long-note/index.html'), 'utf8');
    expect(long.length).toBeGreaterThan(2 * 1024 * 1024);
  });
});

it('the seed content passes the validator', async () => {
  const result = await attempt('node', ['scripts/check-content.ts'], 'content');
  expect(result).toMatchObject({ failed: false });
});
