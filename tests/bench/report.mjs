// Turns the JSON lines of scripts/bench into BENCHMARKS.md.
import fs from 'node:fs';
import os from 'node:os';
import { execSync } from 'node:child_process';

const lines = fs
  .readFileSync(process.argv[2], 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('{'))
  .map((l) => JSON.parse(l));

const sh = (cmd) => {
  try {
    return execSync(cmd, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const kb = (b) => (b / 1024).toFixed(1);
const mb = (b) => (b / 1e6).toFixed(2);

let out = `# Benchmarks\n\nWritten by \`scripts/bench\` on ${new Date().toISOString().slice(0, 10)}.\n\n`;
out += `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; `;
out += `${sh('rustc --version')}; ${sh('/usr/bin/chromium --version')}.\n\n`;
out += `Every time is the median of several runs after a warm-up. The corpus is the dev set's reports (news-like English copy on twelve topics, plus the two embedded reports) repeated to size.\n\n`;

out += `## Analysis throughput\n\n| where | input | median | throughput |\n|---|---|---|---|\n`;
for (const l of lines.filter((l) => l.bench === 'analyze')) {
  out += `| ${l.where} | ${mb(l.bytes)} MB | ${l.median_ms.toFixed(1)} ms | ${l.mb_per_s.toFixed(1)} MB/s |\n`;
}

const compare = lines.filter((l) => l.bench === 'compare');
if (compare.length) {
  out += `\n## Comparison of two reports\n\nTwo reports of the given size each, sharing passages in a different order. *Both* is what the user waits for (analysing both reports and comparing them); *comparison* is the part spent aligning passages, diffing words and matching figures.\n\n| where | each report | both | comparison |\n|---|---|---|---|\n`;
  for (const l of compare) out += `| ${l.where} | ${mb(l.bytes)} MB | ${l.pair_ms.toFixed(1)} ms | ${l.compare_ms.toFixed(1)} ms |\n`;
}

const size = lines.filter((l) => l.bench === 'size');
if (size.length) {
  out += `\n## First-load transfer (gzip -9)\n\n| file | raw | gzip |\n|---|---|---|\n`;
  for (const l of size.filter((l) => l.file !== 'total')) out += `| ${l.file.replace(/-[0-9a-f]{8,}/, '')} | ${kb(l.raw)} KB | ${kb(l.gzip)} KB |\n`;
  const total = size.find((l) => l.file === 'total');
  out += `| **total** | | **${kb(total.gzip)} KB** |\n`;
}
process.stdout.write(out);
