// Starts the analysis worker from the app's own files (no blob: URL), so the
// Content-Security-Policy can keep worker-src to 'self'. In the single-file
// edition (scripts/single-file.mjs) this runs from a blob: URL after the
// glue, with the wasm's bytes in self.parallaxWasm, and fetches nothing.
if (typeof wasm_bindgen === 'undefined') importScripts('./worker.js');
wasm_bindgen({ module_or_path: self.parallaxWasm ?? './worker_bg.wasm' });
