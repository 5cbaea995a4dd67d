// Browser benchmarks: the release build in headless Chromium, timed with the
// Performance API inside the page. Prints one JSON line per measurement.
import { serve, launch } from '../e2e/support.mjs';
import { ofSize } from './corpus.mjs';

const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.analyze_for_benchmark);
  for (const size of [100_000, 1_000_000, 5_000_000]) {
    const text = ofSize(size);
    const runs = size > 1_000_000 ? 3 : 9;
    const ms = await page.evaluate(
      ({ text, runs }) => {
        const analyze = window.wasmBindings.analyze_for_benchmark;
        analyze(text);
        const times = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          analyze(text);
          times.push(performance.now() - start);
        }
        times.sort((a, b) => a - b);
        return times[Math.floor(times.length / 2)];
      },
      { text, runs },
    );
    const bytes = Buffer.byteLength(text);
    console.log(JSON.stringify({ bench: 'analyze', where: 'chromium', bytes, median_ms: +ms.toFixed(2), mb_per_s: +(bytes / 1e6 / (ms / 1000)).toFixed(2) }));
  }
} finally {
  await browser.close();
  await server.close();
}
