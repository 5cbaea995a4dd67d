// The library in the browser's database: two tabs that agree, faults of
// storage that never lose or overwrite what is stored, an 8 MB report kept
// across a reload, and the library of earlier versions copied in. Two pages
// of one browser context share their storage, as two tabs do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { servedApp, openApp, screenshot, openLibrary, paste } from './support.mjs';

const app = servedApp();

/** Every record of the app's database, key → value, read with a cursor (so
 * that a page whose get/getAll are made to fail can still be checked from
 * another). A database not made yet holds nothing. */
function records(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('parallax');
        // Looking must not make the database: the storage worker makes it,
        // with its store, when it first opens it.
        open.onupgradeneeded = () => open.transaction.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve({}) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('library')) return resolve({});
          const all = {};
          const cursor = db.transaction('library').objectStore('library').openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) {
              db.close();
              return resolve(all);
            }
            all[at.key] = at.value;
            at.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
  );
}

/** Writes `value` under `key` in the app's database, as another program
 * (or a damaged disk) might. */
function putRecord(page, key, value) {
  return page.evaluate(
    ([key, value]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('parallax', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('library');
        open.onsuccess = () => {
          const tx = open.result.transaction('library', 'readwrite');
          tx.objectStore('library').put(value, key);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value],
  );
}

/** Runs `fault` in `page`'s storage worker before the worker's own code, as
 * an init script runs in a page: the database is the worker's, so that is
 * where a full disk or a failing read is felt. */
async function inStorageWorker(page, fault) {
  await page.route('**/store-loader.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `(${fault})();\n${await response.text()}` });
  });
}

/** The user's reports in the database: title or first line, by id. */
function reportsIn(all) {
  return Object.entries(all)
    .filter(([key]) => key.startsWith('report:'))
    .flatMap(([, value]) => {
      try {
        return [JSON.parse(value)];
      } catch {
        return []; // a damaged record, which the tests put there
      }
    })
    .map((r) => r.title ?? r.text.split('\n')[0]);
}

/** The names the library lists. */
async function listed(page) {
  const library = await openLibrary(page);
  return library.locator('li.library__item .library__title').allInnerTexts();
}

/** Waits until the library lists `name`. */
async function waitListed(page, name) {
  const library = await openLibrary(page);
  await library.locator('li.library__item', { hasText: name }).first().waitFor();
}

async function rename(page, from, to) {
  const library = await openLibrary(page);
  const item = library.locator('li.library__item', { hasText: from }).first();
  await item.getByRole('button', { name: /^Rename/ }).click();
  // The title is now in the form's field, no longer the item's text.
  const field = library.getByRole('textbox', { name: `New title for ${from}` });
  await field.fill(to);
  await library.locator('form.library__rename').getByRole('button', { name: 'Save' }).click();
  await library.locator('li.library__item', { hasText: to }).first().waitFor();
}

/** Waits until the database holds reports named `names` (in any order). */
async function waitStored(page, names) {
  for (let i = 0; i < 100; i++) {
    const stored = reportsIn(await records(page)).sort();
    if (JSON.stringify(stored) === JSON.stringify([...names].sort())) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(reportsIn(await records(page)).sort(), [...names].sort());
}

test('two tabs adding and renaming reports lose nothing and show each other’s reports without a reload', async () => {
  const { page: one, context, errors } = await openApp(app.browser, app.server.url);
  const two = await context.newPage();
  await two.goto(app.server.url);
  await two.getByRole('heading', { level: 2, name: /./ }).first().waitFor();

  await paste(one, { text: 'Report from tab one.\nThe council met on Monday.', title: 'Tab one report', slot: 'A' });
  await paste(two, { text: 'Report from tab two.\nThe bridge opened on Friday.', title: 'Tab two report', slot: 'B' });
  await waitListed(one, 'Tab two report');
  await waitListed(two, 'Tab one report');
  await waitStored(one, ['Tab one report', 'Tab two report']);

  // Each renames the other's report, and a report of its own is added.
  await rename(one, 'Tab two report', 'Renamed in tab one');
  await paste(two, { text: 'A third report.\nThe port closed on Sunday.', title: 'Third report', slot: 'A' });
  await rename(two, 'Tab one report', 'Renamed in tab two');
  await waitStored(one, ['Renamed in tab one', 'Renamed in tab two', 'Third report']);
  for (const page of [one, two]) {
    await waitListed(page, 'Third report');
    await waitListed(page, 'Renamed in tab one');
    await waitListed(page, 'Renamed in tab two');
  }
  await screenshot(one, 'storage-two-tabs');

  // And a reload shows the same.
  await one.reload();
  await waitListed(one, 'Renamed in tab two');
  const names = await listed(one);
  for (const name of ['Renamed in tab one', 'Renamed in tab two', 'Third report']) assert.ok(names.includes(name), `${name} in ${names}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same report renamed in two tabs at once is kept in both versions, and said', async () => {
  const { page: one, context } = await openApp(app.browser, app.server.url);
  await paste(one, { text: 'A shared report.\nThe mayor spoke on Tuesday.', title: 'Shared', slot: 'A' });
  await waitStored(one, ['Shared']);
  // Tab two can be made deaf to the other tabs for a while, as a busy or
  // sleeping tab is: it then renames from what it read last.
  const two = await context.newPage();
  await two.addInitScript(() => {
    const Channel = BroadcastChannel;
    window.BroadcastChannel = class extends Channel {
      set onmessage(handle) {
        super.onmessage = (event) => (window.deaf ? (window.missed = () => handle(event)) : handle(event));
      }
      get onmessage() {
        return super.onmessage;
      }
    };
  });
  await two.goto(app.server.url);
  await waitListed(two, 'Shared');
  await two.evaluate(() => (window.deaf = true));
  await rename(one, 'Shared', 'Version one');
  await waitStored(one, ['Version one']);
  await rename(two, 'Shared', 'Version two');
  await waitStored(one, ['Version one', 'Version two']);
  await two.evaluate(() => {
    window.deaf = false;
    window.missed?.();
  });
  for (const page of [one, two]) {
    await waitListed(page, 'Version one');
    await waitListed(page, 'Version two');
  }
  await two.getByRole('alert').filter({ hasText: 'Both versions are kept' }).waitFor();
  assert.equal(await one.getByRole('alert').filter({ hasText: 'Both versions are kept' }).count(), 0, 'only the tab that wrote second had to merge');
  await screenshot(two, 'storage-both-versions');
  await context.close();
});

test('a full storage saves nothing over what is stored, says so and offers the reports', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await paste(page, { text: 'Kept report.\nThe dam held on Monday.', title: 'Kept', slot: 'A' });
  await waitStored(page, ['Kept']);
  const before = await records(page);

  const full = await context.newPage();
  await inStorageWorker(full, () => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.close();
  await full.goto(app.server.url);
  await waitListed(full, 'Kept');
  await paste(full, { text: 'Unsaved report.\nThe river rose on Friday.', title: 'Unsaved', slot: 'B' });
  const notice = full.getByRole('alert').filter({ hasText: 'storage for this page is full' });
  await notice.waitFor();
  const [download] = await Promise.all([full.waitForEvent('download'), notice.getByRole('button', { name: 'Download reports' }).click()]);
  const bundle = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(bundle.reports.map((r) => r.title).sort(), ['Kept', 'Unsaved']);
  await screenshot(full, 'storage-quota');
  assert.deepEqual(await records(full), before, 'nothing stored changed');

  await full.reload();
  await waitListed(full, 'Kept');
  assert.deepEqual(await records(full), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a storage read error opens the examples with a notice and writes nothing', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await paste(page, { text: 'Stored report.\nThe ferry sailed on Monday.', title: 'Stored', slot: 'A' });
  await waitStored(page, ['Stored']);
  const before = await records(page);

  const failing = await context.newPage();
  await inStorageWorker(failing, () => {
    const fail = function () {
      throw new DOMException('The disk could not be read.', 'UnknownError');
    };
    IDBObjectStore.prototype.getAll = fail;
    IDBObjectStore.prototype.get = fail;
  });
  await failing.goto(app.server.url);
  const notice = failing.getByRole('alert').filter({ hasText: 'could not be read just now' });
  await notice.waitFor();
  assert.ok((await failing.locator('section.report--a mark.mention').count()) > 0, 'the examples open');
  await paste(failing, { text: 'Added while unreadable.\nThe road closed on Friday.', title: 'Memory only', slot: 'B' });
  await waitListed(failing, 'Memory only');
  await failing.waitForTimeout(500);
  await screenshot(failing, 'storage-read-error');
  assert.deepEqual(await records(page), before, 'nothing was written');
  await context.close();
});

test('damaged and newer data stays where it is until downloaded or discarded', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await paste(page, { text: 'Good report.\nThe school reopened on Monday.', title: 'Good', slot: 'A' });
  await waitStored(page, ['Good']);
  // A damaged report record: the rest reads and saves as before.
  const damaged = 'report:0000000000001:rdamaged';
  await putRecord(page, damaged, '{"id":"rdamaged","text":"trunc');
  await page.reload();
  await waitListed(page, 'Good');
  let notice = page.getByRole('alert').filter({ hasText: 'could not be read (it is damaged)' });
  await notice.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download saved data' }).click()]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), '{"id":"rdamaged","text":"trunc');
  await paste(page, { text: 'Another good report.\nThe bridge opened on Friday.', title: 'Also good', slot: 'B' });
  await waitStored(page, ['Good', 'Also good']);
  assert.equal((await records(page))[damaged], '{"id":"rdamaged","text":"trunc', 'the damaged record is untouched');

  // A damaged index, then a newer one: nothing at all is written.
  for (const [index, says] of [
    ['{"format":"parallax-library","version":1,"reports":"garbage', 'could not be read (it is damaged)'],
    ['{"format":"parallax-library","version":9,"shelves":[]}', 'newer version of Parallax (format 9)'],
  ]) {
    await putRecord(page, 'index', index);
    await page.reload();
    await waitListed(page, 'Also good');
    notice = page.getByRole('alert').filter({ hasText: says });
    await notice.waitFor();
    assert.match(await notice.innerText(), /will save nothing until you download or discard/);
    const before = await records(page);
    await rename(page, 'Also good', 'Not saved');
    await page.waitForTimeout(500);
    assert.deepEqual(await records(page), before, `nothing written over: ${says}`);
  }
  await screenshot(page, 'storage-unreadable');

  // The notice offers both unreadable records; discarding them lets the
  // library be saved again, with the rename made meanwhile.
  const [both] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download saved data' }).click()]);
  assert.deepEqual(JSON.parse(fs.readFileSync(await both.path(), 'utf8')).map(([key]) => key).sort(), ['index', damaged].sort());
  await notice.getByRole('button', { name: 'Discard saved data' }).click();
  await waitStored(page, ['Good', 'Not saved']);
  await rename(page, 'Not saved', 'Saved again');
  await waitStored(page, ['Good', 'Saved again']);
  const after = await records(page);
  assert.equal(after[damaged], undefined, 'discarded as asked');
  assert.equal(JSON.parse(after.index).version, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link naming saved reports opens them in a new tab and after a reload, without a notice', async () => {
  const { page: one, context, errors } = await openApp(app.browser, app.server.url);
  await paste(one, { text: 'Linked report one.\nThe council met on Monday.', title: 'Linked one', slot: 'A' });
  await paste(one, { text: 'Linked report two.\nThe bridge opened on Friday.', title: 'Linked two', slot: 'B' });
  await waitStored(one, ['Linked one', 'Linked two']);
  await one.locator('section.report--b').getByRole('heading', { level: 2, name: 'Linked two' }).waitFor();
  const link = one.url();
  assert.match(link, /[?&]a=.*&b=/);
  await one.close();
  // The pair chosen last is not what opens it: the link is.
  const two = await context.newPage();
  await two.goto(app.server.url);
  await two.evaluate(() => localStorage.setItem('parallax.pair', 'example-a+example-b'));
  await two.close();

  const page = await context.newPage();
  await page.goto(link);
  for (let i = 0; i < 2; i++) {
    await page.locator('section.report--a').getByRole('heading', { level: 2, name: 'Linked one' }).waitFor();
    await page.locator('section.report--b').getByRole('heading', { level: 2, name: 'Linked two' }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.getByText("names reports that are not in this browser's library").count(), 0);
    if (i === 0) await page.reload();
  }
  await screenshot(page, 'storage-link-to-saved');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an 8 MB report is kept across a reload, identical', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  // Paragraphs of varied sentences, up to just under 8 MB (8,388,608 bytes).
  const text = await page.evaluate(() => {
    const parts = ['Big report\n'];
    let size = parts[0].length;
    for (let i = 0; size < 8 * 1024 * 1024 - 200; i++) {
      const line = `Officials in town ${i % 977} counted ${i * 7} sandbags on day ${i % 31}; the river rose ${i % 13} cm.\n`;
      parts.push(line);
      size += line.length;
    }
    return parts.join('');
  });
  assert.ok(text.length > 8_000_000 && text.length <= 8 * 1024 * 1024);
  const sha = crypto.createHash('sha256').update(text).digest('hex');
  const library = await openLibrary(page);
  await library.getByLabel('Title (optional)').fill('Eight megabytes');
  // Filled through the textarea, as a paste would.
  await library.getByLabel('Report text').evaluate((area, text) => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await library.getByRole('button', { name: 'Add report' }).click();
  await waitListed(page, 'Eight megabytes');
  await waitStored(page, ['Eight megabytes']);

  await page.reload();
  await waitListed(page, 'Eight megabytes');
  const stored = Object.entries(await records(page)).find(([key]) => key.startsWith('report:'));
  const kept = JSON.parse(stored[1]).text;
  assert.equal(kept.length, text.length);
  assert.equal(crypto.createHash('sha256').update(kept).digest('hex'), sha);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the library earlier versions kept in localStorage is copied in, then removed', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const old = {
    format: 'parallax-library',
    version: 1,
    reports: [{ id: 'rold', title: 'From before', source: 'notes.txt', text: 'An old report.\nThe mill closed in May.' }],
    example_titles: [['example-a', 'Old title for A']],
    hidden_examples: [],
    pair: ['rold', 'example-b'],
  };
  await page.evaluate((old) => localStorage.setItem('parallax.library', JSON.stringify(old)), old);
  await page.reload();
  await waitListed(page, 'From before');
  await waitListed(page, 'Old title for A');
  await waitStored(page, ['From before']);
  await page.waitForFunction(() => localStorage.getItem('parallax.library') === null);
  await page.reload();
  await waitListed(page, 'From before');
  await context.close();
});
