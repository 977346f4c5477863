/** Interface strings in Spanish. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const es = {} satisfies Dictionary;
