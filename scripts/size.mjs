// The price of each part of the page (`make size`, run by `make bench`).
//
// The wasm holds only the live parts; each is a `part!("name", …)` in
// src/live/mod.rs. This builds the wasm once whole and once without each part
// (KURILS_LIVE_WITHOUT=<name>: the part's code is not compiled in), through the
// same pipeline as the release (wasm-bindgen, then wasm-opt with index.html's
// settings), and reports the gzipped size of the wasm and its JavaScript glue
// with and without it. The static parts cost no wasm: what they cost is served
// HTML, reported per section of dist/index.html (which `make build` wrote).
// Writes end2end/artifacts/size.json.
//
//   node scripts/size.mjs [part …]   (default: every part)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'target/size');
const out = resolve(target, 'out');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const mod = readFileSync(resolve(root, 'src/live/mod.rs'), 'utf8');
const allParts = [...mod.matchAll(/part!\("([a-z-]+)"/g)].map((m) => m[1]);
const parts = process.argv.slice(2).length ? process.argv.slice(2) : allParts;
for (const part of parts) if (!allParts.includes(part)) throw new Error(`no part "${part}" in src/live/mod.rs (parts: ${allParts.join(', ')})`);

// wasm-opt as the release runs it (index.html's data-wasm-opt and its params).
const index = readFileSync(resolve(root, 'index.html'), 'utf8');
const level = index.match(/data-wasm-opt="(\w+)"/)?.[1] ?? 'z';
const params = (index.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);

function build(without) {
  execFileSync('cargo', ['build', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'kurils-map'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CARGO_TARGET_DIR: target, KURILS_LIVE_WITHOUT: without },
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, resolve(target, 'wasm32-unknown-unknown/release/kurils-map.wasm')]);
  execFileSync('wasm-opt', [`-O${level}`, ...params, resolve(out, 'kurils-map_bg.wasm'), '-o', resolve(out, 'opt.wasm')]);
  return { wasm: gz(readFileSync(resolve(out, 'opt.wasm'))), js: gz(readFileSync(resolve(out, 'kurils-map.js'))) };
}

console.log(`building the wasm whole and without each of ${parts.length} parts (about half a minute each)…`);
const whole = build('');
const rows = [];
for (const part of parts) {
  const without = build(part);
  rows.push({ part, wasm: whole.wasm - without.wasm, js: whole.js - without.js });
  console.log(`  ${part}: ${kb(whole.wasm - without.wasm)} KB wasm, ${kb(whole.js - without.js)} KB JS`);
}
const none = build(allParts.join(','));

// The served HTML, by section: what the static parts cost instead.
let html = '';
try { html = readFileSync(resolve(root, 'dist/index.html'), 'utf8'); } catch { /* no build yet */ }
const sections = [
  ['map (SVG: paths, labels, markers)', /<svg viewBox="[^"]*" preserveAspectRatio[^>]*class="map">[\s\S]*?<\/svg>/],
  ['legend', /<section aria-labelledby="legend-title"[\s\S]*?<\/section>/],
  ['event texts and sources', /<section class="event-detail">[\s\S]*?<\/section>/],
  ['event list', /<section aria-labelledby="events-title"[\s\S]*?<\/section>/],
  ['history strip', /<section aria-labelledby="strip-title"[\s\S]*?<\/section>/],
  ['territory cards (template)', /<template id="territory-cards">[\s\S]*?<\/template>/],
  ['announcements (template)', /<template id="announcements">[\s\S]*?<\/template>/],
];
const htmlTotal = html ? gz(Buffer.from(html)) : 0;
const htmlRows = sections.map(([name, pattern]) => {
  const rest = html.replace(pattern, '');
  return { section: name, gzip: htmlTotal - gz(Buffer.from(rest)) };
});

const report = {
  date: new Date().toISOString(),
  wasm: { whole: whole.wasm, js: whole.js, base: none.wasm, baseJs: none.js, parts: rows },
  html: { whole: htmlTotal, sections: htmlRows },
};
mkdirSync(resolve(root, 'end2end/artifacts'), { recursive: true });
writeFileSync(resolve(root, 'end2end/artifacts/size.json'), JSON.stringify(report, null, 2));

console.log(`\nThe wasm, gzipped: ${kb(whole.wasm)} KB (its JavaScript glue ${kb(whole.js)} KB).`);
console.log(`With no live part at all (state, data, address reading, crash message): ${kb(none.wasm)} KB (glue ${kb(none.js)} KB).`);
console.table(Object.fromEntries(rows.map((r) => [r.part, { 'wasm KB': kb(r.wasm), 'JS KB': kb(r.js) }])));
if (html) {
  console.log(`The served HTML, gzipped: ${kb(htmlTotal)} KB; static parts cost HTML, not wasm:`);
  console.table(Object.fromEntries(htmlRows.map((r) => [r.section, { 'HTML KB': kb(r.gzip) }])));
}
