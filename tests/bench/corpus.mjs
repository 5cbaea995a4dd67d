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

// The reports of one story of `count` reports of at least `bytes` bytes
// each, exactly as crates/analysis/tests/support/corpus.rs's `story` makes
// them: every report draws on the same dev-set reports, in its own order
// and leaving out its own quarter of them, so that any two share much of
// their text and figures (as wire copy does) but neither all of it nor in
// the same order.
export function storyOfSize(count, bytes) {
  const all = reports();
  const n = Math.max(all.length, 1);
  return Array.from({ length: count }, (_, k) => {
    const kept = [];
    for (let i = 0; i < n; i++) {
      const j = (i + 5 * k) % n;
      if ((j + k) % 4 !== 0 && all[j] !== undefined) kept.push(all[j]);
    }
    return fill(kept, bytes);
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
