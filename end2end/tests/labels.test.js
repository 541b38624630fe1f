// The names on the map never collide and are never cut by the map's edge, at
// every width from 320 to 1920 px, on the full page and in the embed, in the
// three languages; on a small embed the controls stay compact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndServer, openMap, screenshot } from './fixtures/app.js';

const env = useBrowserAndServer();

/** Every visible name on the map and the map's box, in CSS pixels. */
function labelBoxes(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.map').getBoundingClientRect();
    const labels = [...document.querySelectorAll('svg.map text')]
      .filter((t) => getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).display !== 'none')
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
      .filter(({ box, text }) => text.trim() && box.width > 0 && box.height > 0)
      .map(({ text, box }) => ({ text, left: box.left, top: box.top, right: box.right, bottom: box.bottom }));
    return { svg: { left: svg.left, top: svg.top, right: svg.right, bottom: svg.bottom }, labels };
  });
}

/** Waits until the names have been placed for the map's size (two frames after the last change). */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
}

function assertClear({ svg, labels }, where) {
  const slack = 0.5;
  assert.ok(labels.length >= 4, `${where}: names are shown (${labels.length})`);
  for (const l of labels) {
    assert.ok(l.left >= svg.left - slack && l.right <= svg.right + slack && l.top >= svg.top - slack && l.bottom <= svg.bottom + slack,
      `${where}: "${l.text}" is cut by the map's edge (${JSON.stringify(l)} in ${JSON.stringify(svg)})`);
  }
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) {
      const [a, b] = [labels[i], labels[j]];
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
      assert.ok(!overlap, `${where}: "${a.text}" overlaps "${b.text}"`);
    }
  }
}

test('no two names overlap and none is cut, at every width, full page and embed, in three languages', async () => {
  const sizes = [[320, 640], [360, 740], [768, 1024], [1280, 900], [1920, 1080]];
  for (const lang of ['en', 'ja', 'ru']) {
    for (const [width, height] of sizes) {
      for (const year of [1905, 1946]) {
        const { page, context } = await openMap(env.browser, `${env.server.url}?lang=${lang}&year=${year}`, { viewport: { width, height } });
        await settle(page);
        assertClear(await labelBoxes(page), `${lang} ${width}×${height} ${year}`);
        if (year === 1905 && (width === 360 || width === 1280)) await screenshot(page, `labels-${lang}-${width}`);
        await context.close();
      }
    }
    for (const [width, height] of [[320, 400], [640, 720]]) {
      const { page, context } = await openMap(env.browser, `${env.server.url}?embed=1&lang=${lang}&year=1946`, { viewport: { width, height } });
      await settle(page);
      assertClear(await labelBoxes(page), `${lang} embed ${width}×${height}`);
      await screenshot(page, `labels-embed-${lang}-${width}`);
      await context.close();
    }
  }
});

test('names stay clear when zoomed to the southern islands, where Shikotan and Habomai crowd', async () => {
  for (const lang of ['en', 'ru']) {
    const { page, context, map } = await openMap(env.browser, `${env.server.url}?lang=${lang}&year=2000`, { viewport: { width: 1280, height: 900 } });
    await map.southernIslands.click();
    await settle(page);
    assertClear(await labelBoxes(page), `${lang} southern islands`);
    const names = (await labelBoxes(page)).labels.map((l) => l.text).join(' | ');
    assert.match(names, lang === 'en' ? /Shikotan/ : /Шикотан/, 'Shikotan is named');
    await context.close();
  }
});

test('on a 320 × 400 embed the zoom controls take little of the map', async () => {
  const { page, context } = await openMap(env.browser, `${env.server.url}?embed=1`, { viewport: { width: 320, height: 400 } });
  const share = await page.evaluate(() => {
    const map = document.querySelector('svg.map').getBoundingClientRect();
    const controls = document.querySelector('.zoom-controls').getBoundingClientRect();
    return (controls.width * controls.height) / (map.width * map.height);
  });
  assert.ok(share < 0.12, `the controls cover ${(share * 100).toFixed(0)}% of the map`);
  await context.close();
});
