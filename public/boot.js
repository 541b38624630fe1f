// Starts the live page without an inline script, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'). The
// served HTML already shows the map; the wasm takes it over (src/live/). If
// the browser has no WebAssembly, or the app cannot start, it says so on the
// page (the messages are in index.html, in three languages) and the page stays
// as served, at its first year.
import init, { simulate_panic } from './kurils-map.js';

const show = (id, error) => {
  document.getElementById(id)?.removeAttribute('hidden');
  // What lang.js hid until the live page applied the address: shown as served.
  document.documentElement.classList.remove('pending');
  if (error) console.error('The map could not start:', error);
};

// After a panic (see src/live/crash.rs) the wasm traps; the panic is already logged
// and explained on the page, so its trap is not reported a second time.
for (const type of ['error', 'unhandledrejection']) {
  addEventListener(type, (event) => { if (globalThis.__kurilsCrashed) event.preventDefault(); });
}

if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  show('no-wasm');
} else {
  try {
    const exports = await init({ module_or_path: new URL('./kurils-map_bg.wasm', import.meta.url) });
    // Read-only diagnostics for the benchmark and the tests.
    globalThis.kurilsMap = Object.freeze({
      wasmMemoryBytes: () => exports.memory.buffer.byteLength,
      simulatePanic: simulate_panic,
    });
  } catch (error) {
    if (!globalThis.__kurilsCrashed) show('start-failed', error);
  }
}
