// Shared support for the end-to-end tests: a static server for the built
// dist/ (mounted under a sub-path, as on a real static host), and a headless
// Chromium driven by playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const dist = process.env.PARALLAX_DIST || path.join(root, 'dist');
export const artifacts = path.join(here, 'artifacts');
export const BASE_PATH = '/tools/parallax/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves dist/ under BASE_PATH on a free localhost port; records every
 * request. `extra` maps more file names under BASE_PATH to files on disk
 * (the benchmarks add their worker this way). */
export async function serve({ extra = {} } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(BASE_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = decodeURIComponent(url.pathname.slice(BASE_PATH.length)) || 'index.html';
    const full = extra[file] || path.join(dist, file);
    if (!(file in extra || full.startsWith(dist)) || !fs.existsSync(full) || fs.statSync(full).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(full)] || 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(full).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Launches headless Chromium with the flags this machine needs; playwright
 * gives every launch a fresh, empty profile directory. */
export async function launch() {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ];
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args,
  });
  return browser;
}

/** What a test file runs against: dist/ served and a Chromium launched
 * before its tests, both closed after them. Read `app.server` and
 * `app.browser` inside the tests. */
export function servedApp() {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await serve();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Opens the app in a fresh page and waits until both reports are shown. */
export async function openApp(browser, url, { width = 1440, height = 1000, hash = '', init } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  // A script that runs before the page's own, e.g. to take an API away.
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url + hash);
  await page.getByRole('heading', { level: 2, name: /./ }).first().waitFor();
  return { page, context, errors };
}

/** Saves a screenshot under tests/e2e/artifacts/. */
export async function screenshot(page, name, options = {}) {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}

/** Drops files on the page as a user dragging them from their desktop
 * would: `files` is a list of `{ name, text, type }` (type defaults to
 * text/plain). */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, text, type } of files) transfer.items.add(new File([text], name, { type: type || 'text/plain' }));
    const target = document.querySelector('.drop-zone');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/** On a phone-width page, unfolds the toolbar's menu (if folded). */
export async function openMenu(page) {
  const menu = page.getByText('Menu', { exact: true });
  if ((await menu.count()) && (await menu.isVisible()) && !(await page.locator('#app-menu').isChecked())) await menu.click();
}

/** Opens the report library (if closed) and returns its region. */
export async function openLibrary(page) {
  await openMenu(page);
  const toggle = page.getByRole('button', { name: /^Reports/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const library = page.getByRole('region', { name: 'Reports', exact: true });
  await library.waitFor();
  return library;
}

/** Pastes a report into the library as a user would, into slot A or B. */
export async function paste(page, { text, title, source, slot }) {
  const library = await openLibrary(page);
  if (title) await library.getByLabel('Title (optional)').fill(title);
  if (source) await library.getByLabel('Source (optional)').fill(source);
  await library.getByLabel('Report text').fill(text);
  await library.getByRole('radio', { name: slot === 'A' ? 'Report A' : 'Report B' }).check();
  await library.getByRole('button', { name: 'Add report' }).click();
}
