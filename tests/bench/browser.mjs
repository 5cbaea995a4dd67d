// Browser benchmarks: the release build in headless Chromium, timed with the
// Performance API inside the page. Prints one JSON line per measurement.
import { serve, launch } from '../e2e/support.mjs';
import { ofSize, counterpartOfSize } from './corpus.mjs';

const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.analyze_for_benchmark);
  const median = async (fn, args, runs) =>
    page.evaluate(
      ({ fn, args, runs }) => {
        const f = window.wasmBindings[fn];
        f(...args);
        const times = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          f(...args);
          times.push(performance.now() - start);
        }
        times.sort((x, y) => x - y);
        return times[Math.floor(times.length / 2)];
      },
      { fn, args, runs },
    );
  for (const size of [50_000, 500_000, 5_000_000]) {
    const a = ofSize(size);
    const b = counterpartOfSize(size);
    const runs = size > 1_000_000 ? 3 : 9;
    const pair = await median('compare_for_benchmark', [a, b], runs);
    const alone = (await median('analyze_for_benchmark', [a], runs)) + (await median('analyze_for_benchmark', [b], runs));
    console.log(JSON.stringify({ bench: 'compare', where: 'chromium', bytes: Buffer.byteLength(a), pair_ms: +pair.toFixed(2), compare_ms: +Math.max(0, pair - alone).toFixed(2) }));
  }
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
