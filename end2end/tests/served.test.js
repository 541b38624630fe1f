// The page arrives drawn: the served HTML shows the map, the legend and every
// event before any wasm runs (and with JavaScript off), in the language and
// layout the address asks for; the live page then takes over those very nodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { useBrowserAndServer, openMap, requiredStatus, screenshot, TERRITORIES, waitUntilLive } from './fixtures/app.js';

const env = useBrowserAndServer();

/** The event ids in the data, in order (the oracle for "every event is listed"). */
async function eventIds() {
  const toml = await readFile(resolve(import.meta.dirname, '../../geo/history/events.toml'), 'utf8');
  return [...toml.matchAll(/^id = "([^"]+)"/gm)].map((m) => m[1]);
}

const STATUSES = ['japan', 'russia', 'shared', 'occupied-by-japan', 'occupied-by-ussr', 'disputed'];

test('with JavaScript off the map is drawn at 1855: territories, statuses, legend and every event', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  assert.equal(await page.locator('output.year-display').getAttribute('data-year'), '1855');
  for (const id of TERRITORIES) {
    const path = page.locator(`svg.map path[data-territory="${id}"]`);
    const box = await path.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `${id} is drawn`);
    assert.equal(await path.getAttribute('data-status'), requiredStatus(id, 1855), `${id} in 1855`);
  }
  const present = new Set(TERRITORIES.map((id) => requiredStatus(id, 1855)));
  for (const status of STATUSES) {
    const row = page.locator(`.legend-row[data-status="${status}"]`);
    assert.equal(await row.count(), 1, `legend row ${status}`);
    assert.equal(await row.evaluate((r) => r.classList.contains('absent')), !present.has(status), `legend row ${status} is dimmed when absent`);
  }
  const listed = await page.locator('.event-list li[data-event]').evaluateAll((items) => items.map((li) => li.dataset.event));
  assert.deepEqual(listed, await eventIds(), 'every event, in order');
  assert.equal(await page.locator('.event-card:not([hidden])').getAttribute('data-shown-event'), 'treaty-of-shimoda');
  assert.match(await page.locator('h1').innerText(), /^Hokkaido, Sakhalin and the Kuril Islands$/, 'one language shows');
  await screenshot(page, 'served-no-javascript');
  await context.close();
});

test('the live page takes over the served nodes: the same elements change, none is built again', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const node of document.querySelectorAll('svg.map path[data-territory], .event-list li, svg.map .event-marker, .legend-row')) node.__served = true;
    });
  });
  await page.goto(`${env.server.url}?year=1855`);
  await waitUntilLive(page);
  await page.locator('#year-slider').focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  const seen = await page.evaluate(() => {
    const paths = [...document.querySelectorAll('svg.map path[data-territory]')];
    return {
      paths: paths.length,
      served: paths.every((p) => p.__served),
      statuses: Object.fromEntries(paths.map((p) => [p.dataset.territory, p.dataset.status])),
      others: [...document.querySelectorAll('.event-list li, svg.map .event-marker, .legend-row')].every((n) => n.__served),
    };
  });
  assert.equal(seen.paths, TERRITORIES.length, 'no second set of territories');
  assert.ok(seen.served && seen.others, 'every territory, marker, event and legend row is a served node');
  for (const id of TERRITORIES) assert.equal(seen.statuses[id], requiredStatus(id, 1875), `${id} in 1875, on the served node`);
  assert.equal(seen.statuses['sakhalin-south'], 'russia', 'a served node changed its status (shared → russia)');
  await context.close();
});

/**
 * Opens `url` with the wasm held back until `release()` is called: what a
 * visitor sees before the live page runs (a slow connection, a cold start).
 */
async function openWithWasmHeld(url, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, context, release };
}

test('before the wasm runs, the page is already in the asked language and layout, and never shows a wrong year', async () => {
  const { page, context, release } = await openWithWasmHeld(`${env.server.url}?lang=ja&year=1905`, { locale: 'en-GB' });
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.equal(await page.locator('h1').innerText(), '北海道・樺太（サハリン）・千島列島');
  assert.equal(await page.locator('.app').getAttribute('data-app'), 'static');
  // The served year is 1855, the asked one 1905: until the live page shows 1905, no year is shown.
  assert.equal(await page.locator('output.year-display').isVisible(), false, 'the served year is not shown as the asked one');
  const fill = await page.locator('svg.map path[data-territory="sakhalin-south"]').evaluate((p) => getComputedStyle(p).fill);
  const neutral = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--land-context').trim());
  assert.equal(fill, await page.evaluate((c) => { const d = document.createElement('div'); d.style.color = c; document.body.append(d); const v = getComputedStyle(d).color; d.remove(); return v; }, neutral), 'territories are neutral until then');
  await screenshot(page, 'served-before-wasm-ja');
  release();
  await waitUntilLive(page);
  assert.equal(await page.locator('output.year-display').isVisible(), true);
  assert.equal(await page.locator('output.year-display').getAttribute('data-year'), '1905');
  assert.equal(await page.locator('path[data-territory="sakhalin-south"]').getAttribute('data-status'), 'japan');
  await context.close();

  const embed = await openWithWasmHeld(`${env.server.url}?embed=1`, { viewport: { width: 400, height: 520 } });
  assert.equal(await embed.page.locator('h1').isVisible(), false, 'the embed has no page chrome from the first paint');
  assert.equal(await embed.page.locator('.strip').isVisible(), false);
  assert.equal(await embed.page.locator('.open-full').isVisible(), true);
  await screenshot(embed.page, 'served-before-wasm-embed');
  embed.release();
  await waitUntilLive(embed.page);
  assert.equal(await embed.page.locator('.app.embed').count(), 1);
  await embed.context.close();
});

test('lang.js (the first paint) and the live page (the core\'s rules) choose the same language', async () => {
  const cases = [
    ['ru-RU', '', 'ru'],
    ['ja', '', 'ja'],
    ['de-DE', '', 'en'],
    ['en-US', '?lang=ja', 'ja'],
    ['ru', '?lang=JA', 'ja'],
    ['ja', '?lang=xx', 'ja'],
    ['fr', '?lang=ru&lang=ja', 'ru'],
    ['ru', '?lang=%20en%20', 'en'],
  ];
  for (const [locale, query, expected] of cases) {
    const { page, context, release } = await openWithWasmHeld(`${env.server.url}${query}`, { locale });
    assert.equal(await page.getAttribute('html', 'lang'), expected, `lang.js: ${locale} ${query}`);
    release();
    await waitUntilLive(page);
    assert.equal(await page.getAttribute('html', 'lang'), expected, `live page: ${locale} ${query}`);
    await context.close();
  }
});

test('a served page whose wasm fails shows the first year as served, with the message', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${env.server.url}?year=1945`);
  await page.locator('#start-failed').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('pending')), false, 'nothing left hidden');
  assert.equal(await page.locator('output.year-display').isVisible(), true);
  assert.equal(await page.locator('svg.map path[data-territory="sakhalin-south"]').getAttribute('data-status'), 'shared');
  await context.close();
});

test('the served page and its live take-over, in each language and in the embed, look right', async () => {
  for (const [query, name, viewport] of [
    ['?lang=en&year=1905', 'served-live-en', { width: 1280, height: 900 }],
    ['?lang=ja&year=1946', 'served-live-ja', { width: 1280, height: 900 }],
    ['?lang=ru&year=1875', 'served-live-ru', { width: 1280, height: 900 }],
    ['?lang=en&year=1920', 'served-live-phone', { width: 360, height: 740 }],
    ['?embed=1&lang=ja&year=1945', 'served-live-embed', { width: 320, height: 400 }],
  ]) {
    const { page, context, log } = await openMap(env.browser, `${env.server.url}${query}`, { viewport });
    assert.deepEqual(log.errors, [], query);
    await screenshot(page, name);
    await context.close();
  }
});
