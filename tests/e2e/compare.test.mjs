// The comparison view on the embedded pair, as a user reads it: the summary,
// the figure ledger and its rows in context, quotes, the aligned quote with
// its differing words, and entities. compare-pasted.test.mjs compares
// reports a user pastes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, screenshot } from './support.mjs';

const app = servedApp();

async function openCompare(options = {}) {
  const opened = await openApp(app.browser, app.server.url, { ...options, hash: '#/compare' });
  await opened.page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  return opened;
}

test('the Compare tab opens the comparison and the URL names it', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  assert.match(page.url(), /#\/compare(\?|$)/);
  assert.equal(await page.getByRole('link', { name: 'Compare' }).getAttribute('aria-current'), 'page');
  await page.getByRole('link', { name: 'Read' }).click();
  await page.locator('section.report--a').waitFor();
  assert.match(page.url(), /#\/read(\?|$)/);
  await page.goBack();
  await page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  await context.close();
});

test('the summary counts what the reports share and what is unique to each', async () => {
  const { page, context, errors } = await openCompare();
  const summary = page.getByRole('region', { name: 'How the two reports compare' });
  const text = await summary.innerText();
  assert.match(text, /Passages in common\s+\d+/i);
  assert.match(text, /Shared entities\s+\d+/i);
  assert.match(text, /\d+ only in A · \d+ only in B/);
  assert.match(text, /\d+ Both agree\s+\d+ Compatible\s+\d+ Conflict\s+\d+ Only in A\s+\d+ Only in B/);
  await screenshot(page, 'compare-desktop', { fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the quote both reports carry is aligned, with its differing words marked', async () => {
  const { page, context } = await openCompare();
  const passages = page.getByRole('region', { name: 'Passages' });
  const row = passages.locator('li.passage', { hasText: 'We are working together' });
  assert.equal(await row.count(), 1);
  const a = row.locator('.passage__side--a');
  const b = row.locator('.passage__side--b');
  assert.match(await a.innerText(), /We are working together/);
  assert.match(await b.innerText(), /We are working together/);
  assert.deepEqual(await a.locator('mark.diff').allInnerTexts(), ['of reaching']);
  assert.deepEqual(await b.locator('mark.diff').allInnerTexts(), ['ofreach']);
  assert.match(await row.locator('.passage__evidence').innerText(), /^Reworded \d+% alike/);
  // Sentences without counterpart wait behind their count, per report.
  for (const letter of ['A', 'B']) {
    const more = passages.getByRole('button', { name: new RegExp(`^\\d+ sentences only in ${letter}`) });
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
  }
  await context.close();
});

test('the figure ledger lists figures both give and figures only one gives; a row shows both mentions', async () => {
  const { page, context } = await openCompare();
  const ledger = page.getByRole('region', { name: 'Figure ledger' });
  const agree = ledger.locator('tr.ledger__row', { hasText: '768 Cuban doctors' });
  assert.match(await agree.innerText(), /Both agree/);
  assert.match(await agree.locator('.ledger__a').innerText(), /768 Cuban doctors/);
  assert.match(await agree.locator('.ledger__b').innerText(), /768 Cuban doctors/);
  const onlyA = ledger.locator('tr.ledger__row', { hasText: 'about 20 dollars a month' });
  assert.match(await onlyA.innerText(), /Only in A/);
  const onlyB = ledger.locator('tr.ledger__row', { hasText: '7,400 health professionals' });
  assert.match(await onlyB.innerText(), /Only in B/);

  const toggle = agree.getByRole('button');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const details = ledger.locator('tr.ledger__details');
  const contexts = details.locator('blockquote.ledger__context');
  assert.equal(await contexts.count(), 2, 'one mention in each report');
  assert.match(await contexts.nth(0).innerText(), /Report A[\s\S]*recalled that 768 Cuban doctors/i);
  assert.match(await contexts.nth(1).innerText(), /Report B[\s\S]*that768 Cuban doctors/i);
  assert.deepEqual(await details.locator('mark.ledger__figure').allInnerTexts(), ['768', '768']);
  await screenshot(page, 'compare-ledger-open');
  await toggle.click();
  assert.equal(await ledger.locator('tr.ledger__details').count(), 0);
  await context.close();
});

test('quotes are paired across reports with their speakers, and flagged when reworded', async () => {
  const { page, context } = await openCompare();
  const quotes = page.getByRole('region', { name: 'Quotes' });
  const pair = quotes.locator('li.quote-pair', { hasText: 'We are working together' });
  assert.match(await pair.innerText(), /Reworded/);
  assert.equal(await pair.getByText('Mexican Social Security Institute').count(), 2);
  assert.ok(await quotes.getByText('Only in A').count() > 0);
  await context.close();
});

test('choosing an entity in the comparison selects it in both reports', async () => {
  const { page, context } = await openCompare();
  const entities = page.getByRole('region', { name: 'Who and what each names' });
  await entities.getByRole('link', { name: /Zoé Robledo Aburto/ }).click();
  await page.locator('section.report--a').waitFor();
  assert.ok(await page.locator('section.report--a mark.mention--selected').count() > 0);
  assert.ok(await page.locator('section.report--b mark.mention--selected').count() > 0);
  await context.close();
});

test('the comparison reads on a phone without horizontal scrolling', async () => {
  const { page, context } = await openCompare({ width: 380, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scroll (overflow ${overflow}px)`);
  await screenshot(page, 'compare-phone');
  await context.close();
});
