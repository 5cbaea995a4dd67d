// scripts/single-file.mjs on a small built page made of the fixture: the
// page's glue, the wasm and the workers all end up inside parallax.html,
// which names nothing else to load, and whose policy names the hash of
// every inline script and style it runs. (tests/e2e/single-file.test.mjs
// opens the real one in Chromium.)
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { FIXTURE, ROOT, fixtureWasm, tempDir } from './fixture.mjs';
import { singleFile } from '../../scripts/single-file.mjs';

/** A dist/ as the post-build hook leaves it, with the fixture as the page's
 * glue and wasm and as both workers'. */
function built() {
  const dir = tempDir();
  const wasm = fixtureWasm();
  const page = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-x'" />
    <title>Parallax</title>
    <style id="file-check-style">.boot-file { margin: 0; }</style>
    <link rel="icon" href="./favicon-0123.svg" integrity="sha384-x"/>
    <script type="module" src="./boot.js" data-parallax-js="./app-0123.js" data-parallax-wasm="./app-0123_bg.wasm"></script>
    <link rel="stylesheet" href="./parallax-0123.css" integrity="sha384-y"/>
  <link rel="modulepreload" href="./app-0123.js"><link rel="preload" href="./app-0123_bg.wasm" as="fetch" type="application/wasm" crossorigin></head>
  <body>
    <p class="boot" id="boot">Opening Parallax…</p>
    <!-- the check -->
    <script id="file-check">if (location.protocol === 'file:') document.title = 'file';</script>
  </body>
</html>`;
  fs.writeFileSync(path.join(dir, 'index.html'), page);
  fs.writeFileSync(path.join(dir, 'favicon-0123.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(dir, 'parallax-0123.css'), '.report{color:red}');
  fs.copyFileSync(path.join(ROOT, 'assets', 'boot.js'), path.join(dir, 'boot.js'));
  fs.copyFileSync(path.join(FIXTURE, 'fixture.js'), path.join(dir, 'app-0123.js'));
  fs.writeFileSync(path.join(dir, 'app-0123_bg.wasm'), wasm);
  for (const name of ['worker', 'store']) {
    fs.copyFileSync(path.join(ROOT, 'assets', `${name}-loader.js`), path.join(dir, `${name}-loader.js`));
    fs.writeFileSync(path.join(dir, `${name}.js`), 'let wasm_bindgen = () => Promise.resolve();');
    fs.writeFileSync(path.join(dir, `${name}_bg.wasm`), wasm);
  }
  return { dir, wasm };
}

test('parallax.html holds the app and its workers, loads nothing else, and its policy names each inline script and style', () => {
  const { dir, wasm } = built();
  const html = singleFile(dir);

  // Nothing left to fetch: no src, no stylesheet or preload link, and the
  // served edition's check for file:// is gone with its style.
  assert.doesNotMatch(html, /\ssrc=/);
  assert.doesNotMatch(html, /rel="(stylesheet|modulepreload|preload)"/);
  assert.doesNotMatch(html, /file-check/);
  assert.match(html, /<link rel="icon" href="data:image\/svg\+xml;base64,/);

  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  const directive = (name) => policy.split('; ').find((d) => d.startsWith(`${name} `));
  const hash = (code) => `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`;
  const scripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.equal(scripts.length, 2, 'the glue with its loader, and boot.js');
  for (const code of scripts) assert.ok(directive('script-src').split(' ').includes(hash(code)), policy);
  const [, style] = html.match(/<style>([\s\S]*?)<\/style>/);
  assert.equal(directive('style-src'), `style-src ${hash(style)}`);
  assert.equal(directive('worker-src'), 'worker-src blob:');
  assert.doesNotMatch(policy, /'self'|'unsafe-inline'/);

  // The data: the page's wasm as base64, and each worker's code with its
  // wasm, its glue and its loader.
  const data = (id) => html.match(new RegExp(`<script type="text/plain" id="${id}">([\\s\\S]*?)</script>`))[1];
  assert.ok(Buffer.from(data('parallax-wasm'), 'base64').equals(wasm));
  for (const [id, loader] of [['parallax-worker', 'worker-loader.js'], ['parallax-store', 'store-loader.js']]) {
    const code = data(id);
    assert.ok(code.includes(wasm.toString('base64')), `${id} holds its wasm`);
    assert.ok(code.endsWith(`${fs.readFileSync(path.join(dir, loader), 'utf8')}`), `${id} ends with its loader`);
  }
});

test('a file that would end its element is refused, not cut short', () => {
  const { dir } = built();
  fs.appendFileSync(path.join(dir, 'parallax-0123.css'), '.a::after{content:"</style>"}');
  assert.throws(() => singleFile(dir), /parallax-0123\.css holds a closing tag/);
});
