// The benchmark corpus, built exactly as crates/analysis/tests/support/corpus.rs
// builds it: the dev set's reports without markup, then repeated to a size.
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../e2e/support.mjs';

export function stripMarkup(annotated) {
  return annotated
    .replace(/\[\[([^|\]]*)(\|[^\]]*)?\]\]/g, '$1')
    .replace(/\{\{([^|}]*)(\|[^}]*)?\}\}/g, '$1');
}

export function reports() {
  const dir = path.join(root, 'crates/analysis/tests/devset');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => stripMarkup(fs.readFileSync(path.join(dir, f), 'utf8')));
}

export function ofSize(bytes) {
  return fill(reports(), bytes);
}

export function counterpartOfSize(bytes) {
  return fill(reports().reverse(), bytes);
}

// The reports of one story: each the dev set's reports, repeated to a size,
// starting from a different report, so that every two share text and
// figures as reports of one story from a wire service do.
export function storyOfSize(count, bytes) {
  const all = reports();
  return Array.from({ length: count }, (_, i) => {
    const shift = (i * 3) % all.length;
    return fill([...all.slice(shift), ...all.slice(0, shift)], bytes);
  });
}

function fill(all, bytes) {
  let out = '';
  while (Buffer.byteLength(out) < bytes) {
    for (const report of all) {
      if (Buffer.byteLength(out) >= bytes) break;
      out += report + '\n\n';
    }
  }
  return out;
}
