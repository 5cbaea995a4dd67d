// The single-file edition's loader (parallax.html). scripts/single-file.mjs
// puts it in the page's one classic inline script, after the page's glue,
// which it made a script that sets `parallaxBindings`; boot.js, the page's
// inline module script, then starts the app from what this hands over.
// Not copied to dist/ on its own.
//
// Opened from a file, the browser fetches nothing of the app's: the page's
// wasm and both workers' code are text in the page (base64 for the wasm),
// in elements that are data, not scripts (type="text/plain"). The workers
// start from blob: URLs of that text.
(() => {
  const text = (id) => document.getElementById(id).textContent;

  /** The bytes of the base64 `data`. */
  const bytes = (data) => {
    const binary = atob(data);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  };

  window.parallaxInline = { bindings: parallaxBindings, wasm: () => bytes(text('parallax-wasm')) };

  // The page starts its workers by the loaders' names, as the served
  // edition does (src/hooks/use_worker.rs, src/storage.rs); here each name
  // stands for the worker's code in the page, made a blob: URL once.
  const sources = { './worker-loader.js': 'parallax-worker', './store-loader.js': 'parallax-store' };
  const urls = new Map();
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url, options) {
      const id = sources[url];
      if (id && !urls.has(id)) urls.set(id, URL.createObjectURL(new Blob([text(id)], { type: 'text/javascript' })));
      super(id ? urls.get(id) : url, options);
    }
  };
})();
