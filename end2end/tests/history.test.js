// The year slider recolours the map as a teacher drags or keys it, and the
// events, legend, history strip and territory card all tell the same story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, requiredStatus, screenshot, TERRITORIES } from './fixtures/app.js';

const env = useBrowserAndServer();

function assertStatuses(statuses, year) {
  for (const id of TERRITORIES) {
    assert.equal(statuses[id], requiredStatus(id, year), `${id} on 31 December ${year}`);
  }
}

test('stepping the slider by keyboard through every year gives the required status of every territory', async () => {
  const { page, context, map, log } = await openMap(env.browser, env.server.url);
  const last = Number(await map.slider.getAttribute('max'));
  assert.ok(last >= 2026, `the slider reaches the current year (max ${last})`);
  await map.slider.focus();
  await page.keyboard.press('End');
  assert.equal(await map.year(), last);
  assertStatuses(await map.statuses(), last);
  await page.keyboard.press('Home');
  for (let year = 1855; year <= last; year += 1) {
    assert.equal(await map.year(), year, 'the displayed year follows the keys');
    assertStatuses(await map.statuses(), year);
    await page.keyboard.press('ArrowRight');
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('dragging the slider recolours the map while the mouse is still down', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  const box = await map.slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  const seen = new Set();
  for (let i = 1; i <= 20; i += 1) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * i) / 20, y, { steps: 2 });
    const year = await map.year();
    seen.add(year);
    assertStatuses(await map.statuses(), year);
  }
  await page.mouse.up();
  assert.ok(seen.size >= 15, `the year changed during the drag (${seen.size} distinct years)`);
  assert.ok(Math.max(...seen) >= 2020, 'the drag reached the end of the range');
  await context.close();
});

test('choosing an event in the list moves the slider to its year and shows its text and sources', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  const item = map.eventItem('treaty-of-portsmouth');
  assert.equal(await item.getAttribute('data-date'), '1905-09-05');
  await item.getByRole('button').click();
  assert.equal(await map.year(), 1905);
  assert.equal(await map.slider.inputValue(), '1905');
  assert.equal(await map.shownEvent.getAttribute('data-shown-event'), 'treaty-of-portsmouth');
  assert.match(await map.shownEvent.textContent(), /Treaty of Portsmouth.*5 September 1905/s);
  const links = map.shownEvent.locator('.event-sources a');
  assert.ok(await links.count() >= 1, 'at least one source');
  for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
    assert.match(href, /^https?:\/\//, 'sources are web links');
  }
  assert.equal(await item.evaluate((li) => li.classList.contains('in-year')), true, 'the list highlights the year');
  assert.equal(await map.statuses().then((s) => s['sakhalin-south']), 'japan');
  // The year's markers are shown; the chosen one is marked.
  assert.equal(await map.marker('treaty-of-portsmouth').getAttribute('data-when'), 'current');
  assert.equal(await map.marker('treaty-of-shimoda').getAttribute('data-when'), 'past');
  assert.equal(await map.marker('san-francisco-peace-treaty').getAttribute('data-when'), 'future');
  await context.close();
});

test('clicking an event marker on the map shows that event', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  await map.eventItem('battle-of-shumshu').getByRole('button').click();
  assert.equal(await map.year(), 1945);
  await map.marker('soviet-landing-on-iturup').scrollIntoViewIfNeeded();
  const box = await map.marker('soviet-landing-on-iturup').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  assert.equal(await map.shownEvent.getAttribute('data-shown-event'), 'soviet-landing-on-iturup');
  await context.close();
});

test('the legend and the history strip agree with the map in every checked year', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  for (const year of [1855, 1875, 1905, 1920, 1925, 1945, 1946, 1991, 2022]) {
    await map.slider.fill(String(year));
    const statuses = await map.statuses();
    const present = new Set(Object.values(statuses));
    for (const status of ['japan', 'russia', 'shared', 'occupied-by-japan', 'occupied-by-ussr', 'disputed']) {
      const absent = await map.legendRow(status).evaluate((row) => row.classList.contains('absent'));
      assert.equal(!absent, present.has(status), `legend row ${status} in ${year}`);
    }
    for (const id of TERRITORIES) {
      const band = await map.bandAt(id, year);
      assert.equal(band?.status, statuses[id], `strip band of ${id} in ${year}`);
    }
  }
  // The legend names the holding state of the year, and the disputed status the state
  // that administers it that year: the Soviet Union until 26 December 1991, Russia after
  // (it said "Administered by Russia" in every year before the history review, issue 13).
  await map.slider.fill('1950');
  assert.match(await map.legendRow('disputed').textContent(), /Administered by the Soviet Union, claimed by Japan.*Soviet Union/s);
  assert.doesNotMatch(await map.legendRow('disputed').textContent(), /Administered by Russia/);
  await map.slider.fill('2000');
  assert.match(await map.legendRow('disputed').textContent(), /Administered by Russia, claimed by Japan.*Russian Federation/s);
  await context.close();
});

test('clicking a band of the history strip moves the slider to the year under the pointer', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  const band = map.band('sakhalin-north', 1920);
  assert.equal(await band.getAttribute('data-status'), 'occupied-by-japan');
  await band.click();
  const year = await map.year();
  assert.ok(year >= 1920 && year <= 1924, `the year under the pointer (${year})`);
  assert.equal((await map.statuses())['sakhalin-north'], 'occupied-by-japan');
  // By keyboard, a band goes to its first year.
  await map.band('kurils-north', 1875).focus();
  await page.keyboard.press('Enter');
  assert.equal(await map.year(), 1875);
  await context.close();
});

test('pointing at or tapping a territory shows its names, status and since when', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  await map.slider.fill('1960');
  await map.southernIslands.click();
  const land = await map.pointOn('iturup');
  await page.mouse.move(land.x, land.y);
  assert.equal(await map.card.getAttribute('data-territory'), 'iturup');
  const text = await map.card.textContent();
  assert.match(text, /Iturup \/ Etorofu.*択捉島.*Итуруп/s);
  // Who administers and who claims, for the year shown, and since when (issue 13; the
  // card said "Administered by Russia" for 1960 before the history review).
  assert.match(text, /Administered by the Soviet Union, claimed by Japan/);
  assert.match(text, /Administered by: Soviet Union, since 2 February 1946/);
  assert.match(text, /Claimed by: Japan/);
  assert.match(text, /since 2 February 1946/);
  assert.match(text, /Soviet Union/);
  // Keyboard focus shows the card too.
  await map.territory('hokkaido').focus();
  assert.equal(await map.card.getAttribute('data-territory'), 'hokkaido');
  assert.match(await map.card.textContent(), /since 1855 or earlier/);
  await context.close();
});

test('on a touch screen, tapping a territory pins its card and tapping the sea clears it', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url, { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  await map.slider.fill('1920');
  const land = await map.pointOn('sakhalin-north');
  await page.touchscreen.tap(land.x, land.y);
  assert.equal(await map.card.getAttribute('data-territory'), 'sakhalin-north');
  assert.match(await map.card.textContent(), /Japanese military occupation.*since 21 April 1920/s);
  const svg = await map.svg.boundingBox();
  await page.touchscreen.tap(svg.x + svg.width * 0.8, svg.y + svg.height * 0.75);
  assert.equal(await map.card.count(), 0, 'tapping the sea clears the card');
  await context.close();
});

test('screenshots of 1855, 1905, 1945 and today', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  for (const year of ['1855', '1905', '1945', await map.slider.getAttribute('max')]) {
    await map.slider.fill(year);
    await screenshot(page, `history-${year}`);
  }
  await map.southernIslands.click();
  await screenshot(page, 'history-today-southern-islands');
  await context.close();
});
