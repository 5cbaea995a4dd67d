// The comparison of reports a user pastes, read as a user reads it: the
// figure ledger's statuses and the summary's count of each, the warning
// when two reports tell different stories, the sentences only one report
// has (collapsed behind their count), whether an aligned pair shares its
// words or rewords them, and the order of the sections.
//
// The assertions hold for any correct comparison of these reports, not for
// one analysis's incidental choices: "as much as 30 months" and "at least
// 22 months" of one sentence are compatible, 40 and 45 nurses in the same
// sentence conflict, a sentence both carry word for word is the same words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, paste, screenshot } from './support.mjs';
import { SENTENCING, UNRELATED, sentences } from './pairs.mjs';

const app = servedApp();

const STATUSES = ['Both agree', 'Compatible', 'Conflict', 'Only in A', 'Only in B'];

async function openCompare(options = {}) {
  const opened = await openApp(app.browser, app.server.url, { ...options, hash: '#/compare' });
  await opened.page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  return opened;
}

/** Pastes `pair` as reports A and B and waits for their comparison. */
async function pastePair(page, pair) {
  await paste(page, { ...pair.a, slot: 'A' });
  await paste(page, { ...pair.b, slot: 'B' });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await page.getByRole('region', { name: 'How the two reports compare' }).getByText(pair.b.title).waitFor();
}

/** The ledger's rows whose status reads `status`. */
function rows(page, status) {
  return page
    .getByRole('region', { name: 'Figure ledger' })
    .locator('tr.ledger__row')
    .filter({ has: page.locator('.status', { hasText: new RegExp(`^${status}$`) }) });
}

const words = (text) => text.replace(/\s+/g, ' ').trim();

test('the ledger tells agreement, compatible ranges and conflicts apart, and the summary counts each status', async () => {
  const { page, context, errors } = await openCompare();
  await pastePair(page, SENTENCING);

  const compatible = rows(page, 'Compatible').filter({ hasText: '30' });
  assert.equal(await compatible.count(), 1, 'one Compatible row for the prosecutors’ demand');
  assert.match(await compatible.locator('.ledger__a').innerText(), /30 months/);
  assert.match(await compatible.locator('.ledger__b').innerText(), /at least 22 months/);
  assert.ok(words(await compatible.locator('.ledger__note').innerText()).length > 0, 'the note says why they are compatible');

  const agree = rows(page, 'Both agree').filter({ hasText: '120,000' });
  assert.equal(await agree.count(), 1);
  assert.match(await agree.locator('.ledger__a').innerText(), /120,000/);
  assert.match(await agree.locator('.ledger__b').innerText(), /120,000/);

  const conflict = rows(page, 'Conflict').filter({ hasText: 'nurses' });
  assert.equal(await conflict.count(), 1);
  assert.match(await conflict.locator('.ledger__a').innerText(), /40 nurses/);
  assert.match(await conflict.locator('.ledger__b').innerText(), /45 nurses/);

  // The summary's figures card counts the ledger's rows, status by status,
  // in the ledger's words.
  const card = page.locator('.summary-card', { hasText: 'Figures both give' });
  const counts = {};
  for (const status of STATUSES) counts[status] = await rows(page, status).count();
  const pills = (await card.locator('.status').allInnerTexts()).map(words);
  assert.deepEqual(pills, STATUSES.map((status) => `${counts[status]} ${status}`));
  const both = counts['Both agree'] + counts.Compatible + counts.Conflict;
  assert.equal(words(await card.locator('.summary-card__value').innerText()), String(both));

  // Each status looks different from every other.
  const looks = new Set();
  for (const status of STATUSES.filter((s) => counts[s] > 0)) {
    looks.add(await rows(page, status).first().locator('.status').evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor} ${s.color} ${s.outlineStyle}`;
    }));
  }
  assert.equal(looks.size, STATUSES.filter((s) => counts[s] > 0).length, 'one look per status');

  await compatible.getByRole('button').click();
  const contexts = page.locator('tr.ledger__details blockquote.ledger__context');
  assert.match(await contexts.nth(0).innerText(), /as much as 30 months/);
  assert.match(await contexts.nth(1).innerText(), /at least 22 months/);
  await screenshot(page, 'compare-pasted-ledger', { fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('reports of different stories are said to be so before anything else; reports of one story are not', async () => {
  const { page, context, errors } = await openCompare();
  // The embedded pair, which opens at once, is one story.
  assert.equal(await page.getByRole('alert').filter({ hasText: 'same story' }).count(), 0);

  await pastePair(page, UNRELATED);
  const warning = page.getByRole('alert').filter({ hasText: 'These reports may not be about the same story' });
  await warning.waitFor();
  assert.match(await warning.innerText(), /they share almost no names, figures, quotes or passages/);
  // First in the comparison, and above its summary on screen.
  assert.equal(await page.locator('.comparison > *').first().getAttribute('role'), 'alert');
  const box = await warning.boundingBox();
  const summary = await page.getByRole('heading', { name: 'How the two reports compare' }).boundingBox();
  assert.ok(box.y + box.height <= summary.y, 'the warning stands above the summary');
  await screenshot(page, 'compare-different-stories');

  // Two reports of one story in their place: the warning goes.
  await pastePair(page, SENTENCING);
  assert.equal(await page.getByRole('alert').filter({ hasText: 'same story' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('sentences only one report has are collapsed behind their count, and the button shows them', async () => {
  const { page, context, errors } = await openCompare();
  await pastePair(page, SENTENCING);
  const passages = page.getByRole('region', { name: 'Passages' });
  const summary = words(await page.locator('.summary-card', { hasText: 'Passages in common' }).innerText());
  const [, onlyA, onlyB] = summary.match(/(\d+) only in A · (\d+) only in B/);

  for (const [letter, report, expected] of [['A', SENTENCING.a, onlyA], ['B', SENTENCING.b, onlyB]]) {
    const button = passages.getByRole('button', { name: new RegExp(`^\\d+ sentences? only in ${letter}`) });
    const label = words(await button.innerText());
    const count = Number(label.match(/^(\d+)/)[1]);
    assert.equal(String(count), expected, `the button's count is the summary's (${label})`);
    assert.ok(count > 0, `report ${letter} has sentences of its own`);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    const list = passages.locator(`#${await button.getAttribute('aria-controls')}`);
    assert.equal(await list.count(), 0, 'collapsed at first');

    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const shown = (await list.locator('li').allInnerTexts()).map(words);
    assert.equal(shown.length, count);
    // Every sentence of the report stands either in an aligned pair or in
    // this list, never in both.
    const aligned = (await passages.locator(`.passage__side--${letter.toLowerCase()}`).allInnerTexts()).map(words);
    assert.deepEqual(shown.filter((s) => aligned.includes(s)), []);
    assert.deepEqual([...new Set([...aligned, ...shown])].sort(), sentences(report.text).map(words).sort());

    // The keyboard works it too.
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await list.count(), 0);
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await list.locator('li').count(), count);
  }
  await screenshot(page, 'compare-pasted-passages', { fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('each aligned pair says whether the reports share its words or reword them', async () => {
  const { page, context } = await openCompare();
  await pastePair(page, SENTENCING);
  const passages = page.getByRole('region', { name: 'Passages' });
  const copied = passages.locator('li.passage', { hasText: 'Whitfield did not speak during the hearing.' });
  assert.equal(await copied.count(), 1, 'the sentence both carry is aligned');
  const same = copied.locator('.passage__evidence');
  assert.match(words(await same.innerText()), /^Same words/);
  const reworded = passages.locator('li.passage', { hasText: '45 nurses' }).locator('.passage__evidence');
  assert.match(words(await reworded.innerText()), /^Reworded \d{1,2}% alike/);
  const colour = (evidence) => evidence.locator('.status').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await colour(same), await colour(reworded), 'told apart at a glance');
  await context.close();
});

test('an aligned pair names the figures and entities that anchor it', async () => {
  const { page, context } = await openCompare();
  await pastePair(page, SENTENCING);
  const pair = page.getByRole('region', { name: 'Passages' }).locator('li.passage', { hasText: '120,000 dollars' });
  const evidence = words(await pair.locator('.passage__evidence').innerText());
  assert.match(evidence, /Both give 120,000/);
  assert.match(evidence, /Both name .*Harlow Nurses Union/);
  await context.close();
});

test('the comparison reads in order: summary, figure ledger, quotes, passages, then entities', async () => {
  const { page, context } = await openCompare();
  const headings = page.locator('.comparison').getByRole('heading', { level: 2 });
  assert.deepEqual(await headings.allInnerTexts(), [
    'How the two reports compare',
    'Figure ledger',
    'Quotes',
    'Passages',
    'Who and what each names',
  ]);
  const tops = [];
  for (const heading of await headings.all()) tops.push((await heading.boundingBox()).y);
  assert.deepEqual(tops, [...tops].sort((x, y) => x - y), 'top to bottom on screen too');
  await context.close();
});
