// Attendees find a conference's outputs years later, add events to their calendars, and filter the lists.
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';

const conference = 'Developing capacity to identify and to respond to trafficking';

test('from the home page, the 2016 conference outputs are one click away and come first', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: conference }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(conference);
  const firstSection = main.locator('.detail h2').first();
  await expect(firstSection).toHaveText('Outputs');
  await expect(main.getByRole('region', { name: 'E-modules' }).getByRole('listitem')).toHaveCount(2);
  await expect(main.getByRole('region', { name: 'Practices presented' }).getByRole('link')).toHaveCount(5);
});

test('each practice presented links back to the conference', async ({ page }) => {
  await page.goto('/practices/trafficking-information-database/');
  await page.getByRole('region', { name: 'Presented at' }).getByRole('link', { name: conference }).click();
  await expect(page).toHaveURL(/\/events\/developing-capacity-conference-2016\/$/);
});

test('"Add to calendar" gives an iCalendar file for the right day', async ({ page, request }) => {
  await page.goto('/events/developing-capacity-conference-2016/');
  const href = await page.getByRole('link', { name: /Add to calendar/ }).getAttribute('href');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe(conference);
  expect(event.startDate.toString()).toBe('2016-09-07');
  expect(event.startDate.isDate).toBe(true);
  expect(String(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url'))).toContain(
    '/events/developing-capacity-conference-2016/',
  );
});

test('/events.ics holds every event and parses as iCalendar', async ({ request }) => {
  const response = await request.get('/events.ics');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(
    calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary')),
  ).toEqual([conference]);
});

test('the event list filters by organiser and keeps the choice in the address', async ({ page }) => {
  await page.goto('/events/');
  const organiser = page.getByLabel('Organiser');
  await organiser.selectOption({ label: 'British Red Cross' });
  await expect(page).toHaveURL(/\?organiser=british-red-cross$/);
  await expect(page.locator('list-filter').getByRole('status')).toHaveText('1 of 1 shown');
  await expect(page.getByRole('link', { name: conference })).toBeVisible();

  await page.reload();
  await expect(organiser).toHaveValue('british-red-cross');
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\/events\/$/);
});

test('the organisation directory filters by kind', async ({ page }) => {
  await page.goto('/organisations/?kind=national-society');
  const cards = page.locator('#organisation-list .card-item:visible');
  await expect(cards).toHaveCount(2);
  await expect(page.locator('list-filter').getByRole('status')).toHaveText('2 of 6 shown');
  await page.getByLabel('Kind').selectOption({ label: 'Government body' });
  await expect(cards).toHaveCount(2);
  await expect(
    cards.filter({ hasText: 'Office for Human Rights and National Minorities of Croatia' }),
  ).toHaveCount(1);
  await expect(cards.filter({ hasText: 'Home Office' })).toHaveCount(1);
});

test('without script, every organisation is listed and the filter form stays hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/organisations/?kind=national-society');
  await expect(page.locator('#organisation-list .card-item')).toHaveCount(6);
  await expect(page.getByRole('form', { name: 'Filter organisations' })).toBeHidden();
  await context.close();
});

test('a network page maps its members’ countries, in an image loaded when it scrolls into view', async ({
  page,
  request,
}) => {
  await page.goto('/networks/protect/');
  const map = page.getByRole('img', { name: 'Where its members are: United Kingdom, Croatia' });
  await map.scrollIntoViewIfNeeded();
  await expect(map).toBeVisible();
  await expect.poll(() => map.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  const svg = await (await request.get((await map.getAttribute('src'))!)).text();
  expect(svg.match(/fill="#a8141f"/g)).toHaveLength(2);
});

test('an organisation page lists its practices, events and networks', async ({ page }) => {
  await page.goto('/organisations/croatian-red-cross/');
  await expect(
    page.getByRole('region', { name: 'Practice notes', exact: true }).getByRole('link'),
  ).toHaveCount(4);
  await expect(
    page.getByRole('region', { name: 'Events organised' }).getByRole('link', { name: conference }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Networks' }).getByRole('link', { name: 'PROTECT project' }),
  ).toBeVisible();
});
