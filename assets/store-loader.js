// Starts the storage worker (crates/store) from the app's own files (no
// blob: URL), so the Content-Security-Policy can keep worker-src to 'self'.
// In the single-file edition (scripts/single-file.mjs) this runs from a
// blob: URL after the glue, with the wasm's bytes in self.parallaxWasm.
// The page's messages that arrive while the wasm loads are kept, and handed
// to the worker's own handler once it has set it.
const early = [];
self.onmessage = (event) => early.push(event.data);
if (typeof wasm_bindgen === 'undefined') importScripts('./store.js');
wasm_bindgen({ module_or_path: self.parallaxWasm ?? './store_bg.wasm' }).then(() => {
  for (const data of early) self.onmessage(new MessageEvent('message', { data }));
});
