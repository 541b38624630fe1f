// The treaties' lines, drawn in their years: the Shimoda line (1855–1874 on
// 31 December), the Saint Petersburg line (1875–1944), the Portsmouth line at
// 50° N (1905–1944) and the line of control since 1945; each a named element
// of the map with its card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, screenshot } from './fixtures/app.js';

const env = useBrowserAndServer();

const LINES = {
  'shimoda-1855': [1855, 1874],
  'saint-petersburg-1875': [1875, 1944],
  'portsmouth-1905': [1905, 1944],
  'line-of-control-1945': [1945, null],
};

test('each line is drawn exactly in the years it was in force, and only then', async () => {
  const { page, context, map, log } = await openMap(env.browser, env.server.url);
  const last = Number(await map.slider.getAttribute('max'));
  for (const [id, [from, to]] of Object.entries(LINES)) {
    const line = page.locator(`svg.map [data-border="${id}"]`);
    assert.equal(await line.count(), 1, id);
    assert.equal(await line.getAttribute('data-from'), String(from), `${id} from`);
    assert.equal(await line.getAttribute('data-to'), String(to ?? last), `${id} to`);
    assert.ok((await line.locator('title').textContent()).length > 5, `${id} has a title`);
    assert.ok((await line.getAttribute('aria-label')).length > 5, `${id} has a name`);
  }
  for (const year of [1855, 1874, 1875, 1904, 1905, 1944, 1945, 1946, 1991, 2000, last]) {
    await map.slider.fill(String(year));
    for (const [id, [from, to]] of Object.entries(LINES)) {
      const expected = year >= from && year <= (to ?? last);
      const line = page.locator(`svg.map [data-border="${id}"]`);
      assert.equal(await line.getAttribute('data-in-force'), String(expected), `${id} in ${year}`);
      const drawn = await line.evaluate((g) => {
        const box = g.querySelector('.border-stroke').getBoundingClientRect();
        return getComputedStyle(g).display !== 'none' && box.width + box.height > 0;
      });
      assert.equal(drawn, expected, `${id} drawn in ${year}`);
    }
    // The 50th parallel stays as a faint reference line, which is no border.
    assert.equal(await page.locator('svg.map .border-50n').count(), 1);
    assert.equal(await page.locator('svg.map .border-50n').getAttribute('data-border'), null);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a line is named in the page\'s language and opens its card by keyboard, with its sources', async () => {
  const { page, context, map } = await openMap(env.browser, `${env.server.url}?year=1910&lang=ja`);
  const portsmouth = page.locator('svg.map [data-border="portsmouth-1905"]');
  assert.match(await portsmouth.getAttribute('aria-label'), /ポーツマス条約/);
  assert.match(await portsmouth.locator('.border-label').textContent(), /ポーツマス条約/);
  await portsmouth.focus();
  const card = page.locator('.territory-card-slot .border-card');
  await card.waitFor();
  assert.equal(await card.getAttribute('data-border'), 'portsmouth-1905');
  assert.match(await card.innerText(), /北緯50度/);
  assert.ok(await card.locator('.event-sources a[href^="https://"]').count() >= 1);
  // A line out of its years cannot be reached.
  assert.equal(await page.locator('svg.map [data-border="shimoda-1855"]').getAttribute('tabindex'), '-1');
  await map.slider.fill('2000');
  const control = page.locator('svg.map [data-border="line-of-control-1945"]');
  assert.equal(await control.getAttribute('data-border-kind'), 'line-of-control');
  assert.doesNotMatch(await control.getAttribute('aria-label'), /国境/, 'the line of control is not called a border');
  await map.southernIslands.click();
  await screenshot(page, 'borders-2000-southern-islands-ja');
  await context.close();
});

test('the SVG download draws the lines in force with their names', async () => {
  const { page, context } = await openMap(env.browser, `${env.server.url}?year=1905&lang=en`, { acceptDownloads: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-svg').click()]);
  const svg = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  assert.match(svg, /Treaty of Portsmouth border, 1905/);
  assert.match(svg, /Treaty of Saint Petersburg border, 1875/);
  assert.doesNotMatch(svg, /Treaty of Shimoda border/, 'not in force in 1905');
  await context.close();
});

test('screenshots of the lines in 1860, 1880, 1910 and 2000', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  for (const year of ['1860', '1880', '1910', '2000']) {
    await map.slider.fill(year);
    await screenshot(page, `borders-${year}`);
  }
  await context.close();
});
