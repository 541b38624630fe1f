// Two maps side by side: two years (or two viewpoints of one year), each in an
// element with `data-year`, the same view for both, and below them what
// changed, checked against the history issue's status table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, requiredStatus, screenshot, TERRITORIES } from './fixtures/app.js';

const env = useBrowserAndServer();
const at = (query) => `${env.server.url}${query}`;

/** The statuses of the map in a pane, as its DOM says. */
const paneStatuses = (page, pane) => page.evaluate((selector) => Object.fromEntries(
  [...document.querySelectorAll(`${selector} path[data-territory]`)].map((p) => [p.dataset.territory, p.dataset.status])), pane);

/** The territories the changes list names. */
const listed = (page) => page.locator('.changes > li').evaluateAll((items) => items.map((li) => li.dataset.territory));

/** The territories whose status differs between two years, from the oracle (holders aside). */
const statusChanges = (a, b) => TERRITORIES.filter((id) => requiredStatus(id, a) !== requiredStatus(id, b));

test('?compare shows two maps, each in its year, and what changed between them', async () => {
  for (const [year, other] of [[1905, 1875], [1946, 1944], [1875, 1855]]) {
    const { page, context, log } = await openMap(env.browser, at(`?lang=en&year=${year}&compare=${other}`));
    const panes = page.locator('.maps > .map-pane[data-year]:visible');
    assert.equal(await panes.count(), 2, 'two maps');
    assert.deepEqual(await panes.evaluateAll((p) => p.map((e) => Number(e.dataset.year))), [year, other]);
    const [first, second] = [await paneStatuses(page, '.main-pane svg.map'), await paneStatuses(page, '.compare-pane svg.compare-map')];
    for (const id of TERRITORIES) {
      assert.equal(first[id], requiredStatus(id, year), `${id} on the first map, ${year}`);
      assert.equal(second[id], requiredStatus(id, other), `${id} on the second map, ${other}`);
    }
    // Every territory whose status changed is listed (a change of holder alone may be too).
    const names = await listed(page);
    for (const id of statusChanges(year, other)) assert.ok(names.includes(id), `${id} changed between ${other} and ${year}`);
    const [earlier, later] = [Math.min(year, other), Math.max(year, other)];
    assert.equal(await page.locator('.changes-title').innerText(), `What changed between ${earlier} and ${later}`);
    // Each entry says from what to what, and offers the events between the two years.
    for (const id of names) {
      const entry = page.locator(`.changes > li[data-territory="${id}"]`);
      assert.match(await entry.innerText(), /→/);
      for (const y of await entry.locator('button[data-event]').evaluateAll((b) => b.map((e) => Number(e.textContent.slice(0, 4))))) {
        assert.ok(y > earlier && y <= later, `an event of ${y} lies between ${earlier} and ${later}`);
      }
    }
    assert.equal(await page.locator('.changes-none').isVisible(), false);
    // The DOM contract's `svg.map` is still the one first map.
    assert.equal(await page.locator('svg.map path[data-territory]').count(), 8);
    assert.deepEqual(log.errors, []);
    if (year === 1905) await screenshot(page, 'compare-1905-1875-desktop');
    await context.close();
  }
});

test('1875 → 1905 lists south Sakhalin with the Treaty of Portsmouth, and its button shows the event', async () => {
  const { page, context, map } = await openMap(env.browser, at('?lang=en&year=1905&compare=1875'));
  assert.deepEqual(await listed(page), ['sakhalin-south']);
  const entry = page.locator('.changes > li[data-territory="sakhalin-south"]');
  assert.match(await entry.innerText(), /Russia or the Soviet Union \(Russian Empire\) → Japan \(Empire of Japan\)/);
  await entry.getByRole('button', { name: /Treaty of Portsmouth/ }).click();
  assert.equal(await page.locator('.event-card:not([hidden])').getAttribute('data-shown-event'), 'treaty-of-portsmouth');
  assert.equal(await map.year(), 1905);
  await context.close();
});

test('the two maps share zoom and pan; the second has its own slider and viewpoint, by keyboard too', async () => {
  const { page, context, map } = await openMap(env.browser, at('?lang=en&year=1946&compare=1944'));
  const viewBoxes = () => page.evaluate(() => ['svg.map', 'svg.compare-map'].map((s) => document.querySelector(s).getAttribute('viewBox')));
  await map.southernIslands.click();
  let [a, b] = await viewBoxes();
  assert.equal(a, b, 'zoomed together');
  const zoomed = a;
  // Dragging the second map pans both.
  const box = await page.locator('svg.compare-map').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  [a, b] = await viewBoxes();
  assert.equal(a, b, 'panned together');
  assert.notEqual(a, zoomed, 'the drag on the second map moved the view');
  // The second slider, by keyboard.
  await page.locator('#compare-slider').focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.locator('.compare-pane').getAttribute('data-year'), '1943');
  assert.equal((await paneStatuses(page, '.compare-pane svg.compare-map'))['iturup'], 'japan');
  // The first slider still drives the first map only.
  await map.slider.fill('1950');
  assert.equal(await page.locator('.main-pane').getAttribute('data-year'), '1950');
  assert.equal(await page.locator('.compare-pane').getAttribute('data-year'), '1943');
  // Close, and open again with the button: the comparison opens on the latest change.
  await page.locator('.compare-close').click();
  assert.equal(await page.locator('.compare-pane').isVisible(), false);
  assert.equal(await page.locator('.changes-panel').isVisible(), false);
  await page.waitForFunction(() => !location.search.includes('compare'));
  await map.slider.fill('1905');
  await page.getByRole('button', { name: 'Compare with…' }).click();
  assert.equal(await page.locator('.compare-pane').getAttribute('data-year'), '1904');
  assert.deepEqual(await listed(page), ['sakhalin-south']);
  await page.waitForFunction(() => location.search.includes('compare=1904'));
  // The live region says what differs, once the pair has rested.
  await page.waitForFunction(() => /Territories that differ: 1/.test(document.querySelector('.announcer').textContent));
  await context.close();
});

test('two viewpoints of one year: ?compare-viewpoint, in the address, share link and embed snippet', async () => {
  const { page, context } = await openMap(env.browser, at('?lang=en&year=2000&viewpoint=japan&compare-viewpoint=russia'));
  assert.equal(await page.locator('.compare-pane').getAttribute('data-viewpoint'), 'russia');
  assert.equal(await page.locator('.compare-pane').getAttribute('data-year'), '2000');
  const shownAs = (selector) => page.evaluate((s) => Object.fromEntries([...document.querySelectorAll(`${s} path[data-territory]`)].map((p) => [p.dataset.territory, p.dataset.shownAs])), selector);
  assert.equal((await shownAs('svg.map'))['sakhalin-south'], 'undetermined');
  assert.equal((await shownAs('svg.compare-map'))['sakhalin-south'], 'russia');
  assert.equal(await page.locator('.changes-title').innerText(), 'How the two maps of 2000 differ');
  assert.deepEqual(await listed(page), ['sakhalin-south', 'kurils-north', 'iturup', 'kunashir', 'shikotan', 'habomai']);
  await page.waitForFunction(() => location.search.includes('compare=2000'));
  assert.equal(new URL(page.url()).search, '?year=2000&lang=en&viewpoint=japan&compare=2000&compare-viewpoint=russia');
  await page.getByRole('button', { name: 'Share / embed' }).click();
  assert.match(await page.locator('#share-embed').inputValue(), /compare=2000&amp;compare-viewpoint=russia&amp;embed=1/);
  await page.keyboard.press('Escape');
  // Switching the second map to the de facto map by its radio.
  await page.locator('.compare-viewpoint input[value="de-facto"]').check();
  assert.equal((await shownAs('svg.compare-map')).iturup, 'disputed');
  await screenshot(page, 'compare-viewpoints-2000');
  await context.close();
});

test('a bad compare value gets a notice and the single map; full-width digits are digits', async () => {
  const bad = await openMap(env.browser, at('?lang=en&year=1905&compare=%3Cb%3E1700'));
  assert.match(await bad.page.locator('.notices').innerText(), /“compare=<b>1700” is not a year the map covers/);
  assert.equal(await bad.page.locator('.compare-pane').isVisible(), false);
  assert.equal(await bad.map.year(), 1905);
  assert.deepEqual(bad.log.errors, []);
  await bad.context.close();
  const wide = await openMap(env.browser, at('?lang=ja&year=%EF%BC%91%EF%BC%99%EF%BC%90%EF%BC%95&compare=%EF%BC%91%EF%BC%98%EF%BC%97%EF%BC%95'));
  assert.equal(await wide.map.year(), 1905);
  assert.equal(await wide.page.locator('.compare-pane').getAttribute('data-year'), '1875');
  assert.equal(await wide.page.locator('.notices').isVisible(), false);
  assert.equal(await wide.page.locator('.changes-title').innerText(), '1875年から1905年までに変わったこと');
  await wide.context.close();
});

test('the download draws both maps, each labelled; print puts both and the changes on one page', async () => {
  const { page, context } = await openMap(env.browser, at('?lang=en&year=1905&compare=1875'), { acceptDownloads: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-svg').click()]);
  assert.equal(download.suggestedFilename(), 'hokkaido-sakhalin-kurils-1905-and-1875.svg');
  const svg = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    return { error: doc.querySelector('parsererror')?.textContent ?? null, maps: doc.documentElement.children.length, ids, unique: new Set(ids).size === ids.length };
  }, svg);
  assert.equal(parsed.error, null, 'well-formed');
  assert.equal(parsed.maps, 2, 'two maps');
  assert.ok(parsed.unique, 'no id twice');
  assert.match(svg, />1905<\/text>/);
  assert.match(svg, />1875<\/text>/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-png').click()]);
  const bytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  assert.ok(bytes.readUInt32BE(16) > 4000, 'a PNG as wide as both maps');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const visible = (s) => { const e = document.querySelector(s); const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
    return { first: visible('svg.map'), second: visible('svg.compare-map'), changes: visible('.changes'), slider: visible('#compare-slider') };
  });
  assert.deepEqual(printed, { first: true, second: true, changes: true, slider: false });
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'one page');
  await screenshot(page, 'compare-print');
  await context.close();
});

test('in an embed the comparison fits the frame: side by side when wide, stacked when narrow', async () => {
  for (const [width, height, stacked] of [[640, 620, false], [360, 740, true]]) {
    const { page, context, log } = await openMap(env.browser, at('?embed=1&lang=en&year=1946&compare=1944'), { viewport: { width, height } });
    await page.waitForTimeout(300);
    const boxes = await page.evaluate(() => ['svg.map', 'svg.compare-map', '.changes-panel'].map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, width: r.width };
    }));
    const [first, second] = boxes;
    assert.equal(second.top >= first.bottom - 1, stacked, `${width}: stacked ${stacked}`);
    assert.ok(first.width > 100 && second.width > 100, 'both maps are readable');
    assert.ok(Math.abs(first.width - second.width) < 2, 'the same size');
    const scroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    assert.ok(scroll <= 2, `${width}×${height}: fits the frame (overflows by ${scroll})`);
    assert.equal(await page.locator('.compare-controls').isVisible(), false, 'no controls in the embed');
    assert.deepEqual(log.errors, []);
    await screenshot(page, `compare-embed-${width}`);
    await context.close();
  }
  // Inside a course page, the height it asks for follows the comparison.
  const { page, context } = await openMap(env.browser, at('?lang=en'));
  const heights = await page.evaluate(async (src) => {
    const ask = (url) => new Promise((resolve) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      frame.width = '360';
      frame.height = '500';
      const listener = (e) => {
        if (e.source === frame.contentWindow && e.data?.type === 'kurils-map:height' && frame.contentDocument?.querySelector('.app[data-app="live"]')) {
          removeEventListener('message', listener);
          setTimeout(() => { resolve(e.data.height); frame.remove(); }, 300);
        }
      };
      addEventListener('message', listener);
      document.body.append(frame);
    });
    return [await ask(`${src}?embed=1&year=1946`), await ask(`${src}?embed=1&year=1946&compare=1944`)];
  }, env.server.url);
  assert.ok(heights[1] > heights[0] + 200, `the comparison asks for more height (${heights})`);
  await context.close();
});

test('screenshots: a comparison on a phone and in each language', async () => {
  for (const lang of ['en', 'ja', 'ru']) {
    const { page, context } = await openMap(env.browser, at(`?lang=${lang}&year=1946&compare=1944`), { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.locator('.compare-pane').scrollIntoViewIfNeeded();
    await screenshot(page, `compare-phone-${lang}`);
    await page.locator('.changes-panel').scrollIntoViewIfNeeded();
    await screenshot(page, `compare-phone-${lang}-changes`);
    await context.close();
  }
  for (const lang of ['ja', 'ru']) {
    const { page, context } = await openMap(env.browser, at(`?lang=${lang}&year=1905&compare=1875`));
    await screenshot(page, `compare-desktop-${lang}`);
    await context.close();
  }
});
