// Starts the storage worker (crates/store) from the app's own files (no
// blob: URL), so the Content-Security-Policy can keep worker-src to 'self'.
// The page's messages that arrive while the wasm loads are kept, and handed
// to the worker's own handler once it has set it.
const early = [];
self.onmessage = (event) => early.push(event.data);
importScripts('./store.js');
wasm_bindgen({ module_or_path: './store_bg.wasm' }).then(() => {
  for (const data of early) self.onmessage(new MessageEvent('message', { data }));
});
