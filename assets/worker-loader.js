// Starts the analysis worker from the app's own files (no blob: URL), so the
// Content-Security-Policy can keep worker-src to 'self'.
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' });
