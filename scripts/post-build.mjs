// Trunk post-build hook: makes the page's text files as small as the wasm.
//
// - The stylesheets trunk wrote, one per area of styles/, are joined into one
//   file and minified, so that the page makes one request for its CSS instead
//   of a dozen. Over HTTP/1.1 the dozen queue behind each other and hold back
//   the start of the app, which waits for every stylesheet. They keep their
//   order, their content hash names the bundle, and the bundle's link carries
//   a Subresource Integrity hash like trunk's.
// - Each wasm module and its wasm-bindgen glue get short names for what the
//   one imports from and exports to the other (scripts/wasm-names.mjs). A
//   wasm that another wasm-bindgen version made than the one that script
//   was written for fails the build, with a message naming both versions.
// - The JavaScript (wasm-bindgen's glue, the loaders) is minified in place:
//   whitespace, comments and local names only, never a property or an export,
//   so the names the wasm imports by stay as they are. The files keep trunk's
//   names, whose hash already changes with their source.
// - The page's inline script and style (index.html's check for a page
//   opened from a file) must have their hashes in the page's
//   Content-Security-Policy: the build fails, naming the hash, if not.
// - Last, the single-file edition, parallax.html, is written from the
//   finished files (scripts/single-file.mjs).
//
// Runs in trunk's staging directory (TRUNK_STAGING_DIR), whatever the dist
// directory (--dist). esbuild is a dev dependency (package.json); nothing of
// it is shipped. tests/tooling/ runs it on a small fixture.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { NAME as SINGLE_FILE, writeSingleFile } from './single-file.mjs';
import { renameGlue, renameWasm } from './wasm-names.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: run me as a trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}

const TARGET = ['chrome111', 'firefox115', 'safari16.4'];

/** Minified `code`. With no output format named, esbuild keeps modules
 * modules and classic scripts classic, and renames no top-level name. */
function minify(code, loader) {
  return transformSync(code, { loader, minify: true, target: TARGET, legalComments: 'none' }).code;
}

function bundleStylesheets() {
  const htmlPath = path.join(staging, 'index.html');
  const html = fs.readFileSync(htmlPath, 'utf8');
  const LINK = /<link rel="stylesheet" href="([^"]+\.css)"[^>]*>/g;
  const links = [...html.matchAll(LINK)];
  if (links.length === 0) return;

  const base = links[0][1].slice(0, links[0][1].lastIndexOf('/') + 1);
  const files = links.map(([, href]) => path.join(staging, path.basename(href)));
  const joined = files.map((file) => fs.readFileSync(file, 'utf8').trim()).join('\n');
  const css = minify(joined, 'css');
  const name = `parallax-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const integrity = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
  for (const file of files) fs.rmSync(file);
  fs.writeFileSync(path.join(staging, name), css);

  let first = true;
  const bundled = html.replace(LINK, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${base}${name}" integrity="${integrity}"/>`;
  });
  fs.writeFileSync(htmlPath, bundled);
  console.log(`post-build: ${links.length} stylesheets joined into ${name} (${joined.length} → ${css.length} bytes)`);
}

function minifyScripts() {
  // wasm-bindgen's snippets (the JavaScript a crate brings) sit under
  // snippets/, the rest beside index.html.
  const scripts = fs.readdirSync(staging, { recursive: true }).filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    const full = path.join(staging, file);
    const source = fs.readFileSync(full, 'utf8');
    const code = minify(source, 'js');
    fs.writeFileSync(full, code);
    console.log(`post-build: ${file} minified (${source.length} → ${code.length} bytes)`);
  }
}

function shortenWasmNames() {
  for (const file of fs.readdirSync(staging).filter((f) => f.endsWith('_bg.wasm'))) {
    const gluePath = path.join(staging, file.replace(/_bg\.wasm$/, '.js'));
    if (!fs.existsSync(gluePath)) continue;
    let renamed, glue;
    try {
      // Refuses a wasm that another wasm-bindgen version made, and a glue
      // left with an old name.
      renamed = renameWasm(fs.readFileSync(path.join(staging, file)));
      glue = renameGlue(fs.readFileSync(gluePath, 'utf8'), renamed);
    } catch (error) {
      throw new Error(`${file}: ${error.message}`);
    }
    fs.writeFileSync(path.join(staging, file), renamed.wasm);
    fs.writeFileSync(gluePath, glue);
    console.log(`post-build: ${file} and its glue share short names (${renamed.imports.size} imports, ${renamed.exports.size} exports)`);
  }
}

/** Fails unless every inline script and style of index.html has its hash
 * in the page's policy, which refuses every other. */
function checkInlineHashes() {
  const html = fs.readFileSync(path.join(staging, 'index.html'), 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? '';
  const directive = (name) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  const inline = /<(script|style)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g;
  for (const [, tag, code] of html.matchAll(inline)) {
    const hash = `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`;
    if (!directive(`${tag}-src`).split(' ').includes(hash)) {
      throw new Error(`index.html: an inline ${tag} whose hash, ${hash}, its Content-Security-Policy's ${tag}-src does not name`);
    }
  }
}

function singleFile() {
  // Only a build with the page's workers makes the whole app (the tooling
  // tests' fixture has none).
  if (!fs.existsSync(path.join(staging, 'worker_bg.wasm'))) return;
  console.log(`post-build: ${SINGLE_FILE} written (${writeSingleFile(staging)} bytes)`);
}

try {
  bundleStylesheets();
  shortenWasmNames();
  minifyScripts();
  checkInlineHashes();
  singleFile();
} catch (error) {
  // A message, not a stack trace: trunk shows the hook's output and fails
  // the build on its exit status.
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
