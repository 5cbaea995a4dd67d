// The benchmark's worker: loads the analysis worker's wasm (the one that holds
// the analysis, as the app runs it) and times its exported benchmark hooks on
// the texts the page sends. Answers { median } in milliseconds per request.
importScripts('./worker.js');

wasm_bindgen({ module_or_path: './worker_bg.wasm' }).then(() => {
  // Replaces the app's own message handler, which the wasm installed on start.
  self.onmessage = ({ data: { fn, args, runs } }) => {
    const hook = wasm_bindgen[fn];
    hook(...args);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      hook(...args);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    self.postMessage({ median: times[Math.floor(times.length / 2)] });
  };
  self.postMessage({ ready: true });
});
