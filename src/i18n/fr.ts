/** Interface strings in French. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const fr = {} satisfies Dictionary;
