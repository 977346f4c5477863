/** Interface strings in Croatian. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const hr = {} satisfies Dictionary;
