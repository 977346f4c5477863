// What the worker and the saved store read from pages and addresses.
import { describe, expect, it } from 'vitest';
import { isSearchEntry, offlinePageFor, pageImages, pageStamp } from '../../../src/offline/offline-plan.ts';

describe('the offline plan', () => {
  it('reads the date a saved page last changed, or nothing', () => {
    expect(pageStamp('<offline-save data-url="/x/" data-offline-stamp="2026-11-20">')).toBe('2026-11-20');
    expect(pageStamp('<main></main>')).toBe('');
  });

  it('finds a page’s own images, each once, and none from another site', () => {
    const html =
      '<img class="country-map" src="/maps/hr.svg" alt="Croatia"><img src="/uploads/a.png?x=1&amp;y=2" alt="">' +
      '<img alt="" src="https://elsewhere.example/a.png"><img src="/maps/hr.svg" alt="again">';
    expect(pageImages(html, 'https://practice.example')).toEqual(['/maps/hr.svg', '/uploads/a.png?x=1&y=2']);
  });

  it('gives a page not saved the offline page of its language', () => {
    expect(offlinePageFor('/networks/')).toBe('/saved/');
    expect(offlinePageFor('/ar/practices/x/')).toBe('/ar/saved/');
  });

  it('knows search bundles’ entry files, with or without the cache tag', () => {
    expect(isSearchEntry('/pagefind/pagefind-entry.json')).toBe(true);
    expect(isSearchEntry('/pagefind-all/pagefind-entry.json')).toBe(true);
    expect(isSearchEntry('/pagefind/pagefind.js')).toBe(false);
  });
});
