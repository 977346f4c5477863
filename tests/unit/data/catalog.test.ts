import { describe, expect, test, vi } from 'vitest';
import { getCatalog } from '../../../src/data/catalog.ts';

vi.mock('astro:content', async () => (await import('./astro-content.ts')).mockedAstroContent());

describe('getCatalog', () => {
  test('groups a note’s language versions under one slug, English first', async () => {
    const practice = (await getCatalog()).practices.get('example-referral-pathway');
    expect([...(practice?.versions.keys() ?? [])]).toEqual(['en', 'fr']);
    expect(practice?.originalLocale).toBe('en');
  });

  test('computes an organisation’s practices from the notes’ references', async () => {
    const catalog = await getCatalog();
    expect(catalog.practicesByOrganisation.get('example-red-cross')?.map((p) => p.slug)).toEqual([
      'example-referral-pathway',
    ]);
  });
});
