// Accessibility of every view, in light and dark, checked with axe-core in
// headless Chromium: no serious or critical violation. The run also saves a
// screenshot of each view at desktop and phone width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { servedApp, screenshot, root, paste, openLibrary } from './support.mjs';
import { SENTENCING, UNRELATED } from './pairs.mjs';

const app = servedApp();
const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Pastes `pair` as reports A and B and waits for their comparison. */
async function comparePair(page, pair) {
  await paste(page, { ...pair.a, slot: 'A' });
  await paste(page, { ...pair.b, slot: 'B' });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await page.getByRole('region', { name: 'How the two reports compare' }).getByText(pair.b.title).waitFor();
}

/** Serious and critical axe violations on the page, as readable lines. */
async function violations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return result;
}

const VIEWS = [
  { name: 'read', hash: '#/read', ready: 'section.report--a' },
  { name: 'compare', hash: '#/compare', ready: '.comparison-summary' },
  {
    // Every figure status, a row open, and the sentences only one report has shown.
    name: 'compare-statuses',
    hash: '#/compare',
    ready: '.comparison-summary',
    prepare: async (page) => {
      await comparePair(page, SENTENCING);
      await page.locator('tr.ledger__row', { hasText: 'Compatible' }).getByRole('button').click();
      for (const letter of ['A', 'B']) await page.getByRole('button', { name: new RegExp(`only in ${letter}`) }).click();
    },
  },
  {
    name: 'compare-different-stories',
    hash: '#/compare',
    ready: '.comparison-summary',
    prepare: (page) => comparePair(page, UNRELATED),
  },
  { name: 'framing', hash: '#/framing', ready: '.framing-report' },
  {
    name: 'corrections',
    hash: '#/read',
    ready: 'section.report--a',
    prepare: async (page) => {
      await page.getByRole('complementary', { name: 'Entities' }).getByRole('button', { name: /Zoé Robledo Aburto/ }).click();
      await page.getByLabel('Kind', { exact: true }).selectOption('organization');
      await page.getByRole('region', { name: 'Your corrections' }).waitFor();
    },
  },
  {
    name: 'library',
    hash: '#/read',
    ready: 'section.report--a',
    prepare: async (page) => {
      await openLibrary(page);
    },
  },
  {
    name: 'selection',
    hash: '#/read',
    ready: 'section.report--a',
    prepare: async (page) => {
      await page.getByRole('complementary', { name: 'Entities' }).getByRole('button', { name: /Zoé Robledo Aburto/ }).click();
      await page.locator('section.report--b mark.mention').first().focus();
    },
  },
  {
    name: 'shortcuts',
    hash: '#/read',
    ready: 'section.report--a',
    prepare: async (page) => {
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    },
  },
];

for (const scheme of ['light', 'dark']) {
  for (const view of VIEWS) {
    test(`${view.name} view in ${scheme} has no serious accessibility violations`, async () => {
      for (const [device, width, height] of [['desktop', 1440, 1000], ['phone', 380, 800]]) {
        const context = await app.browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(app.server.url + view.hash);
        await page.locator(view.ready).first().waitFor();
        if (view.prepare) await view.prepare(page);
        const found = await violations(page);
        assert.deepEqual(found, [], `${view.name} / ${scheme} / ${device}`);
        await screenshot(page, `${view.name}-${scheme}-${device}`);
        await context.close();
      }
    });
  }
}

test('highlights announce their kind to assistive technology', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.server.url);
  const mention = page.locator('section.report--a mark.mention--person').first();
  await mention.waitFor();
  const name = await mention.getAttribute('aria-label');
  assert.match(name, /\(person\)$/);
  assert.equal(await page.getByRole('button', { name: /\(place\)$/ }).first().isVisible(), true);
  await context.close();
});
