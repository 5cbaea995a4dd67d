// The first-load transfer of the release build: every file in dist/ that the
// page loads, gzip-compressed at level 9 as a static host would serve it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from '../e2e/support.mjs';

/** Files fetched only when a long report needs the background worker. */
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, total } = transfer();
  for (const r of rows) console.log(JSON.stringify({ bench: 'size', file: r.file, raw: r.raw, gzip: r.gzip, on_demand: r.onDemand }));
  console.log(JSON.stringify({ bench: 'size', file: 'total', gzip: total }));
}
