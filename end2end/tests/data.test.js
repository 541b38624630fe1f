// The data, downloadable: every period and every event as CSV (UTF-8 with a
// byte-order mark), the year's territories as GeoJSON, made in the page with
// no request; and how to cite the map, copied from the share dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, requiredStatus, screenshot, TERRITORIES } from './fixtures/app.js';

const env = useBrowserAndServer();
const at = (query) => `${env.server.url}${query}`;

/** RFC 4180: rows of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const bytes = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  return { name: file.suggestedFilename(), bytes };
}

test('the periods CSV holds every period, in the page\'s language, and agrees with the status table', async () => {
  const { page, context, log } = await openMap(env.browser, at('?lang=ja&year=1905'), { acceptDownloads: true });
  const requests = log.requests.length;
  const { name, bytes } = await download(page, '[data-download="csv"][data-file="periods"]');
  assert.equal(name, 'hokkaido-sakhalin-kurils-periods-ja.csv');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  assert.deepEqual(rows[0], ['territory', 'name', 'from', 'to', 'status', 'status_label', 'holder', 'sources', 'map']);
  const body = rows.slice(1);
  assert.ok(body.every((r) => r.length === 9), 'nine fields a row');
  const deFacto = body.filter((r) => r[8] === 'de-facto');
  // On 31 December of every year, the period that holds it has the table's status.
  for (const id of TERRITORIES) {
    const periods = deFacto.filter((r) => r[0] === id);
    assert.ok(periods.length > 0, id);
    for (let year = 1855; year <= 2025; year += 1) {
      const day = `${year}-12-31`;
      const holding = periods.filter((r) => r[2] <= day && (r[3] === '' || day < r[3]));
      assert.equal(holding.length, 1, `${id}: one period on ${day}`);
      assert.equal(holding[0][4], requiredStatus(id, year), `${id} on ${day}`);
    }
  }
  const iturup = deFacto.find((r) => r[0] === 'iturup' && r[4] === 'disputed' && r[3] === '');
  assert.equal(iturup[1], '択捉島', 'names in Japanese');
  assert.equal(iturup[6], 'ロシア連邦');
  assert.match(iturup[5], /施政/);
  assert.ok(iturup[7].split(' ').every((url) => url.startsWith('https://')), 'sources as addresses');
  // Each government's map, attributed in its own rows.
  assert.ok(body.some((r) => r[0] === 'sakhalin-south' && r[4] === 'undetermined' && r[8] === 'japan' && r[6] === ''));
  assert.ok(body.some((r) => r[0] === 'iturup' && r[4] === 'russia' && r[8] === 'russia'));
  assert.equal(log.requests.length, requests, 'made in the page: no request');
  await context.close();
});

test('the events CSV lists every event of the page with its date and territories', async () => {
  const { page, context } = await openMap(env.browser, at('?lang=ru'), { acceptDownloads: true });
  const { name, bytes } = await download(page, '[data-download="csv"][data-file="events"]');
  assert.equal(name, 'hokkaido-sakhalin-kurils-events-ru.csv');
  const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  assert.deepEqual(rows[0], ['id', 'date', 'end', 'title', 'territories', 'sources']);
  const listed = await page.locator('.event-list li[data-event]').evaluateAll((items) => items.map((li) => [li.dataset.event, li.dataset.date]));
  assert.deepEqual(rows.slice(1).map((r) => [r[0], r[1]]), listed, 'the same events, in order, with the same dates');
  const shimoda = rows.find((r) => r[0] === 'treaty-of-shimoda');
  assert.equal(shimoda[3], 'Симодский трактат');
  assert.match(shimoda[4], /iturup/);
  await context.close();
});

test('the GeoJSON holds the year\'s territories with their status, in longitude and latitude', async () => {
  const { page, context } = await openMap(env.browser, at('?lang=en&year=1946&viewpoint=japan'), { acceptDownloads: true });
  const { name, bytes } = await download(page, '[data-download="geojson"]');
  assert.equal(name, 'hokkaido-sakhalin-kurils-1946-japan.geojson');
  const geojson = JSON.parse(bytes.toString('utf8'));
  assert.equal(geojson.type, 'FeatureCollection');
  assert.deepEqual(geojson.features.map((f) => f.id), TERRITORIES);
  for (const feature of geojson.features) {
    assert.equal(feature.properties.status, requiredStatus(feature.id, 1946), `${feature.id}: the de facto status`);
    assert.equal(feature.properties.year, '1946');
    assert.equal(feature.properties.viewpoint, 'japan');
    assert.equal(feature.geometry.type, 'MultiPolygon');
    for (const polygon of feature.geometry.coordinates) {
      for (const ring of polygon) {
        assert.deepEqual(ring[0], ring[ring.length - 1], 'closed rings');
        for (const [lon, lat] of ring) assert.ok(lon > 135 && lon < 160.5 && lat > 40 && lat < 56.5, `${feature.id}: ${lon}, ${lat}`);
      }
    }
  }
  // Where it is on Earth: Iturup's outline holds 147.9° E, 45.0° N; its status as Japan's map draws it.
  const iturup = geojson.features.find((f) => f.id === 'iturup');
  const lons = iturup.geometry.coordinates.flat(2).map((p) => p[0]);
  const lats = iturup.geometry.coordinates.flat(2).map((p) => p[1]);
  assert.ok(Math.min(...lons) < 147.9 && Math.max(...lons) > 147.9 && Math.min(...lats) < 45 && Math.max(...lats) > 45);
  assert.equal(iturup.properties.shown_as, 'occupied-by-ussr');
  assert.equal(iturup.properties.name_ja, '択捉島');
  await context.close();
});

test('the share dialog says how to cite the map, as a line and as BibTeX, and copies both', async () => {
  const { page, context } = await openMap(env.browser, at('?lang=en&year=1905'), { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('button', { name: 'Share / embed' }).click();
  const link = await page.locator('#share-link').inputValue();
  const citation = await page.locator('.citation').inputValue();
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
  assert.equal(citation, `Hokkaido, Sakhalin and the Kuril Islands (version 0.1.0), map of 1905. ${link}. Accessed ${today}.`);
  const bibtex = await page.locator('.citation-bibtex').inputValue();
  assert.match(bibtex, /^@misc\{kurils-map-1905,/);
  assert.ok(bibtex.includes(`url = {${link}}`), bibtex);
  assert.match(bibtex, /version = \{0\.1\.0\}/);
  assert.match(bibtex, /urldate = \{\d{4}-\d{2}-\d{2}\}/);
  await page.locator('.share-copy-citation').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), citation);
  await page.locator('.share-copy-bibtex').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), bibtex);
  assert.equal(await page.locator('.share-copy-bibtex').getAttribute('data-copied'), '');
  await screenshot(page, 'share-dialog-citation');
  // In Japanese, the line is Japanese.
  await page.keyboard.press('Escape');
  await page.locator('#language-select').selectOption('ja');
  await page.locator('.share-open').click();
  assert.match(await page.locator('.citation').inputValue(), /^北海道.*（バージョン0\.1\.0）、1905年の地図。/);
  await context.close();
});
