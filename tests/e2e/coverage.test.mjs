// A story across many reports: four pasted reports of one made-up story,
// ticked into the story in the library, read together in the Coverage
// view; the story kept across a reload and carried by a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { servedApp, openApp, screenshot, openLibrary, openMenu, paste } from './support.mjs';

const app = servedApp();

// The wire copy three of the four outlets carry word for word.
const WIRE = 'The company said the plant would reopen once inspectors had checked every furnace and the union had agreed new shift patterns.';

const REPORTS = [
  {
    title: 'Steelworks halts production',
    source: 'Northern Ledger',
    text: `Steelworks halts production

The Korvel steelworks in Dunmere stopped production on Tuesday, sending 1,200 workers home, the company said.
${WIRE}
Plant manager Aldo Ferreira said the furnaces had been damaged by a power cut.`,
  },
  {
    title: 'Korvel plant closes after power cut',
    source: 'Coastal Times',
    text: `Korvel plant closes after power cut

About 1,200 workers were sent home from the Korvel steelworks in Dunmere on Tuesday.
${WIRE}
"We lost power for six hours," said Aldo Ferreira, the plant manager.`,
  },
  {
    title: 'Dunmere mill shuts its gates',
    source: 'Valley Post',
    text: `Dunmere mill shuts its gates

The Korvel steelworks in Dunmere shut on Tuesday and 1,200 workers went home.
${WIRE}
Union organiser Marta Lindqvist said members feared the closure would last weeks.`,
  },
  {
    title: 'Thousands idle as Korvel stops',
    source: 'Evening Herald',
    text: `Thousands idle as Korvel stops

The Korvel steelworks in Dunmere halted work on Tuesday, leaving 1,300 workers idle.
Councillor Petra Novak called for an inquiry into the power cut.
Aldo Ferreira, the plant manager, declined to comment.`,
  },
];

/** Pastes the four reports and ticks each into the story. */
async function makeStory(page) {
  for (const [i, report] of REPORTS.entries()) await paste(page, { ...report, slot: i % 2 ? 'B' : 'A' });
  const library = await openLibrary(page);
  for (const report of REPORTS) await library.getByRole('checkbox', { name: `In the story: ${report.title}` }).check();
  await library.getByText('Story: 4 reports').waitFor();
  await library.getByRole('button', { name: 'Show coverage' }).click();
}

/** Waits for the coverage of the four reports. */
async function coverage(page) {
  await page.getByRole('heading', { name: 'How 4 reports cover the story' }).waitFor({ timeout: 30_000 });
  return page.locator('.coverage');
}

test('four reports of one story read together, and a cell opens its sentences', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url, { width: 1280, height: 800 });
  await makeStory(page);
  const view = await coverage(page);
  assert.match(page.url(), /#\/coverage/);

  // Who and what: only report D names the councillor.
  const novak = view.locator('tr', { hasText: 'Petra Novak' });
  assert.match(await novak.innerText(), /Only D names it/);
  assert.equal(await novak.locator('td', { hasText: 'not named' }).count(), 3);

  // Her cell opens report D's own sentence, exactly as pasted.
  await novak.getByRole('button', { name: /^Report D: 1×/ }).click();
  const panel = page.getByRole('region', { name: 'Sentences behind the cell' });
  assert.match(await panel.getByRole('heading').innerText(), /Report D · Thousands idle as Korvel stops · 1×/);
  assert.equal(await panel.locator('blockquote').innerText(), 'Councillor Petra Novak called for an inquiry into the power cut.');
  await screenshot(page, 'coverage-desktop', { fullPage: true });

  // The last two pasted are A and B; any member becomes B in one click.
  assert.ok(await view.getByRole('button', { name: /^Report D, .*, is report B$/ }).isDisabled());
  await view.getByRole('button', { name: /^Make report A, Steelworks halts production, report B$/ }).click();
  await view.getByRole('button', { name: /^Report A, .*, is report B$/ }).waitFor();
  assert.ok(await view.getByRole('button', { name: /^Make report D, .*, report B$/ }).isEnabled());
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('region', { name: 'How the two reports compare' }).getByText('Steelworks halts production').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a figure one report gives differently is flagged as the outlier', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await makeStory(page);
  const view = await coverage(page);
  const section = view.locator('section', { has: page.getByRole('heading', { name: 'Figures' }) });
  const row = section.locator('tr', { hasText: 'outlier' }).first();
  await row.waitFor();
  assert.match(await row.innerText(), /1,200[\s\S]*1,300[\s\S]*outlier/);
  await context.close();
});

test('on the coverage view, Export JSON and Export brief are of the story', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await makeStory(page);
  await coverage(page);
  const exported = async (name) => {
    await openMenu(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return fs.readFileSync(await download.path(), 'utf8');
  };
  const json = JSON.parse(await exported('Export JSON'));
  assert.equal(json.reports.length, 4);
  assert.ok(json.coverage, 'the JSON has the story\'s coverage');
  const outlier = json.coverage.figures.find((row) => /1,300/.test(row.note));
  assert.ok(outlier, JSON.stringify(json.coverage.figures.map((row) => row.note)));
  const brief = await exported('Export brief');
  assert.match(brief, /Coverage across 4 reports/);
  for (const report of REPORTS) assert.ok(brief.includes(report.source), `the brief names ${report.source}`);
  await context.close();
});

test('a passage three reports carry word for word is shown as shared text', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await makeStory(page);
  const view = await coverage(page);
  const section = view.locator('section', { has: page.getByRole('heading', { name: 'Shared text' }) });
  const row = section.locator('tr', { hasText: 'Passage 1' });
  assert.equal(await row.locator('td', { hasText: 'not carried' }).count(), 1, 'report D does not carry it');
  await row.getByRole('button').first().click();
  assert.equal(await page.getByRole('region', { name: 'Sentences behind the cell' }).locator('blockquote').innerText(), WIRE);
  await context.close();
});

test('the story is kept across a reload, and at phone width', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url, { width: 390, height: 844 });
  await makeStory(page);
  await coverage(page);
  await screenshot(page, 'coverage-phone', { fullPage: true });
  await page.reload();
  const view = await coverage(page);
  assert.match(await view.innerText(), /Evening Herald|Thousands idle as Korvel stops/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story link opens the same story', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await makeStory(page);
  await coverage(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#\/coverage\?/);
  await context.close();

  // A fresh browser, whose library holds none of the reports.
  const fresh = await openApp(app.browser, link);
  const view = await coverage(fresh.page);
  assert.match(await view.innerText(), /Thousands idle as Korvel stops/);
  await fresh.context.close();
});

test('with fewer than two reports in the story, the view says how to make one', async () => {
  const { page, context } = await openApp(app.browser, `${app.server.url}#/coverage`);
  await page.getByText('Tick two to twelve reports').waitFor();
  await page.getByRole('button', { name: 'Start a story with A and B' }).click();
  await page.getByRole('heading', { name: 'How 2 reports cover the story' }).waitFor({ timeout: 30_000 });
  await context.close();
});
