// Links that refuse damage: a share link made by the app opens its report
// exactly; the same link with one character changed, deleted or added (a
// deterministic sample spread over the whole fragment) opens the default
// view with the damaged-link notice and none of the link's text, altered or
// not. (The host tests, tests/links.rs, try every one-character damage.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, screenshot, paste } from './support.mjs';

const app = servedApp();

const TITLE = 'Ward staffing report';
const TEXT = `Nurses leave Ward 9

Ana Okonkwo, head of nursing, said 40 nurses left Ward 9 of the Riverside hospital on 3 May.
The hospital board said 12 agency nurses would cover the night shifts from Monday.`;

/** Characters a damage puts into a fragment: its own alphabet. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=&?/,';

/** `count` one-character damages of `fragment`, spread over every part of
 * it: each at its own position, changing, deleting or adding in turn, with
 * characters drawn from the alphabet by a fixed rule. */
export function damages(fragment, count) {
  const out = new Set();
  for (let i = 0; out.size < count; i++) {
    const at = Math.floor((i * fragment.length) / count + (i * 7) % 3) % fragment.length;
    let c = ALPHABET[(i * 31 + 7) % ALPHABET.length];
    if (c === fragment[at]) c = ALPHABET[(i * 31 + 8) % ALPHABET.length];
    const kind = i % 3;
    const damaged =
      kind === 0 ? fragment.slice(0, at) + c + fragment.slice(at + 1)
      : kind === 1 ? fragment.slice(0, at) + fragment.slice(at + 1)
      : fragment.slice(0, at) + c + fragment.slice(at);
    if (damaged !== fragment) out.add(damaged);
  }
  return [...out];
}

/** The fragment of a link carrying the same report as report B, as
 * Parallax wrote links before reports were deflated: LZW in `rb`. */
const LZW_FRAGMENT =
  '/read?v2=kRDupI927DM&a=example-a&b=r576d66db46c10329&rb=9wF7RNARoUPElTByyICYQyeMGTNp3JwBIacMnDdyBLIQMWegCChhFpYhI0Ijno5O6siZU2YOCDZlwtgpA8IgQhA5uLjJGcRNGBBP1rxxs-bOGxYg0MBM-MYMCDcp50A8c3ROmDQJacBwCpWlyzJm6NA8mDAHCKYg6CQFISWNTJVXZ6J5MwdOGoZszLoBMQNEkzB5XOSkolYuXbth8Ip5M1ah1YQxZIAIc6aMmzF5tqrsWrQOm4Rj3rhFq9ZNmjNows5BkwZsSzNy3rTpK5TMXxci-gA';

/** Opens `link` and checks report B is the made-up report, exactly. */
async function opensExactly(link, notice) {
  const { page, context, errors } = await openApp(app.browser, link);
  const b = page.locator('section.report--b');
  await b.getByRole('heading', { level: 2, name: TITLE, exact: true }).waitFor();
  if (notice) await page.getByRole('alert').filter({ hasText: notice }).waitFor();
  else assert.equal(await page.getByRole('alert').count(), 0, 'no notice for an intact link');
  await page.getByRole('button', { name: 'Show original' }).click();
  assert.equal(await b.locator('pre.report__original').textContent(), TEXT);
  assert.deepEqual(errors, []);
  return { page, context };
}

/** Takes the browser's compression streams away, as in browsers before 2023. */
const NO_STREAMS = 'delete window.CompressionStream; delete window.DecompressionStream;';

/** A share link carrying the made-up report as report B, made by the app. */
async function makeLink(init) {
  const { page, context } = await openApp(app.browser, app.server.url, { init });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await paste(page, { text: TEXT, title: TITLE, slot: 'B' });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  return link;
}

test('an intact link opens the exact text; 60 damaged copies of it are refused with a notice', async () => {
  const link = await makeLink();
  const [base, fragment] = link.split('#');
  assert.match(fragment, /^\/read\?v2=[\w-]{11}&/, 'the link carries its checksum first');

  assert.match(fragment, /&zb=[\w-]+$/, 'the report travels deflated');
  assert.ok(fragment.length < LZW_FRAGMENT.length, 'deflated, the link is shorter than with LZW');

  // The intact link, in a fresh browser: the report exactly as given, and
  // the address bar then names the report in the library.
  const { page, context } = await opensExactly(link);
  await page.waitForFunction(() => !location.hash.includes('zb='));
  await context.close();

  const sample = damages(fragment, 60);
  assert.equal(sample.length, 60);
  let refused = 0;
  for (const [i, damaged] of sample.entries()) {
    const { page, context, errors } = await openApp(app.browser, `${base}#${damaged}`);
    await page.locator('section.report--b mark.mention').first().waitFor();
    const notice = page.getByRole('alert').filter({ hasText: 'This link is damaged' });
    assert.equal(await notice.count(), 1, `damage ${i}: #${damaged}`);
    assert.match(await notice.innerText(), /Ask the sender for a new link/);
    // Nothing of the link's report, in any form: not its title, not its words.
    const shown = await page.locator('body').innerText();
    for (const words of [TITLE, 'Okonkwo', 'Riverside', 'agency nurses']) {
      assert.ok(!shown.includes(words), `damage ${i} shows “${words}”: #${damaged}`);
    }
    if (i === 0) await screenshot(page, 'links-damaged');
    assert.deepEqual(errors, []);
    refused += 1;
    await context.close();
  }
  assert.equal(refused, 60);
});

test('without compression streams, links carry LZW and deflated links say they cannot open', async () => {
  const link = await makeLink(NO_STREAMS);
  assert.match(link, /&rb=[\w-]+$/, 'the report travels as LZW');
  const { context } = await opensExactly(link);
  await context.close();

  const deflated = await makeLink();
  const { page, context: old, errors } = await openApp(app.browser, deflated, { init: NO_STREAMS });
  await page.getByRole('alert').filter({ hasText: 'cannot unpack the reports this link carries' }).waitFor();
  const shown = await page.locator('body').innerText();
  for (const words of [TITLE, 'Okonkwo', 'Riverside']) assert.ok(!shown.includes(words), `shows “${words}”`);
  assert.deepEqual(errors, []);
  await old.close();
});

test('a link made before reports were deflated still opens exactly', async () => {
  const { context } = await opensExactly(`${app.server.url}#${LZW_FRAGMENT}`);
  await context.close();
});

test('a link made before the checksum still opens, saying it could not be checked', async () => {
  // The LZW link as the earlier format wrote it: no checksum.
  const old = `${app.server.url}#${LZW_FRAGMENT.replace(/\?v2=[\w-]{11}&/, '?')}`;
  const { page, context } = await opensExactly(old, 'could not be checked for damage');
  await screenshot(page, 'links-unchecked');
  await context.close();
});
