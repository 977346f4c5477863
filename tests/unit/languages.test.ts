import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/lib/languages.ts';

describe('language names', () => {
  it('names a language as running text in another language writes it', () => {
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('fr', 'fr')).toBe('français');
    expect(languageName('en', 'es')).toBe('inglés');
    expect(languageName('en', 'hr')).toBe('engleski');
    expect(languageName('en', 'ar')).toBe('الإنجليزية');
    expect(languageName('hr', 'en')).toBe('Croatian');
  });
});
