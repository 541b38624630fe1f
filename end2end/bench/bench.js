// The performance benchmark (`make bench`): the release build and a bare page
// holding only a range input, served on 127.0.0.1 and driven in headless
// Chromium in one sitting. Prints one JSON object and a table; writes the
// JSON to end2end/artifacts/bench.json. Not part of the test command: it
// measures, it does not judge, and this machine is noisy (repeat, use medians).
import { writeFile, mkdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { serve } from '../tests/fixtures/server.js';
import { launch, ARTIFACTS } from '../tests/fixtures/app.js';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const STEPS = Number(process.env.BENCH_STEPS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 10000);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

const PAGES = {
  app: { path: '', ready: "svg.map path[data-territory][data-status]", count: 8 },
  bare: { path: 'bare.html', ready: '#year-slider', count: 1 },
};

// Installed before any page script: records when the page is ready (every
// territory drawn, then one animation frame), and the next-paint latency of
// every keydown on the slider.
function probe({ ready, count }) {
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

async function open(browser, origin, name) {
  const page_ = PAGES[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(probe, { ready: page_.ready, count: page_.count });
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(`${origin}/${page_.path}`);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30000 });
  const readyMs = await page.evaluate(() => window.__readyAt);
  return { context, page, cdp, readyMs, responses };
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
  // Two servers on loopback: the release build, and the baseline page.
  const app = await serve({ root: dist });
  const base = await serve({ root: bare });
  const origins = { app: app.origin, bare: base.origin };
  const browser = await launch();
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: round(totalmem() / 2 ** 30, 1), chromium: browser.version() },
    settings: { loads: LOADS, steps: STEPS, rounds: ROUNDS, changes: CHANGES },
  };

  // Transfer: every file one fresh load of the app fetches.
  {
    const { context, responses } = await open(browser, origins.app, 'app');
    const files = [];
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      files.push({ file: new URL(r.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    }
    await context.close();
    result.transfer = { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  }

  // Load → ready, fresh contexts, cache off; the two pages interleaved.
  const loads = { app: [], bare: [] };
  for (let i = 0; i < LOADS; i += 1) {
    for (const name of ['bare', 'app']) {
      const { context, readyMs } = await open(browser, origins[name], name);
      loads[name].push(readyMs);
      await context.close();
    }
  }
  result.loadReadyMs = Object.fromEntries(Object.entries(loads).map(([k, v]) => [k, { median: round(median(v)), all: v.map((x) => round(x)) }]));

  // Slider steps and a drag, interleaved rounds.
  const runs = { app: [], bare: [] };
  const frames = { app: [], bare: [] };
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const name of ['bare', 'app']) {
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
  result.step = { app: summary(runs.app), bare: summary(runs.bare) };
  result.step.aboveBareMs = round(result.step.app.taskMs - result.step.bare.taskMs, 3);
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
  await app.close();
  await base.close();

  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(resolve(ARTIFACTS, 'bench.json'), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result));
  const kb = (b) => `${round(b / 1024, 1)} KB`;
  console.table({
    'load → ready (median ms)': { app: result.loadReadyMs.app.median, bare: result.loadReadyMs.bare.median },
    'main thread per step (ms)': { app: result.step.app.taskMs, bare: result.step.bare.taskMs },
    '  of which script / style / layout': { app: `${result.step.app.scriptMs} / ${result.step.app.styleMs} / ${result.step.app.layoutMs}`, bare: `${result.step.bare.scriptMs} / ${result.step.bare.styleMs} / ${result.step.bare.layoutMs}` },
    'next paint p50 / p95 / max (ms)': { app: `${result.step.app.paintP50} / ${result.step.app.paintP95} / ${result.step.app.paintMax}`, bare: `${result.step.bare.paintP50} / ${result.step.bare.paintP95} / ${result.step.bare.paintMax}` },
    'drag frames over 16.7 ms': { app: `${result.drag.app.over16_7ms} of ${result.drag.app.frames} (max ${result.drag.app.maxMs})`, bare: `${result.drag.bare.over16_7ms} of ${result.drag.bare.frames} (max ${result.drag.bare.maxMs})` },
    [`memory growth after ${CHANGES} changes`]: { app: `JS ${kb(result.memory.jsHeapGrowth)}, wasm ${kb(result.memory.wasmGrowth)}`, bare: '' },
    'transfer (gzip)': { app: kb(result.transfer.gzip), bare: '' },
  });
  console.table(Object.fromEntries(result.transfer.files.map((f) => [f.file, { raw: f.raw, gzip: f.gzip }])));
}

await main();
