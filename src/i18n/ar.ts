/** Interface strings in Arabic. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const ar = {} satisfies Dictionary;
