// Trunk post-build hook: joins the stylesheets trunk wrote, one per area of
// styles/, into one file, so that the page makes one request for its CSS
// instead of a dozen. Over HTTP/1.1 the dozen queue behind each other and
// hold back the start of the app, which waits for every stylesheet.
//
// The stylesheets keep their order, their content hash names the bundle,
// and the bundle's link carries a Subresource Integrity hash like trunk's.
// Runs in trunk's staging directory (TRUNK_STAGING_DIR).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('bundle-css: run me as a trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}

const htmlPath = path.join(staging, 'index.html');
const html = fs.readFileSync(htmlPath, 'utf8');
const LINK = /<link rel="stylesheet" href="([^"]+\.css)"[^>]*>/g;
const links = [...html.matchAll(LINK)];
if (links.length < 2) process.exit(0);

const base = links[0][1].slice(0, links[0][1].lastIndexOf('/') + 1);
const files = links.map(([, href]) => path.join(staging, path.basename(href)));
const css = files.map((file) => fs.readFileSync(file, 'utf8').trim()).join('\n');
const name = `parallax-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const integrity = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
fs.writeFileSync(path.join(staging, name), css);
for (const file of files) fs.rmSync(file);

let first = true;
const bundled = html.replace(LINK, () => {
  if (!first) return '';
  first = false;
  return `<link rel="stylesheet" href="${base}${name}" integrity="${integrity}"/>`;
});
fs.writeFileSync(htmlPath, bundled);
console.log(`bundle-css: ${links.length} stylesheets joined into ${name} (${css.length} bytes)`);
