// The editor's interface strings: Decap's own French, Spanish and Croatian, the project's Arabic over Decap's
// English, and the project's own messages (refusals, the pop-up, the date button) in every language.
import { en, es, fr, hr } from 'decap-cms-locales/dist/esm/index.js';
import { describe, expect, it } from 'vitest';
import { interfacePhrases, mergePhrases } from '../../src/cms/interface-phrases.ts';
import { decapArabic, type DecapPhrases } from '../../src/i18n/decap-ar.ts';

const decap = { en, es, fr, hr } as unknown as Record<'en' | 'es' | 'fr' | 'hr', DecapPhrases>;

/** The phrase at a dotted path. */
function phrase(phrases: DecapPhrases, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as DecapPhrases | undefined)?.[key], phrases);
}

/** Every dotted path to a string. */
function paths(phrases: DecapPhrases, prefix = ''): string[] {
  return Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : paths(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Arabic interface', () => {
  const arabic = interfacePhrases('ar', decap);

  it('is Arabic on the paths editors walk: save, status, publish, refusals and the pop-up', () => {
    for (const path of [
      'editor.editorToolbar.save',
      'editor.editorToolbar.status',
      'editor.editorToolbar.draft',
      'editor.editorToolbar.inReview',
      'editor.editorToolbar.ready',
      'editor.editorToolbar.publish',
      'editor.editorToolbar.publishNow',
      'editor.editorToolbar.unsavedChanges',
      'editor.editorToolbar.changesSaved',
      'editor.editorControlPane.widget.required',
      'editor.editorControlPane.i18n.writingInLocale',
      'editor.editorWidgets.datetime.setToNow',
      'ui.toast.entrySaved',
      'ui.toast.entryPublished',
      'ui.toast.fieldsInvalid',
      'ui.toast.onFailToPersist',
      'workflow.workflowList.readyHeader',
    ])
      expect(phrase(arabic, path), path).toMatch(/[\u0600-\u06ff]/);
    expect(phrase(arabic, 'ui.toast.fieldsInvalid')).toBe('لم يُحفظ شيء. راجع هذه الحقول: %{fields}.');
    expect(phrase(arabic, 'editor.editorToolbar.status')).toBe('الحالة: %{status}');
  });

  it('falls back to English where it has no translation', () => {
    expect(phrase(arabic, 'auth.loginWithGitHub')).toBe('Login with GitHub');
  });

  it('translates only phrases Decap has, keeping their placeholders', () => {
    for (const path of paths(decapArabic)) {
      const english = phrase(decap.en, path);
      expect(typeof english, path).toBe('string');
      // Arabic's zero, one and two forms spell the count out, so only the names are compared.
      const own = new Set(placeholders(phrase(decapArabic, path) as string));
      const theirs = new Set(placeholders(english as string));
      expect(
        [...theirs].filter((name) => name !== 'smart_count' && !own.has(name)),
        path,
      ).toEqual([]);
      expect(
        [...own].filter((name) => !theirs.has(name)),
        path,
      ).toEqual([]);
    }
  });
});

describe('the other languages', () => {
  it('keep Decap’s own translations', () => {
    expect(phrase(interfacePhrases('fr', decap), 'editor.editorToolbar.save')).toBe('Enregistrer');
    expect(phrase(interfacePhrases('es', decap), 'editor.editorToolbar.save')).toBe(
      phrase(decap.es, 'editor.editorToolbar.save'),
    );
  });

  it('read in English, never as a key, where Decap’s translation lacks a phrase', () => {
    expect(phrase(decap.fr, 'editor.editorControlPane.i18n.copyFromLocale')).toBeUndefined();
    expect(phrase(interfacePhrases('fr', decap), 'editor.editorControlPane.i18n.copyFromLocale')).toBe(
      'Fill in from another locale',
    );
  });

  it('add the project’s messages, with Decap’s placeholders', () => {
    const french = interfacePhrases('fr', decap);
    expect(phrase(french, 'ui.toast.fieldsInvalid')).toBe(
      'Rien n’a été enregistré. Vérifiez ces champs : %{fields}.',
    );
    expect(phrase(french, 'editor.editorWidgets.datetime.setToNow')).toBe(
      'Maintenant : mettre la date du jour dans %{fieldLabel}',
    );
    expect(phrase(interfacePhrases('en', decap), 'editor.editorControlPane.widget.required')).toBe(
      '%{fieldLabel}: type it in; this field cannot stay empty.',
    );
  });
});

describe('mergePhrases', () => {
  it('lays one set over another, object by object', () => {
    expect(mergePhrases({ a: { b: 'B', c: 'C' }, d: 'D' }, { a: { c: 'c' } })).toEqual({
      a: { b: 'B', c: 'c' },
      d: 'D',
    });
  });
});
