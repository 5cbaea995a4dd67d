// The first-load transfer of the release build: every file in dist/ that the
// page loads, gzip-compressed at level 9 as a static host would serve it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from '../e2e/support.mjs';

/** The analysis worker: fetched the first time the app needs an analysis it
 * did not ship with (the embedded pair's is built in). */
const ON_DEMAND = /^worker(-loader)?[._]/;

export function transfer() {
  const files = fs.readdirSync(dist).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f));
  const rows = files.map((file) => {
    const raw = fs.readFileSync(path.join(dist, file));
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
  const { rows, total } = transfer();
  if (process.argv.includes('--check')) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`first-load transfer ${kb(total)} gzip; budget ${kb(BUDGET)}${total > BUDGET ? ' (not met)' : ''}`);
    for (const r of rows.filter((r) => !r.onDemand).sort((a, b) => b.gzip - a.gzip).slice(0, 3)) console.log(`  ${r.file}: ${kb(r.gzip)}`);
    if (total > CEILING) {
      console.error(`the first-load transfer grew past its budget of ${kb(CEILING)}: see docs/size.md for where the bytes go`);
      process.exit(1);
    }
  } else {
    for (const r of rows) console.log(JSON.stringify({ bench: 'size', file: r.file, raw: r.raw, gzip: r.gzip, on_demand: r.onDemand }));
    console.log(JSON.stringify({ bench: 'size', file: 'total', gzip: total }));
  }
}
