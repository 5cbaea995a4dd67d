// The analysis worker cannot be held hostage: a file the worker takes far
// too long to open can be cancelled, or is stopped when the user asks for
// something newer, and the report pasted next is analysed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, dropFiles, paste, screenshot } from './support.mjs';

const app = servedApp();

// A worker that stalls: the first analysis worker the page starts is the
// real one, except that the first request it is sent keeps it busy for
// ever, as a pathological input would; the worker the page starts in its
// place is served as shipped. (No input stalls the worker any more: the
// file importers run in linear time.)
const STALLED_LOADER = `
self.addEventListener('message', function stall(event) {
  self.removeEventListener('message', stall);
  event.stopImmediatePropagation();
  for (;;) {}
});
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' });
`;

/** Serves the stalling worker the first time the page starts one. */
async function stallFirstWorker(context) {
  let first = true;
  await context.route('**/worker-loader.js', (route) => {
    if (!first) return route.continue();
    first = false;
    return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: STALLED_LOADER });
  });
}

const STALLING = { name: 'stalling.md', text: '# Floods in Varnsdorf\n\nThe river rose overnight.' };

const REPORT = 'Mayor Ilse Brandtner said on Monday that 300 families had left Varnsdorf after the floods.';

/** Waits for the pasted report to be analysed: its text in report A, with
 * the mayor highlighted. */
async function analysed(page) {
  const a = page.locator('section.report--a');
  await a.locator('mark.mention', { hasText: 'Brandtner' }).first().waitFor({ timeout: 30_000 });
  assert.match(await a.locator('.report__body').innerText(), /300 families had left Varnsdorf/);
}

/** Opens the stalling file and waits for the line that offers to cancel it. */
async function stall(page) {
  await dropFiles(page, [STALLING]);
  const working = page.getByRole('status').filter({ hasText: 'Still working on the file you opened (stalling.md)' });
  await working.waitFor({ timeout: 30_000 });
  return working;
}

test('a stalled import cancelled and a later report analysed', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await stallFirstWorker(context);
  const working = await stall(page);
  await screenshot(page, 'worker-still-working');
  await working.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Stopped working on the file you opened (stalling.md), as you asked.').waitFor();
  await working.waitFor({ state: 'detached' });
  await paste(page, { text: REPORT, slot: 'A' });
  await analysed(page);
  // Nothing was blamed on the browser: the worker started and was replaced.
  assert.doesNotMatch(await page.locator('.notices').innerText(), /block/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a newer request stops a stalled import without the user cancelling it', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await stallFirstWorker(context);
  await stall(page);
  await paste(page, { text: REPORT, slot: 'A' });
  const stopped = page.getByText('Stopped working on the file you opened (stalling.md), which was taking long, to do what you asked next.');
  await stopped.waitFor();
  await analysed(page);
  // The file is not in the library: nothing half-made was added.
  assert.equal(await page.locator('li.library__item', { hasText: 'stalling.md' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
