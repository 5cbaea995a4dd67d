// scripts/wasm-names.mjs on the fixture (tests/tooling/fixture/): the names
// between a wasm and its glue shortened alike in both, the custom sections
// dropped, a glue the rewrite does not fully understand refused, and so is
// a wasm another wasm-bindgen version made.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { renameGlue, renameWasm, wasmBindgenVersion, WASM_BINDGEN } from '../../scripts/wasm-names.mjs';
import { fixtureGlue, fixtureWasm, logged, ROOT, run, sectionsOf } from './fixture.mjs';

const OLD_IMPORTS = ['__wbg_log_6f1c2a9be04d7e35', '__wbg___wbindgen_throw_4c88d8bf264fd984'];
const CLOSURE = 'wasm_bindgen_2015f325cca0c67f___convert__closures_____invoke___fixture__Count______true_';
const OLD_EXPORTS = ['__wbindgen_malloc', '__wbindgen_start', CLOSURE];

/** The fixture's glue and wasm, renamed. */
function renamed() {
  const names = renameWasm(fixtureWasm());
  return { ...names, glue: renameGlue(fixtureGlue(), names) };
}

/** Checks that the glue `js` runs the wasm `wasm`. */
async function assertRuns(js, wasm) {
  const glue = await run(js, wasm);
  assert.deepEqual(logged(() => glue.greet('Zoé')), { value: 4, lines: ['Zoé'] });
  assert.throws(() => glue.greet(''), /no name/);
  assert.equal(glue.count(41), 42);
}

test('the fixture runs as it is, made by the wasm-bindgen the scripts expect', async () => {
  const wasm = fixtureWasm();
  assert.equal(wasmBindgenVersion(wasm), WASM_BINDGEN);
  await assertRuns(fixtureGlue(), wasm);
});

test('imports, their module and wasm-bindgen\'s exports get the same short names in the wasm and the glue', async () => {
  const { wasm, glue, imports, exports, modules } = renamed();
  const module = new WebAssembly.Module(wasm);

  assert.deepEqual([...modules], [['./fixture_bg.js', 'a']]);
  assert.deepEqual([...imports], [[OLD_IMPORTS[0], 'a'], [OLD_IMPORTS[1], 'b']]);
  assert.deepEqual(
    WebAssembly.Module.imports(module).map(({ module, name }) => `${module}.${name}`),
    ['a.a', 'a.b'],
  );
  // The app's export and the memory keep their names; wasm-bindgen's own
  // get short ones.
  assert.deepEqual(
    WebAssembly.Module.exports(module).map(({ name }) => name),
    ['memory', 'greet', ...OLD_EXPORTS.map((old) => exports.get(old))],
  );
  assert.deepEqual([...exports.values()], ['xa', 'xb', 'xc']);

  // The glue names each new name where it named the old one, and no old
  // name is left but the glue's own function that shares the closure's.
  assert.match(glue, /"a": import0/);
  assert.match(glue, /\ba: function\(arg0, arg1\)/);
  assert.match(glue, /\bb: function\(arg0, arg1\)/);
  assert.match(glue, /wasm\.xa\)/);
  assert.match(glue, /wasm\.xb\(\)/);
  assert.match(glue, /wasm\.xc\(arg0\)/);
  for (const old of [...OLD_IMPORTS, './fixture_bg.js', '__wbindgen_malloc', '__wbindgen_start']) {
    assert.ok(!glue.includes(old), `${old} is left in the glue`);
  }
  assert.ok(glue.includes(`function ${CLOSURE}(arg0)`), 'the glue\'s own function keeps its name');
  assert.ok(!glue.includes(`wasm.${CLOSURE}`));

  await assertRuns(glue, wasm);
});

test('custom sections are dropped, and no other section but imports and exports changes', () => {
  const before = sectionsOf(fixtureWasm());
  const after = sectionsOf(renamed().wasm);
  const custom = ({ section }) => typeof section === 'string';
  assert.deepEqual(before.filter(custom).map(({ section }) => section), ['custom:producers', 'custom:target_features']);
  assert.deepEqual(after.filter(custom), []);
  assert.deepEqual(
    after.map(({ section }) => section),
    before.filter((s) => !custom(s)).map(({ section }) => section),
  );
  const IMPORT = 2;
  const EXPORT = 7;
  for (const [i, { section, body }] of after.entries()) {
    if (section === IMPORT || section === EXPORT) continue;
    assert.ok(body.equals(before[i].body), `section ${section} is copied as it was`);
  }
});

test('a glue that still uses an old name fails the rewrite, naming the name', () => {
  const names = renameWasm(fixtureWasm());
  const glue = fixtureGlue();

  // An import written as a method, which the rewrite does not look for.
  const method = glue.replace(`${OLD_IMPORTS[0]}: function(arg0, arg1) {`, `${OLD_IMPORTS[0]}(arg0, arg1) {`);
  assert.notEqual(method, glue);
  assert.throws(() => renameGlue(method, names), {
    message: `wasm-names: the glue still uses ${OLD_IMPORTS[0]}`,
  });

  // An export reached by a string instead of a member.
  const indexed = glue.replace('wasm.__wbindgen_malloc', 'wasm["__wbindgen_malloc"]');
  assert.notEqual(indexed, glue);
  assert.throws(() => renameGlue(indexed, names), /the glue still uses __wbindgen_malloc/);

  // The import module named twice.
  const twice = glue.replace('return {', 'const again = { "./fixture_bg.js": import0 };\n    return {');
  assert.throws(() => renameGlue(twice, names), /the glue names \.\/fixture_bg\.js other than once/);
});

test('a wasm another wasm-bindgen version made is refused, naming both versions', () => {
  assert.throws(() => renameWasm(fixtureWasm({ wasmBindgen: '0.2.131' })), (error) => {
    assert.match(error.message, /written for wasm-bindgen 0\.2\.130, found wasm-bindgen 0\.2\.131/);
    assert.match(error.message, /change WASM_BINDGEN/);
    return true;
  });
  assert.throws(() => renameWasm(fixtureWasm({ wasmBindgen: '0.2.92' })), /found wasm-bindgen 0\.2\.92\b/);
  assert.throws(() => renameWasm(fixtureWasm({ wasmBindgen: null })), /written for wasm-bindgen 0\.2\.130, found none/);
  // A wasm-bindgen built from git appends its commit to the version.
  assert.equal(wasmBindgenVersion(fixtureWasm({ wasmBindgen: `${WASM_BINDGEN} (1a2b3c4d5)` })), WASM_BINDGEN);
  assert.throws(() => renameWasm(Buffer.from('not wasm at all')), /not a wasm module/);
});

test('Cargo.lock and Trunk.toml pin the wasm-bindgen the scripts were written for', () => {
  const lock = fs.readFileSync(path.join(ROOT, 'Cargo.lock'), 'utf8');
  const locked = lock.match(/^name = "wasm-bindgen"\nversion = "([^"]+)"/m)?.[1];
  const trunk = fs.readFileSync(path.join(ROOT, 'Trunk.toml'), 'utf8').match(/^wasm_bindgen = "([^"]+)"/m)?.[1];
  const advice = `scripts/wasm-names.mjs is written for wasm-bindgen ${WASM_BINDGEN}: check it against the new version's glue, then change WASM_BINDGEN`;
  assert.equal(locked, WASM_BINDGEN, `Cargo.lock pins wasm-bindgen ${locked}; ${advice}`);
  assert.equal(trunk, WASM_BINDGEN, `Trunk.toml pins wasm-bindgen ${trunk}; ${advice}`);
});
