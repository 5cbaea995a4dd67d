// Parallax opened from a file, with no server: the single-file edition
// (dist/parallax.html) works as the served app does, fetching nothing; the
// served edition's index.html, opened the same way, says how to open it
// instead of "Opening Parallax…" for ever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, launch, screenshot } from './support.mjs';

const SINGLE = pathToFileURL(path.join(dist, 'parallax.html')).href;
const SERVED = pathToFileURL(path.join(dist, 'index.html')).href;

const REPORT = {
  title: 'Storm floods northern towns',
  text:
    'Heavy rain flooded the town of Varnsdorf on Monday, forcing 300 families from their homes, said Mayor Ilse Brandtner. ' +
    'The regional water authority (RWA) said rivers rose by 2 metres overnight. ' +
    'Officials opened 12 shelters and the army sent 40 soldiers.',
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A fresh page on `url`, with the console errors and the requests it makes. */
async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, context, errors, requests };
}

test('parallax.html opens from a file: examples, a pasted report analysed by the worker, compare and export', async () => {
  const { page, context, errors, requests } = await open(SINGLE);
  const a = page.locator('section.report--a');
  const b = page.locator('section.report--b');
  await a.getByRole('heading', { level: 2 }).waitFor();
  assert.ok((await a.locator('mark.mention').count()) > 10, 'example A is highlighted');
  assert.ok((await b.locator('mark.mention').count()) > 10, 'example B is highlighted');
  assert.ok((await a.locator('mark.mention--person', { hasText: 'Robledo Aburto' }).count()) > 0);
  await screenshot(page, 'single-file-read');

  // Pasted as a user would; the worker, started from the page's own text,
  // analyses it.
  const library = page.getByRole('region', { name: 'Reports', exact: true });
  await page.getByRole('button', { name: /^Reports/ }).click();
  await library.getByLabel('Title (optional)').fill(REPORT.title);
  await library.getByLabel('Report text').fill(REPORT.text);
  await library.getByRole('radio', { name: 'Report A' }).check();
  await library.getByRole('button', { name: 'Add report' }).click();
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await a.getByRole('heading', { level: 2, name: REPORT.title }).waitFor({ timeout: 30_000 });
  await a.locator('mark.mention--person', { hasText: 'Ilse Brandtner' }).first().waitFor({ timeout: 30_000 });
  assert.ok((await a.locator('mark.mention--figure', { hasText: '300' }).count()) > 0);

  // Chromium keeps the data of every page opened from a file in one
  // storage: said once, in a notice.
  const shared = page.getByText('Parallax is open from a file.', { exact: false });
  await shared.waitFor();
  assert.equal(await shared.count(), 1);
  await screenshot(page, 'single-file-pasted');

  await page.getByRole('link', { name: 'Compare' }).click();
  const comparison = page.getByRole('region', { name: 'How the two reports compare' });
  await comparison.waitFor();
  await comparison.getByText(REPORT.title).first().waitFor();
  assert.ok(await page.getByRole('region', { name: 'Figure ledger' }).isVisible());
  await screenshot(page, 'single-file-compare');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'parallax-analysis.json');
  const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(json.reports[0].title, REPORT.title);
  assert.ok(json.reports[0].mentions.some((m) => m.text === 'Ilse Brandtner'));

  // Nothing was fetched but the file itself, its data: icon and blob: workers.
  const others = requests.filter((url) => url !== SINGLE && !/^(data|blob):/.test(url));
  assert.deepEqual(others, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('index.html opened from a file says how to open Parallax, at once, and its link opens parallax.html', async () => {
  const { page, context } = await open(SERVED);
  const message = page.getByRole('alert');
  await message.waitFor({ timeout: 1000 });
  const text = await message.innerText();
  assert.match(text, /has to be served/);
  assert.match(text, /scripts\/serve/);
  assert.match(text, /python3 -m http\.server/);
  assert.equal(await page.getByText('Opening Parallax…').count(), 0);
  await screenshot(page, 'single-file-served-from-file');

  await message.getByRole('link', { name: 'parallax.html' }).click();
  await page.waitForURL(SINGLE);
  await page.locator('section.report--a mark.mention').first().waitFor();
  await context.close();
});
