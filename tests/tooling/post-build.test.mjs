// scripts/post-build.mjs run as trunk runs it, on a staging directory made
// of the fixture (tests/tooling/fixture/): the stylesheets joined, the names
// between the wasm and its glue shortened, the glue minified and still
// working; and the build failing, with a message naming both versions, on a
// wasm another wasm-bindgen version made.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { FIXTURE, fixtureWasm, logged, ROOT, run, sectionsOf, tempDir } from './fixture.mjs';

/** A staging directory as trunk leaves it for the hook: the fixture's page,
 * stylesheets and glue, and `wasm`. */
function staging(wasm) {
  const dir = tempDir();
  for (const file of fs.readdirSync(FIXTURE).filter((f) => /\.(html|css|js)$/.test(f))) {
    fs.copyFileSync(path.join(FIXTURE, file), path.join(dir, file));
  }
  fs.writeFileSync(path.join(dir, 'fixture_bg.wasm'), wasm);
  return dir;
}

/** Runs the hook on `dir` as trunk does: from the repository, with
 * TRUNK_STAGING_DIR (and TRUNK_DIST_DIR, which it does not need). */
function postBuild(dir) {
  return spawnSync(process.execPath, ['scripts/post-build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_DIST_DIR: path.dirname(dir) },
    encoding: 'utf8',
  });
}

test('the hook joins the stylesheets, shortens the names and minifies the glue, which still runs', async () => {
  const dir = staging(fixtureWasm());
  const glueBefore = fs.readFileSync(path.join(dir, 'fixture.js'), 'utf8');
  const result = postBuild(dir);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /2 stylesheets joined into parallax-[0-9a-f]{16}\.css/);
  assert.match(result.stdout, /fixture_bg\.wasm and its glue share short names \(2 imports, 3 exports\)/);
  assert.match(result.stdout, /fixture\.js minified/);

  // One stylesheet, in the order of the links, named and checked by its hash.
  const css = fs.readdirSync(dir).filter((f) => f.endsWith('.css'));
  assert.equal(css.length, 1);
  const bundle = fs.readFileSync(path.join(dir, css[0]), 'utf8');
  assert.ok(bundle.indexOf('.one') < bundle.indexOf('.two'), bundle);
  assert.ok(!bundle.includes('first'), 'comments are gone');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const integrity = `sha384-${crypto.createHash('sha384').update(bundle).digest('base64')}`;
  assert.equal(html.match(/rel="stylesheet"/g).length, 1);
  assert.ok(html.includes(`<link rel="stylesheet" href="./${css[0]}" integrity="${integrity}"/>`), html);

  // The wasm has short names and no custom section, and its minified glue
  // runs it.
  const wasm = fs.readFileSync(path.join(dir, 'fixture_bg.wasm'));
  assert.deepEqual(sectionsOf(wasm).filter(({ section }) => typeof section === 'string'), []);
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map(({ module, name }) => `${module}.${name}`), ['a.a', 'a.b']);
  const glue = fs.readFileSync(path.join(dir, 'fixture.js'), 'utf8');
  assert.ok(glue.length < glueBefore.length / 2, `the glue is minified (${glueBefore.length} → ${glue.length} bytes)`);
  assert.ok(!glue.includes('__wbg_log_6f1c2a9be04d7e35'));
  const app = await run(glue, wasm);
  assert.deepEqual(logged(() => app.greet('Ana')), { value: 3, lines: ['Ana'] });
  assert.equal(app.count(1), 2);
});

test('the hook fails the build on a wasm another wasm-bindgen version made, naming both versions', () => {
  const wasm = fixtureWasm({ wasmBindgen: '0.2.131' });
  const dir = staging(wasm);
  const result = postBuild(dir);
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /^post-build: fixture_bg\.wasm: wasm-names: written for wasm-bindgen 0\.2\.130, found wasm-bindgen 0\.2\.131 /m,
  );
  assert.ok(!result.stderr.includes('    at '), `a message, not a stack trace:\n${result.stderr}`);
  // Neither file of the pair was rewritten.
  assert.ok(fs.readFileSync(path.join(dir, 'fixture_bg.wasm')).equals(wasm));
  assert.equal(fs.readFileSync(path.join(dir, 'fixture.js'), 'utf8'), fs.readFileSync(path.join(FIXTURE, 'fixture.js'), 'utf8'));
});

test('the hook fails the build on an inline script or style whose hash the page policy does not name', () => {
  const hash = (code) => `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`;
  const script = "if (location.protocol === 'file:') document.title = 'file';";
  const style = '.boot-file { margin: 0; }';
  /** The fixture's page with a policy and an inline script and style. */
  const page = (policy) => {
    const dir = staging(fixtureWasm());
    const file = path.join(dir, 'index.html');
    const html = fs
      .readFileSync(file, 'utf8')
      .replace('<title>', `<meta http-equiv="Content-Security-Policy" content="${policy}" /><style>${style}</style><title>`)
      .replace('<body></body>', `<body><script>${script}</script></body>`);
    fs.writeFileSync(file, html);
    return dir;
  };

  const named = postBuild(page(`default-src 'none'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)}`));
  assert.equal(named.status, 0, named.stderr);

  const unnamed = postBuild(page(`default-src 'none'; script-src 'self'; style-src 'self' ${hash(style)}`));
  assert.equal(unnamed.status, 1);
  assert.match(unnamed.stderr, new RegExp(`an inline script whose hash, ${hash(script).replace(/[+/]/g, '\\$&')}, its Content-Security-Policy's script-src does not name`));

  // A style's hash counts in style-src only.
  const misplaced = postBuild(page(`default-src 'none'; script-src 'self' ${hash(script)} ${hash(style)}; style-src 'self'`));
  assert.equal(misplaced.status, 1);
  assert.match(misplaced.stderr, /an inline style whose hash/);
});

test('the hook refuses to run outside trunk', () => {
  const result = spawnSync(process.execPath, ['scripts/post-build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, TRUNK_STAGING_DIR: '' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /TRUNK_STAGING_DIR is not set/);
});
