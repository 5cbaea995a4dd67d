// Search, keyboard shortcuts, the shortcut overlay, and the theme switch, as
// a user reaches them without a mouse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, paste, screenshot } from './support.mjs';

const app = servedApp();

test('search finds a word in both reports, counts hits per report, and steps through them', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search both reports' });
  assert.equal(await box.evaluate((el) => el === document.activeElement), true, '/ focuses the search box');
  await page.keyboard.type('cuba');
  const search = page.getByRole('search');
  await search.getByText(/Hit 1 of \d+/).waitFor();
  const summary = await search.innerText();
  const [, inA] = summary.match(/(\d+) in A/);
  const [, inB] = summary.match(/(\d+) in B/);
  assert.ok(Number(inA) > 0 && Number(inB) > 0, summary);
  const marked = await page.locator('section.report--a .search-hit').count();
  assert.equal(marked, Number(inA), 'every hit in A is marked');
  assert.equal(await page.locator('.search-hit--current').count(), 1);
  await page.keyboard.press('Enter');
  await search.getByText(/Hit 2 of/).waitFor();
  await search.getByRole('button', { name: 'Previous hit' }).click();
  await search.getByText(/Hit 1 of/).waitFor();
  await screenshot(page, 'search');
  // Accents and case do not matter; entities whose name matches are offered.
  await box.fill('DIAZ');
  await search.getByRole('button', { name: /Person · Miguel Díaz-Canel Bermúdez/ }).click();
  assert.ok(await page.locator('section.report--a mark.mention--selected').count() > 0);
  await box.fill('zzzz-nothing');
  await search.getByText('No match in either report').waitFor();
  await context.close();
});

test('search finds names of any Latin script by their plain spelling, marking the letters as written', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const text =
    'Mayor Hanna Zdanowska of Łódź met Nguyễn Thị Minh Khai in Gdańsk on Monday. ' +
    'The talks moved to a hall on the Straße des 17. Juni, and to İstanbul in May.';
  await paste(page, { text, title: 'Mayors meet', slot: 'A' });
  const reportA = page.locator('section.report--a');
  await reportA.getByText(/Hanna Zdanowska/).first().waitFor();
  const box = page.getByRole('searchbox', { name: 'Search both reports' });
  const search = page.getByRole('search');
  // What is marked, as written: the letters of a hit in plain text, the
  // whole name when the hit is inside a highlighted name.
  const cases = [
    ['lodz', 'Łódź'],
    ['gdansk', 'Gdańsk'],
    ['istanbul', 'İstanbul'],
    ['nguyen thi', 'Nguyễn Thị Minh Khai'],
    ['strasse', 'Straße'],
  ];
  for (const [query, marked] of cases) {
    await box.fill(query);
    await search.getByText(/Hit 1 of 1\b/).waitFor();
    assert.deepEqual(await reportA.locator('.search-hit').allInnerTexts(), [marked], query);
  }
  await box.fill('lodz');
  await search.getByText(/Hit 1 of 1\b/).waitFor();
  await screenshot(page, 'search-latin-scripts');
  await context.close();
});

test('shortcuts step through mentions, switch views, and list themselves', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await page.getByRole('complementary', { name: 'Entities' }).getByRole('button', { name: /Cuba/ }).click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const bar = page.getByRole('region', { name: 'Selected entity' });
  await page.keyboard.press('n');
  await bar.getByText(/Mention 2 of/).waitFor();
  await page.keyboard.press('p');
  await bar.getByText(/Mention 1 of/).waitFor();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Next mention of the selected entity/);
  assert.equal(await dialog.getByRole('button', { name: 'Close keyboard shortcuts' }).evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press('Escape');
  assert.equal(await dialog.count(), 0);
  assert.ok(await page.locator('mark.mention--selected').count() > 0, 'Escape closed the overlay first');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('mark.mention--selected').count(), 0);
  await page.keyboard.press('c');
  await page.getByRole('heading', { name: 'How the two reports compare' }).waitFor();
  await page.keyboard.press('r');
  await page.locator('section.report--a').waitFor();
  await page.keyboard.press('l');
  await page.getByRole('region', { name: 'Reports', exact: true }).waitFor();
  await context.close();
});

test('every control is reachable with Tab and shows where the focus is', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30), outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    assert.ok(info.outline, `visible focus on ${info.name}`);
    seen.add(info.name);
  }
  for (const name of ['Read', 'Compare', 'Search both reports', 'Export JSON', 'Keyboard shortcuts']) {
    assert.ok([...seen].some((s) => s.startsWith(name)), `${name} reachable by Tab`);
  }
  await context.close();
});

test('each report is one Tab stop with arrow keys between its highlights, and skip links reach the entity list in a few Tabs', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await page.locator('section.report--a mark.mention').first().waitFor();
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.id, text: el.textContent.trim().slice(0, 40), tag: el.tagName, label: el.getAttribute('aria-label') };
  });
  // From the top: the skip links come first.
  let tabs = 0;
  let focus;
  do {
    await page.keyboard.press('Tab');
    tabs += 1;
    focus = await active();
  } while (focus.text !== 'Skip to who and what' && tabs < 10);
  assert.equal(focus.text, 'Skip to who and what', 'the skip link is reached by Tab');
  assert.ok(await page.getByRole('button', { name: 'Skip to who and what' }).isVisible(), 'a focused skip link shows');
  await page.keyboard.press('Enter');
  focus = await active();
  assert.equal(focus.tag, 'BUTTON');
  assert.ok(await page.evaluate(() => document.activeElement.closest('.entity-list') !== null), 'the focus is in the entity list');
  assert.ok(tabs < 10, `${tabs} Tabs`);

  // Report A's text is one stop: arrows move between its highlights (all
  // of them once the report is laid out).
  await page.waitForFunction(() => document.querySelector('#report-body-0')?.getAttribute('aria-busy') === 'false');
  await page.getByRole('button', { name: 'Skip to report A' }).focus();
  await page.keyboard.press('Enter');
  assert.equal((await active()).id, 'report-body-0');
  await page.keyboard.press('ArrowRight');
  const first = await active();
  assert.equal(first.tag, 'MARK');
  assert.equal(first.text, await page.locator('#report-body-0 mark.mention').first().innerText());
  await page.locator('#mention-tip').waitFor();
  await page.keyboard.press('ArrowRight');
  const second = await active();
  assert.equal(second.text, await page.locator('#report-body-0 mark.mention').nth(1).innerText());
  await page.keyboard.press('ArrowLeft');
  assert.equal((await active()).text, first.text);
  await page.keyboard.press('End');
  // (Compared in one step: the report's later paragraphs may still be
  // laid out while the test reads.)
  assert.ok(await page.evaluate(() => [...document.querySelectorAll('#report-body-0 mark.mention')].at(-1) === document.activeElement));
  // Enter selects the entity, as a click does.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await page.locator('mark.mention--selected').first().waitFor();
  // Tab leaves the report (past report B's heading controls, if any) for
  // report B's text, never for the next highlight.
  const stops = [];
  do {
    await page.keyboard.press('Tab');
    stops.push(await active());
  } while (stops.at(-1).id !== 'report-body-1' && stops.length < 6);
  assert.equal(stops.at(-1).id, 'report-body-1', JSON.stringify(stops));
  assert.ok(stops.every((s) => s.tag !== 'MARK'), JSON.stringify(stops));
  await screenshot(page, 'keyboard-roving');
  await context.close();
});

test('the theme follows the system and can be switched by hand', async () => {
  const context = await app.browser.newContext({ colorScheme: 'dark', viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.locator('section.report--a').waitFor();
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click(); // System → Light
  assert.notEqual(await background(), dark);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  await toggle.click(); // Light → Dark
  assert.equal(await background(), dark);
  await page.reload();
  await page.locator('section.report--a').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the choice is kept');
  await context.close();
});
