import { expect, it } from 'vitest';
import { citation } from '../../src/lib/citation.ts';

it('cites the organisations, year, title, portal and address', () => {
  expect(
    citation({
      authors: ['British Red Cross', 'Croatian Red Cross'],
      year: '2026',
      title: 'Referral pathways and guidance documents for caseworkers',
      publisher: 'Practice Exchange',
      url: 'https://example.org/practices/x/',
    }),
  ).toBe(
    'British Red Cross, Croatian Red Cross (2026). Referral pathways and guidance documents for caseworkers. Practice Exchange. https://example.org/practices/x/',
  );
});

it('names the portal when no organisation is given, and does not double a full stop', () => {
  expect(
    citation({ authors: [], year: '2026', title: 'A note.', publisher: 'Practice Exchange', url: 'u' }),
  ).toBe('Practice Exchange (2026). A note. Practice Exchange. u');
});
