import type { UIKey } from './en.ts';

/** A translation of the English dictionary; any key it leaves out is shown in English. */
export type Dictionary = Partial<Record<UIKey, string>>;
