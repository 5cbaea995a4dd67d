// Opening a saved news page: what the user reads is the story, with its
// accents and apostrophes as written, and none of the page around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedApp, openApp, screenshot, openLibrary, root } from './support.mjs';

const app = servedApp();

// A whole saved page: head with meta and og tags, inline scripts with "<"
// and ">" in their strings, styles, JSON-LD, a menu, a cookie banner, the
// article, share buttons, a "Related" aside, comments and a footer.
const NEWS_PAGE = path.join(root, 'crates', 'formats', 'tests', 'fixtures', 'news-page.html');

test('a saved news page opened through the file input reads as its story, with nothing of the page around it', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  const library = await openLibrary(page);
  await library.getByRole('radio', { name: 'Report A' }).check();
  await library.getByLabel('Open report files').setInputFiles(NEWS_PAGE);
  const title = 'Brennmoor council votes to bring back the harbour tram';
  const item = library.locator('li.library__item', { hasText: title });
  await item.waitFor();
  assert.match(await item.innerText(), /news-page\.html/);
  await page.getByRole('button', { name: 'Close the report library' }).click();

  const a = page.locator('section.report--a');
  await a.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('section.report--a .report__body')?.innerText.includes('welcomed the vote'));
  const body = await a.locator('.report__body').innerText();
  // The story, its references decoded: &#8217; &eacute; &mdash; &#x2019;.
  for (const words of [
    'By Maren Holtz, Transport correspondent',
    'Brennmoor’s harbour tram will run again by 2027',
    'Councillor Renée Valcourt, who led the campaign',
    'since 2022 — and that buses could do the job for less',
    '“We can’t spend money we don’t have,” he said.',
    'The café owners on Quay Road',
  ]) {
    assert.ok(body.includes(words), `the story reads: ${words}`);
  }
  // None of the page around it: menu, cookie banner, share buttons,
  // related links, comments, footer, scripts, styles, structured data.
  assert.doesNotMatch(
    body,
    /cookies|Accept all|Politics|Opinion|Share on|Copy link|Related|Ferry fares|Comments \(12\)|All rights reserved|About us|dataLayer|Tracking pixel|Script paragraph|Structured data|Style sheet|&eacute;|&#|<\/?p>/,
  );
  assert.match(await a.locator('.report__words').innerText(), /^\d[\d,]* words$/);
  assert.equal(await a.locator('.report__body script, .report__body img, .report__body button').count(), 0);
  await screenshot(page, 'import-news-page');
  assert.deepEqual(errors, []);
  await context.close();
});
