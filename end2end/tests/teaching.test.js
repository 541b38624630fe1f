// Teaching and embedding: deep links, bad links, embed mode, the example
// course page, sharing, three languages, keyboard and screen-reader use,
// playback, downloads, printing and phones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, requiredStatus, screenshot } from './fixtures/app.js';
import { seriousViolations } from './fixtures/axe.js';

const env = useBrowserAndServer({ prefix: '/course/maps/' });

const at = (query) => `${env.server.url}${query}`;
const waitForAddress = (page, part) => page.waitForFunction((p) => location.search.includes(p), part, { timeout: 5000 });

test('a deep link opens its view, and the address follows the view without adding history', async () => {
  const { page, context, map, log } = await openMap(env.browser, at('?year=1905&lang=ja&event=treaty-of-portsmouth'));
  assert.equal(await map.year(), 1905);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.equal(await map.shownEvent.getAttribute('data-shown-event'), 'treaty-of-portsmouth');
  assert.match(await map.shownEvent.textContent(), /ポーツマス条約/);
  const entries = await page.evaluate(() => history.length);
  await map.slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitForAddress(page, 'year=1907');
  assert.equal(await page.evaluate(() => history.length), entries, 'replaceState: no history entries');
  assert.doesNotMatch(page.url(), /event=/, 'the event is no longer the shown one');
  await map.southernIslands.click();
  await waitForAddress(page, 'view=');
  const address = page.url();
  const viewBox = await map.viewBox();
  await context.close();

  // Copying the address reproduces the view.
  const again = await openMap(env.browser, address);
  assert.equal(await again.map.year(), 1907);
  assert.equal(await again.page.getAttribute('html', 'lang'), 'ja');
  const reopened = await again.map.viewBox();
  for (let i = 0; i < 4; i += 1) assert.ok(Math.abs(reopened[i] - viewBox[i]) < viewBox[2] * 0.01, `viewBox ${reopened} ≈ ${viewBox}`);
  assert.deepEqual(log.errors, []);
  await again.context.close();
});

test('every bad parameter gets a polite notice, a sensible view and no console error', async () => {
  const cases = [
    ['?year=abc', /“abc” in the link is not a number/, 1855],
    ['?year=1700', /asks for the year 1700.*1855–\d{4}.*shows 1855/, 1855],
    ['?year=99999', /asks for the year 99999/, null],
    ['?lang=xx', /language “xx” is not available; the map is shown in English/, 1855],
    ['?event=no-such-event', /No event called “no-such-event”/, 1855],
    ['?year=1905&year=1945', /gives “year” more than once/, 1905],
    [`?year=${'9'.repeat(3000)}`, /too long/, 1855],
    [`?lang=${'x'.repeat(300)}`, /language “x{40}…” is not available/, 1855],
    ['?embed=maybe', /embed=maybe/, 1855],
    ['?view=1,2', /map view “1,2”/, 1855],
    ['?lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', /language “<img src=x onerror=alert\(1\)>” is not available/, 1855],
  ];
  for (const [query, message, year] of cases) {
    const { page, context, map, log } = await openMap(env.browser, at(query), { locale: 'en-GB' });
    const notice = page.locator('.notices');
    assert.equal(await notice.isVisible(), true, `${query}: a notice is shown`);
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.match(await notice.textContent(), message, query);
    assert.equal(await page.locator('.notices img').count(), 0, `${query}: text stays text`);
    const shown = await map.year();
    if (year === null) assert.equal(shown, Number(await map.slider.getAttribute('max')), query);
    else assert.equal(shown, year, query);
    assert.deepEqual(log.errors, [], `${query}: no console error`);
    await notice.getByRole('button').click();
    assert.equal(await notice.isVisible(), false, 'dismissible');
    await context.close();
  }
});

test('the language comes from the env.browser, switches, and is kept in the address', async () => {
  const { page, context, map } = await openMap(env.browser, at(''), { locale: 'ru-RU' });
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.match(await map.territory('iturup').getAttribute('aria-label'), /Итуруп/);
  await screenshot(page, 'language-ru');
  await map.slider.fill('1951');
  await page.selectOption('#language-select', 'ja');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assert.equal(await map.year(), 1951, 'the year survives a change of language');
  assert.equal(await page.locator('text[data-label="iturup"]').textContent(), '択捉島');
  assert.match(await page.locator('h1').textContent(), /北海道/);
  await waitForAddress(page, 'lang=ja');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-select', 'focus stays on the switch');
  await screenshot(page, 'language-ja');
  await page.selectOption('#language-select', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('text[data-label="iturup"]').textContent(), 'Iturup / Etorofu');
  await screenshot(page, 'language-en');
  await context.close();
});

test('the slider works by keyboard, says its year and event, and a live region tells what changed', async () => {
  const { page, context, map } = await openMap(env.browser, at('?lang=en'));
  await map.slider.focus();
  await page.keyboard.press('PageUp');
  assert.equal(await map.year(), 1865, 'PageUp: ten years on');
  await page.keyboard.press('PageDown');
  assert.equal(await map.year(), 1855);
  await page.keyboard.press('End');
  assert.equal(await map.year(), Number(await map.slider.getAttribute('max')));
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('PageUp');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('PageDown');
  await map.slider.fill('1905');
  assert.equal(await map.slider.getAttribute('aria-valuetext'), '1905 — Japanese invasion of Sakhalin');
  const live = page.locator('.announcer');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await page.waitForFunction(() => document.querySelector('.announcer').textContent.length > 0);
  assert.match(await live.textContent(), /^1905: South Sakhalin \(Karafuto\) passes to Empire of Japan\.$/);
  await map.slider.fill('1946');
  await page.waitForFunction(() => document.querySelector('.announcer').textContent.startsWith('1946'));
  assert.match(await live.textContent(), /Iturup \/ Etorofu is administered by Soviet Union and claimed by Japan/);
  // Territories are reachable with Tab and named with their status.
  await page.locator('svg.map').focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ territory: document.activeElement.dataset.territory, label: document.activeElement.getAttribute('aria-label') }));
  assert.equal(focused.territory, 'hokkaido');
  assert.equal(focused.label, 'Hokkaido: Japan');
  await context.close();
});

test('no serious or critical accessibility violation, in three languages and embedded', async () => {
  for (const query of ['?lang=en&year=1905', '?lang=ja&year=1945', '?lang=ru&year=2000', '?embed=1&lang=en&year=1920']) {
    const { page, context } = await openMap(env.browser, at(query));
    const violations = await seriousViolations(page);
    assert.deepEqual(violations, [], `${query}:\n${violations.join('\n')}`);
    await context.close();
  }
});

test('embed mode is compact, works at 320 × 400, and links to the full map', async () => {
  const { page, context, map, log } = await openMap(env.browser, at('?embed=1&year=1945'), { viewport: { width: 320, height: 400 } });
  assert.equal(await page.locator('h1').count(), 0, 'no page chrome');
  assert.equal(await page.locator('.strip').count(), 0);
  for (const selector of ['svg.map', '#year-slider', '.legend']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box && box.width > 100 && box.y + box.height <= 400, `${selector} is on screen: ${JSON.stringify(box)}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 320), true, 'no sideways scrolling');
  const full = page.getByRole('link', { name: 'Open the full map' });
  const href = await full.getAttribute('href');
  assert.match(href, /year=1945/);
  assert.doesNotMatch(href, /embed/);
  assert.equal(await full.getAttribute('target'), '_blank');
  assertStatus(await map.statuses(), 1945);
  assert.deepEqual(log.errors, []);
  await screenshot(page, 'embed-320x400');
  await context.close();
});

function assertStatus(statuses, year) {
  for (const [id, status] of Object.entries(statuses)) assert.equal(status, requiredStatus(id, year), `${id} in ${year}`);
}

test('the example course page embeds two years side by side and sizes both frames from their height messages', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push(e.data));
  });
  await page.goto(at('teaching-example.html'));
  for (const [frame, year, status] of [['#before', 1904, 'russia'], ['#after', 1906, 'japan']]) {
    const map = page.frameLocator(frame);
    await map.locator('svg.map path[data-territory="sakhalin-south"]').waitFor();
    assert.equal(await map.locator('output.year-display').getAttribute('data-year'), String(year));
    assert.equal(await map.locator('path[data-territory="sakhalin-south"]').getAttribute('data-status'), status);
  }
  await page.waitForFunction(() => document.querySelectorAll('iframe[data-reported-height]').length === 2);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.some((m) => typeof m === 'string' && JSON.parse(m).subject === 'lti.frameResize' && JSON.parse(m).height > 300), 'the LMS frameResize message');
  assert.ok(messages.some((m) => m?.type === 'kurils-map:height'), 'the object message');
  for (const frame of ['#before', '#after']) {
    const { reported, height } = await page.locator(frame).evaluate((f) => ({ reported: Number(f.dataset.reportedHeight), height: f.clientHeight }));
    assert.ok(Math.abs(reported - height) <= 1, `${frame} is as tall as it asked (${reported} vs ${height})`);
    // The frame shows the whole map without scrolling: the fitted layout is the natural one.
    const scrolls = await page.frameLocator(frame).locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
    assert.ok(scrolls <= 2, `${frame} does not scroll (${scrolls} px)`);
  }
  assert.deepEqual(errors, []);
  await screenshot(page, 'teaching-example');
  await context.close();
});

test('"Share / embed" gives the link to this view and an iframe snippet, and copies them', async () => {
  const { page, context } = await openMap(env.browser, at('?year=1920&lang=en'), { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('button', { name: 'Share / embed' }).click();
  const dialog = page.getByRole('dialog');
  assert.equal(await dialog.isVisible(), true);
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/course\/maps\/\?year=1920&lang=en$/);
  const snippet = await page.locator('#share-embed').inputValue();
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/course\/maps\/\?year=1920&amp;lang=en&amp;embed=1" title="Map: who held Hokkaido, Sakhalin and the Kuril Islands in 1920" width="\d+" height="\d+"/);
  await dialog.getByRole('button', { name: 'Copy' }).first().click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await dialog.getByRole('button', { name: 'Copy' }).last().click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  await screenshot(page, 'share-dialog');
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false);
  // The snippet works: the link it embeds opens the embedded map at that year.
  const src = snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const embedded = await openMap(env.browser, src);
  assert.equal(await embedded.map.year(), 1920);
  assert.equal(await embedded.page.locator('.app.embed').count(), 1);
  await embedded.context.close();
  await context.close();
});

test('play steps through the years, can pause, and stops at the end', async () => {
  const { page, context, map } = await openMap(env.browser, at('?year=2015'));
  await page.locator('.play-speed select').selectOption({ label: 'Fast' });
  const play = page.locator('button.play');
  await play.click();
  assert.equal(await play.getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => Number(document.querySelector('output.year-display').dataset.year) >= 2017);
  await play.click();
  assert.equal(await play.getAttribute('aria-pressed'), 'false');
  const paused = await map.year();
  await page.waitForTimeout(600);
  assert.equal(await map.year(), paused, 'paused');
  await play.click();
  const last = Number(await map.slider.getAttribute('max'));
  await page.waitForFunction((l) => Number(document.querySelector('output.year-display').dataset.year) === l, last, { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('button.play').getAttribute('aria-pressed') === 'false');
  assertStatus(await map.statuses(), last);
  await context.close();
});

test('the current view downloads as SVG and PNG with the year, legend and attribution drawn in', async () => {
  const { page, context } = await openMap(env.browser, at('?year=1945&lang=en'), { acceptDownloads: true });
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-svg').click()]);
  assert.equal(svgDownload.suggestedFilename(), 'hokkaido-sakhalin-kurils-1945.svg');
  const svg = await (await svgDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, />1945<\/text>/);
  assert.match(svg, /Soviet military occupation/);
  assert.match(svg, /Natural Earth/);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, paths: doc.querySelectorAll('path').length };
  }, svg);
  assert.equal(parsed.error, null, 'well-formed XML');
  assert.ok(parsed.paths > 8);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-png').click()]);
  assert.equal(pngDownload.suggestedFilename(), 'hokkaido-sakhalin-kurils-1945.png');
  const png = await (await pngDownload.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(png.readUInt32BE(16), 2400, 'drawn at twice the 1200 px width');
  assert.ok(png.length > 50_000, 'not blank');
  await context.close();
});

test('printing gives the map, the year, the legend and the year\'s events on one page', async () => {
  const { page, context } = await openMap(env.browser, at('?year=1905&lang=en'));
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.strip', '.toolbar', '.slider-tools', '.zoom-controls']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  for (const shown of ['svg.map', '.legend', 'output.year-display', '.event-item.in-year']) {
    assert.equal(await page.locator(shown).first().isVisible(), true, `${shown} is printed`);
  }
  assert.equal(await page.locator('.event-item:not(.in-year)').first().isVisible(), false, 'only the year\'s events');
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  assert.equal(pages, 1, 'one page');
  await context.close();
});

test('the single-file copy works from disk (file://) with no server and no network', async () => {
  const file = new URL('../../dist/hokkaido-sakhalin-kurils-offline.html', import.meta.url);
  const { page, context, map, log } = await openMap(env.browser, `${file.href}?year=1946&lang=ru`);
  assert.equal(await map.year(), 1946);
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assertStatus(await map.statuses(), 1946);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith('data:')), [file.href + '?year=1946&lang=ru'], 'one file, nothing else fetched');
  await map.slider.focus();
  await page.keyboard.press('PageUp');
  assertStatus(await map.statuses(), 1956);
  assert.deepEqual(log.errors, []);
  await screenshot(page, 'single-file');
  await context.close();
});

test('on a 360 × 740 phone: a thumb-sized slider that never pans the map, and pinch zoom', async () => {
  const { page, context, map } = await openMap(env.browser, at('?lang=en'), { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 360), true, 'no sideways scrolling');
  const slider = await map.slider.boundingBox();
  assert.ok(slider.height >= 40 && slider.width >= 300, `the slider is large enough for a thumb: ${JSON.stringify(slider)}`);
  const before = await map.viewBox();
  const cdp = await context.newCDPSession(page);
  const y = slider.y + slider.height / 2;
  const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', slider.x + 10);
  for (let x = slider.x + 10; x < slider.x + slider.width - 10; x += 20) await touch('touchMove', x);
  await touch('touchEnd');
  assert.ok((await map.year()) > 1990, 'the slider followed the thumb');
  assert.deepEqual(await map.viewBox(), before, 'dragging the slider never pans the map');
  await screenshot(page, 'phone-360x740');
  // Pinch: two fingers moving apart over the map zoom in.
  const box = await map.svg.boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const fingers = (d) => [{ x: cx - d, y: cy, id: 0 }, { x: cx + d, y: cy, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let d = 25; d <= 90; d += 5) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const after = await map.viewBox();
  assert.ok(after[2] < before[2] * 0.6, `pinching zoomed in (${before[2]} → ${after[2]})`);
  await context.close();
});
