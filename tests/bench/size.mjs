// The first-load transfer of the release build: every file in dist/ that the
// page loads, gzip-compressed at level 9 as a static host would serve it.
//
//   node tests/bench/size.mjs [DIR]          one JSON line per file, then the total
//   node tests/bench/size.mjs --check [DIR]  the total against the budget: fails past it
//   node tests/bench/size.mjs --summary DIR…  one line per build, each beside the first
//
// DIR is a dist directory, dist/ unless named (scripts/test also measures the
// plain build it makes in target/plain-dist/). The single-file edition,
// parallax.html, is no part of the first load: it is measured on a line of
// its own, and not budgeted.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from '../e2e/support.mjs';

/** The analysis worker: fetched the first time the app needs an analysis it
 * did not ship with (the embedded pair's is built in); and the storage
 * worker, fetched after the first paint when a library was saved before, or
 * at the user's first change to it. */
const ON_DEMAND = /^(worker|store)(-loader)?[._]/;

/** The single-file edition (scripts/single-file.mjs): the whole app again,
 * in one file of its own, which the served page never loads. */
export const SINGLE_FILE = 'parallax.html';

/** The single-file edition's size in `dir`, raw and gzip, if it is there. */
export function singleFileSize(dir = dist) {
  const file = path.join(dir, SINGLE_FILE);
  if (!fs.existsSync(file)) return undefined;
  const raw = fs.readFileSync(file);
  return { file: SINGLE_FILE, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
}

export function transfer(dir = dist) {
  // Recursive: wasm-bindgen's snippets (JavaScript a crate brings) load from snippets/.
  const files = fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => /\.(html|js|wasm|css|svg)$/.test(f) && f !== SINGLE_FILE);
  const rows = files.map((file) => {
    const raw = fs.readFileSync(path.join(dir, file));
    return { file, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length, onDemand: ON_DEMAND.test(file) };
  });
  const total = rows.filter((r) => !r.onDemand).reduce((sum, r) => sum + r.gzip, 0);
  return { rows, total };
}

/** The first-load budget the app aims for, in bytes of gzip. */
export const BUDGET = 220 * 1024;

/** What the test command enforces: the budget itself, now that the app
 * meets it (docs/size.md tells how, and what the page holds). */
export const CEILING = BUDGET;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) dirs.push(dist);
  for (const dir of dirs) {
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
      console.error(`size: ${dir} holds no build (no index.html)`);
      process.exit(1);
    }
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (args.includes('--summary')) {
    // Printed, not checked: the budget is --check's.
    const totals = dirs.map((dir) => transfer(dir).total);
    const names = dirs.map((dir) => path.relative(process.cwd(), dir) || '.');
    const width = Math.max(...names.map((name) => name.length));
    console.log(`first-load transfer, gzip (budget ${kb(BUDGET)}):`);
    dirs.forEach((dir, i) => {
      const diff = totals[i] - totals[0];
      const beside = i === 0 ? '' : ` (${diff < 0 ? '−' : '+'}${kb(Math.abs(diff))})`;
      console.log(`  ${names[i].padEnd(width)}  ${kb(totals[i]).padStart(8)}${beside}`);
    });
  } else if (args.includes('--check')) {
    for (const dir of dirs) {
      const { rows, total } = transfer(dir);
      console.log(`first-load transfer ${kb(total)} gzip; budget ${kb(BUDGET)}${total > BUDGET ? ' (not met)' : ''}`);
      for (const r of rows.filter((r) => !r.onDemand).sort((a, b) => b.gzip - a.gzip).slice(0, 3)) console.log(`  ${r.file}: ${kb(r.gzip)}`);
      const single = singleFileSize(dir);
      if (single) console.log(`single-file edition ${single.file}: ${kb(single.raw)} raw, ${kb(single.gzip)} gzip (not budgeted)`);
      if (total > CEILING) {
        console.error(`the first-load transfer grew past its budget of ${kb(CEILING)}: see docs/size.md for where the bytes go`);
        process.exit(1);
      }
    }
  } else {
    for (const dir of dirs) {
      const { rows, total } = transfer(dir);
      for (const r of rows) console.log(JSON.stringify({ bench: 'size', file: r.file, raw: r.raw, gzip: r.gzip, on_demand: r.onDemand }));
      console.log(JSON.stringify({ bench: 'size', file: 'total', gzip: total }));
      const single = singleFileSize(dir);
      if (single) console.log(JSON.stringify({ bench: 'size', ...single, single_file: true }));
    }
  }
}
