// The same checks in Firefox ESR and in WebKit (WebKitGTK's MiniBrowser): the release
// build, served with the strict CSP under a sub-path, as the Chromium suite (../tests/)
// serves it. Each check is written once against the small driver interface of
// engines.js. The test server adds its error collector (/__errors.js) to every page, so
// that page errors, unhandled rejections, console errors and CSP violations are seen in
// WebKit too, whose driver has no hook before a page's own scripts run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENGINES } from './engines.js';
import { ERROR_COLLECTOR, serve } from '../tests/fixtures/server.js';
import { ARTIFACTS, requiredStatus, TERRITORIES } from '../tests/fixtures/app.js';

const DIST = resolve(import.meta.dirname, '../../dist');
const OFFLINE = join(DIST, 'hokkaido-sakhalin-kurils-offline.html');

// ---- what every check reads from the page (the README's DOM contract) ----------------

const waitUntilLive = (tab) => tab.waitFor((n) => !!document.querySelector('.app[data-app="live"]')
  && document.querySelectorAll('svg.map path[data-territory]').length === n, TERRITORIES.length, 'the live page');
const year = (tab) => tab.eval(() => Number(document.querySelector('output.year-display').dataset.year));
const statuses = (tab) => tab.eval(() => Object.fromEntries(
  [...document.querySelectorAll('svg.map path[data-territory]')].map((p) => [p.dataset.territory, p.dataset.status])));
const viewBox = (tab) => tab.eval(() => document.querySelector('svg.map').getAttribute('viewBox').split(' ').map(Number));
const box = (tab, selector) => tab.eval((s) => {
  const r = document.querySelector(s)?.getBoundingClientRect();
  return r && { x: r.x, y: r.y, width: r.width, height: r.height };
}, selector);
const center = (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
/** Pairs of names on the map whose boxes overlap (the live page places them apart by
 * measuring text: text metrics differ between engines and fonts). */
const overlappingNames = (tab) => tab.eval(() => {
  const shown = [...document.querySelectorAll('svg.map text')].filter((t) => {
    const r = t.getBoundingClientRect();
    return r.width > 0 && getComputedStyle(t).visibility !== 'hidden' && !t.closest('.north-arrow');
  });
  const boxes = shown.map((t) => t.getBoundingClientRect());
  const pairs = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      // A pixel of grace: halos may touch.
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
        pairs.push(`${shown[i].textContent} × ${shown[j].textContent}`);
      }
    }
  }
  return pairs;
});
const nextFrames = (tab) => tab.eval(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));

async function assertStatuses(tab, expectedYear, message = '') {
  assert.equal(await year(tab), expectedYear, `${message} year`);
  const now = await statuses(tab);
  assert.deepEqual(Object.keys(now).sort(), [...TERRITORIES].sort());
  for (const [id, status] of Object.entries(now)) {
    assert.equal(status, requiredStatus(id, expectedYear), `${message} ${id} in ${expectedYear}`);
  }
}

async function assertNoErrors(tab, message = '') {
  assert.deepEqual(await tab.errors(), [], `${message} page errors, console errors or CSP violations`);
}

/** Waits until `name` is saved whole in the tab's download folder; returns its bytes. */
async function downloaded(tab, name, timeout = 15_000) {
  const path = join(tab.downloads, name);
  const until = Date.now() + timeout;
  let size = -1;
  for (;;) {
    // Saved when it is there and its size has stopped changing.
    const now = (await tab.savedFiles()).includes(name) ? (await stat(path)).size : -1;
    if (now > 0 && now === size) return readFile(path);
    size = now;
    if (Date.now() > until) throw new Error(`${name} was not downloaded (saved: ${await tab.savedFiles()})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// ---- the checks, in each engine -------------------------------------------------------

for (const makeEngine of ENGINES) {
  const engine = makeEngine();
  const name = engine.name;

  describe(name, () => {
    let server;
    const tabs = new Set();
    const at = (query) => `${server.url}${query}`;

    /** A fresh tab at a viewport size, at `url`, once the live page runs it. */
    async function openMap(url, viewport = { width: 1280, height: 900 }) {
      const tab = await engine.open(viewport);
      tabs.add(tab);
      await tab.goto(url);
      await waitUntilLive(tab);
      if (url.startsWith('http')) {
        // Without the collector the error checks would pass for want of looking.
        assert.equal(await tab.eval(() => Array.isArray(window.__errors)), true, 'the error collector runs');
      }
      return tab;
    }
    async function done(tab) {
      tabs.delete(tab);
      await tab.close();
    }
    async function screenshot(tab, label) {
      await mkdir(ARTIFACTS, { recursive: true });
      await tab.screenshot(join(ARTIFACTS, `${name}-${label}.png`));
    }

    before(async () => {
      server = await serve({ prefix: '/course/maps/', errorCollector: true });
      const version = await engine.start();
      console.log(`# ${name}: ${version}`);
    });
    after(async () => {
      for (const tab of tabs) await tab.close().catch(() => {});
      await engine.stop();
      await server?.close();
    });

    test('loads with no page error and no CSP violation, and the collector would see one', async () => {
      const tab = await openMap(server.url);
      await nextFrames(tab);
      await assertNoErrors(tab);
      await screenshot(tab, 'page-1280x900');
      // The check can fail: an inline script is refused by the strict CSP, and that is seen.
      await tab.eval(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
      });
      await tab.waitFor(() => window.__errors.length > 0, null, 'the CSP violation to be reported');
      assert.match((await tab.errors()).join('\n'), /CSP violation: script-src/);
      assert.equal(await tab.eval(() => window.inlineRan ?? false), false);
      await done(tab);
    });

    test('shows the required statuses at a table of years (?year=)', async () => {
      const tab = await engine.open();
      tabs.add(tab);
      for (const y of [1855, 1874, 1875, 1904, 1905, 1919, 1920, 1924, 1925, 1944, 1945, 1946, 1991, 2024]) {
        await tab.goto(at(`?year=${y}&lang=en`));
        await waitUntilLive(tab);
        await assertStatuses(tab, y, `?year=${y}:`);
        assert.equal(await tab.eval(() => document.documentElement.classList.contains('pending')), false, 'nothing left neutral');
        await assertNoErrors(tab, `?year=${y}`);
      }
      await done(tab);
    });

    test('the slider moves by keyboard: ArrowRight a year, PageUp ten', async () => {
      const tab = await openMap(at('?year=1874&lang=en'));
      const focusSlider = () => tab.eval(() => document.querySelector('#year-slider').focus());
      await focusSlider();
      await tab.press('ArrowRight');
      await assertStatuses(tab, 1875, 'ArrowRight from 1874:');
      await tab.press('PageUp');
      await assertStatuses(tab, 1885, 'PageUp from 1875:');
      assert.match(await tab.eval(() => document.querySelector('#year-slider').getAttribute('aria-valuetext')), /^1885/);
      await tab.goto(at('?year=1944&lang=en'));
      await waitUntilLive(tab);
      await focusSlider();
      await tab.press('ArrowRight');
      await assertStatuses(tab, 1945, 'ArrowRight from 1944:');
      await tab.press('ArrowRight');
      await assertStatuses(tab, 1946, 'ArrowRight from 1945:');
      await tab.press('PageUp');
      await assertStatuses(tab, 1956, 'PageUp from 1946:');
      assert.equal(await tab.eval(() => document.activeElement?.id), 'year-slider', 'focus stays on the slider');
      await assertNoErrors(tab);
      await done(tab);
    });

    test('a pointer drag on the slider moves the year with it, and never pans the map', async () => {
      const tab = await openMap(at('?lang=en'));
      const slider = await box(tab, '#year-slider');
      const [min, max] = await tab.eval(() => ['min', 'max'].map((a) => Number(document.querySelector('#year-slider').getAttribute(a))));
      const before = await viewBox(tab);
      const y = slider.y + slider.height / 2;
      // From the thumb at the left end to three quarters of the track.
      const to = slider.x + slider.width * 0.75;
      await tab.drag({ x: slider.x + 8, y }, { x: to, y }, 12);
      const moved = await year(tab);
      // Where a three-quarter track puts the thumb, give or take the thumb's width (engines differ).
      const expected = min + (max - min) * 0.75;
      assert.ok(Math.abs(moved - expected) <= 5, `the year followed the pointer: ${moved}, expected about ${expected.toFixed(0)}`);
      await assertStatuses(tab, moved, 'after the drag:');
      assert.equal(await tab.eval(() => document.querySelector('#year-slider').value), String(moved));
      assert.deepEqual(await viewBox(tab), before, 'dragging the slider never pans the map');
      await assertNoErrors(tab);
      await done(tab);
    });

    test('the language switch, and ?lang=ja and ?lang=ru', async () => {
      const tab = await openMap(at('?year=1951&lang=en'));
      await tab.select('#language-select', 'ja');
      await tab.waitFor(() => document.documentElement.lang === 'ja', null, 'Japanese');
      assert.equal(await year(tab), 1951, 'the year survives a change of language');
      assert.equal(await tab.eval(() => document.querySelector('text[data-label="iturup"]').textContent), '択捉島');
      assert.match(await tab.eval(() => document.querySelector('h1').innerText), /北海道/);
      await tab.waitFor(() => location.search.includes('lang=ja'), null, 'lang=ja in the address');
      await tab.select('#language-select', 'en');
      await tab.waitFor(() => document.documentElement.lang === 'en', null, 'English again');
      assert.equal(await tab.eval(() => document.querySelector('h1').innerText.trim()), 'Hokkaido, Sakhalin and the Kuril Islands');
      assert.deepEqual(await overlappingNames(tab), [], 'names on the map overlap');
      for (const [lang, iturup, title] of [['ja', /択捉島/, /北海道/], ['ru', /Итуруп/, /Хоккайдо/]]) {
        await tab.goto(at(`?lang=${lang}&year=1946`));
        await waitUntilLive(tab);
        assert.equal(await tab.eval(() => document.documentElement.lang), lang);
        assert.match(await tab.eval(() => document.querySelector('path[data-territory="iturup"]').getAttribute('aria-label')), iturup);
        // Only the page's language shows (the served page holds all three).
        const heading = await tab.eval(() => document.querySelector('h1').innerText);
        assert.match(heading, title);
        assert.doesNotMatch(heading, /Hokkaido/, 'the English heading is hidden');
        await assertStatuses(tab, 1946, `?lang=${lang}:`);
        assert.deepEqual(await overlappingNames(tab), [], `?lang=${lang}: names on the map overlap`);
        await assertNoErrors(tab, `?lang=${lang}`);
      }
      await done(tab);
    });

    test('English and Russian text is set in the page\'s font, Japanese text in a Japanese one', async () => {
      // A copy of the element at 100 px, measured in the font the page gives it and in named
      // fonts: the same width, the same font (these texts differ by far more between fonts).
      const widths = (tab, selector) => tab.eval((s) => {
        const element = document.querySelector(s);
        const width = (family) => {
          const copy = element.cloneNode(true);
          copy.style.cssText = 'position:absolute;display:inline;white-space:nowrap;font-size:100px';
          if (family) copy.style.fontFamily = family;
          element.parentElement.append(copy);
          const w = copy.getBoundingClientRect().width;
          copy.remove();
          return Math.round(w);
        };
        return { page: width(null), japanese: width('"Noto Sans CJK JP"'), missing: width('"no such font"') };
      }, selector);
      for (const lang of ['en', 'ru']) {
        const tab = await openMap(at(`?lang=${lang}`));
        const w = await widths(tab, `h1 .l[lang="${lang}"]`);
        assert.notEqual(w.japanese, w.missing, 'the Japanese font is installed (scripts/setup.sh --browser)');
        assert.notEqual(w.page, w.japanese, `${lang}: not set in the Japanese font (${JSON.stringify(w)})`);
        await done(tab);
      }
      const tab = await openMap(at('?lang=ja'));
      const ja = await widths(tab, 'h1 .l[lang="ja"]');
      assert.equal(ja.page, ja.japanese, `ja: set in the Japanese font (${JSON.stringify(ja)})`);
      // The Japanese name on an English page's territory card, too (it carries lang="ja").
      await tab.goto(at('?lang=en'));
      await waitUntilLive(tab);
      await tab.eval(() => document.querySelector('svg.map').focus());
      await tab.press('Tab');
      await tab.waitFor(() => !!document.querySelector('.territory-card .card-names [lang="ja"]'), null, 'the card');
      const name = await widths(tab, '.territory-card .card-names [lang="ja"]');
      assert.equal(name.page, name.japanese, `the card's Japanese name (${JSON.stringify(name)})`);
      await assertNoErrors(tab);
      await done(tab);
    });

    test('the embed at 320 × 400 shows the map, the slider and the legend, and links to the full map', async () => {
      const tab = await openMap(at('?embed=1&year=1945&lang=en'), { width: 320, height: 400 });
      assert.deepEqual(await tab.eval(() => [innerWidth, innerHeight]), [320, 400]);
      assert.equal(await tab.eval(() => document.querySelectorAll('.app.embed').length), 1);
      for (const selector of ['svg.map', '#year-slider', '.legend']) {
        const b = await box(tab, selector);
        assert.ok(b && b.width > 100 && b.y >= 0 && b.y + b.height <= 400, `${selector} is on screen: ${JSON.stringify(b)}`);
      }
      assert.equal(await tab.eval(() => document.documentElement.scrollWidth <= 320), true, 'no sideways scrolling');
      const full = await tab.eval(() => {
        const a = document.querySelector('.open-full');
        return { href: a.getAttribute('href'), target: a.getAttribute('target'), shown: a.getBoundingClientRect().width > 0 };
      });
      assert.match(full.href, /year=1945/);
      assert.doesNotMatch(full.href, /embed/);
      assert.equal(full.target, '_blank');
      await assertStatuses(tab, 1945, 'embed:');
      await assertNoErrors(tab);
      await screenshot(tab, 'embed-320x400');
      await done(tab);
    });

    test('the course page sizes both embedded maps from their height messages', async () => {
      const tab = await engine.open();
      tabs.add(tab);
      await tab.goto(at('teaching-example.html'));
      for (const [frame, y, status] of [['#before', 1904, 'russia'], ['#after', 1906, 'japan']]) {
        await tab.waitFor((f) => !!document.querySelector(f).contentDocument?.querySelector('.app[data-app="live"]'), frame, `${frame} live`);
        const shown = await tab.eval((f) => {
          const doc = document.querySelector(f).contentDocument;
          return [Number(doc.querySelector('output.year-display').dataset.year), doc.querySelector('path[data-territory="sakhalin-south"]').dataset.status];
        }, frame);
        assert.deepEqual(shown, [y, status], frame);
      }
      await tab.waitFor(() => document.querySelectorAll('iframe[data-reported-height]').length === 2, null, 'both frames sized');
      for (const frame of ['#before', '#after']) {
        const { reported, height, scrolls } = await tab.eval((f) => {
          const element = document.querySelector(f);
          const html = element.contentDocument.documentElement;
          return { reported: Number(element.dataset.reportedHeight), height: element.clientHeight, scrolls: html.scrollHeight - html.clientHeight };
        }, frame);
        assert.ok(reported > 300 && Math.abs(reported - height) <= 1, `${frame} is as tall as it asked (${reported} vs ${height})`);
        assert.ok(scrolls <= 2, `${frame} does not scroll (${scrolls} px)`);
      }
      // Narrower (a course page on a phone), the frame's map is smaller: it asks for less
      // height, in both forms of the message, and gets it.
      const wide = await tab.eval(() => {
        window.received = [];
        addEventListener('message', (e) => window.received.push(e.data));
        const frame = document.querySelector('#after');
        frame.style.width = '360px';
        return Number(frame.dataset.reportedHeight);
      });
      const messages = await tab.waitFor(() => window.received.length >= 2 && window.received, null, 'height messages');
      const lti = messages.filter((m) => typeof m === 'string').map((m) => JSON.parse(m));
      assert.ok(lti.some((m) => m.subject === 'lti.frameResize' && m.height > 200), `the LMS message: ${JSON.stringify(messages)}`);
      assert.ok(messages.some((m) => m?.type === 'kurils-map:height' && m.height > 200), `the object message: ${JSON.stringify(messages)}`);
      // The map is 200 px narrower, so about as much shorter; 100 px at least.
      const narrow = await tab.waitFor((w) => {
        const frame = document.querySelector('#after');
        const reported = Number(frame.dataset.reportedHeight);
        return reported < w - 100 && Math.abs(frame.clientHeight - reported) <= 1 && reported;
      }, wide, 'the narrower frame to ask for less height').catch((error) => {
        throw new Error(`${error.message}: ${JSON.stringify(messages)} after ${wide}`);
      });
      const scrolls = await tab.eval(() => {
        const html = document.querySelector('#after').contentDocument.documentElement;
        return html.scrollHeight - html.clientHeight;
      });
      assert.ok(scrolls <= 2, `the narrower frame (${narrow} px) does not scroll (${scrolls} px)`);
      await assertNoErrors(tab);
      await done(tab);
    });

    test('"Share / embed" opens a modal dialog with the link and the snippet, copies, and selects the text where the clipboard is refused', async () => {
      const tab = await openMap(at('?year=1920&lang=en'));
      await tab.click('.share-open');
      const dialog = await tab.eval(() => {
        const d = document.querySelector('dialog.share-dialog');
        const r = d.getBoundingClientRect();
        return { open: d.open, modal: d.matches(':modal'), width: r.width, height: r.height };
      });
      assert.ok(dialog.open && dialog.modal && dialog.width > 200 && dialog.height > 100, `the dialog shows: ${JSON.stringify(dialog)}`);
      const link = await tab.eval(() => document.querySelector('#share-link').value);
      assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/course\/maps\/\?year=1920&lang=en$/);
      const snippet = await tab.eval(() => document.querySelector('#share-embed').value);
      assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/course\/maps\/\?year=1920&amp;lang=en&amp;embed=1" title="Map: who held Hokkaido, Sakhalin and the Kuril Islands in 1920"/);

      // The clipboard takes the text: what the page wrote, and that the browser accepted it.
      await tab.eval(() => {
        const write = navigator.clipboard.writeText.bind(navigator.clipboard);
        window.clipboardWrites = [];
        navigator.clipboard.writeText = (text) => write(text).then(
          () => { window.clipboardWrites.push({ text, ok: true }); },
          (error) => { window.clipboardWrites.push({ text, ok: false, error: String(error) }); throw error; });
      });
      await tab.click('.share-copy-link');
      const [write] = await tab.waitFor(() => window.clipboardWrites.length > 0 && window.clipboardWrites, null, 'a clipboard write');
      assert.deepEqual(write, { text: link, ok: true });
      await tab.waitFor(() => document.querySelector('.share-copy-link').hasAttribute('data-copied'), null, '"Copied" on the button');

      // Refused (a frame without clipboard permission, a browser's policy): the text is
      // selected for Ctrl+C, no button says "Copied", and nothing is left unhandled.
      await tab.eval(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Clipboard write is not allowed.', 'NotAllowedError'));
      });
      await tab.click('.share-copy-embed');
      const selected = await tab.waitFor(() => {
        const area = document.querySelector('#share-embed');
        return document.activeElement === area && area.selectionStart === 0 && area.selectionEnd === area.value.length
          && area.value.length > 0 && { copied: [...document.querySelectorAll('.share-row button[data-copied]')].length };
      }, null, 'the snippet selected');
      assert.equal(selected.copied, 0, 'no button says "Copied"');
      // No clipboard at all (an insecure page, an old browser): selected too.
      await tab.eval(() => { Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }); });
      await tab.click('.share-copy-link');
      await tab.waitFor(() => {
        const input = document.querySelector('#share-link');
        return document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length;
      }, null, 'the link selected');
      await nextFrames(tab);
      await assertNoErrors(tab);
      await screenshot(tab, 'share-dialog');

      await tab.press('Escape');
      await tab.waitFor(() => !document.querySelector('dialog.share-dialog').open, null, 'Escape closes the dialog');
      await done(tab);
    });

    test('"Southern islands" zooms in on the four islands, the wheel zooms at the pointer, a mouse drag pans', async () => {
      const tab = await openMap(at('?lang=en'));
      const whole = await viewBox(tab);
      const habomai = await box(tab, 'path[data-territory="habomai"]');
      await tab.click('.zoom-southern');
      const southern = await viewBox(tab);
      assert.ok(southern[2] < whole[2] * 0.5, `the view box narrows: ${southern}`);
      const grown = await box(tab, 'path[data-territory="habomai"]');
      assert.ok(grown.width > habomai.width * 3, `Habomai grows (${habomai.width.toFixed(1)} → ${grown.width.toFixed(1)} px)`);
      const map = await box(tab, 'svg.map');
      for (const id of ['iturup', 'kunashir', 'shikotan', 'habomai']) {
        const c = center(await box(tab, `path[data-territory="${id}"]`));
        assert.ok(c.x > map.x && c.x < map.x + map.width && c.y > map.y && c.y < map.y + map.height, `${id} is in view`);
      }
      assert.equal(await tab.eval(() => document.querySelector('.zoom-southern').getAttribute('aria-pressed')), 'true');
      await tab.click('.zoom-southern');
      assert.deepEqual(await viewBox(tab), whole, 'pressed again: the whole map');

      // The wheel, over the left part of the map: zooms in there.
      await tab.wheel({ x: map.x + map.width * 0.3, y: map.y + map.height * 0.7 }, -400);
      await tab.waitFor((w) => Number(document.querySelector('svg.map').getAttribute('viewBox').split(' ')[2]) < w, whole[2], 'wheel zoom');
      const wheeled = await viewBox(tab);
      assert.ok(wheeled[0] < whole[0] + (whole[2] - wheeled[2]) * 0.5, `wheel zoom stays near the pointer: ${wheeled}`);
      assert.equal(await tab.eval(() => scrollY), 0, 'the wheel does not scroll the page');

      // A mouse drag to the right moves the view west, and is not a tap (no card pinned).
      const from = center(map);
      await tab.drag(from, { x: from.x + 120, y: from.y + 40 });
      const dragged = await viewBox(tab);
      assert.ok(dragged[0] < wheeled[0] && dragged[1] < wheeled[1], `dragging moves the view: ${wheeled} → ${dragged}`);
      assert.equal(await tab.eval(() => getSelection().toString()), '', 'a drag selects no text');
      await assertNoErrors(tab);
      await done(tab);
    });

    test('the SVG and PNG downloads are saved, with the year, the legend and the attribution', async () => {
      const tab = await openMap(at('?year=1945&lang=en'));
      await tab.click('.export-svg');
      const svg = (await downloaded(tab, 'hokkaido-sakhalin-kurils-1945.svg')).toString('utf8');
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, />1945<\/text>/);
      assert.match(svg, /Soviet military occupation/);
      assert.match(svg, /Natural Earth/);
      const parsed = await tab.eval((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, paths: doc.querySelectorAll('path').length };
      }, svg);
      assert.equal(parsed.error, null, 'well-formed XML');
      assert.ok(parsed.paths > 8);
      await tab.click('.export-png');
      const png = await downloaded(tab, 'hokkaido-sakhalin-kurils-1945.png');
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
      assert.equal(png.readUInt32BE(16), 2400, 'drawn at twice the 1200 px width');
      assert.ok(png.length > 50_000, `not blank (${png.length} bytes)`);
      assert.equal(await tab.eval(() => location.search), '?year=1945&lang=en', 'the page stays where it was');
      await assertNoErrors(tab);
      await done(tab);
    });

    test('Tab reaches the territories and shows the territory card', async () => {
      const tab = await openMap(at('?year=1960&lang=en'));
      await tab.eval(() => document.querySelector('svg.map').focus());
      await tab.press('Tab');
      const focused = await tab.eval(() => ({ tag: document.activeElement.tagName, territory: document.activeElement.dataset.territory }));
      assert.deepEqual(focused, { tag: 'path', territory: 'hokkaido' });
      await tab.waitFor(() => document.querySelector('.territory-card')?.dataset.territory === 'hokkaido', null, 'the Hokkaido card');
      await tab.press('Tab');
      const next = await tab.eval(() => document.activeElement.dataset.territory);
      assert.ok(next && next !== 'hokkaido', `Tab goes on to the next territory (${next})`);
      await tab.waitFor((t) => document.querySelector('.territory-card')?.dataset.territory === t, next, `the ${next} card`);
      const card = await tab.eval(() => {
        const c = document.querySelector('.territory-card');
        return { status: c.dataset.status, year: c.querySelector('.card-year')?.textContent, width: c.getBoundingClientRect().width };
      });
      assert.equal(card.status, requiredStatus(next, 1960));
      assert.equal(card.year, '1960');
      assert.ok(card.width > 100, 'the card is shown');
      await assertNoErrors(tab);
      await done(tab);
    });

    test('play steps through the years at the chosen speed, pauses, and stops at the end', async () => {
      const tab = await openMap(at('?year=2015&lang=en'));
      await tab.select('.play-speed select', '2');
      await tab.click('button.play');
      assert.equal(await tab.eval(() => document.querySelector('button.play').getAttribute('aria-pressed')), 'true');
      await tab.waitFor(() => Number(document.querySelector('output.year-display').dataset.year) >= 2017, null, 'playing');
      await tab.click('button.play');
      assert.equal(await tab.eval(() => document.querySelector('button.play').getAttribute('aria-pressed')), 'false');
      const paused = await year(tab);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(await year(tab), paused, 'paused');
      // Each step timed in the page: at the fast speed a year lasts 120 ms (Normal: 400 ms),
      // a year with events four times as long; the median is a plain year's.
      await tab.eval(() => {
        window.steps = [];
        new MutationObserver(() => window.steps.push(performance.now()))
          .observe(document.querySelector('output.year-display'), { attributeFilter: ['data-year'] });
      });
      await tab.click('button.play');
      const last = await tab.eval(() => Number(document.querySelector('#year-slider').getAttribute('max')));
      await tab.waitFor((l) => Number(document.querySelector('output.year-display').dataset.year) === l
        && document.querySelector('button.play').getAttribute('aria-pressed') === 'false', last, 'the end', 15_000);
      const steps = await tab.eval(() => window.steps);
      const lengths = steps.slice(1).map((t, i) => t - steps[i]).sort((a, b) => a - b);
      const median = lengths[Math.floor(lengths.length / 2)];
      assert.ok(lengths.length >= 4 && median < 260, `the fast speed was used (median ${median?.toFixed(0)} ms a year of ${lengths.length})`);
      await assertStatuses(tab, last, 'at the end:');
      await assertNoErrors(tab);
      await done(tab);
    });

    test('the single offline file works from file://', async () => {
      // Firefox reports the page's errors itself; for WebKit a copy of the file gets the
      // error collector inlined first in its head (the file allows inline scripts).
      let url = `file://${OFFLINE}`;
      let copy;
      if (name === 'webkit') {
        copy = await mkdtemp(join(tmpdir(), 'cross-offline-'));
        const html = await readFile(OFFLINE, 'utf8');
        const at = html.search(/<html[^>]*>/i) + html.match(/<html[^>]*>/i)[0].length;
        await writeFile(join(copy, 'offline.html'), `${html.slice(0, at)}<script>${ERROR_COLLECTOR}</script>${html.slice(at)}`);
        url = `file://${join(copy, 'offline.html')}`;
      }
      try {
        const tab = await openMap(`${url}?year=1946&lang=ru`);
        if (copy) assert.equal(await tab.eval(() => Array.isArray(window.__errors)), true, 'the error collector runs');
        assert.equal(await tab.eval(() => location.protocol), 'file:');
        assert.equal(await tab.eval(() => document.documentElement.lang), 'ru');
        await assertStatuses(tab, 1946, 'offline:');
        await tab.eval(() => document.querySelector('#year-slider').focus());
        await tab.press('PageUp');
        await assertStatuses(tab, 1956, 'offline, PageUp:');
        await assertNoErrors(tab);
        await done(tab);
      } finally {
        if (copy) await rm(copy, { recursive: true, force: true });
      }
    });

    test('the treaty lines are drawn in their years, and each government\'s map recolours the same map', async () => {
      const tab = await openMap(at('?year=1910&lang=en'));
      const inForce = () => tab.eval(() => Object.fromEntries([...document.querySelectorAll('svg.map [data-border]')].map((g) => {
        const r = g.querySelector('.border-stroke').getBoundingClientRect();
        return [g.dataset.border, g.dataset.inForce === 'true' && getComputedStyle(g).display !== 'none' && r.width + r.height > 0];
      })));
      assert.deepEqual(await inForce(), { 'shimoda-1855': false, 'saint-petersburg-1875': true, 'portsmouth-1905': true, 'line-of-control-1945': false });
      await tab.goto(at('?year=2000&lang=en'));
      await waitUntilLive(tab);
      assert.deepEqual(await inForce(), { 'shimoda-1855': false, 'saint-petersburg-1875': false, 'portsmouth-1905': false, 'line-of-control-1945': true });
      const shownAs = () => tab.eval(() => Object.fromEntries([...document.querySelectorAll('svg.map path[data-territory]')].map((p) => [p.dataset.territory, [p.dataset.status, p.dataset.shownAs, getComputedStyle(p).fill]])));
      await tab.click('.viewpoint-switch input[value="japan"]');
      await tab.waitFor(() => document.querySelector('.app').dataset.viewpoint === 'japan', null, 'Japan\'s map');
      let now = await shownAs();
      assert.deepEqual(now['sakhalin-south'].slice(0, 2), ['russia', 'undetermined']);
      assert.equal(now['sakhalin-south'][2], 'rgb(255, 255, 255)', 'left uncoloured');
      assert.deepEqual(now.iturup.slice(0, 2), ['disputed', 'japan']);
      assert.equal(now.iturup[2], now.hokkaido[2], 'drawn as Japan, like Hokkaido');
      await tab.click('.viewpoint-switch input[value="russia"]');
      await tab.waitFor(() => document.querySelector('.app').dataset.viewpoint === 'russia', null, 'Russia\'s map');
      now = await shownAs();
      assert.deepEqual(now.iturup.slice(0, 2), ['disputed', 'russia']);
      await tab.waitFor(() => location.search.includes('viewpoint=russia'), null, 'the address to follow');
      await assertNoErrors(tab);
      await screenshot(tab, 'viewpoint-russia-2000');
      await done(tab);
    });

    test('two years side by side: both maps, what changed, the second slider, one shared view', async () => {
      const tab = await openMap(at('?year=1905&compare=1875&lang=en'));
      const panes = await tab.eval(() => [...document.querySelectorAll('.maps > .map-pane')].filter((p) => !p.hidden).map((p) => Number(p.dataset.year)));
      assert.deepEqual(panes, [1905, 1875]);
      const second = await tab.eval(() => Object.fromEntries([...document.querySelectorAll('svg.compare-map path[data-territory]')].map((p) => [p.dataset.territory, p.dataset.status])));
      assert.equal(second['sakhalin-south'], 'russia');
      assert.deepEqual(await tab.eval(() => [...document.querySelectorAll('.changes > li')].map((li) => li.dataset.territory)), ['sakhalin-south']);
      await tab.eval(() => document.querySelector('#compare-slider').focus());
      await tab.press('ArrowLeft');
      await tab.waitFor(() => document.querySelector('.compare-pane').dataset.year === '1874', null, 'the second map at 1874');
      assert.equal(await tab.eval(() => document.querySelector('svg.compare-map path[data-territory="sakhalin-south"]').dataset.status), 'shared');
      await tab.click('.zoom-southern');
      await tab.waitFor(() => document.querySelector('svg.map').getAttribute('viewBox') === document.querySelector('svg.compare-map').getAttribute('viewBox')
        && document.querySelector('svg.map').getAttribute('viewBox') !== '0 0 10000 10511', null, 'both maps zoomed together');
      await assertNoErrors(tab);
      await screenshot(tab, 'compare-1905-1874');
      await tab.click('.compare-close');
      await tab.waitFor(() => document.querySelector('.compare-pane').hidden, null, 'the comparison closed');
      await done(tab);
    });

    test('the data downloads: the periods as CSV with a byte-order mark, and the year as GeoJSON', async () => {
      const tab = await openMap(at('?year=1946&lang=ja'));
      await tab.click('[data-download="csv"][data-file="periods"]');
      const csv = await downloaded(tab, 'hokkaido-sakhalin-kurils-periods-ja.csv');
      assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
      const text = csv.toString('utf8');
      assert.ok(text.includes('territory,name,from,to,status,status_label,holder,sources,map\r\n'), 'the header row');
      assert.ok(text.includes('択捉島'), 'Japanese names');
      await tab.click('[data-download="geojson"]');
      const geojson = JSON.parse((await downloaded(tab, 'hokkaido-sakhalin-kurils-1946.geojson')).toString('utf8'));
      assert.equal(geojson.features.length, 8);
      assert.equal(geojson.features.find((f) => f.id === 'iturup').properties.status, 'disputed');
      await assertNoErrors(tab);
      await done(tab);
    });

    test('on a 360 × 740 phone the page fits its width and the slider is large enough for a thumb', async () => {
      const tab = await openMap(at('?lang=en&year=1905'), { width: 360, height: 740 });
      assert.deepEqual(await tab.eval(() => [innerWidth, innerHeight]), [360, 740]);
      assert.equal(await tab.eval(() => document.documentElement.scrollWidth <= 360), true, 'no sideways scrolling');
      const slider = await box(tab, '#year-slider');
      assert.ok(slider.height >= 40 && slider.width >= 300, `the slider: ${JSON.stringify(slider)}`);
      await assertStatuses(tab, 1905, 'phone:');
      await assertNoErrors(tab);
      await screenshot(tab, 'phone-360x740');
      await done(tab);
    });
  });
}
