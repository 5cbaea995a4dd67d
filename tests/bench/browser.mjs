// Browser benchmarks: the release build in headless Chromium, timed with the
// Performance API inside the page. Prints one JSON line per measurement.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, root, dropFiles, openLibrary } from '../e2e/support.mjs';
import { ofSize, counterpartOfSize, storyOfSize } from './corpus.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Times, in the page, from `act` (run in the page) to the first frame
 * painted after `ready()` holds. */
async function untilPainted(page, act, ready) {
  return page.evaluate(
    ({ act, ready }) =>
      new Promise((resolve) => {
        const isReady = new Function(`return (${ready})();`);
        const start = performance.now();
        const check = () => {
          if (!isReady()) return setTimeout(check, 5);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        };
        new Function(`(${act})();`)();
        check();
      }),
    { act: act.toString(), ready: ready.toString() },
  );
}

/** Has `page` keep the duration of each long main-thread task in
 * `window.__longTasks`, from its first script on. */
async function recordLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** 5. Two 8 MB reports: switching to Compare, and Show original, each to
 * its first useful paint (the first passages, and both originals' first
 * lines), and the longest main-thread task meanwhile. */
async function hugeViews(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await recordLongTasks(page);
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('section.report--b mark.mention'));
  const a = ofSize(8_000_000);
  const b = counterpartOfSize(8_000_000);
  // Two files dropped together fill A and B when "A, then B" is chosen.
  const library = await openLibrary(page);
  await library.getByRole('radio', { name: 'A, then B' }).check();
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await dropFiles(page, [{ name: 'huge-a.txt', text: a }, { name: 'huge-b.txt', text: b }]);
  const shown = () => [...document.querySelectorAll('.report__source')].filter((e) => e.textContent.startsWith('huge-')).length === 2;
  await page.waitForFunction(shown, null, { timeout: 600_000 });
  await page.waitForTimeout(2_000);
  const figures = { bench: 'huge', where: 'chromium', bytes: Buffer.byteLength(a) };
  const longest = async (during) => {
    await page.evaluate(() => (window.__longTasks = []));
    const ms = await during();
    await page.waitForTimeout(1_000);
    return [ms, Math.max(0, ...(await page.evaluate(() => window.__longTasks)))];
  };
  [figures.compare_ready_ms, figures.compare_longest_task_ms] = await longest(() =>
    untilPainted(page, () => (location.hash = '#/compare'), () => document.querySelector('.passage-list .passage')),
  );
  await page.evaluate(() => (location.hash = '#/'));
  await page.waitForFunction(() => document.querySelector('.report__body'), null, { timeout: 600_000 });
  await page.waitForTimeout(2_000);
  [figures.original_ready_ms, figures.original_longest_task_ms] = await longest(() =>
    untilPainted(
      page,
      () => [...document.querySelectorAll('button')].find((e) => e.textContent.trim() === 'Show original').click(),
      () => document.querySelectorAll('.report__original').length === 2 && document.querySelector('.report__original').textContent.length > 0,
    ),
  );
  for (const key of Object.keys(figures)) if (typeof figures[key] === 'number') figures[key] = +figures[key].toFixed(1);
  figures.bytes = Buffer.byteLength(a);
  console.log(JSON.stringify(figures));
  await context.close();
}

/** Opens the app in `page` and starts the benchmark's worker in it
 * (`window.__bench`), which holds the analysis worker's wasm. */
async function startBenchWorker(page, server) {
  await page.goto(server.url);
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        window.__bench = new Worker('./bench-worker.js');
        window.__bench.onerror = (event) => reject(new Error(event.message));
        window.__bench.onmessage = ({ data }) => data && data.ready && resolve();
      }),
  );
}

/** The reports of a story of 2 to 12 reports analysed together, with their
 * coverage, as the coverage view asks for it, in the analysis worker's
 * wasm in a worker: one line per story size. */
async function storyCurve(browser, server) {
  const page = await browser.newPage();
  await startBenchWorker(page, server);
  for (const count of [2, 4, 8, 12]) {
    const texts = storyOfSize(count, 50_000);
    const ms = await page.evaluate(
      ({ texts }) =>
        new Promise((resolve) => {
          window.__bench.onmessage = ({ data }) => data && data.median !== undefined && resolve(data.median);
          window.__bench.postMessage({ fn: 'story_for_benchmark', args: [texts], runs: 5 });
        }),
      { texts },
    );
    // Bytes of each report, on average, as the native story lines give them.
    const bytes = Math.round(texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / count);
    console.log(JSON.stringify({ bench: 'story', where: 'chromium', reports: count, bytes, median_ms: +ms.toFixed(1) }));
  }
  await page.close();
}

const server = await serve({ extra: { 'bench-worker.js': path.join(root, 'tests/bench/worker.js') } });
const browser = await launch();
try {
  // `--story` runs the story curve alone.
  if (process.argv.includes('--story')) {
    await storyCurve(browser, server);
    await browser.close();
    await server.close();
    process.exit(0);
  }
  // `--huge` runs the huge reports' views alone.
  if (process.argv.includes('--huge')) {
    await hugeViews(browser, server);
    await browser.close();
    await server.close();
    process.exit(0);
  }
  // 1. Navigation to both embedded reports highlighted and compared.
  const loads = [];
  for (let i = 0; i < 9; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('parallax-ready').length > 0 && document.querySelector('section.report--b mark.mention'));
    loads.push(await page.evaluate(() => performance.getEntriesByName('parallax-ready')[0].startTime));
    await context.close();
  }
  console.log(JSON.stringify({ bench: 'load', where: 'chromium', median_ms: +median(loads).toFixed(1), runs: loads.length }));

  // 2. Analysis and comparison throughput through the analysis worker's
  // wasm, in a worker, where the app runs every analysis.
  const page = await browser.newPage();
  await startBenchWorker(page, server);
  const timed = async (fn, args, runs) =>
    page.evaluate(
      ({ fn, args, runs }) =>
        new Promise((resolve) => {
          window.__bench.onmessage = ({ data }) => data && data.median !== undefined && resolve(data.median);
          window.__bench.postMessage({ fn, args, runs });
        }),
      { fn, args, runs },
    );
  for (const size of [50_000, 500_000, 1_000_000, 2_000_000, 5_000_000]) {
    const a = ofSize(size);
    const b = counterpartOfSize(size);
    const runs = size > 1_000_000 ? 3 : 9;
    const pair = await timed('compare_for_benchmark', [a, b], runs);
    const alone = (await timed('analyze_for_benchmark', [a], runs)) + (await timed('analyze_for_benchmark', [b], runs));
    console.log(JSON.stringify({ bench: 'compare', where: 'chromium', bytes: Buffer.byteLength(a), pair_ms: +pair.toFixed(2), compare_ms: +Math.max(0, pair - alone).toFixed(2) }));
  }
  for (const size of [100_000, 1_000_000, 5_000_000]) {
    const text = ofSize(size);
    const runs = size > 1_000_000 ? 3 : 9;
    const ms = await timed('analyze_for_benchmark', [text], runs);
    const bytes = Buffer.byteLength(text);
    console.log(JSON.stringify({ bench: 'analyze', where: 'chromium', bytes, median_ms: +ms.toFixed(2), mb_per_s: +(bytes / 1e6 / (ms / 1000)).toFixed(2) }));
  }
  await page.close();
  await storyCurve(browser, server);

  // 3. A 1 MB report opened in the reading view: the longest main-thread
  // task from dropping the file to the report fully shown, on five fresh
  // loads (one drop alone moves by tens of milliseconds on a busy machine).
  {
    const runs = [];
    const text = ofSize(1_000_000);
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      await recordLongTasks(page);
      await page.goto(server.url);
      await page.waitForFunction(() => document.querySelector('section.report--b mark.mention'));
      await page.waitForTimeout(300);
      await page.evaluate(() => (window.__longTasks = []));
      const start = Date.now();
      await dropFiles(page, [{ name: 'bench-1mb.txt', text }]);
      await page.waitForFunction(() => [...document.querySelectorAll('.report__source')].some((e) => e.textContent === 'bench-1mb.txt'), null, { timeout: 120_000 });
      await page.waitForFunction(() => [...document.querySelectorAll('.report__body')].every((e) => e.getAttribute('aria-busy') === 'false'), null, { timeout: 120_000 });
      const shown = Date.now() - start;
      await page.waitForTimeout(500);
      const tasks = await page.evaluate(() => window.__longTasks);
      runs.push({ shown, tasks, longest: Math.max(0, ...tasks) });
      await context.close();
    }
    runs.sort((a, b) => a.longest - b.longest);
    const middle = runs[Math.floor(runs.length / 2)];
    console.log(JSON.stringify({ bench: 'longtask', where: 'chromium', bytes: Buffer.byteLength(text), runs: runs.length, shown_ms: median(runs.map((r) => r.shown)), longest_ms: +middle.longest.toFixed(1), longest_each: runs.map((r) => +r.longest.toFixed(1)), over_100ms: middle.tasks.filter((t) => t > 100).length, long_tasks: middle.tasks.length }));
  }

  // 3b. The first report the user brings: the page fetches and starts the
  // analysis worker, which the embedded pair does not need. From the drop
  // of a short report to its analysis on screen, on fresh loads.
  {
    const firsts = [];
    const text = ofSize(5_000);
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => document.querySelector('section.report--b mark.mention'));
      const ms = await page.evaluate(
        (text) =>
          new Promise((resolve) => {
            const start = performance.now();
            const shown = () =>
              [...document.querySelectorAll('.report__source')].some((e) => e.textContent === 'first-report.txt') &&
              [...document.querySelectorAll('.report__body')].every((e) => e.getAttribute('aria-busy') === 'false');
            new MutationObserver((_, observer) => {
              if (shown()) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], 'first-report.txt', { type: 'text/plain' }));
            document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          }),
        text,
      );
      firsts.push(ms);
      await context.close();
    }
    console.log(JSON.stringify({ bench: 'first-analysis', where: 'chromium', bytes: Buffer.byteLength(text), median_ms: +median(firsts).toFixed(1), runs: firsts.length }));
  }

  await hugeViews(browser, server);

  // 4. The peer: the npm `compromise` library extracting people, places,
  // organizations and numbers from the same text in the same browser.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>peer</title>');
    await page.addScriptTag({ content: fs.readFileSync(path.join(root, 'node_modules/compromise/builds/compromise.js'), 'utf8') });
    for (const size of [100_000, 1_000_000]) {
      const text = ofSize(size);
      const ms = await page.evaluate(
        ({ text, runs }) => {
          const extract = () => {
            const doc = window.nlp(text);
            return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array'), doc.numbers().out('array')];
          };
          extract();
          const times = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            extract();
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return times[Math.floor(times.length / 2)];
        },
        { text, runs: 3 },
      );
      const bytes = Buffer.byteLength(text);
      console.log(JSON.stringify({ bench: 'peer', where: 'chromium', peer: 'compromise 14.17.0', bytes, median_ms: +ms.toFixed(1), mb_per_s: +(bytes / 1e6 / (ms / 1000)).toFixed(3) }));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
