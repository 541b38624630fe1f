// Whose map: who administers (the default), or each government's own map. Every
// territory keeps `data-status` (de facto) and gains `data-shown-as` (what the
// chosen map draws); the legend, the card, the address, the share link, the
// embed and the downloads follow the switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, requiredStatus, screenshot, TERRITORIES } from './fixtures/app.js';

const env = useBrowserAndServer();
const at = (query) => `${env.server.url}${query}`;
const FOUR = ['iturup', 'kunashir', 'shikotan', 'habomai'];

/**
 * What each government's own map draws on 31 December of `year`, as the issue
 * states it: before 1945 the maps agree; Japan's map leaves south Sakhalin and
 * the Kurils from Urup north uncoloured once the peace treaty is in force
 * (28 April 1952), draws the four islands as Japan's after the 1956
 * declaration and, before, as under Soviet occupation (it did not accept the
 * 1946 annexation); Russia's draws all of Sakhalin and the Kurils as Russia's
 * from the 1946 decree.
 */
function requiredShownAs(territory, year, viewpoint) {
  const deFacto = requiredStatus(territory, year);
  if (viewpoint === 'de-facto' || year <= 1945 || territory === 'hokkaido') return deFacto;
  if (viewpoint === 'russia') return 'russia';
  if (territory === 'sakhalin-north') return deFacto;
  if (FOUR.includes(territory)) return year >= 1956 ? 'japan' : 'occupied-by-ussr';
  return year >= 1952 ? 'undetermined' : 'occupied-by-ussr';
}

const shownAs = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('svg.map path[data-territory]')].map((p) => [p.dataset.territory, p.dataset.shownAs])));
const statuses = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('svg.map path[data-territory]')].map((p) => [p.dataset.territory, p.dataset.status])));
const choose = (page, viewpoint) => page.locator(`.viewpoint-switch input[value="${viewpoint}"]`).check();

test('each view draws what its government maps, while data-status stays the de facto status', async () => {
  const { page, context, map, log } = await openMap(env.browser, at('?lang=en'));
  assert.equal(await page.locator('.app').getAttribute('data-viewpoint'), 'de-facto');
  assert.equal(await page.locator('.viewpoint-switch input[value="de-facto"]').isChecked(), true);
  for (const viewpoint of ['de-facto', 'japan', 'russia']) {
    await choose(page, viewpoint);
    assert.equal(await page.locator('.app').getAttribute('data-viewpoint'), viewpoint);
    for (const year of [1855, 1875, 1905, 1944, 1945, 1946, 1951, 1952, 1955, 1956, 1991, 1992, 2000, 2022]) {
      await map.slider.fill(String(year));
      const [drawn, facts] = [await shownAs(page), await statuses(page)];
      for (const id of TERRITORIES) {
        assert.equal(facts[id], requiredStatus(id, year), `${id} ${year}: data-status is de facto in every view`);
        assert.equal(drawn[id], requiredShownAs(id, year, viewpoint), `${id} ${year} as ${viewpoint} draws it`);
      }
    }
  }
  // The fill follows data-shown-as: uncoloured (white) where Japan's map leaves it so.
  await choose(page, 'japan');
  await map.slider.fill('2000');
  const fills = await page.evaluate(() => Object.fromEntries(['sakhalin-south', 'iturup', 'hokkaido', 'sakhalin-north'].map((id) =>
    [id, getComputedStyle(document.querySelector(`path[data-territory="${id}"]`)).fill])));
  assert.equal(fills['sakhalin-south'], 'rgb(255, 255, 255)');
  assert.equal(fills.iturup, fills.hokkaido, 'the four islands drawn as Japan, like Hokkaido');
  assert.notEqual(fills['sakhalin-north'], fills['sakhalin-south']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the legend says whose map it is and lists what that map draws', async () => {
  const { page, context, map } = await openMap(env.browser, at('?lang=en&year=2000'));
  const caption = () => page.locator('.viewpoint-caption:visible').innerText();
  const undetermined = map.legendRow('undetermined');
  // The de facto map: no undetermined row, the disputed row names Russia.
  assert.match(await caption(), /Who held or administered/);
  assert.equal(await undetermined.isVisible(), false);
  assert.match(await map.legendRow('disputed').innerText(), /Russian Federation/);
  // Japan's map: the caption attributes it; the undetermined row is there and present;
  // no territory is drawn as disputed, and the four islands join Japan's row.
  await choose(page, 'japan');
  assert.match(await caption(), /Japan's government/);
  assert.match(await caption(), /Russia's government does not accept it/);
  assert.equal(await undetermined.isVisible(), true);
  assert.equal(await undetermined.getAttribute('class'), 'legend-row');
  assert.match(await undetermined.innerText(), /Attribution undetermined/);
  assert.match(await map.legendRow('disputed').getAttribute('class'), /absent/);
  assert.match(await map.legendRow('japan').innerText(), /Japan/);
  await screenshot(page, 'viewpoint-legend-japan-2000');
  // Russia's map: everything but Hokkaido is Russia's, held by the Russian Federation.
  await choose(page, 'russia');
  assert.match(await caption(), /Russia's government \(before 1992 the Soviet Union's\)/);
  assert.match(await map.legendRow('disputed').getAttribute('class'), /absent/);
  assert.match(await map.legendRow('russia').innerText(), /Russian Federation/);
  assert.match(await undetermined.getAttribute('class'), /absent/);
  await context.close();
});

test('the card of a territory adds what the chosen government holds, with its sources', async () => {
  const { page, context, map } = await openMap(env.browser, at('?lang=en&year=2000'));
  const point = await map.pointOn('sakhalin-south');
  await page.mouse.move(point.x, point.y);
  await page.locator('.territory-card').waitFor();
  assert.equal(await page.locator('.territory-card .card-view').count(), 0, 'the de facto map adds no government line');
  await page.mouse.move(5, 5);
  await choose(page, 'japan');
  await page.mouse.move(point.x, point.y);
  const view = page.locator('.territory-card .card-view');
  await view.waitFor();
  assert.match(await view.innerText(), /On Japan's government's map: Attribution undetermined/);
  assert.match(await view.innerText(), /San Francisco/);
  assert.ok(await view.locator('.event-sources a').count() >= 2, 'sourced');
  assert.match(await page.locator('path[data-territory="sakhalin-south"]').getAttribute('aria-label'), /On Japan's government's map/);
  await screenshot(page, 'viewpoint-card-japan-2000');
  await page.mouse.move(5, 5);
  await choose(page, 'russia');
  const iturup = await map.pointOn('iturup');
  await page.mouse.move(iturup.x, iturup.y);
  await view.waitFor();
  assert.match(await view.innerText(), /On Russia's government's map: Russia/);
  assert.match(await view.innerText(), /Russia's government holds/);
  await context.close();
});

test('the viewpoint is in the address, the share link and the embed snippet; a wrong one is explained', async () => {
  const { page, context, map } = await openMap(env.browser, at('?lang=en&year=1960'));
  await choose(page, 'japan');
  await page.waitForFunction(() => location.search.includes('viewpoint=japan'));
  assert.equal(new URL(page.url()).search, '?year=1960&lang=en&viewpoint=japan');
  await page.getByRole('button', { name: 'Share / embed' }).click();
  assert.match(await page.locator('#share-link').inputValue(), /\?year=1960&lang=en&viewpoint=japan$/);
  const snippet = await page.locator('#share-embed').inputValue();
  assert.match(snippet, /\?year=1960&amp;lang=en&amp;viewpoint=japan&amp;embed=1"/);
  await page.keyboard.press('Escape');
  // The de facto map is the default and is not written.
  await choose(page, 'de-facto');
  await page.waitForFunction(() => !location.search.includes('viewpoint'));
  await context.close();

  // Opened from a link: the radio, the map and the caption follow it.
  const opened = await openMap(env.browser, at('?viewpoint=russia&year=1960&lang=en'));
  assert.equal(await opened.page.locator('.viewpoint-switch input[value="russia"]').isChecked(), true);
  assert.equal((await shownAs(opened.page)).iturup, 'russia');
  assert.equal((await statuses(opened.page)).iturup, 'disputed');
  assert.equal(await opened.page.locator('.notices [role="status"], .notice').count(), 0);
  await opened.context.close();

  // The embed shows the snippet's map and says whose it is, without the switch.
  const src = snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const embedded = await openMap(env.browser, src, { viewport: { width: 480, height: 520 } });
  assert.equal((await shownAs(embedded.page))['sakhalin-south'], 'undetermined');
  assert.equal(await embedded.page.locator('.viewpoint-switch').isVisible(), false);
  assert.match(await embedded.page.locator('.viewpoint-caption:visible').innerText(), /Japan's government/);
  await screenshot(embedded.page, 'viewpoint-embed-japan-1960');
  await embedded.context.close();

  // A value the map does not know: a notice quoting it, the de facto map, the rest kept.
  const wrong = await openMap(env.browser, at('?viewpoint=%3Cb%3Echina%3C%2Fb%3E&year=2000&lang=en'));
  const notice = wrong.page.locator('.notices');
  assert.match(await notice.innerText(), /The viewpoint “<b>china<\/b>” in the link is not understood/);
  assert.equal(await wrong.page.locator('.notices b').count(), 0, 'quoted as text, never markup');
  assert.equal(await wrong.map.year(), 2000);
  assert.equal(await wrong.page.locator('.app').getAttribute('data-viewpoint'), 'de-facto');
  await wrong.context.close();
});

test('the downloads draw the chosen government map and say whose it is', async () => {
  const { page, context } = await openMap(env.browser, at('?year=2000&lang=en&viewpoint=japan'), { acceptDownloads: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-svg').click()]);
  assert.equal(download.suggestedFilename(), 'hokkaido-sakhalin-kurils-2000-japan.svg');
  const svg = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert.ok(/as Japan(&apos;|')s government maps it/.test(svg), 'the heading names whose map it is');
  assert.ok(/Attribution undetermined/.test(svg), 'the legend has the undetermined row');
  assert.ok(!/claimed by Japan/.test(svg), 'no territory is drawn as disputed on Japan\'s map');
  await context.close();
});

test('screenshots: 1860, 1880, 1910 and 2000 in each view, and a phone', async () => {
  const { page, context } = await openMap(env.browser, at('?lang=en'));
  for (const viewpoint of ['de-facto', 'japan', 'russia']) {
    await choose(page, viewpoint);
    for (const year of [1860, 1880, 1910, 2000]) {
      await page.locator('#year-slider').fill(String(year));
      await screenshot(page, `viewpoint-${viewpoint}-${year}`);
    }
  }
  await context.close();
  for (const lang of ['ja', 'ru']) {
    const phone = await openMap(env.browser, at(`?lang=${lang}&year=2000&viewpoint=japan`), { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.page.locator('.legend').scrollIntoViewIfNeeded();
    await screenshot(phone.page, `viewpoint-phone-${lang}-japan-2000`);
    await phone.context.close();
  }
});
