// Makes the whole app one self-contained HTML file that works when opened
// from disk (file://) with no server and no network: for a classroom without
// internet, or a USB stick. The stylesheet, the scripts and the wasm (as
// base64) are inlined into a copy of dist/index.html (the served page, with
// its three languages, as the prerender wrote it).
//
//   node scripts/single-file.mjs [dist] [output]
//   (make build runs it; the file is dist/hokkaido-sakhalin-kurils-offline.html)
import { readFile, writeFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const output = resolve(process.argv[3] ?? join(dist, 'hokkaido-sakhalin-kurils-offline.html'));

const read = (name, encoding) => readFile(join(dist, name), encoding);
const [html, css, glue, bootJs, langJs, wasm] = await Promise.all([
  read('index.html', 'utf8'),
  read('app.css', 'utf8'),
  read('kurils-map.js', 'utf8'),
  read('boot.js', 'utf8'),
  read('lang.js', 'utf8'),
  read('kurils-map_bg.wasm'),
]);
if (!html.includes('data-app="static"')) throw new Error('dist/index.html holds no prerendered page: run make build');

// wasm-bindgen's glue names its loader __wbg_init (and exports it as default);
// the inline module calls it with the wasm's bytes instead of a URL.
if (!/async function __wbg_init\b/.test(glue)) {
  throw new Error('kurils-map.js has no __wbg_init: has wasm-bindgen changed its glue?');
}
const safe = (text) => text.replaceAll('</script', '<\\/script').replaceAll('</style', '<\\/style');

// boot.js itself, with its import of the glue replaced by the glue, and the
// wasm's URL by its bytes: the same start-up, error handling and diagnostics.
const IMPORT = "import init, { simulate_panic } from './kurils-map.js';";
const WASM_URL = "new URL('./kurils-map_bg.wasm', import.meta.url)";
if (!bootJs.includes(IMPORT) || !bootJs.includes(WASM_URL)) throw new Error('boot.js has changed: update scripts/single-file.mjs');
const bytes = `Uint8Array.from(atob(${JSON.stringify(wasm.toString('base64'))}), (c) => c.charCodeAt(0))`;
const boot = `${safe(glue)}
// --- single file: boot.js follows, loading the wasm from the bytes inlined here ---
const init = __wbg_init;
${safe(bootJs.replace(IMPORT, '').replace(WASM_URL, bytes))}`;

let page = html
  // Trunk's own markers and the preloads/links to separate files go; inline copies replace
  // them. (The icon is already a data: URL in index.html.)
  .replace(/<link[^>]*data-trunk[^>]*>/g, '')
  .replace(/<link[^>]*rel=(?:"?modulepreload"?|"?preload"?)[^>]*>/g, '')
  .replace(/<link[^>]*rel="?stylesheet"?[^>]*>/g, `<style>${safe(css)}</style>`)
  .replace(/<script[^>]*lang\.js[^>]*><\/script>/, () => `<script>${safe(langJs)}</script>`)
  .replace(/<script[^>]*boot\.js[^>]*><\/script>/, () => `<script type="module">${boot}</script>`);

if (!page.includes('const init = __wbg_init;')) throw new Error('index.html has no boot.js script to replace');
if (!page.includes('const spoken =')) throw new Error('index.html has no lang.js script to replace');
if (/<link[^>]*href=["']?\.\//.test(page) || /src=["']?\.\//.test(page)) throw new Error('a link to a separate file is left in the single file');
await writeFile(output, page);
console.log(`wrote ${output} (${(page.length / 1024).toFixed(0)} KB)`);
