/**
 * The editor's interface strings (Decap's phrases) in each language the editor offers: Decap's own French,
 * Spanish and Croatian (decap-cms-locales) and the project's Arabic (src/i18n/decap-ar.ts), each over English,
 * and, in every language, the project's own messages from src/i18n/: a field's refusal, the pop-up naming the
 * refused fields, and the datetime button's name.
 */
import { decapArabic, type DecapPhrases } from '../i18n/decap-ar.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';

/** Decap's own translations, as decap-cms-locales exports them. */
export type DecapLocales = Readonly<Record<Exclude<Locale, 'ar'>, DecapPhrases>>;

/** `base` with `over` laid on it, object by object. */
export function mergePhrases(base: DecapPhrases, over: DecapPhrases): DecapPhrases {
  const result: Record<string, string | DecapPhrases> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = result[key];
    result[key] = typeof value === 'object' && typeof below === 'object' ? mergePhrases(below, value) : value;
  }
  return result;
}

/** The project's messages in Decap's keys, with Decap's `%{name}` placeholders. */
function projectPhrases(locale: Locale): DecapPhrases {
  const { t } = useTranslations(locale);
  return {
    editor: {
      editorControlPane: {
        // For a field whose configuration carries no refusal of its own (an MDX component's form).
        widget: { required: t('cms.refusal.text', { field: '%{fieldLabel}' }) },
      },
      editorWidgets: { datetime: { setToNow: t('cms.setToNow', { field: '%{fieldLabel}' }) } },
    },
    ui: { toast: { fieldsInvalid: t('cms.notSaved', { fields: '%{fields}' }) } },
  };
}

/** Decap's phrases for one interface language. */
export function interfacePhrases(locale: Locale, decap: DecapLocales): DecapPhrases {
  // Over English, so that a phrase a translation lacks reads in English rather than as its key.
  const base = mergePhrases(decap.en, locale === 'ar' ? decapArabic : decap[locale]);
  return mergePhrases(base, projectPhrases(locale));
}
