// Explain and correct: a highlight says why it is one and why it belongs
// to its entity; the reader corrects the analysis (not an entity, another
// kind, merge, split, add from a selection), sees it everywhere at once,
// finds it kept after a reload, in the share link and in the JSON export,
// and can take it back. Then the framing lens, for both reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { servedApp, openApp, screenshot, paste } from './support.mjs';

const app = servedApp();

const REPORT_ONE = `Port deal sparks row

Minister Ana Ferreira announced a rescue plan for the Port Authority in Lisbon on Monday. "The collapse of the docks is avoidable," Ferreira said.
Critics slammed the so-called reform as a disaster. The plan sends 40 engineers to the old quarry by March.`;

const REPORT_TWO = `Minister unveils harbour plan

Ana Ferreira, the minister, presented a plan for the Harbour Board in Lisbon on Monday, according to officials.
Ferreira said "the collapse of the docks is avoidable" and praised the workers. The plan reportedly sends 45 engineers to the old quarry.`;

/** A page with the two constructed reports open, in a context that may read the clipboard. */
async function openPair() {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(app.server.url);
  await page.locator('section.report--a').waitFor();
  await paste(page, { text: REPORT_ONE, title: 'Port deal sparks row', slot: 'A' });
  await paste(page, { text: REPORT_TWO, title: 'Minister unveils harbour plan', slot: 'B' });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await page.locator('section.report--b mark', { hasText: 'Harbour Board' }).waitFor();
  return { page, context, errors };
}

const a = (page) => page.locator('section.report--a');
const b = (page) => page.locator('section.report--b');
const inspector = (page) => page.getByRole('region', { name: /^(Person|Organization|Place|Date)/ }).filter({ has: page.locator('#inspector-heading') });
const corrections = (page) => page.getByRole('region', { name: 'Your corrections' });

/** Clicks the entity in the list beside the reports, selecting it. */
async function select(page, name) {
  await page.getByRole('complementary', { name: 'Entities' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.locator('#inspector-heading', { hasText: name }).waitFor();
}

/** Selects `words` inside report `letter`'s text, as a reader dragging over them would. */
async function selectWords(page, letter, words) {
  await page.evaluate(([letter, words]) => {
    const body = document.querySelector(`section.report--${letter} .report__body`);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(words);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`no text node holds ${words}`);
  }, [letter, words]);
}

test('a highlight explains why it is one and why it belongs to its entity', async () => {
  const { page, context, errors } = await openPair();
  // The tooltip of a surname says which rule made it a person and why it is Ana Ferreira.
  const surname = a(page).locator('mark.mention--person', { hasText: /^Ferreira$/ });
  await surname.hover();
  const tip = page.getByRole('tooltip');
  await tip.waitFor();
  assert.match(await tip.innerText(), /Ana Ferreira/);
  assert.match(await tip.innerText(), /Why: cue 'said' next to the name/);
  assert.match(await tip.innerText(), /Same entity: surname or partial form of 'Ana Ferreira'/);
  // Focus shows the same, for keyboard users.
  await a(page).locator('mark.mention--organization', { hasText: 'Port Authority' }).focus();
  assert.match(await page.getByRole('tooltip').innerText(), /organization head 'authority'/);

  // Selecting the entity opens its explanation beside the reports: every form, with its reasons.
  await surname.click();
  const panel = inspector(page);
  await panel.waitFor();
  const text = await panel.innerText();
  assert.match(text, /Ana Ferreira[\s\S]*title 'minister' before a capitalised name/);
  assert.match(text, /Ferreira[\s\S]*Same entity: surname or partial form of 'Ana Ferreira'/);
  assert.match(text, /2× in A · 2× in B|1× in A · 1× in B/);
  await screenshot(page, 'explain-inspector');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a name spelled one letter differently in the other report is one person, and says so', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(app.server.url);
  await page.locator('section.report--a').waitFor();
  await paste(page, {
    text: 'Rail chief Jaya Verma Sinha said the rescue work was complete. Sinha said the driver ignored a signal.',
    title: 'Rescue ends after rail crash',
    slot: 'A',
  });
  await paste(page, {
    text: 'The rescue is over, Jaya Varma Sinha, the head of the railway board, told reporters on Monday.',
    title: 'Rail crash rescue over',
    slot: 'B',
  });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  const other = b(page).locator('mark.mention--person', { hasText: 'Jaya Varma Sinha' });
  await other.waitFor();
  // The tooltip of B's spelling names A's, and the entity is shared.
  await other.hover();
  assert.match(await page.getByRole('tooltip').innerText(), /Same entity: another spelling of 'Jaya Verma Sinha'/);
  // Its explanation lists both spellings, each where it stands, and why they are one.
  await other.click();
  const text = await inspector(page).innerText();
  assert.match(text, /Jaya Varma Sinha\s+1× in B[\s\S]*Same entity: another spelling of 'Jaya Verma Sinha'/);
  assert.match(text, /Jaya Verma Sinha\s+1× in A/);
  await screenshot(page, 'explain-spelling');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each kind of correction applies at once, survives a reload, travels in the link and the export, and can be undone', async () => {
  const { page, context, errors } = await openPair();

  // Retype: Lisbon is read as a place; the reader says it is an organization.
  await select(page, 'Lisbon');
  await inspector(page).getByLabel('Kind').selectOption('organization');
  await a(page).locator('mark.mention--organization', { hasText: 'Lisbon' }).waitFor();
  assert.equal(await b(page).locator('mark.mention--organization', { hasText: 'Lisbon' }).count(), 1, 'in both reports');
  assert.equal(await page.locator('mark.mention--place', { hasText: 'Lisbon' }).count(), 0);

  // Not an entity: Monday.
  await select(page, 'Monday');
  await inspector(page).getByRole('button', { name: 'Not an entity: “Monday”' }).click();
  await corrections(page).getByText('“Monday” is not an entity').waitFor();
  assert.equal(await page.locator('mark', { hasText: 'Monday' }).count(), 0);

  // Merge: the Harbour Board of report B is the Port Authority of report A.
  await select(page, 'Harbour Board');
  await inspector(page).getByLabel('Same as').selectOption({ label: 'Port Authority (organization)' });
  await inspector(page).getByRole('button', { name: 'Merge' }).click();
  await corrections(page).getByText('“Harbour Board” is “Port Authority”').waitFor();
  const list = page.getByRole('complementary', { name: 'Entities' });
  assert.equal(await list.getByRole('button', { name: /^Harbour Board/ }).count(), 0, 'one entity now');
  // The selection followed the entity: it is now named in both reports.
  assert.match(await page.getByRole('region', { name: 'Selected entity' }).innerText(), /Port Authority[\s\S]*1 in report A · 1 in report B/);
  const merged = await inspector(page).innerText();
  assert.match(merged, /merged by you/);

  // Split: "Ferreira" is someone else than Ana Ferreira.
  await select(page, 'Ana Ferreira');
  await inspector(page).getByRole('button', { name: 'Split off “Ferreira” as an entity of its own' }).click();
  await corrections(page).getByText('“Ferreira” is not “Ana Ferreira”').waitFor();
  await list.getByRole('button', { name: /^Ferreira/ }).waitFor();
  assert.match(await list.getByRole('button', { name: /^Ana Ferreira/ }).innerText(), /A1[\s\S]*B1/);

  // Add: select words the analysis missed and add them as a place.
  await selectWords(page, 'a', 'old quarry');
  const bar = page.getByRole('region', { name: 'Add the selected words as an entity' });
  await bar.waitFor();
  assert.match(await bar.innerText(), /Add\W+old quarry\W+as/);
  await bar.getByRole('button', { name: 'Place' }).click();
  await a(page).locator('mark.mention--place', { hasText: 'old quarry' }).waitFor();
  assert.equal(await b(page).locator('mark.mention--place', { hasText: 'old quarry' }).count(), 1, 'found in report B too');
  await bar.waitFor({ state: 'detached' });
  assert.equal(await corrections(page).getByRole('listitem').count(), 5);
  await screenshot(page, 'explain-corrected');

  // The comparison follows: the merged organization is shared, the added place too.
  await page.getByRole('link', { name: 'Compare' }).click();
  const shared = page.getByRole('region', { name: 'Who and what each names' }).locator('.entity-columns__column', { hasText: 'Both reports' });
  await shared.waitFor();
  assert.match(await shared.innerText(), /old quarry/);
  assert.match(await shared.innerText(), /Port Authority/);
  await page.getByRole('link', { name: 'Read' }).click();

  // Kept after a reload.
  await page.reload();
  await corrections(page).waitFor();
  assert.equal(await corrections(page).getByRole('listitem').count(), 5);
  await a(page).locator('mark.mention--place', { hasText: 'old quarry' }).waitFor();
  assert.equal(await page.locator('mark.mention--organization', { hasText: 'Lisbon' }).count(), 2);

  // In the JSON export.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(exported.corrections.items.map((c) => c.type), ['retype', 'not_an_entity', 'merge', 'split', 'add']);
  const quarry = exported.reports[0].mentions.find((m) => m.text === 'old quarry');
  assert.equal(quarry.kind, 'place');

  // In the share link: a fresh browser opens the same corrected view.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /[?&]c=/);
  const fresh = await app.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const other = await fresh.newPage();
  await other.goto(link);
  await corrections(other).waitFor();
  assert.equal(await corrections(other).getByRole('listitem').count(), 5);
  await other.locator('section.report--a mark.mention--place', { hasText: 'old quarry' }).waitFor();
  await fresh.close();

  // Undo takes back the last one, a single one can go, and Clear all removes the rest.
  await corrections(page).getByRole('button', { name: 'Undo last' }).click();
  await a(page).locator('mark.mention--place', { hasText: 'old quarry' }).waitFor({ state: 'detached' });
  assert.equal(await corrections(page).getByRole('listitem').count(), 4);
  await corrections(page).getByRole('button', { name: 'Take back: “Monday” is not an entity' }).click();
  await a(page).locator('mark', { hasText: 'Monday' }).waitFor();
  await page.keyboard.press('u');
  assert.equal(await corrections(page).getByRole('listitem').count(), 2);
  await corrections(page).getByRole('button', { name: 'Clear all' }).click();
  await corrections(page).waitFor({ state: 'detached' });
  await a(page).locator('mark.mention--place', { hasText: 'Lisbon' }).waitFor();
  await page.reload();
  await a(page).locator('mark.mention--place', { hasText: 'Lisbon' }).waitFor();
  assert.equal(await corrections(page).count(), 0, 'cleared for good');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a number that is no figure can be struck from the ledger', async () => {
  const { page, context, errors } = await openPair();
  await page.getByRole('link', { name: 'Compare' }).click();
  const ledger = page.getByRole('region', { name: 'Figure ledger' });
  const conflict = ledger.locator('tr.ledger__row', { hasText: 'Conflict' });
  assert.match(await conflict.innerText(), /40[\s\S]*45/);
  await conflict.getByRole('button').click();
  await ledger.getByRole('button', { name: /^Not a figure: “40/ }).click();
  await corrections(page).getByText(/“40[^”]*” is not a figure/).waitFor();
  await ledger.locator('tr.ledger__row', { hasText: 'Conflict' }).waitFor({ state: 'detached' });
  assert.match(await ledger.locator('tr.ledger__row', { hasText: 'Only in B' }).first().innerText(), /45/);
  await page.getByRole('link', { name: 'Read' }).click();
  assert.equal(await a(page).locator('mark.mention--figure', { hasText: '40' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, the selection bar leads to the explanation below the reports', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url, { width: 380, height: 800 });
  await page.locator('section.report--a mark.mention--person').first().click();
  const bar = page.getByRole('region', { name: 'Selected entity' });
  await bar.getByRole('button', { name: 'Why & correct ↓' }).click();
  const heading = page.locator('#inspector-heading');
  await page.waitForFunction(() => document.activeElement?.id === 'inspector-heading');
  assert.ok(await heading.isVisible());
  const box = await heading.boundingBox();
  assert.ok(box.y >= 0 && box.y < 800, `in view: ${box.y}`);
  await screenshot(page, 'explain-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a missed name can be added from the keyboard alone', async () => {
  const { page, context, errors } = await openPair();
  const form = page.getByRole('form', { name: 'Add a name the analysis missed' });
  await form.getByLabel('Missing a name? Add it').focus();
  await page.keyboard.type('the docks');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End'); // the last kind in the list: Date
  await page.keyboard.press('Home'); // back to the first: Person
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // Place
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await a(page).locator('mark.mention--place', { hasText: 'the docks' }).waitFor();
  assert.equal(await b(page).locator('mark.mention--place', { hasText: 'the docks' }).count(), 1);
  assert.equal(await form.getByLabel('Missing a name? Add it').inputValue(), '', 'the field empties for the next one');
  assert.match(await corrections(page).innerText(), /“the docks” added as a place/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the framing lens shows each report\'s voice, sources and loaded words side by side', async () => {
  const { page, context, errors } = await openPair();
  await page.getByRole('link', { name: 'Framing' }).click();
  await page.getByRole('heading', { name: 'How each report frames the story' }).waitFor();
  await page.waitForURL(/#\/framing/);
  const one = page.getByRole('region', { name: 'Framing of report A' });
  const two = page.getByRole('region', { name: 'Framing of report B' });
  const boxOne = await one.boundingBox();
  const boxTwo = await two.boundingBox();
  assert.ok(boxTwo.x > boxOne.x + boxOne.width - 1, 'side by side');

  // Loaded words in the outlet's own voice, by category, each opening onto
  // its sentence; "collapse" is inside Ferreira's quote in both reports, so
  // it is hers, shown apart with her name, not the outlet's alarm.
  assert.match(await one.innerText(), /Alarm\ndisaster\n/i);
  assert.match(await one.innerText(), /Attack and blame[\s\S]*slammed/i);
  const quoted = one.locator('.terms', { hasText: 'Inside quotes' });
  assert.match(await quoted.innerText(), /collapse\s*Ana Ferreira/);
  await quoted.locator('.term__word', { hasText: 'collapse' }).click();
  assert.match(await quoted.locator('.term[open] .term__context').innerText(), /The collapse of the docks is avoidable/);
  assert.match(await two.locator('.terms', { hasText: 'Inside quotes' }).innerText(), /collapse\s*Ana Ferreira/);
  assert.doesNotMatch(await two.innerText(), /Alarm\n/i, 'B uses no alarm word of its own');
  assert.match(await two.innerText(), /Praise[\s\S]*praised/i);
  assert.match(await two.innerText(), /Hedges[\s\S]*reportedly/i);
  await one.locator('.term__word', { hasText: 'slammed' }).click();
  const context1 = one.locator('.term[open] .term__context', { hasText: 'Critics' });
  await context1.waitFor();
  assert.equal(await context1.locator('mark').innerText(), 'slammed');

  // Who is quoted, and how much is the outlet's own voice.
  assert.match(await one.innerText(), /Who is quoted · 1 quote\n[\s\S]*Ferreira[\s\S]*1 quote · 7 words · 1 loaded/);
  assert.match(await one.innerText(), /Own assertions \d+%/);
  // The table counts each outlet's own words; the quoted ones on a row of their own.
  const table = page.getByRole('table');
  const row = (name) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  assert.match((await row(/^Alarm/).getByRole('cell').allInnerTexts()).join(' | '), /^1 · [\d.]+ \| –$/);
  assert.deepEqual(await row(/^Inside quotes/).getByRole('cell').allInnerTexts(), ['1', '1']);
  await screenshot(page, 'framing', { fullPage: true });

  // The keyboard gets there too, and the page reloads on the lens.
  await page.getByRole('link', { name: 'Read' }).click();
  await page.waitForURL(/#\/read/);
  await page.locator('section.report--a').waitFor();
  await page.keyboard.press('f');
  await page.getByRole('heading', { name: 'How each report frames the story' }).waitFor();
  // The address follows the page just after it renders.
  await page.waitForURL(/#\/framing/);
  await page.reload();
  await page.getByRole('heading', { name: 'How each report frames the story' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
