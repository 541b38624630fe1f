// The map as a teacher first sees it: drawn, in the right places, zoomable,
// served from any sub-path, and talking to nobody but its own origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, screenshot, TERRITORIES } from './fixtures/app.js';

const env = useBrowserAndServer({ prefix: '/course/maps/' });

const center = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

test('loads from a sub-path with no console error and no request to another origin', async () => {
  const { page, context, log } = await openMap(env.browser, env.server.url);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual(log.errors, [], 'console errors');
  const foreign = log.requests.filter((u) => !u.startsWith(env.server.origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests outside the page origin');
  assert.ok(log.requests.some((u) => u.endsWith('.wasm')), 'the wasm came from the sub-path');
  await screenshot(page, 'map-desktop');
  await context.close();
});

test('draws all eight territories, each with geometry and a name', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  for (const id of TERRITORIES) {
    const box = await map.screenBox(id);
    assert.ok(box && box.width > 0 && box.height > 0, `${id} has no drawn area`);
    const d = await map.territory(id).getAttribute('d');
    assert.match(d, /^M-?\d+ -?\d+l/, `${id} has path data`);
    const title = await map.territory(id).locator('title').textContent();
    assert.ok(title.length > 3, `${id} has a title`);
  }
  assert.match(await map.territory('iturup').locator('title').textContent(), /Iturup.*択捉島.*Итуруп/);
  await context.close();
});

test('puts the territories where they are on Earth', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  const c = {};
  for (const id of TERRITORIES) c[id] = center(await map.screenBox(id));
  assert.ok(c['sakhalin-south'].y < c.hokkaido.y, 'Sakhalin is north of Hokkaido');
  assert.ok(c['sakhalin-north'].y < c['sakhalin-south'].y, 'north Sakhalin is north of south Sakhalin');
  assert.ok(c.iturup.x > c.kunashir.x, 'Iturup is east of Kunashir');
  assert.ok(c.shikotan.x > c.habomai.x && c.kunashir.y < c.shikotan.y, 'Shikotan lies east of Habomai, south of Kunashir');
  assert.ok(c['kurils-north'].x > c.iturup.x && c['kurils-north'].y < c.iturup.y, 'the northern Kurils run north-east of Iturup');
  // The halves of Sakhalin meet at the 50th parallel: one's bottom is the other's top,
  // give or take the parallel's curvature in the conic (a few pixels across the island).
  const north = await map.screenBox('sakhalin-north');
  const south = await map.screenBox('sakhalin-south');
  const gap = south.y - (north.y + north.height);
  assert.ok(gap <= 1 && gap > -6, `the two halves of Sakhalin meet (gap ${gap.toFixed(1)} px)`);
  await context.close();
});

test('zooms with the buttons, the wheel and the keyboard, and pans by dragging', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  const whole = await map.viewBox();
  assert.equal(await map.zoomOut.isDisabled(), true, 'cannot zoom out of the whole map');

  await map.zoomIn.click();
  const zoomed = await map.viewBox();
  assert.ok(zoomed[2] < whole[2] * 0.7, 'zoom in narrows the view');

  await map.wholeMap.click();
  assert.deepEqual(await map.viewBox(), whole);

  const box = await map.svg.boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.7);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((w) => Number(document.querySelector('svg.map').getAttribute('viewBox').split(' ')[2]) < w, whole[2]);
  const wheeled = await map.viewBox();
  assert.ok(wheeled[0] < whole[0] + (whole[2] - wheeled[2]) * 0.5, 'wheel zoom stays near the pointer (left part of the map)');

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const dragged = await map.viewBox();
  assert.ok(dragged[0] < wheeled[0], 'dragging right moves the view west');

  await map.svg.focus();
  await page.keyboard.press('0');
  assert.deepEqual(await map.viewBox(), whole, '0 resets');
  await page.keyboard.press('+');
  assert.ok((await map.viewBox())[2] < whole[2], '+ zooms in');
  await page.keyboard.press('ArrowRight');
  await context.close();
});

test('one click shows the four southern islands large enough to see the Habomai islets', async () => {
  const { page, context, map } = await openMap(env.browser, env.server.url);
  const before = await map.screenBox('habomai');
  await map.southernIslands.click();
  const after = await map.screenBox('habomai');
  assert.ok(after.width > before.width * 3, `Habomai grows (${before.width.toFixed(1)} → ${after.width.toFixed(1)} px)`);
  const svg = await map.svg.boundingBox();
  for (const id of ['iturup', 'kunashir', 'shikotan', 'habomai']) {
    const c = center(await map.screenBox(id));
    assert.ok(c.x > svg.x && c.x < svg.x + svg.width && c.y > svg.y && c.y < svg.y + svg.height, `${id} is in view`);
  }
  assert.equal(await map.southernIslands.getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'map-southern-islands');
  await context.close();
});
