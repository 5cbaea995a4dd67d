// Bringing your own reports: paste, open, drop; keep them across reloads;
// recover from corrupt storage and broken links; share the view by link;
// take it away as JSON, Markdown and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { servedApp, openApp, screenshot, openLibrary, paste, dropFiles } from './support.mjs';

const app = servedApp();

const REPORT_ONE = `Storm floods northern towns

Heavy rain flooded the town of Varnsdorf on Monday, forcing 300 families from their homes, said Mayor Ilse Brandtner.
The regional water authority (RWA) said rivers rose by 2 metres overnight. "We have never seen water this high," Brandtner told reporters.
Officials opened 12 shelters and the army sent 40 soldiers.`;

const REPORT_TWO = `Floods force hundreds from homes

About 300 families left their homes in Varnsdorf after heavy rain on Monday, according to the regional water authority (RWA).
Mayor Ilse Brandtner said "we have never seen water this high" as rivers rose overnight.
The army sent 45 soldiers and officials opened 12 shelters.`;

test('pasted reports are highlighted, compared, and still there after a reload', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await paste(page, { text: REPORT_ONE, title: 'Flood report one', source: 'Daily Courier', slot: 'A' });
  await paste(page, { text: REPORT_TWO, title: 'Flood report two', source: 'Evening Post', slot: 'B' });
  await page.getByRole('button', { name: 'Close the report library' }).click();

  const a = page.locator('section.report--a');
  const b = page.locator('section.report--b');
  // The worker analyses the pasted reports; their headings follow.
  await a.getByRole('heading', { level: 2, name: 'Flood report one' }).waitFor();
  await b.getByRole('heading', { level: 2, name: 'Flood report two' }).waitFor();
  assert.match(await a.locator('.report__source').innerText(), /Daily Courier/);
  assert.ok(await a.locator('mark.mention--person', { hasText: 'Ilse Brandtner' }).count() > 0);
  assert.ok(await b.locator('mark.mention--organization', { hasText: 'RWA' }).count() > 0);
  assert.ok(await a.locator('mark.mention--figure', { hasText: '300' }).count() > 0);
  await screenshot(page, 'own-reports-read');

  await page.getByRole('link', { name: 'Compare' }).click();
  const ledger = page.getByRole('region', { name: 'Figure ledger' });
  const conflict = ledger.locator('tr.ledger__row', { hasText: 'Conflict' });
  assert.match(await conflict.innerText(), /40[\s\S]*soldiers[\s\S]*45[\s\S]*soldiers/);
  assert.ok(await ledger.locator('tr.ledger__row', { hasText: '12 shelters' }).count() > 0);
  await screenshot(page, 'own-reports-compare', { fullPage: true });

  await page.waitForURL(/#\/compare/);
  await page.reload();
  await page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  const summary = page.getByRole('region', { name: 'How the two reports compare' });
  // The examples show first; the saved pair follows once the browser's
  // database is read and the worker has analysed it.
  await summary.getByText('Flood report two').first().waitFor();
  assert.match(await summary.innerText(), /Flood report one[\s\S]*Flood report two/);
  const library = await openLibrary(page);
  assert.equal(await library.locator('li.library__item').count(), 4, 'two examples and two own reports');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reports can be renamed, removed, and the examples restored', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await paste(page, { text: REPORT_ONE, slot: 'A' });
  const library = await openLibrary(page);
  const mine = library.locator('li.library__item').nth(2);
  assert.match(await mine.innerText(), /Storm floods northern towns/);
  await mine.getByRole('button', { name: /^Rename/ }).click();
  await mine.getByRole('textbox').fill('Renamed by me');
  await mine.getByRole('button', { name: 'Save' }).click();
  await page.locator('section.report--a').getByRole('heading', { level: 2, name: 'Renamed by me' }).waitFor();
  await library.locator('li.library__item', { hasText: 'Renamed by me' }).getByRole('button', { name: /^Remove/ }).click();
  assert.equal(await library.locator('li.library__item').count(), 2);
  await library.locator('li.library__item').first().getByRole('button', { name: /^Hide/ }).click();
  assert.equal(await library.locator('li.library__item').count(), 1);
  await library.getByRole('button', { name: 'Restore the examples' }).click();
  assert.equal(await library.locator('li.library__item').count(), 2);
  await context.close();
});

test('opening an HTML file through the file input adds its readable text, never its markup', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-files-'));
  const file = path.join(dir, 'flood-page.html');
  fs.writeFileSync(
    file,
    `<!doctype html><html><head><title>Flood page</title><script>window.__pwned = true; alert(1)</script></head>
     <body><nav>Home | World | Sport</nav><article><h1>Floods</h1><p>Mayor Ilse Brandtner said 300 families left.</p>
     <img src=x onerror="window.__pwned = true"></article><footer>Subscribe</footer></body></html>`,
  );
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  const library = await openLibrary(page);
  await library.getByLabel('Open report files').setInputFiles(file);
  // The title is the article's heading, not the page's <title>.
  const item = library.locator('li.library__item', { hasText: 'Floods' });
  await item.waitFor();
  assert.match(await item.innerText(), /flood-page\.html/);
  await page.getByRole('button', { name: 'Close the report library' }).click();
  // Report B is the slot chosen when the library opens.
  const a = page.locator('section.report--b');
  await a.getByRole('heading', { level: 2, name: 'Floods', exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('section.report--b .report__body')?.innerText.trim());
  const body = await a.locator('.report__body').innerText();
  assert.match(body, /Mayor Ilse Brandtner said 300 families left\./);
  assert.doesNotMatch(body, /Home \| World|Subscribe|script|onerror/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first screen says how to compare one\'s own reports, until one is added', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  const intro = page.getByRole('region', { name: 'Compare your own reports' });
  await intro.waitFor();
  assert.match(await intro.innerText(), /drop the files anywhere/);
  // The examples are introduced by who they are, not by file names.
  assert.deepEqual(await page.locator('.report__source').allInnerTexts(), ['Example: report from outlet A', 'Example: report from outlet B']);
  await screenshot(page, 'first-run');
  await intro.getByRole('button', { name: 'Add reports A and B' }).click();
  const library = page.getByRole('region', { name: 'Reports', exact: true });
  assert.equal(await library.getByRole('radio', { name: 'A, then B' }).isChecked(), true);
  await library.getByLabel('Report text').fill(REPORT_ONE);
  await library.getByRole('button', { name: 'Add report' }).click();
  await page.getByRole('status').filter({ hasText: 'was added as report A' }).waitFor();
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await page.locator('section.report--a').getByRole('heading', { level: 2, name: /Storm floods northern towns/ }).waitFor();
  assert.equal(await intro.count(), 0, 'gone once the user has a report of their own');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted report A stays when a file is opened, dropped or pasted with Report B chosen', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await paste(page, { text: REPORT_ONE, title: 'My report A', slot: 'A' });
  const library = await openLibrary(page);
  await library.getByRole('radio', { name: 'Report B' }).check();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-slot-'));
  const file = path.join(dir, 'opened.txt');
  fs.writeFileSync(file, 'Opened report\n\nThe council said 12 bridges were closed on Friday.');
  await library.getByLabel('Open report files').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'opened.txt was added as report B' }).waitFor();
  await page.getByRole('button', { name: 'Close the report library' }).click();
  const headings = async () => [await page.locator('section.report--a h2').innerText(), await page.locator('section.report--b h2').innerText()];
  // The worker analyses the two reports; their headings follow (read once,
  // they may still be the examples' on a loaded machine).
  await page.locator('section.report--a').getByRole('heading', { level: 2, name: 'My report A' }).waitFor();
  await page.locator('section.report--b').getByRole('heading', { level: 2, name: 'Opened report' }).waitFor();
  assert.deepEqual(await headings(), ['My report A', 'Opened report']);
  // Dropped files honour the same choice: still B.
  await dropFiles(page, [{ name: 'dropped.txt', text: 'Dropped report\n\nThe mayor said 3 roads reopened.' }]);
  await page.locator('section.report--b').getByRole('heading', { level: 2, name: 'Dropped report' }).waitFor();
  assert.deepEqual(await headings(), ['My report A', 'Dropped report']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('files dropped on the page with "A, then B" chosen fill A and B', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const library = await openLibrary(page);
  await library.getByRole('radio', { name: 'A, then B' }).check();
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await dropFiles(page, [
    { name: 'first.txt', text: REPORT_ONE },
    { name: 'second.md', text: `# Markdown flood\n\n**About 300 families** left [Varnsdorf](https://example.org).`, type: 'text/markdown' },
  ]);
  const b = page.locator('section.report--b');
  await b.getByRole('heading', { level: 2, name: 'Markdown flood' }).waitFor();
  // The text is laid out a moment after the heading (chunks skip layout
  // until shown), so wait for it before reading it.
  await page.waitForFunction(() => document.querySelector('section.report--b .report__body')?.innerText.trim());
  assert.match(await b.locator('.report__body').innerText(), /About 300 families left Varnsdorf\./);
  await page.locator('section.report--a').getByRole('heading', { level: 2, name: /Storm floods northern towns/ }).waitFor();
  await context.close();
});

test('corrupt saved data opens the examples with a clear notice and offers the data for download', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await page.evaluate(() => localStorage.setItem('parallax.library', '{"format":"parallax-library","version":1,"reports":"garbage'));
  await page.reload();
  await page.locator('section.report--a').waitFor();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await notice.waitFor();
  assert.ok(await page.locator('section.report--a mark.mention').count() > 0, 'the app keeps working');
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download saved data' }).click()]);
  assert.match(fs.readFileSync(await download.path(), 'utf8'), /"reports":"garbage/);
  // Left where it was, never written over, until the user discards it.
  assert.equal(await page.evaluate(() => localStorage.getItem('parallax.library')), '{"format":"parallax-library","version":1,"reports":"garbage');
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken or outdated link opens the default view with a notice', async () => {
  for (const hash of ['#/no-such-view', '#/compare?a=<script>alert(1)</script>&b=x', '#/read?ra=%%%broken', '#/read?e=notanumber']) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.server.url + hash);
    await page.locator('section.report--a').waitFor();
    assert.ok(await page.getByRole('alert').filter({ hasText: /link/i }).count() > 0, `notice for ${hash}`);
    assert.ok(await page.locator('mark.mention').count() > 0);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a copied link opens the same view, with the user\'s reports, in a fresh browser', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.locator('section.report--a').waitFor();
  await paste(page, { text: REPORT_TWO, title: 'Shared flood report', slot: 'B' });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await page.getByRole('button', { name: 'Places' }).click();
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(app.server.url + '#/compare?'), link);
  assert.match(link, /hide=place/);
  await context.close();

  const fresh = await app.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const other = await fresh.newPage();
  await other.goto(link);
  await other.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  // The link's report is inflated by the browser, then analysed.
  const summary = other.getByRole('region', { name: 'How the two reports compare' });
  await summary.getByText('Shared flood report').waitFor();
  await other.getByRole('link', { name: 'Read' }).click();
  assert.equal(await other.getByRole('button', { name: 'Places' }).getAttribute('aria-pressed'), 'false');
  assert.equal(await other.locator('mark.mention--place').count(), 0);
  await fresh.close();
});

test('a reports file names each report it could not add, and a newer version\'s file says so', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bundle-'));
  // 42 reports after one over 8 MB: the big one and the 41st and 42nd are left out.
  const reports = [{ id: 'rhuge', title: 'Huge report', source: 'file', text: 'word '.repeat(8 * 1024 * 1024 / 5 + 1) }];
  for (let i = 1; i <= 42; i++) reports.push({ id: `r${i}`, title: `Report ${i}`, source: 'file', text: `Report ${i} says ${i} nurses came to Lima.` });
  const bundle = path.join(dir, 'many-reports.json');
  fs.writeFileSync(bundle, JSON.stringify({ format: 'parallax-library', version: 1, reports, pair: ['r1', 'r2'] }));
  const newer = path.join(dir, 'later-reports.json');
  fs.writeFileSync(newer, JSON.stringify({ format: 'parallax-library', version: 2, shelves: [] }));
  const library = await openLibrary(page);
  await library.getByLabel('Open report files').setInputFiles(bundle);
  const notice = page.getByRole('alert').filter({ hasText: 'many-reports.json: 40 of 43 reports added.' });
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /Not added: “Huge report”\. This report is 8\.0 MB/);
  assert.match(text, /Not added: “Report 41”, “Report 42”\. The library holds 40 reports/);
  assert.equal(await library.locator('li.library__item', { hasText: 'Report 40' }).count(), 1);
  assert.equal(await library.locator('li.library__item', { hasText: 'Report 41' }).count(), 0);
  await screenshot(page, 'library-reports-file-left-out');
  await library.getByLabel('Open report files').setInputFiles(newer);
  await page.getByRole('alert').filter({ hasText: 'later-reports.json comes from a newer version of Parallax' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link too long for the reports offers the reports file instead', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const long = Array.from({ length: 6000 }, (_, i) => `Clause ${i * 7919 % 100003} of the budget was amended.`).join(' ');
  await paste(page, { text: long, title: 'Very long report', slot: 'A' });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'too long to travel in a link' });
  await notice.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download reports' }).click()]);
  const bundle = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(bundle.format, 'parallax-library');
  assert.equal(bundle.reports[0].title, 'Very long report');
  await context.close();
});

test('Export JSON and Export brief download the analysis and a Markdown summary', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const analysis = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(analysis.reports.length, 2);
  assert.ok(analysis.comparison.passages.length > 0);
  assert.ok(['agree', 'compatible', 'conflict', 'only_a', 'only_b'].includes(analysis.comparison.figures[0].status));
  const [brief] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export brief' }).click()]);
  assert.equal(brief.suggestedFilename(), 'parallax-brief.md');
  const markdown = fs.readFileSync(await brief.path(), 'utf8');
  assert.match(markdown, /^# Parallax brief/);
  // Each report with its source and its title in full.
  const heads = markdown.split('\n').filter((l) => l.startsWith('- **Report '));
  assert.equal(heads.length, 2);
  assert.match(heads[0], /^- \*\*Report A:\*\* .+ — Example: report from outlet A \(\d+ words\)$/);
  assert.match(heads[1], /— Example: report from outlet B \(/);
  assert.ok(heads.every((l) => !l.includes('…')), heads.join('\n'));
  assert.match(markdown, /## Named by both[\s\S]*Zoé Robledo Aburto/);
  assert.match(markdown, /## Only in A/);
  assert.match(markdown, /\| Status \| Report A \| Report B \| Note \|/);
  assert.match(markdown, /\| Agree \| 768 Cuban doctors \| 768 Cuban doctors \|/);
  assert.match(markdown, /## Quotes[\s\S]*We are working together/);
  await context.close();
});

test('the page prints both reports and the comparison, without controls', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.app-bar__actions', '.legend', '.entity-list', '.selection-bar', '.search']) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} hidden in print`);
  }
  assert.ok(await page.locator('section.report--a').isVisible());
  assert.ok(await page.locator('section.report--b').isVisible());
  assert.ok(await page.getByRole('heading', { name: 'Figure ledger' }).isVisible());
  // Every figure row prints its status as text, in black, not as a colour alone.
  const rows = page.locator('tr.ledger__row');
  const statuses = await rows.locator('.status').allInnerTexts();
  assert.equal(statuses.length, await rows.count());
  assert.ok(statuses.every((s) => /^(Both agree|Compatible|Conflict|Only in A|Only in B)$/.test(s)), statuses.join(', '));
  for (const badge of await rows.locator('.status').all()) {
    assert.ok(await badge.isVisible());
    assert.equal(await badge.evaluate((e) => getComputedStyle(e).color), 'rgb(0, 0, 0)');
  }
  await screenshot(page, 'print', { fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.getByRole('heading', { name: 'Figure ledger' }).isVisible(), false);
  await context.close();
});

test('the examples open without the analysis worker; opening the library starts it for the first report', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(app.server.url);
  await page.locator('section.report--b mark.mention--person').first().waitFor();
  assert.ok(!requested.some((url) => url.endsWith('worker_bg.wasm')), 'the embedded pair was analysed at build time');
  const worker = page.waitForRequest((r) => r.url().endsWith('worker_bg.wasm'));
  await openLibrary(page);
  await worker;
  await paste(page, { text: REPORT_ONE, title: 'Storm floods', slot: 'A' });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  const a = page.locator('section.report--a');
  await a.getByRole('heading', { level: 2, name: 'Storm floods' }).waitFor();
  await a.locator('mark.mention--person', { hasText: 'Ilse Brandtner' }).first().waitFor();
  await context.close();
});

test('a long report is analysed in a background worker with a visible progress line', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  // A slow connection: the worker's code arrives late, so the analysis
  // takes long enough for the progress line to show.
  await context.route('**/worker_bg.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  const long = Array.from({ length: 4000 }, (_, i) => REPORT_ONE.replace(/300/g, String(300 + i))).join('\n\n');
  await dropFiles(page, [{ name: 'long-report.txt', text: long }]);
  const progress = page.getByRole('status').filter({ hasText: /Analysing [\d.]+ MB of report text in the background/ });
  await progress.waitFor();
  assert.ok(await page.getByRole('progressbar', { name: 'Analysing the reports' }).isVisible());
  // The page answers while the worker reads.
  await page.getByRole('button', { name: 'Places' }).click();
  await page.getByRole('button', { name: 'Places' }).click();
  await progress.waitFor({ state: 'detached', timeout: 120_000 });
  // A dropped file shows as the slot chosen, report B at first.
  // (On a loaded machine the slot's heading can be drawn a frame after the
  // progress line goes, so the test waits for it rather than reading once.)
  const a = page.locator('section.report--b');
  await a.locator('.report__source', { hasText: 'long-report.txt' }).waitFor({ timeout: 10_000 });
  await a.locator('mark.mention--person').first().waitFor();
  assert.ok(requested.some((url) => url.endsWith('worker_bg.wasm')), 'the worker did the analysis');
  // A correction of a long report is applied by the worker too.
  const form = page.getByRole('form', { name: 'Add a name the analysis missed' });
  await form.getByLabel('Missing a name? Add it').fill('regional water authority');
  await form.getByLabel('Kind of the name to add').selectOption('organization');
  await form.getByRole('button', { name: 'Add' }).click();
  await a.locator('mark.mention--organization', { hasText: 'regional water authority' }).first().waitFor({ timeout: 120_000 });
  assert.match(await page.getByRole('region', { name: 'Your corrections' }).innerText(), /regional water authority/);
  assert.deepEqual(errors, []);
  await context.close();
});
