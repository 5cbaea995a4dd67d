// Loads the app. Kept in a file, not inline, so the Content-Security-Policy
// can forbid inline script: the page runs only its own files.
const tag = document.querySelector('script[data-parallax-js]');
let bindings;

// A panic stops the wasm with a trap (a WebAssembly.RuntimeError) that
// surfaces from whichever event, promise or start-up step was running; the
// app's error panel then offers a way on (src/fatal.rs). Listening before
// the start also catches a panic in the first render.
const onTrap = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError) || !bindings) return;
  try {
    bindings.show_fatal_panel();
  } catch {
    // The wasm stopped before it could show its panel.
  }
};
window.addEventListener('error', (event) => onTrap(event.error));
window.addEventListener('unhandledrejection', (event) => onTrap(event.reason));

// The single-file edition (parallax.html, made by scripts/single-file.mjs)
// carries the glue and the wasm in the page itself, and hands them over as
// window.parallaxInline; the served edition loads its own files.
const inline = window.parallaxInline;

try {
  bindings = inline ? inline.bindings : await import(tag.dataset.parallaxJs);
  await bindings.default({ module_or_path: inline ? inline.wasm() : tag.dataset.parallaxWasm });
  // Benchmarks and tests reach the app's exported hooks here.
  window.wasmBindings = bindings;
} catch (error) {
  onTrap(error);
  // A panic has its panel; anything else that stops the start, such as a
  // browser too old for the app's WebAssembly, is said here instead of
  // leaving the loading line up.
  // Opened from a file, index.html's own check has said how to open it.
  if (!document.getElementById('fatal') && !document.getElementById('opened-from-file')) {
    const line = document.getElementById('boot') ?? document.body.appendChild(document.createElement('p'));
    line.className = 'boot boot--failed';
    line.setAttribute('role', 'alert');
    line.textContent =
      'Parallax could not start in this browser. It needs WebAssembly with SIMD, which browsers have had since 2021–2023 ' +
      `(Chrome and Edge 91, Firefox 89, Safari 16.4). Details: ${error && error.message ? error.message : error}`;
  }
  throw error;
}
