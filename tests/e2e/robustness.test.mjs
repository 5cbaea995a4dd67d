// Bad input: injection attempts stay inert text, and a failure inside the
// app shows a friendly panel instead of a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { servedApp, openApp, openLibrary, dropFiles } from './support.mjs';

const app = servedApp();

const VECTORS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"><circle r=1 /></svg>',
  '<a href="javascript:window.__xss = 4">click</a>',
  'javascript:window.__xss = 5',
  '"><script>window.__xss = 6</script>',
  '<iframe src="javascript:window.__xss = 7"></iframe>',
  '&lt;b&gt;entities stay text&lt;/b&gt; &amp; &#60;i&#62;',
  '<style>body { display: none }</style>',
  '{{constructor.constructor("window.__xss = 8")()}}',
];

async function armed(page) {
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

async function assertInert(page, dialogs) {
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no injected code ran');
  assert.deepEqual(dialogs, [], 'no dialog opened');
  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => /__xss/.test(s.textContent)).length,
    handlers: document.querySelectorAll('[onerror], [onload], iframe, svg circle').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href').startsWith('javascript:')).length,
  }));
  assert.deepEqual(injected, { scripts: 0, handlers: 0, jsLinks: 0 });
}

test('injection vectors in report text and titles show as literal text and never run', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  const dialogs = await armed(page);
  const text = `Officials in Lima said ${VECTORS.join(' and ')} before 40 nurses arrived.\n${VECTORS.join('\n')}`;
  await page.getByRole('button', { name: /^Reports/ }).click();
  const library = page.getByRole('region', { name: 'Reports', exact: true });
  await library.getByLabel('Title (optional)').fill(VECTORS[1] + ' title');
  await library.getByLabel('Source (optional)').fill(VECTORS[3]);
  await library.getByLabel('Report text').fill(text);
  await library.getByRole('radio', { name: 'Report A' }).check();
  await library.getByRole('button', { name: 'Add report' }).click();
  await page.getByRole('button', { name: 'Close the report library' }).click();
  const a = page.locator('section.report--a');
  // The worker analyses the new report; its heading and text follow.
  await a.getByRole('heading', { level: 2, name: VECTORS[1] + ' title', exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('section.report--a .report__body')?.innerText.includes('Officials in Lima'));
  const body = await a.locator('.report__body').innerText();
  for (const vector of VECTORS) assert.ok(body.includes(vector), `shown literally: ${vector}`);
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  await page.getByRole('button', { name: 'Show original' }).count();
  await page.getByRole('link', { name: 'Read' }).click();
  await page.getByRole('button', { name: 'Show original' }).click();
  assert.equal(await a.locator('pre.report__original').textContent(), text);
  await assertInert(page, dialogs);
  assert.deepEqual(errors, []);
  await context.close();
});

test('injection vectors in file names and file contents stay inert', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const dialogs = await armed(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-xss-'));
  const file = path.join(dir, '<img src=x onerror=alert(1)>.html');
  fs.writeFileSync(file, `<html><head><title>${VECTORS[0]}</title></head><body><p>${VECTORS.join(' ')}</p><p>Forty nurses came.</p></body></html>`);
  await page.getByRole('button', { name: /^Reports/ }).click();
  const library = page.getByRole('region', { name: 'Reports', exact: true });
  await library.getByLabel('Open report files').setInputFiles(file);
  await library.locator('li.library__item', { hasText: '<img src=x onerror=alert(1)>.html' }).waitFor();
  await assertInert(page, dialogs);
  await context.close();
});

test('injection vectors in the URL state stay inert and the page keeps working', async () => {
  // A hand-made link whose carried report has markup in its title and text.
  const { page: maker, context: makerContext } = await openApp(app.browser, app.server.url);
  await maker.getByRole('button', { name: /^Reports/ }).click();
  const library = maker.getByRole('region', { name: 'Reports', exact: true });
  await library.getByLabel('Title (optional)').fill(VECTORS[0]);
  await library.getByLabel('Report text').fill(VECTORS.join('\n'));
  await library.getByRole('radio', { name: 'Report B' }).check();
  await library.getByRole('button', { name: 'Add report' }).click();
  const hash = await maker.evaluate(() => location.hash);
  await makerContext.close();

  for (const link of [
    `${app.server.url}#/read?a=example-a&b=${encodeURIComponent('"><img src=x onerror=window.__xss=9>')}`,
    `${app.server.url}#/compare?hide=${encodeURIComponent('<svg onload=window.__xss=10>')}`,
    `${app.server.url}#/<script>window.__xss=11</script>`,
    `${app.server.url}${hash}`,
  ]) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const dialogs = await armed(page);
    await page.goto(link);
    await page.locator('.app').waitFor();
    await assertInert(page, dialogs);
    assert.ok(await page.locator('mark.mention').count() > 0 || (await page.locator('.comparison').count()) > 0);
    await context.close();
  }
});

test('a failure inside the app shows a friendly panel with a way back, never a blank page', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  // As a bug in an event handler would: the panic is left uncaught.
  await page.evaluate(() => setTimeout(() => window.wasmBindings.debug_panic()));
  const panel = page.getByRole('alert').filter({ hasText: 'Parallax ran into a problem' });
  await panel.waitFor();
  assert.ok(await panel.getByRole('button', { name: 'Reload' }).isVisible());
  assert.ok(await panel.getByRole('button', { name: 'Reset the view' }).isVisible());
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download my reports' }).click()]);
  assert.equal(download.suggestedFilename(), 'parallax-reports.json');
  await panel.getByRole('button', { name: 'Reload' }).click();
  await page.locator('section.report--a mark.mention').first().waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Parallax ran into a problem' }).count(), 0);
  await context.close();
});

test('a browser that cannot start the app\'s WebAssembly gets a clear message, not an endless loading line', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  // What an older browser without WebAssembly SIMD meets: a module it cannot compile.
  await context.route(/parallax-app-[0-9a-f]+_bg\.wasm$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 1, 255]) }),
  );
  await page.goto(app.server.url);
  const message = page.getByRole('alert').filter({ hasText: 'Parallax could not start in this browser' });
  await message.waitFor();
  assert.match(await message.innerText(), /WebAssembly with SIMD[\s\S]*Safari 16\.4/);
  assert.equal(await page.getByText('Opening Parallax…').count(), 0);
  await context.close();
});

test('when the analysis worker cannot start, the user is told why their report is not analysed, an HTML file is not open, or an export has not come', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  // A host or a setting that blocks the worker's code.
  await context.route('**/worker_bg.wasm', (route) => route.abort());
  await dropFiles(page, [
    { name: 'blocked.txt', text: 'Mayor Ilse Brandtner said 300 families left Varnsdorf on Monday.' },
    { name: 'blocked.html', text: '<html><body><p>The army sent 40 soldiers.</p></body></html>' },
  ]);
  await page.getByRole('status').filter({ hasText: 'Analysing the reports' }).waitFor();
  const warning = page.getByText('The analysis is taking much longer than it should');
  await warning.waitFor({ timeout: 25_000 });
  assert.match(await warning.innerText(), /background worker[\s\S]*kept in the library/);
  // The HTML file, which only the worker can turn into report text, is not
  // dropped in silence either.
  const notOpen = page.getByText('blocked.html is not open yet');
  await notOpen.waitFor({ timeout: 10_000 });
  assert.match(await notOpen.innerText(), /background worker[\s\S]*paste the report's text/);
  // An export, which the worker makes, ends with a notice too, and its
  // button is no longer busy.
  const exportBrief = page.getByRole('button', { name: 'Export brief' });
  await exportBrief.click();
  assert.equal(await exportBrief.getAttribute('aria-busy'), 'true');
  await page.getByText('The export has not come').waitFor({ timeout: 25_000 });
  assert.equal(await exportBrief.getAttribute('aria-busy'), 'false');
  // The examples still show, and the report is kept.
  await page.locator('section.report--a mark.mention').first().waitFor();
  const library = await openLibrary(page);
  await library.locator('li.library__item', { hasText: 'blocked.txt' }).waitFor();
  await context.close();
});

test('the Content-Security-Policy allows the app and forbids inline script and remote loads', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(app.server.url);
  await page.locator('section.report--a mark.mention').first().waitFor();
  // Ordinary use raises no violation.
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  await page.getByRole('button', { name: /^Reports/ }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // Inline script and remote loads are refused.
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.appendChild(script);
    let remote = 'loaded';
    try {
      await fetch('https://example.org/');
    } catch {
      remote = 'blocked';
    }
    await new Promise((r) => setTimeout(r, 50));
    return { inline: window.__inline, remote, violations: window.__violations };
  });
  assert.equal(outcome.inline, undefined);
  assert.equal(outcome.remote, 'blocked');
  assert.ok(outcome.violations.some((v) => v.startsWith('script-src')), outcome.violations.join(', '));
  assert.ok(outcome.violations.some((v) => v.startsWith('connect-src')), outcome.violations.join(', '));
  await context.close();
});
