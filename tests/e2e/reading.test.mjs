// The reading view, as a user meets it: both embedded reports side by side,
// highlighted by kind, with a legend, tooltips, selection across reports,
// and the site text set aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { servedApp, openApp, screenshot, root } from './support.mjs';

const app = servedApp();

const KINDS = ['person', 'organization', 'place', 'date', 'figure'];

function report(page, letter) {
  return page.locator(`section.report--${letter.toLowerCase()}`);
}

test('opens on both reports side by side, with title, source and word count', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const letter of ['A', 'B']) {
    const section = report(page, letter);
    await assert.doesNotReject(section.getByText(`Report ${letter}`, { exact: true }).waitFor());
    const title = await section.getByRole('heading', { level: 2 }).innerText();
    assert.ok(title.length > 10, `report ${letter} has a title: ${title}`);
    assert.match(await section.locator('.report__source').innerText(), /^Example: report from outlet [AB]$/);
    assert.match(await section.locator('.report__words').innerText(), /^\d[\d,]* words$/);
  }
  const boxA = await report(page, 'A').boundingBox();
  const boxB = await report(page, 'B').boundingBox();
  assert.ok(boxB.x > boxA.x + boxA.width - 1, 'report B stands to the right of report A');
  assert.ok(Math.abs(boxA.y - boxB.y) < 2, 'both reports start at the same height');
  await screenshot(page, 'reading-desktop');
  // Everything the page loaded came from the app's own files, its styles
  // in one request.
  for (const url of app.server.requests) assert.ok(url.startsWith('/tools/parallax/'), `own file: ${url}`);
  assert.equal(await page.locator('link[rel="stylesheet"]').count(), 1, 'one stylesheet');
  assert.deepEqual(requested.filter((url) => !url.startsWith(app.server.origin)), []);
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await context.close();
});

test('on a narrow phone screen the reports are tabs, without horizontal scrolling', async () => {
  const { page, context } = await openApp(app.browser, app.server.url, { width: 360, height: 800 });
  const tabs = page.getByRole('tablist', { name: 'Reports' });
  assert.ok(await report(page, 'A').isVisible());
  // The first screen shows the report's text; the toolbar waits in a menu.
  await page.locator('section.report--a .report__paragraph').first().waitFor();
  const top = await page.evaluate(() => document.querySelector('section.report--a .report__paragraph').getBoundingClientRect().top);
  assert.ok(top < 800 - 60, `the text starts at ${top}px, on the first screen`);
  const exportButton = page.getByRole('button', { name: 'Export JSON' });
  assert.equal(await exportButton.isVisible(), false, 'the actions are folded away');
  await page.getByText('Menu', { exact: true }).click();
  assert.ok(await exportButton.isVisible(), 'the menu shows the actions');
  await page.getByText('Menu', { exact: true }).click();
  assert.equal(await exportButton.isVisible(), false);
  assert.equal(await report(page, 'B').isVisible(), false);
  await tabs.getByRole('tab', { name: 'Report B' }).click();
  assert.equal(await tabs.getByRole('tab', { name: 'Report B' }).getAttribute('aria-selected'), 'true');
  assert.ok(await report(page, 'B').isVisible());
  assert.equal(await report(page, 'A').isVisible(), false);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scroll (overflow ${overflow}px)`);
  await screenshot(page, 'reading-phone');
  // Stepping to a mention in the other report brings its tab forward.
  await page.getByRole('complementary', { name: 'Entities' }).getByRole('button', { name: /Zoé Robledo Aburto/ }).click();
  await tabs.getByRole('tab', { name: 'Report A' }).click();
  const bar = page.getByRole('region', { name: 'Selected entity' });
  await bar.getByRole('button', { name: 'Previous mention' }).click();
  assert.ok(await report(page, 'B').isVisible(), 'the last mention is in report B');
  await context.close();
});

test('highlights every kind, and the legend counts and toggles them', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  for (const kind of KINDS) {
    const count = await page.locator(`mark.mention--${kind}`).count();
    assert.ok(count > 0, `${kind} highlights exist`);
  }
  const places = page.getByRole('button', { name: /Places/ });
  const shown = await page.locator('mark.mention--place').count();
  assert.match(await places.innerText(), new RegExp(String(shown)));
  await places.click();
  assert.equal(await places.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('mark.mention--place').count(), 0, 'places hidden');
  assert.ok(await page.locator('mark.mention--person').count() > 0, 'people still shown');
  await places.click();
  assert.equal(await page.locator('mark.mention--place').count(), shown, 'places back');
  // The legend counts mentions; the list says how many it names and how
  // many mentions those are, the same number.
  const people = page.getByRole('button', { name: /People/ });
  const mentions = (await people.innerText()).match(/\d+/)[0];
  const heading = page.locator('.entity-list__kind', { hasText: 'People' });
  const rows = await page.locator('.entity-list__group', { has: heading }).locator('.entity-list__items > li').count();
  assert.equal(await heading.locator('.entity-list__kind-count').innerText(), `${rows} named · ${mentions} mentions`);
  assert.match(await people.getAttribute('title'), new RegExp(`${mentions} mentions`));
  await context.close();
});

test('hovering or focusing a highlight says what it is and how often each report names it', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  // A surname-only mention names the person in full.
  const partial = report(page, 'A').locator('mark.mention--person', { hasText: /^Robledo Aburto$/ });
  await partial.hover();
  const tip = page.getByRole('tooltip');
  await tip.waitFor();
  const text = await tip.innerText();
  assert.match(text, /Person/i);
  assert.match(text, /Zoé Robledo Aburto/);
  assert.match(text, /\d× in report A/);
  assert.match(text, /\d× in report B/);
  // Keyboard focus opens the same tooltip.
  await page.mouse.move(0, 0);
  const figure = report(page, 'B').locator('mark.mention--figure').first();
  await figure.focus();
  assert.match(await page.getByRole('tooltip').innerText(), /Figure/i);
  await screenshot(page, 'tooltip');
  await context.close();
});

test('clicking an entity marks its mentions in both reports; the user steps through them; Escape clears', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const list = page.getByRole('complementary', { name: 'Entities' });
  await list.getByRole('button', { name: /Zoé Robledo Aburto/ }).click();
  const inA = await report(page, 'A').locator('mark.mention--selected').count();
  const inB = await report(page, 'B').locator('mark.mention--selected').count();
  assert.ok(inA >= 2, `selected in report A (${inA})`);
  assert.ok(inB >= 1, `selected in report B (${inB})`);
  const bar = page.getByRole('region', { name: 'Selected entity' });
  assert.match(await bar.innerText(), new RegExp(`Mention 1 of ${inA + inB}`));
  await bar.getByRole('button', { name: 'Next mention' }).click();
  assert.match(await bar.innerText(), new RegExp(`Mention 2 of ${inA + inB}`));
  assert.equal(await page.locator('mark.mention--current').count(), 1);
  await bar.getByRole('button', { name: 'Previous mention' }).click();
  await bar.getByRole('button', { name: 'Previous mention' }).click();
  assert.match(await bar.innerText(), new RegExp(`Mention ${inA + inB} of ${inA + inB}`));
  await screenshot(page, 'selection');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('mark.mention--selected').count(), 0);
  // Clicking a highlight in the text selects too, and clicking again clears.
  const place = report(page, 'B').locator('mark.mention--place', { hasText: 'Cuba' }).first();
  await place.click();
  assert.ok(await report(page, 'A').locator('mark.mention--selected', { hasText: 'Cuba' }).count() > 0);
  await place.click();
  assert.equal(await page.locator('mark.mention--selected').count(), 0);
  await context.close();
});

test('site boilerplate is set aside, and the original view shows the report exactly as embedded', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const section = report(page, 'A');
  const body = await section.locator('.report__body').innerText();
  assert.doesNotMatch(body, /Filed in/);
  assert.doesNotMatch(body, /What do you think/);
  const siteText = section.locator('details.site-text');
  assert.match(await siteText.locator('summary').innerText(), /Site text set aside/);
  assert.equal(await siteText.getAttribute('open'), null, 'collapsed at first');
  await siteText.locator('summary').click();
  assert.match(await siteText.innerText(), /What do you think\?\s+COMMENTFiled in:/);
  await page.getByRole('button', { name: 'Show original' }).click();
  const original = await section.locator('pre.report__original').textContent();
  const embedded = fs.readFileSync(path.join(root, 'reports', '000_3c10382c046089de.txt'), 'utf8');
  assert.equal(original, embedded);
  await page.getByRole('button', { name: 'Analysed' }).click();
  assert.ok(await section.locator('mark.mention').count() > 0);
  await context.close();
});
