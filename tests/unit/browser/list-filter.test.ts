// @vitest-environment happy-dom
// <list-filter>: the events' filters hide the cards that do not match and keep the choice in the URL query.
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from './mount.ts';
import '../../../src/browser/list-filter.ts';

// As the events page and ListFilter render them, with a second year and organiser. The list comes first:
// happy-dom connects nodes one by one, where a page's module runs once the whole page is there.
const filter = (shown: string) => `
  <div id="event-list">
    <section class="year" aria-labelledby="year-2017" data-filter-group>
      <h3 id="year-2017">2017</h3>
      <ul class="card-grid">
        <li class="card-item" data-filter-year="2017" data-filter-organiser="british-red-cross">
          <article class="card"><h4 class="title"><a href="/events/referral-workshop-2017/">Workshop</a></h4></article>
        </li>
      </ul>
    </section>
    <section class="year" aria-labelledby="year-2016" data-filter-group>
      <h3 id="year-2016">2016</h3>
      <ul class="card-grid">
        <li class="card-item" data-filter-year="2016" data-filter-organiser="british-red-cross croatian-red-cross">
          <article class="card"><h4 class="title"><a href="/events/developing-capacity-conference-2016/">Conference</a></h4></article>
        </li>
      </ul>
    </section>
  </div>
  <list-filter class="no-print" data-target="event-list" ${shown}>
    <form aria-label="Filter events" hidden>
      <label><span>Year</span>
        <select name="year">
          <option value="">All</option><option value="2017">2017</option><option value="2016">2016</option>
        </select>
      </label>
      <label><span>Organiser</span>
        <select name="organiser">
          <option value="">All</option>
          <option value="british-red-cross">British Red Cross</option>
          <option value="croatian-red-cross">Croatian Red Cross</option>
        </select>
      </label>
      <button type="submit">Apply</button>
      <button type="reset">Show all</button>
    </form>
    <p class="status" role="status" aria-live="polite" tabindex="-1"></p>
  </list-filter>`;
const english =
  'data-locale="en" data-shown-one="{count} of {total} shown" data-shown-other="{count} of {total} shown"';

const form = () => document.querySelector('form')!;
const select = (name: string) => document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const status = () => document.querySelector('.status')!.textContent;
const shownTitles = () =>
  [...document.querySelectorAll<HTMLElement>('.card-item:not([hidden]) a')].map((a) => a.textContent);
const choose = (name: string, value: string) => {
  select(name).value = value;
  select(name).dispatchEvent(new Event('change', { bubbles: true }));
};

describe('<list-filter>', () => {
  beforeEach(() => history.replaceState(null, '', '/events/'));

  it('shows its form, and every card until something is chosen', () => {
    mount(filter(english));
    expect(form().hidden).toBe(false);
    expect(shownTitles()).toEqual(['Workshop', 'Conference']);
    expect(status()).toBe('');
  });

  it('hides the cards that do not match, and a year left empty, and says how many show', () => {
    mount(filter(english));
    choose('organiser', 'croatian-red-cross');
    expect(shownTitles()).toEqual(['Conference']);
    expect(document.querySelector<HTMLElement>('[aria-labelledby="year-2017"]')!.hidden).toBe(true);
    expect(status()).toBe('1 of 2 shown');
    expect(location.search).toBe('?organiser=croatian-red-cross');
  });

  it('combines filters and shows all again after "Show all"', async () => {
    mount(filter(english));
    choose('organiser', 'british-red-cross');
    choose('year', '2017');
    expect(shownTitles()).toEqual(['Workshop']);
    expect(location.search).toBe('?year=2017&organiser=british-red-cross');
    form().reset();
    await new Promise((resolve) => setTimeout(resolve));
    expect(shownTitles()).toEqual(['Workshop', 'Conference']);
    expect(location.search).toBe('');
    expect(status()).toBe('');
  });

  it('takes the choice from the URL query on load, ignoring a value it does not offer', () => {
    history.replaceState(null, '', '/events/?year=2016&organiser=nobody');
    mount(filter(english));
    expect(select('year').value).toBe('2016');
    expect(select('organiser').value).toBe('');
    expect(shownTitles()).toEqual(['Conference']);
  });

  it("counts in the page's language, with its plural forms", () => {
    mount(
      filter(
        'data-locale="fr" data-shown-one="{count} sur {total} affiché" data-shown-many="{count} sur {total} affichés" data-shown-other="{count} sur {total} affichés"',
      ),
    );
    choose('year', '2016');
    expect(status()).toBe('1 sur 2 affiché');
    choose('year', '');
    choose('organiser', 'british-red-cross');
    expect(status()).toBe('2 sur 2 affichés');
  });
});
