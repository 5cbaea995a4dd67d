// Writes parallax.html, the single-file edition: the whole app in one HTML
// file that opens by double-click, from file://, with no server. Browsers
// refuse a page opened from a file its module scripts, fetches and
// workers of other files; this page needs none of them.
//
// - The page's glue and its snippets become a classic inline script
//   (bundled by esbuild as an IIFE that sets `parallaxBindings`), followed
//   by assets/single-file-loader.js; boot.js is an inline module script
//   after it.
// - The page's wasm, and each worker's code (a prelude holding its wasm as
//   base64, its glue, its loader), are data elements (type="text/plain"),
//   which the loader turns into bytes and blob: URLs when they are needed.
// - The stylesheet is a <style>, the icon a data: URL.
// - Its Content-Security-Policy names the hashes of its two inline scripts
//   and of its <style> instead of 'self', and allows blob: workers; what
//   else it allows, and why, is in docs/single-file.md.
//
// scripts/post-build.mjs runs it last, on trunk's staging directory, so
// that every release build writes it; `node scripts/single-file.mjs DIR`
// writes it again from a built DIR.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync, transformSync } from 'esbuild';

export const NAME = 'parallax.html';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = ['chrome111', 'firefox115', 'safari16.4'];

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

/** `text`, refused if it would end the element it is put in early (a
 * closing tag, or `<!--` and `<script`, which change how HTML reads the
 * rest of a script). */
function inert(text, what) {
  if (/<\/(script|style)|<!--|<script/i.test(text)) throw new Error(`${what} holds a closing tag and cannot be put inline`);
  return text;
}

/** The one match of `pattern` in `html`, or an error naming `what`. */
function one(html, pattern, what) {
  const found = [...html.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
  if (found.length !== 1) throw new Error(`index.html: expected one ${what}, found ${found.length}`);
  return found[0];
}

/** The page's glue (an ES module in `dir`), with the snippets it imports
 * (wasm-bindgen's `inline_js`), as one classic script setting
 * `parallaxBindings` to its exports. Its default path to the wasm, which
 * uses import.meta, is never taken: boot.js passes the bytes. */
function classicGlue(dir, glue) {
  const built = buildSync({
    entryPoints: [path.join(dir, glue)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'parallaxBindings',
    minify: true,
    target: TARGET,
    logLevel: 'silent',
  });
  return built.outputFiles[0].text;
}

/** A worker's code, to run from a blob: URL: its wasm as bytes in
 * self.parallaxWasm, then its glue and its loader, which takes them. */
function workerSource(dir, loader, glue, wasm) {
  const base64 = fs.readFileSync(path.join(dir, wasm)).toString('base64');
  const prelude = `self.parallaxWasm=(b=>{const s=atob(b),o=new Uint8Array(s.length);for(let i=0;i<s.length;i++)o[i]=s.charCodeAt(i);return o})("${base64}");`;
  const read = (file) => fs.readFileSync(path.join(dir, file), 'utf8');
  return inert(`${prelude}\n${read(glue)}\n${read(loader)}`, loader);
}

/** The single-file edition of the built page in `dir`, as HTML text. */
export function singleFile(dir) {
  const read = (file) => fs.readFileSync(path.join(dir, file));
  let html = read('index.html').toString('utf8');

  // The served edition's check for file:// has nothing to say here.
  html = html.replace(/(?:<!--(?:(?!-->)[\s\S])*-->\s*)?<script id="file-check">[\s\S]*?<\/script>\s*/, '');
  html = html.replace(/<style id="file-check-style">[\s\S]*?<\/style>\s*/, '');
  html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');

  const [bootTag, js, wasm] = one(html, /<script type="module" src="\.\/boot\.js" data-parallax-js="\.\/([^"]+)" data-parallax-wasm="\.\/([^"]+)"><\/script>/, 'boot script');
  const loader = fs.readFileSync(path.join(ROOT, 'assets', 'single-file-loader.js'), 'utf8');
  const classic = inert(`${classicGlue(dir, js)}\n${transformSync(loader, { minify: true, target: TARGET }).code}`, 'the glue');
  const boot = inert(read('boot.js').toString('utf8'), 'boot.js');
  html = html.replace(bootTag, () => `<script>${classic}</script>\n    <script type="module">${boot}</script>`);

  const [cssTag, css] = one(html, /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/, 'stylesheet');
  const style = inert(read(css).toString('utf8'), css);
  html = html.replace(cssTag, () => `<style>${style}</style>`);
  const [iconTag, icon] = one(html, /<link rel="icon" href="\.\/([^"]+\.svg)"[^>]*>/, 'icon');
  html = html.replace(iconTag, () => `<link rel="icon" href="data:image/svg+xml;base64,${read(icon).toString('base64')}">`);

  const [policyTag] = one(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/, 'Content-Security-Policy');
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(classic)} ${sha256(boot)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    'img-src data: blob:',
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  html = html.replace(policyTag, () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);

  const data = [
    ['parallax-wasm', read(wasm).toString('base64')],
    ['parallax-worker', workerSource(dir, 'worker-loader.js', 'worker.js', 'worker_bg.wasm')],
    ['parallax-store', workerSource(dir, 'store-loader.js', 'store.js', 'store_bg.wasm')],
  ];
  const elements = data.map(([id, text]) => `<script type="text/plain" id="${id}">${text}</script>`).join('\n');
  // In the head: the app, once started, takes the body for its own.
  const [end] = one(html, /<\/head>/, '</head>');
  // Blank lines that removed tags left behind go too.
  return html.replace(end, () => `${elements}\n</head>`).replace(/\n\s*\n(\s*\n)+/g, '\n');
}

/** Writes `dir`/parallax.html; returns its size in bytes. */
export function writeSingleFile(dir) {
  const html = singleFile(dir);
  fs.writeFileSync(path.join(dir, NAME), html);
  return Buffer.byteLength(html);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/single-file.mjs DIR (a built dist/)');
    process.exit(1);
  }
  try {
    console.log(`single-file: ${NAME} written (${writeSingleFile(dir)} bytes)`);
  } catch (error) {
    console.error(`single-file: ${error.message}`);
    process.exit(1);
  }
}
