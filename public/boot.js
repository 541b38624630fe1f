// Loads the app without an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
import init from './kurils-map.js';

init({ module_or_path: new URL('./kurils-map_bg.wasm', import.meta.url) });
