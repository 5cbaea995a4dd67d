// The fixture of the post-build tests: fixture/fixture.wat assembled (by
// binaryen, the npm dev tool) into a small wasm module with the custom
// sections rustc and wasm-bindgen write, and fixture/fixture.js, its glue.
// Nothing is built ahead: each test makes the wasm it needs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import binaryen from 'binaryen';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE = path.join(here, 'fixture');
export const ROOT = path.resolve(here, '..', '..');

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);
const vec = (items) => Buffer.concat([u32(items.length), ...items]);

function customSection(title, payload) {
  const body = Buffer.concat([name(title), payload]);
  return Buffer.concat([Buffer.from([0]), u32(body.length), body]);
}

/** The fixture's wasm, as a Buffer: the module of fixture.wat followed by a
 * `producers` section as wasm-bindgen leaves it (`processed-by` rustc,
 * walrus and wasm-bindgen `wasmBindgen`, or no wasm-bindgen when it is
 * null) and a `target_features` section. */
export function fixtureWasm({ wasmBindgen = '0.2.130' } = {}) {
  const module = binaryen.parseText(fs.readFileSync(path.join(FIXTURE, 'fixture.wat'), 'utf8'));
  const code = Buffer.from(module.emitBinary());
  module.dispose();
  const tools = [
    ['rustc', '1.95.0 (59807616e 2026-04-14)'],
    ['walrus', '0.27.3'],
    ...(wasmBindgen === null ? [] : [['wasm-bindgen', wasmBindgen]]),
  ];
  const producers = vec([Buffer.concat([name('processed-by'), vec(tools.map(([tool, version]) => Buffer.concat([name(tool), name(version)])))])]);
  const features = vec(['mutable-globals', 'simd128'].map((feature) => Buffer.concat([Buffer.from('+'), name(feature)])));
  return Buffer.concat([code, customSection('producers', producers), customSection('target_features', features)]);
}

/** The fixture's glue. */
export const fixtureGlue = () => fs.readFileSync(path.join(FIXTURE, 'fixture.js'), 'utf8');

/** The sections of `wasm`: { section, body } for each, `section` its id or,
 * for a custom one, `custom:` and its name; `body` its contents. */
export function sectionsOf(wasm) {
  const out = [];
  let pos = 8;
  const read = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[pos++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  };
  while (pos < wasm.length) {
    const id = wasm[pos++];
    const size = read();
    const start = pos;
    let section = id;
    if (id === 0) {
      const length = read();
      section = `custom:${wasm.toString('utf8', pos, pos + length)}`;
    }
    out.push({ section, body: wasm.subarray(start, start + size) });
    pos = start + size;
  }
  return out;
}

const temporary = [];
process.on('exit', () => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system's temporary one, removed when the
 * tests end. */
export function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-tooling-'));
  temporary.push(dir);
  return dir;
}

/** Loads the glue `js` as a module, instantiates `wasm` through it and
 * returns the module's exports. */
export async function run(js, wasm) {
  const file = path.join(tempDir(), 'glue.mjs');
  fs.writeFileSync(file, js);
  const glue = await import(pathToFileURL(file));
  glue.initSync({ module: wasm });
  return glue;
}

/** What `fn` prints with console.log, and what it returns. */
export function logged(fn) {
  const lines = [];
  const log = console.log;
  console.log = (...args) => lines.push(args.join(' '));
  try {
    return { value: fn(), lines };
  } finally {
    console.log = log;
  }
}
