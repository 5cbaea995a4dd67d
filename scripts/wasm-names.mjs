// Short names for what a wasm module imports from its wasm-bindgen glue and
// exports to it.
//
// wasm-bindgen names each import after the Web API it calls plus a hash
// (`__wbg_appendChild_dbf7ad2f48413560`) and each closure export after its
// Rust types (over a hundred characters). Both files carry every name, and
// the hashes do not compress: about 6 KB of the page's gzip transfer. The
// names matter only between the two files, so this renames them in both:
// in the wasm's import and export sections, and in the glue's object of
// imports (`name: function…`, under the module name they come from) and
// its uses of exports (`wasm.name`).
//
// The rewrite is checked: every old name must be gone from the glue
// afterwards, or the build fails rather than ship a module whose imports do
// not match.
//
// It is written for the glue of one wasm-bindgen version (WASM_BINDGEN), and
// refuses a wasm made by another: a new version may name its imports,
// exports or import module differently, or use them in the glue in ways the
// rewrite does not know. tests/tooling/ checks it on a small fixture.

/** The wasm-bindgen version these scripts were written for: the one
 * Cargo.lock and Trunk.toml pin. To move to another, check that its glue
 * still fits renameGlue (the imports an object of `name: function…` under
 * the module's name, the exports used as `wasm.name`), then change this.
 *
 * The version is read from the wasm's `producers` custom section, where
 * wasm-bindgen records itself (`processed-by`) in the very module it makes
 * alongside the glue, and which wasm-opt keeps. The glue carries no version
 * (its `__wbindgen` names say that wasm-bindgen made it, not which one), and
 * `wasm-bindgen --version` tells which binary is on PATH, not which one
 * trunk ran to make these files. */
export const WASM_BINDGEN = '0.2.130';

/** An unsigned LEB128 number at `pos`: [value, position after it]. */
function readU32(bytes, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[pos++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [value >>> 0, pos];
}

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

function readName(bytes, pos) {
  const [length, start] = readU32(bytes, pos);
  return [bytes.toString('utf8', start, start + length), start + length];
}

function name(text) {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([u32(utf8.length), utf8]);
}

function skipLimits(bytes, pos) {
  const flags = bytes[pos++];
  [, pos] = readU32(bytes, pos);
  if (flags & 1) [, pos] = readU32(bytes, pos);
  return pos;
}

/** The position after an import's description (its kind and type). */
function skipImportDesc(bytes, pos) {
  const kind = bytes[pos++];
  switch (kind) {
    case 0: // function: type index
      return readU32(bytes, pos)[1];
    case 1: // table: reference type, limits
      return skipLimits(bytes, pos + 1);
    case 2: // memory: limits
      return skipLimits(bytes, pos);
    case 3: // global: value type, mutability
      return pos + 2;
    case 4: // tag: attribute, type index
      return readU32(bytes, pos + 1)[1];
    default:
      throw new Error(`wasm-names: unknown import kind ${kind}`);
  }
}

/** The `index`th short name: a…z, A…Z, aa, ab… */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out = letters[index % letters.length] + out;
    index = Math.floor(index / letters.length) - 1;
  } while (index >= 0);
  return out;
}

/** The sections of `wasm`: { id, start, end } for each, `start` and `end`
 * bounding its contents. */
function sections(wasm) {
  if (wasm.length < 8 || wasm.readUInt32BE(0) !== 0x0061736d) throw new Error('wasm-names: not a wasm module');
  const out = [];
  let pos = 8;
  while (pos < wasm.length) {
    const [size, start] = readU32(wasm, pos + 1);
    out.push({ id: wasm[pos], start, end: start + size });
    pos = start + size;
  }
  return out;
}

/** The version of wasm-bindgen that made `wasm`, as its `producers` custom
 * section records it, or null where it records none. */
export function wasmBindgenVersion(wasm) {
  for (const { id, start, end } of sections(wasm)) {
    if (id !== 0) continue;
    let [section, pos] = readName(wasm, start);
    if (section !== 'producers') continue;
    let fields;
    [fields, pos] = readU32(wasm, pos);
    for (let i = 0; i < fields && pos < end; i++) {
      let field, values;
      [field, pos] = readName(wasm, pos);
      [values, pos] = readU32(wasm, pos);
      for (let j = 0; j < values; j++) {
        let tool, version;
        [tool, pos] = readName(wasm, pos);
        [version, pos] = readName(wasm, pos);
        // A build from git appends its commit: "0.2.130 (1a2b3c4d5)".
        if (field === 'processed-by' && tool === 'wasm-bindgen') return version.split(' ')[0];
      }
    }
  }
  return null;
}

/** Throws unless `wasm` was made by the wasm-bindgen these scripts were
 * written for. */
export function checkWasmBindgen(wasm) {
  const found = wasmBindgenVersion(wasm);
  if (found === WASM_BINDGEN) return;
  const expected = `written for wasm-bindgen ${WASM_BINDGEN}`;
  throw new Error(
    found
      ? `wasm-names: ${expected}, found wasm-bindgen ${found} (the wasm's producers section): ` +
          `check that scripts/wasm-names.mjs fits the glue wasm-bindgen ${found} writes (node --test tests/tooling/), ` +
          'then change WASM_BINDGEN there'
      : `wasm-names: ${expected}, found none (the wasm's producers section names no wasm-bindgen): ` +
          'was it made by wasm-bindgen, and did a tool strip that section?',
  );
}

/** `wasm` with wasm-bindgen's imports (their names and the glue module
 * they come from) and exports renamed and its custom sections dropped, and
 * the renamings:
 * { wasm, imports: Map, exports: Map, modules: Map }. Throws for a wasm
 * that another wasm-bindgen than WASM_BINDGEN made. */
export function renameWasm(wasm) {
  checkWasmBindgen(wasm);
  const imports = new Map();
  const exports = new Map();
  const modules = new Map();
  const parts = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = readU32(wasm, pos + 1);
    const end = start + size;
    if (id === 0) {
      // Custom sections (the compiler's `producers` and `target_features`)
      // are notes for tools; a browser never reads them.
    } else if (id === 2 || id === 7) {
      let p = start;
      let count;
      [count, p] = readU32(wasm, p);
      const body = [u32(count)];
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let module, field;
          [module, p] = readName(wasm, p);
          [field, p] = readName(wasm, p);
          const desc = p;
          p = skipImportDesc(wasm, p);
          if (/^__wbg|^__wbindgen/.test(field)) {
            if (!imports.has(field)) imports.set(field, shortName(imports.size));
            field = imports.get(field);
            if (!modules.has(module)) modules.set(module, shortName(modules.size));
            module = modules.get(module);
          }
          body.push(name(module), name(field), wasm.subarray(desc, p));
        } else {
          let field;
          [field, p] = readName(wasm, p);
          const desc = p;
          p = readU32(wasm, p + 1)[1];
          // wasm-bindgen's own exports; the app's (#[wasm_bindgen] functions)
          // keep the names the glue re-exports them under.
          if (/^__|^wasm_bindgen_/.test(field)) {
            exports.set(field, `x${shortName(exports.size)}`);
            field = exports.get(field);
          }
          body.push(name(field), wasm.subarray(desc, p));
        }
      }
      const section = Buffer.concat(body);
      parts.push(Buffer.from([id]), u32(section.length), section);
    } else {
      parts.push(wasm.subarray(pos, end));
    }
    pos = end;
  }
  return { wasm: Buffer.concat(parts), imports, exports, modules };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The glue `js` with the renamings of `renameWasm` applied. Throws when an
 * old name is left, so a glue this does not understand fails the build. */
export function renameGlue(js, { imports, exports, modules }) {
  // The glue names the module of its imports once, as the key of their
  // object: "./name_bg.js": {…}.
  for (const [from, to] of modules) {
    const key = new RegExp(`(["'])${escape(from)}\\1(?=\\s*:)`, 'g');
    if ((js.match(key) || []).length !== 1) throw new Error(`wasm-names: the glue names ${from} other than once`);
    js = js.replace(key, `"${to}"`);
  }
  for (const [from, to] of imports) {
    js = js.replace(new RegExp(`\\b${escape(from)}(?=\\s*:)`, 'g'), to);
  }
  for (const [from, to] of exports) {
    js = js.replace(new RegExp(`\\bwasm\\.${escape(from)}\\b`, 'g'), `wasm.${to}`);
  }
  // An import's old name anywhere, or an export's as a member or a string
  // (the glue's own functions may share an export's name).
  const left = [
    ...[...imports.keys()].filter((old) => new RegExp(`\\b${escape(old)}\\b`).test(js)),
    ...[...exports.keys()].filter((old) => new RegExp(`[.'"\`]${escape(old)}\\b`).test(js)),
  ];
  if (left.length > 0) throw new Error(`wasm-names: the glue still uses ${left.join(', ')}`);
  return js;
}
