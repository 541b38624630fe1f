// Loads the app without an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
import init from './kurils-map.js';

const exports = await init({ module_or_path: new URL('./kurils-map_bg.wasm', import.meta.url) });

// Read-only diagnostics for the benchmark and the soak test: how much memory the wasm holds.
globalThis.kurilsMap = Object.freeze({ wasmMemoryBytes: () => exports.memory.buffer.byteLength });
