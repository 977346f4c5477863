import { describe, expect, it } from 'vitest';
import { entrySaveProblems, saveProblems } from '../../src/cms/save-check.ts';

describe('the editor’s check before saving', () => {
  it('refuses what the build refuses, one line per problem, naming the field or line', () => {
    expect(
      saveProblems('practices', {
        title: 'Invoice \u202egnp.exe',
        resources: [{ title: 'Form', file: '/uploads/../../package.json', format: 'pdf', language: 'en' }],
        body: 'Intro.\n\nSee [the form](javascript:alert(1)).\n\n![A chart](data:image/png;base64,AAAA)\n',
      }),
    ).toEqual([
      expect.stringMatching(/^resources\.0\.file: .*is outside \/uploads\//),
      expect.stringMatching(/^title: holds U\+202E RIGHT-TO-LEFT OVERRIDE/),
      expect.stringMatching(/^text, line 3: the link javascript:alert\(1\) is a javascript: address/),
      expect.stringMatching(/^text, line 5: the image data:image\/png;base64.* data: address/),
    ]);
  });

  it('accepts braces and angle brackets typed as text, and leaves e-mail addresses to the build', () => {
    expect(
      saveProblems('practices', {
        title: 'A note',
        body: 'About {500 EUR} for people <18; write to a@b.example.\n',
      }),
    ).toEqual([]);
  });

  it('checks every language version, naming it', () => {
    expect(
      entrySaveProblems('practices', { en: { title: 'A note' }, ar: { title: 'عنوان \u2067مفتوح' } }),
    ).toEqual([expect.stringMatching(/^AR title: holds U\+2067 RIGHT-TO-LEFT ISOLATE/)]);
  });
});
