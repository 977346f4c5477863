/** Filling UI strings, shared by the build (`t()`, `tn()`) and the browser (search), which ships no dictionaries. */

export type TemplateValues = Readonly<Record<string, string | number>>;

/** The plural forms of one string, by CLDR category; `other` is always there. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** Fills `{name}` placeholders; numbers are written as the language writes them. */
export function fillTemplate(template: string, values: TemplateValues, numbers: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The form of `forms` that `count` needs in the language of `rules`, with `{count}` and `values` filled in. */
export function fillPlural(
  forms: PluralForms,
  count: number,
  rules: Intl.PluralRules,
  numbers: Intl.NumberFormat,
  values: TemplateValues = {},
): string {
  return fillTemplate(forms[rules.select(count)] ?? forms.other, { count, ...values }, numbers);
}
