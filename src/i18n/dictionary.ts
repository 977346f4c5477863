import type { UIKey } from './en.ts';

/** The base of every plural key in English: `practices.count` for `practices.count.other`. */
type PluralBase = UIKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * A translation of the English dictionary; any key it leaves out is shown in English.
 * Plural keys may add the CLDR forms their language needs (zero, two, few, many).
 */
export type Dictionary = Partial<Record<UIKey | `${PluralBase}.${Intl.LDMLPluralRule}`, string>>;
