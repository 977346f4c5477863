import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEntry, type EntryData } from '../../src/cms/frontmatter.ts';
import { contextJson, entrySaveProblems, readContext, saveProblems } from '../../src/cms/save-check.ts';
import { checkContent, checkContext, type SourceFile } from '../../src/validation/content-check.ts';

/** A small corpus: a theme, an organisation with its domains and helpline, and a practice note left a draft. */
const note = (fields: string, body: string) =>
  `---\ntitle: A note\nsummary: A note.\ntype: guidance\nthemes: [referral]\norganisations: [society]\npublished: 2026-11-28\n${fields}---\n\n${body}\n`;
const corpus: SourceFile[] = [
  {
    path: 'taxonomies/themes/referral.yaml',
    text: 'label:\n  en: Referral\ndescription:\n  en: Referring.\n',
  },
  {
    path: 'organisations/society.yaml',
    text: 'name:\n  en: British Red Cross\nkind: national-society\nwebsite: https://www.redcross.org.uk/\nphones: ["+44 344 871 11 11"]\n',
  },
  { path: 'practices/en/draft.mdx', text: note('draft: true\n', 'Not yet.') },
];
const publicFiles = new Set(['/uploads/guide.pdf', '/favicon.svg']);
const context = checkContext(corpus, publicFiles);
const none = checkContext([]);

/** What the editor says of a note before saving it, and what the build's checker says of the same file. */
function bothSay(fields: string, body: string): { editor: string[]; checker: string[] } {
  const text = note(fields, body);
  return {
    editor: saveProblems('practices', parseEntry(text), context),
    checker: checkContent([...corpus, { path: 'practices/en/note.mdx', text }], { publicFiles })
      .filter(({ file }) => file === 'practices/en/note.mdx')
      .map(({ field, message }) => `${field}: ${message}`),
  };
}

/** The editor's lines with their place ("text, line 3: ") turned into the checker's field ("body: "). */
const asChecker = (lines: string[]) => lines.map((line) => line.replace(/^text, line \d+:/, 'body:'));

describe('the editor’s check before saving', () => {
  it('refuses what the build refuses, one line per problem, naming the field or line', () => {
    expect(
      saveProblems(
        'practices',
        {
          title: 'Invoice \u202egnp.exe',
          resources: [{ title: 'Form', file: '/uploads/../../package.json', format: 'pdf', language: 'en' }],
          body: 'Intro.\n\nSee [the form](javascript:alert(1)).\n\n![A chart](data:image/png;base64,AAAA)\n',
        },
        none,
      ),
    ).toEqual([
      expect.stringMatching(/^resources\.0\.file: .*is outside \/uploads\//),
      expect.stringMatching(/^title: holds U\+202E RIGHT-TO-LEFT OVERRIDE/),
      expect.stringMatching(/^text, line 3: the link javascript:alert\(1\) is a javascript: address/),
      expect.stringMatching(/^text, line 5: the image data:image\/png;base64.* data: address/),
    ]);
  });

  it('accepts braces and angle brackets typed as text', () => {
    expect(
      saveProblems('practices', { title: 'A note', body: 'About {500 EUR} for people <18.\n' }, none),
    ).toEqual([]);
  });

  it('checks every language version, naming it', () => {
    expect(
      entrySaveProblems('practices', { en: { title: 'A note' }, ar: { title: 'عنوان \u2067مفتوح' } }, none),
    ).toEqual([expect.stringMatching(/^AR title: holds U\+2067 RIGHT-TO-LEFT ISOLATE/)]);
  });
});

describe('the editor’s check before saving, with what the build knows of the other files', () => {
  it('refuses a private phone number and accepts a helpline an organisation lists, in national form', () => {
    const { editor, checker } = bothSay('', 'Call Ana on 07700 900 123, or the helpline on 0344 871 11 11.');
    expect(editor).toEqual([
      expect.stringMatching(/^text, line 2: the phone number 07700 900 123 does not belong in the text/),
    ]);
    expect(asChecker(editor)).toEqual(checker);
  });

  it('refuses a personal or look-alike e-mail address and accepts one at an organisation’s domain', () => {
    const { editor, checker } = bothSay(
      '',
      'Write to team@redcross.org.uk or refer@london.redcross.org.uk.\n\nNot ana.k@gmail.com, nor team@redcross.org.uk.example.com.',
    );
    expect(editor).toEqual([
      expect.stringMatching(/^text, line 4: the e-mail address ana\.k@gmail\.com may be a person's/),
      expect.stringMatching(
        /^text, line 4: the e-mail address team@redcross\.org\.uk\.example\.com may be a person's/,
      ),
    ]);
    expect(asChecker(editor)).toEqual(checker);
  });

  it('refuses a published note that points at a draft, and lets a draft point at it', () => {
    const { editor, checker } = bothSay('related: [draft]\n', 'Text.');
    expect(editor).toEqual([
      'related.0: "draft" is a draft (practices/en/draft.mdx), so it has no page yet and the link would lead nowhere; publish it first, or remove it here until it is',
    ]);
    expect(editor).toEqual(checker);
    expect(bothSay('related: [draft]\ndraft: true\n', 'Text.').editor).toEqual([]);
  });

  it('refuses an upload that does not exist, in a field or in the text, and accepts one that does', () => {
    const { editor, checker } = bothSay(
      'resources:\n  - title: Form\n    file: /uploads/form.pdf\n    format: pdf\n    language: en\n',
      'See [the guide](/uploads/guide.pdf) and ![A chart](/uploads/chart.png).',
    );
    expect(editor).toEqual([
      'resources.0.file: the file /uploads/form.pdf does not exist; upload it first',
      'text, line 2: the file /uploads/chart.png does not exist; upload it first',
    ]);
    expect(asChecker(editor)).toEqual(checker);
  });
});

describe('the content context the editor loads', () => {
  it('holds the organisations’ domains and numbers, the drafts and the uploads, and nothing else', () => {
    expect(JSON.parse(contextJson(context))).toEqual({
      organisationDomains: ['redcross.org.uk'],
      publicPhones: ['443448711111'],
      drafts: {
        practices: { draft: 'practices/en/draft.mdx' },
        events: {},
        networks: {},
        organisations: {},
        themes: {},
        groups: {},
      },
      uploads: ['/uploads/guide.pdf'],
      groups: [],
      themes: ['referral'],
    });
  });

  it('reads back as the context it was written from, and refuses a file that holds no context', () => {
    expect(readContext(JSON.parse(contextJson(context)))).toEqual(context);
    expect(() => readContext({ organisationDomains: 'redcross.org.uk' })).toThrow();
  });
});

describe('the editor’s check of a dataset’s table', () => {
  const metadata = parse(readFileSync('tests/fixtures/datasets/dataset.yaml', 'utf8')) as EntryData;
  const table = (name: string) => readFileSync(`tests/fixtures/datasets/${name}`, 'utf8');
  /** A site with these vulnerable groups. */
  const withGroups = (...ids: string[]) =>
    checkContext(ids.map((id) => ({ path: `taxonomies/groups/${id}.yaml`, text: `label:\n  en: ${id}\n` })));
  const groups = withGroups('women-at-risk', 'domestic-workers');

  it('refuses an uploaded CSV the build would refuse, naming its line and cell', () => {
    expect(
      entrySaveProblems(
        'datasets',
        { en: metadata },
        groups,
        new Map([['table.csv', table('bad/count-below-minimum.csv')]]),
      ),
    ).toEqual([
      'EN table.csv, line 3, people: is 3, below the minimum cell size of 10: this dataset shows no count from 1 to 9; write [c] instead',
    ]);
    expect(
      entrySaveProblems(
        'datasets',
        { en: metadata },
        groups,
        new Map([['table.csv', table('bad/name-column.csv')]]),
      ),
    ).toEqual([expect.stringMatching(/^EN table\.csv, line 1, name: looks like a column of names/)]);
  });

  it('lets a good table through, and checks it again when the rule changes', () => {
    const good = new Map([['table.csv', table('good/suppressed-with-totals.csv')]]);
    expect(entrySaveProblems('datasets', { en: metadata }, groups, good)).toEqual([]);
    // 35 and 40 are shown; a minimum of 50 makes them too small.
    const stricter = { ...metadata, suppression: { minimum: 50 } };
    expect(entrySaveProblems('datasets', { en: stricter }, groups, good)).toEqual([
      'EN table.csv, line 2, people: is 40, below the minimum cell size of 50: this dataset shows no count from 1 to 49; write [c] instead',
      'EN table.csv, line 10, people: is 35, below the minimum cell size of 50: this dataset shows no count from 1 to 49; write [c] instead',
    ]);
  });

  it('checks group ids against the site’s groups', () => {
    const good = new Map([['table.csv', table('good/suppressed-with-totals.csv')]]);
    expect(entrySaveProblems('datasets', { en: metadata }, withGroups('women-at-risk'), good)).toEqual([
      'EN table.csv, line 3, group: \'domestic-workers\' is not a vulnerable group of the site; use the id of one in content/taxonomies/groups/, or "total"',
      'EN table.csv, line 6, group: \'domestic-workers\' is not a vulnerable group of the site; use the id of one in content/taxonomies/groups/, or "total"',
      'EN table.csv, line 9, group: \'domestic-workers\' is not a vulnerable group of the site; use the id of one in content/taxonomies/groups/, or "total"',
    ]);
  });

  it('asks for the table when the entry has none', () => {
    expect(entrySaveProblems('datasets', { en: metadata }, groups)).toEqual([
      'EN table: table.csv is not uploaded; upload the CSV with "Choose a file", or write the name of the one beside this dataset',
    ]);
  });
});
