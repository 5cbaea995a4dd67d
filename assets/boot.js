// Loads the app. Kept in a file, not inline, so the Content-Security-Policy
// can forbid inline script: the page runs only its own files.
const tag = document.querySelector('script[data-parallax-js]');
const bindings = await import(tag.dataset.parallaxJs);
await bindings.default({ module_or_path: tag.dataset.parallaxWasm });
// Benchmarks and tests reach the app's exported hooks here.
window.wasmBindings = bindings;
