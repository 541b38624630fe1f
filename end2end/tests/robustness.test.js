// Robustness and security: a strict CSP, sandboxed iframes, no blank page on a
// panic or a failed start, inert hostile text, a cut network, and a soak.
// Every server here sends the strict Content-Security-Policy (fixtures/server.js),
// except where a test says why not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, STRICT_CSP } from './fixtures/server.js';
import { useBrowserAndServer, openMap, requiredStatus, screenshot, TERRITORIES } from './fixtures/app.js';

const env = useBrowserAndServer();

const assertStatuses = (statuses, year) => {
  for (const id of TERRITORIES) assert.equal(statuses[id], requiredStatus(id, year), `${id} in ${year}`);
};

test('under the strict CSP the whole page works with no violation', async () => {
  const { page, context, map, log } = await openMap(env.browser, `${env.server.url}?year=1905`, { acceptDownloads: true });
  const response = await page.request.get(env.server.url);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the test server sends the documented policy');
  await map.slider.focus();
  await page.keyboard.press('PageUp');
  await page.locator('.zoom-southern').click();
  await page.getByRole('button', { name: 'Share / embed' }).click();
  await page.keyboard.press('Escape');
  await Promise.all([page.waitForEvent('download'), page.locator('button.export-png').click()]);
  await page.selectOption('#language-select', 'ja');
  await page.waitForFunction(() => document.documentElement.lang === 'ja');
  assertStatuses(await map.statuses(), 1915);
  // The example course page, with its two frames, under the same policy.
  await page.goto(`${env.server.url}teaching-example.html`);
  await page.frameLocator('#after').locator('svg.map path[data-status]').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(log.errors, [], 'no CSP violation and no error');
  await context.close();
});

test('the embed works in <iframe sandbox="allow-scripts allow-same-origin">', async (t) => {
  const { page, context, log } = await hostPage(t, `<iframe sandbox="allow-scripts allow-same-origin" src="${env.server.url}?embed=1&year=1946" width="600" height="700" title="map"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.locator('svg.map path[data-territory="iturup"][data-status="disputed"]').waitFor();
  await frame.locator('#year-slider').focus();
  await page.keyboard.press('Home');
  assert.equal(await frame.locator('path[data-territory="sakhalin-south"]').getAttribute('data-status'), 'shared');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the single file works in <iframe sandbox="allow-scripts"> (an opaque origin)', async (t) => {
  // Served without the CSP: the single file inlines its script by design; it is made
  // for opening from disk or uploading to a platform, not for the strict-CSP host.
  const plain = await serve({ csp: null });
  t.after(() => plain.close());
  const { page, context, log } = await hostPage(t, `<iframe sandbox="allow-scripts" src="${plain.url}hokkaido-sakhalin-kurils-offline.html?year=1920" width="800" height="900" title="map"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.locator('svg.map path[data-territory="sakhalin-north"][data-status="occupied-by-japan"]').waitFor();
  assert.equal(await frame.locator('html').evaluate(() => self.origin), 'null', 'an opaque origin');
  await frame.locator('#year-slider').focus();
  await page.keyboard.press('PageUp');
  assert.equal(await frame.locator('path[data-territory="sakhalin-north"]').getAttribute('data-status'), 'russia');
  await frame.locator('.zoom-southern').click();
  assert.deepEqual(log.errors, []);
  await screenshot(page, 'single-file-sandboxed');
  await context.close();
});

/**
 * A course page on another origin (as a learning platform would be) holding the
 * given markup. Served over http: the map's `frame-ancestors *` admits any
 * http(s) page, but not about:blank.
 */
async function hostPage(t, markup) {
  const dir = await mkdtemp(join(tmpdir(), 'kurils-host-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A course page</title></head><body>${markup}</body></html>`);
  const host = await serve({ root: dir, csp: null });
  t.after(() => host.close());
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 950 } });
  const page = await context.newPage();
  const log = { errors: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  await page.goto(host.url.replace('127.0.0.1', 'localhost'));
  return { page, context, log };
}

test('a panic shows a message with a reload link, logged once, never a blank page', async () => {
  const { page, context, log } = await openMap(env.browser, `${env.server.url}?year=1905&lang=ru`);
  await page.evaluate(() => window.kurilsMap.simulatePanic());
  const crash = page.locator('#crash');
  await crash.waitFor();
  assert.equal(await crash.getAttribute('role'), 'alert');
  assert.match(await crash.textContent(), /Карта остановилась/, 'in the page\'s language');
  const reload = crash.getByRole('link', { name: 'Перезагрузить карту' });
  assert.match(await reload.getAttribute('href'), /year=1905/, 'reloads the same view');
  await page.waitForTimeout(300);
  assert.equal(log.errors.length, 1, `logged once: ${JSON.stringify(log.errors)}`);
  assert.match(log.errors[0], /The map stopped: .*simulated panic/s);
  // A click on the now-dead map does not log again.
  await page.locator('#year-slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  assert.equal(log.errors.length, 1, 'still once');
  await screenshot(page, 'crash');
  await reload.click();
  await page.waitForSelector('svg.map path[data-status]');
  assert.equal(await page.locator('#crash').count(), 0, 'the reload brings the map back');
  await context.close();
});

test('a failed start and a browser without WebAssembly each get a visible message', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(env.server.url);
  await page.locator('#start-failed').waitFor({ state: 'visible' });
  assert.match(await page.locator('#start-failed').textContent(), /could not start.*Reload the page/s);
  await page.unroute('**/*.wasm');
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto(env.server.url);
  await page.locator('#no-wasm').waitFor({ state: 'visible' });
  assert.match(await page.locator('#no-wasm').textContent(), /needs a browser with WebAssembly/);
  await context.close();
});

test('hostile text in the data stays text: no markup, no script, only http(s) links', async (t) => {
  const hostile = await serve({ root: resolve(import.meta.dirname, '../../target/dist-hostile') });
  t.after(() => hostile.close());
  const { page, context, map, log } = await openMap(env.browser, `${hostile.url}?year=1905`, { acceptDownloads: true });
  await page.locator('.event-list li[data-event="hostile-markup"] button').click();
  const card = map.shownEvent;
  assert.match(await card.textContent(), /<img src=x onerror="window.__pwned='title'">Hostile title/);
  assert.match(await card.textContent(), /javascript:window.__pwned='text' <script>/);
  assert.match(await card.textContent(), /<svg onload=/);
  for (const tag of ['img', 'script', 'iframe', 'b', 'svg']) {
    assert.equal(await page.locator(`.event-card ${tag}, .event-list ${tag}, .legend ${tag}`).count(), 0, `no <${tag}> from data`);
  }
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.match(href, /^(https?:|\.\/|\?|$)/, `a safe link: ${href}`);
  assert.match(await page.locator('text[data-label="hokkaido"]').textContent(), /<img src=x/);
  await map.territory('hokkaido').focus();
  assert.match(await map.card.textContent(), /<svg onload=.*Japan.*javascript:window.__pwned='note'/s);
  for (const lang of ['ja', 'ru']) {
    await page.selectOption('#language-select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-svg').click()]);
  const svg = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  assert.match(svg, /hokkaido &lt;i&gt;курсив&lt;\/i&gt;/, 'the SVG download escapes the names (here in Russian)');
  assert.doesNotMatch(svg, /<img|<script|<i>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing ran');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('with the network cut after load, everything still works and nothing is requested', async () => {
  const { page, context, map, log } = await openMap(env.browser, `${env.server.url}?year=1855`, { acceptDownloads: true });
  const before = log.requests.length;
  await context.setOffline(true);
  await map.slider.focus();
  await page.keyboard.press('End');
  const last = Number(await map.slider.getAttribute('max'));
  assertStatuses(await map.statuses(), last);
  await page.selectOption('#language-select', 'ru');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  await page.locator('.event-list li[data-event="treaty-of-portsmouth"] button').click();
  assertStatuses(await map.statuses(), 1905);
  await Promise.all([page.waitForEvent('download'), page.locator('button.export-png').click()]);
  await page.locator('button.play').click();
  await page.waitForTimeout(500);
  await page.locator('button.play').click();
  const after = log.requests.slice(before).filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(after, [], 'no request after load');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('soak: 10,000 year changes and a full playback at top speed, no error, no memory growth', async () => {
  const { page, context, map, log } = await openMap(env.browser, `${env.server.url}?year=1855`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize + (await page.evaluate(() => window.kurilsMap.wasmMemoryBytes()));
  };
  // Warm up once, so caches and lazily built things are in place before the baseline.
  await page.evaluate(() => { const s = document.getElementById('year-slider'); s.value = '2000'; s.dispatchEvent(new Event('input', { bubbles: true })); });
  const start = await memory();
  await page.evaluate(async () => {
    const slider = document.getElementById('year-slider');
    const min = Number(slider.min);
    const span = Number(slider.max) - min + 1;
    for (let i = 0; i < 10000; i += 1) {
      slider.value = String(min + ((i * 37) % span));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 500 === 0) await new Promise(requestAnimationFrame);
    }
  });
  await page.locator('.play-speed select').selectOption({ label: 'Fast' });
  await map.slider.focus();
  await page.keyboard.press('Home');
  await page.locator('button.play').click();
  const last = Number(await map.slider.getAttribute('max'));
  await page.waitForFunction((l) => document.querySelector('button.play').getAttribute('aria-pressed') === 'false'
    && Number(document.querySelector('output.year-display').dataset.year) === l, last, { timeout: 90000, polling: 250 });
  const end = await memory();
  assert.ok(end - start < 1024 * 1024, `memory grew by ${((end - start) / 1024).toFixed(0)} KB (budget 1 MB)`);
  assertStatuses(await map.statuses(), last);
  assert.deepEqual(log.errors, []);
  await context.close();
});
