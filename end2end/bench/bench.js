// The performance benchmark (`make bench`): the release build and three
// pages to read it against, served on 127.0.0.1 and driven in headless
// Chromium in one sitting, interleaved:
//   app        the release build (dist/): the served page, then the live wasm;
//   app-en     the same page with only its English text: the "three documents,
//              one language each" design, measured beside the one chosen;
//   static     the served page with the wasm replaced by a dozen lines of plain
//              JavaScript recolouring the paths (statuses recorded from the app):
//              the floor for the same job;
//   leaflet    the same job as a plain Leaflet 1.9 page: the same coastlines
//              (GeoJSON), statuses (recorded from the app) and 20 event
//              markers, recoloured on every slider move: what a teacher could
//              pick instead;
//   bare       a page holding only a range input.
// Prints one JSON object and a table; writes the JSON to
// end2end/artifacts/bench.json. Not part of the test command: it measures, it
// does not judge, and this machine is noisy (repeat, use medians).
import { writeFile, mkdir, mkdtemp, readFile, copyFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../tests/fixtures/server.js';
import { launch, ARTIFACTS, TERRITORIES } from '../tests/fixtures/app.js';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const STEPS = Number(process.env.BENCH_STEPS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 10000);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

const PAGES = {
  app: { path: '', ready: '.app[data-app="live"]', count: 1 },
  'app-en': { path: '', ready: '.app[data-app="live"]', count: 1 },
  static: { path: '', ready: 'svg.map path[data-territory]', count: 8 },
  leaflet: { path: '', ready: 'svg.map path[data-territory]', count: 8 },
  bare: { path: 'bare.html', ready: '#year-slider', count: 1 },
};
const NAMES = Object.keys(PAGES);

// Installed before any page script: records when the page is ready (its
// script has taken over, then one animation frame), when it is interactive (a
// scripted slider move, tried every frame from DOMContentLoaded on, first
// changes a territory's data-status), and the next-paint latency of every
// keydown on the slider.
function probe({ ready, count }) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__fcpAt = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    const tryMove = () => {
      const slider = document.getElementById('year-slider');
      const south = document.querySelector('svg.map path[data-territory="sakhalin-south"]');
      if (!south) return; // the bare page has no map
      if (south.dataset.status === 'japan') {
        window.__interactiveAt = performance.now();
        return;
      }
      slider.value = '1905';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      if (south.dataset.status === 'japan') window.__interactiveAt = performance.now();
      else requestAnimationFrame(tryMove);
    };
    if (new URLSearchParams(location.search).has('interactive')) tryMove();
  });
  const mark = () => {
    if (document.querySelectorAll(ready).length >= count) {
      requestAnimationFrame(() => { window.__readyAt = performance.now(); });
    } else {
      requestAnimationFrame(mark);
    }
  };
  requestAnimationFrame(mark);
  window.__paint = [];
  addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      // After the frame's paint: a message posted from the rAF callback runs once it is done.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__paint.push(performance.now() - t0);
      channel.port2.postMessage(0);
    });
  }, true);
  window.__frames = [];
  window.__recordFrames = (on) => {
    window.__recording = on;
    if (!on) return;
    let last = null;
    const tick = (t) => {
      if (last !== null) window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
}

async function open(browser, origin, name, { interactive = false } = {}) {
  const page_ = PAGES[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(probe, { ready: page_.ready, count: page_.count });
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(`${origin}/${page_.path}${interactive ? '?interactive' : ''}`);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30000 });
  if (interactive && name !== 'bare') {
    await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 30000 });
  }
  const readyMs = await page.evaluate(() => window.__readyAt);
  // The first paint may come after the page's script is ready (a page with no script to wait for).
  await page.waitForFunction(() => window.__fcpAt !== undefined, null, { timeout: 10000 }).catch(() => {});
  const fcpMs = await page.evaluate(() => window.__fcpAt ?? null);
  const interactiveMs = await page.evaluate(() => window.__interactiveAt ?? null);
  return { context, page, cdp, readyMs, fcpMs, interactiveMs, responses };
}

/** The status of every territory in every year, read off the app: the static copy's table. */
async function statusTable(browser, origin) {
  const { context, page } = await open(browser, origin, 'app');
  const table = await page.evaluate((ids) => {
    const slider = document.getElementById('year-slider');
    const rows = {};
    for (let y = Number(slider.min); y <= Number(slider.max); y += 1) {
      slider.value = String(y);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      rows[y] = ids.map((id) => document.querySelector(`svg.map path[data-territory="${id}"]`).dataset.status);
    }
    return rows;
  }, TERRITORIES);
  await context.close();
  return table;
}

/** The static copy: the served page, the wasm replaced by plain JavaScript. */
async function makeStaticCopy(dist, table) {
  const dir = await mkdtemp(join(tmpdir(), 'kurils-static-'));
  const html = (await readFile(join(dist, 'index.html'), 'utf8'))
    .replace(/<link[^>]*rel=(?:"?modulepreload"?|"?preload"?)[^>]*>/g, '')
    .replace(/<script[^>]*boot\.js[^>]*><\/script>/, '<script src="./static-copy.js" defer></script>');
  await writeFile(join(dir, 'index.html'), html);
  for (const file of ['app.css', 'lang.js']) await copyFile(join(dist, file), join(dir, file));
  await writeFile(join(dir, 'static-copy.js'), `// The floor: the served page recoloured by plain JavaScript.
const statuses = ${JSON.stringify(table)};
const paths = ${JSON.stringify(TERRITORIES)}.map((id) => document.querySelector(\`svg.map path[data-territory="\${id}"]\`));
const output = document.querySelector('output.year-display');
document.getElementById('year-slider').addEventListener('input', (e) => {
  const row = statuses[e.target.value];
  paths.forEach((path, i) => { if (path.dataset.status !== row[i]) path.dataset.status = row[i]; });
  output.textContent = e.target.value;
  output.dataset.year = e.target.value;
});
`);
  return dir;
}

/** A plain Leaflet page doing the same job (see the top of this file). */
async function makeLeaflet(table) {
  const dir = await mkdtemp(join(tmpdir(), 'kurils-leaflet-'));
  const modules = resolve(import.meta.dirname, '../node_modules/leaflet/dist');
  for (const file of ['leaflet.js', 'leaflet.css']) await copyFile(join(modules, file), join(dir, file));
  const geo = resolve(import.meta.dirname, '../../geo');
  const territories = JSON.parse(await readFile(join(geo, 'territories.geojson'), 'utf8'));
  const context = JSON.parse(await readFile(join(geo, 'context.geojson'), 'utf8'));
  const events = [...(await readFile(join(geo, 'history/events.toml'), 'utf8')).matchAll(/^date = "(\d{4})[^"]*"[\s\S]*?^at = \[([\d.]+), ([\d.]+)\]/gm)]
    .slice(0, 20).map((m) => ({ year: Number(m[1]), at: [Number(m[3]), Number(m[2])] }));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Leaflet: who held each territory</title><link rel="stylesheet" href="./leaflet.css">
<style>#map{height:700px;max-width:900px} .year-display{font:700 2rem sans-serif}</style></head><body>
<div id="map"></div><output class="year-display" data-year="1855">1855</output>
<input id="year-slider" type="range" min="1855" max="${Math.max(...Object.keys(table).map(Number))}" step="1" value="1855" style="width:900px">
<script src="./leaflet.js"></script><script src="./page.js"></script></body></html>`);
  await writeFile(join(dir, 'page.js'), `const territories = ${JSON.stringify(territories)};
const context = ${JSON.stringify(context)};
const statuses = ${JSON.stringify(table)};
const events = ${JSON.stringify(events)};
const ids = ${JSON.stringify(TERRITORIES)};
const fills = { japan: '#f4a582', russia: '#92c5de', shared: '#c9b3b0', 'occupied-by-japan': '#c4432f', 'occupied-by-ussr': '#2166ac', disputed: '#7fa7c9' };
const map = L.map('map', { preferCanvas: false }).setView([48, 148], 5);
L.geoJSON(context, { style: { color: '#8c8a82', weight: 1, fillColor: '#ecebe6', fillOpacity: 1 } }).addTo(map);
const layers = {};
L.geoJSON(territories, { style: { color: '#3b3a35', weight: 1, fillOpacity: 1 }, onEachFeature: (f, layer) => { layers[f.id] = layer; } }).addTo(map);
map.getPanes().overlayPane.querySelector('svg').classList.add('map');
const markers = events.map((e) => ({ year: e.year, marker: L.circleMarker(e.at, { radius: 6, color: '#1d2430' }) }));
const output = document.querySelector('output.year-display');
function show(year) {
  statuses[year].forEach((status, i) => {
    const layer = layers[ids[i]];
    const path = layer.getElement();
    path.dataset.territory = ids[i];
    if (path.dataset.status !== status) { path.dataset.status = status; layer.setStyle({ fillColor: fills[status] }); }
  });
  for (const { year: y, marker } of markers) { if (y <= year) marker.addTo(map); else marker.remove(); }
  output.textContent = year;
  output.dataset.year = year;
}
show(1855);
document.getElementById('year-slider').addEventListener('input', (e) => show(Number(e.target.value)));
`);
  return dir;
}

/** The app with one language's text: the served page stripped of Japanese and Russian. */
async function makeEnglishOnly(dist) {
  const dir = await mkdtemp(join(tmpdir(), 'kurils-en-'));
  for (const file of await readdir(dist)) {
    if (file.endsWith('.html') && file !== 'index.html') continue;
    await copyFile(join(dist, file), join(dir, file)).catch(() => {});
  }
  const html = (await readFile(join(dist, 'index.html'), 'utf8'))
    // Leptos writes `lang` before `class`; a span's own spans (a slot) are kept inside it.
    .replace(/<(t?span) lang="(?:ja|ru)" class="l">(?:<span[^>]*>[^<]*<\/span>|(?!<\/\1>)[\s\S])*?<\/\1>/g, '');
  await writeFile(join(dir, 'index.html'), html);
  return dir;
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Presses arrow keys on the focused slider, checking each press moved the year. */
async function steps(page, cdp, n) {
  const slider = page.locator('#year-slider');
  await slider.focus();
  await page.keyboard.press('Home');
  const min = Number(await slider.getAttribute('min'));
  const max = Number(await slider.getAttribute('max'));
  await page.evaluate(() => { window.__paint = []; });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics(cdp);
  let year = min;
  let direction = 1;
  for (let i = 0; i < n; i += 1) {
    if (year + direction > max || year + direction < min) direction = -direction;
    await page.keyboard.press(direction > 0 ? 'ArrowRight' : 'ArrowLeft');
    year += direction;
    const shown = await page.evaluate(() => Number(document.querySelector('output.year-display').dataset.year));
    if (shown !== year) throw new Error(`step ${i}: expected ${year}, the page shows ${shown}`);
  }
  const after = await metrics(cdp);
  await cdp.send('Performance.disable');
  await page.waitForTimeout(100);
  const paint = await page.evaluate(() => window.__paint);
  const per = (key) => ((after[key] - before[key]) * 1000) / n;
  return {
    taskMs: per('TaskDuration'),
    scriptMs: per('ScriptDuration'),
    styleMs: per('RecalcStyleDuration'),
    layoutMs: per('LayoutDuration'),
    paint,
  };
}

/** A mouse drag across the whole slider; returns the animation-frame intervals seen meanwhile. */
async function drag(page) {
  const box = await page.locator('#year-slider').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  await page.evaluate(() => { window.__frames = []; window.__recordFrames(true); });
  for (let i = 0; i <= 120; i += 1) {
    await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 120, y);
  }
  await page.mouse.up();
  await page.waitForTimeout(50);
  return page.evaluate(() => { window.__recordFrames(false); return window.__frames; });
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.enable');
  const read = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => globalThis.kurilsMap?.wasmMemoryBytes() ?? 0);
    return { jsHeap: heap.usedSize, wasm };
  };
  const before = await read();
  await page.evaluate(async (n) => {
    const slider = document.getElementById('year-slider');
    const min = Number(slider.min);
    const span = Number(slider.max) - min + 1;
    for (let i = 0; i < n; i += 1) {
      slider.value = String(min + ((i * 37) % span));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 500 === 0) await new Promise(requestAnimationFrame);
    }
  }, CHANGES);
  const after = await read();
  return { before, after, jsHeapGrowth: after.jsHeap - before.jsHeap, wasmGrowth: after.wasm - before.wasm };
}

async function main() {
  const dist = resolve(import.meta.dirname, '../../dist');
  const bare = resolve(import.meta.dirname);
  const browser = await launch();
  const app = await serve({ root: dist });
  const table = await statusTable(browser, app.origin);
  const servers = {
    app,
    'app-en': await serve({ root: await makeEnglishOnly(dist) }),
    static: await serve({ root: await makeStaticCopy(dist, table) }),
    // Leaflet sets style attributes: served without the strict CSP.
    leaflet: await serve({ root: await makeLeaflet(table), csp: null }),
    bare: await serve({ root: bare }),
  };
  const origins = Object.fromEntries(Object.entries(servers).map(([k, v]) => [k, v.origin]));
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: round(totalmem() / 2 ** 30, 1), chromium: browser.version() },
    settings: { loads: LOADS, steps: STEPS, rounds: ROUNDS, changes: CHANGES },
  };

  // Transfer: every file one fresh load of each page fetches.
  result.transfer = {};
  for (const name of NAMES) {
    const { context, responses } = await open(browser, origins[name], name);
    const files = [];
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      files.push({ file: new URL(r.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    await context.close();
    result.transfer[name] = { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  }

  // First paint, ready and interactive: fresh contexts, cache off, the pages interleaved.
  const loads = Object.fromEntries(NAMES.map((n) => [n, { ready: [], fcp: [], interactive: [] }]));
  for (let i = 0; i < LOADS; i += 1) {
    for (const name of NAMES) {
      const plain = await open(browser, origins[name], name);
      loads[name].ready.push(plain.readyMs);
      loads[name].fcp.push(plain.fcpMs);
      await plain.context.close();
      const moved = await open(browser, origins[name], name, { interactive: true });
      if (moved.interactiveMs !== null) loads[name].interactive.push(moved.interactiveMs);
      await moved.context.close();
    }
  }
  const stat = (v) => (v.length ? { median: round(median(v)), all: v.map((x) => round(x)) } : null);
  result.loadReadyMs = Object.fromEntries(NAMES.map((n) => [n, stat(loads[n].ready)]));
  result.firstContentfulPaintMs = Object.fromEntries(NAMES.map((n) => [n, stat(loads[n].fcp.filter((x) => x !== null))]));
  result.interactiveMs = Object.fromEntries(NAMES.filter((n) => n !== 'bare').map((n) => [n, stat(loads[n].interactive)]));

  // Slider steps and a drag, interleaved rounds.
  const runs = Object.fromEntries(NAMES.map((n) => [n, []]));
  const frames = Object.fromEntries(NAMES.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const name of NAMES) {
      const { context, page, cdp } = await open(browser, origins[name], name);
      runs[name].push(await steps(page, cdp, STEPS));
      frames[name].push(...(await drag(page)));
      await context.close();
    }
  }
  const summary = (list) => {
    const paint = list.flatMap((r) => r.paint);
    return {
      taskMs: round(median(list.map((r) => r.taskMs)), 3),
      scriptMs: round(median(list.map((r) => r.scriptMs)), 3),
      styleMs: round(median(list.map((r) => r.styleMs)), 3),
      layoutMs: round(median(list.map((r) => r.layoutMs)), 3),
      paintP50: round(quantile(paint, 0.5)),
      paintP95: round(quantile(paint, 0.95)),
      paintMax: round(Math.max(...paint)),
    };
  };
  result.step = Object.fromEntries(NAMES.map((n) => [n, summary(runs[n])]));
  result.step.aboveBareMs = Object.fromEntries(NAMES.filter((n) => n !== 'bare').map((n) => [n, round(result.step[n].taskMs - result.step.bare.taskMs, 3)]));
  result.drag = Object.fromEntries(Object.entries(frames).map(([k, v]) => [k, {
    frames: v.length, over16_7ms: v.filter((d) => d > 16.7 + 1.5).length, maxMs: round(Math.max(...v)),
  }]));

  // Memory across many year changes.
  {
    const { context, page, cdp } = await open(browser, origins.app, 'app');
    result.memory = await memory(page, cdp);
    await context.close();
  }

  await browser.close();
  for (const server of Object.values(servers)) await server.close();

  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(resolve(ARTIFACTS, 'bench.json'), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result));
  const kb = (b) => `${round(b / 1024, 1)} KB`;
  const row = (f) => Object.fromEntries(NAMES.map((n) => [n, f(n)]));
  const ratio = (a, b) => (a && b ? `${round(a / b, 2)}×` : '');
  console.table({
    'first contentful paint (median ms)': row((n) => result.firstContentfulPaintMs[n]?.median ?? ''),
    '  ÷ the static copy\'s': row((n) => ratio(result.firstContentfulPaintMs[n]?.median, result.firstContentfulPaintMs.static?.median)),
    'interactive (median ms)': row((n) => result.interactiveMs[n]?.median ?? ''),
    '  ÷ the static copy\'s ': row((n) => ratio(result.interactiveMs[n]?.median, result.interactiveMs.static?.median)),
    'load → ready (median ms)': row((n) => result.loadReadyMs[n]?.median ?? ''),
    'main thread per step (ms)': row((n) => result.step[n].taskMs),
    '  above the bare page (ms)': row((n) => result.step.aboveBareMs[n] ?? ''),
    '  script / style / layout': row((n) => `${result.step[n].scriptMs} / ${result.step[n].styleMs} / ${result.step[n].layoutMs}`),
    'next paint p50 / p95 / max (ms)': row((n) => `${result.step[n].paintP50} / ${result.step[n].paintP95} / ${result.step[n].paintMax}`),
    'drag frames over 16.7 ms': row((n) => `${result.drag[n].over16_7ms} of ${result.drag[n].frames} (max ${result.drag[n].maxMs})`),
    [`memory growth after ${CHANGES} changes`]: row((n) => (n === 'app' ? `JS ${kb(result.memory.jsHeapGrowth)}, wasm ${kb(result.memory.wasmGrowth)}` : '')),
    'transfer (gzip)': row((n) => kb(result.transfer[n].gzip)),
  });
  console.table(Object.fromEntries(result.transfer.app.files.map((f) => [f.file, { raw: f.raw, gzip: f.gzip }])));
}

await main();
