// Pattern search as people who check facts use it: a regular expression run
// in the worker over both reports, ignoring accents and case, its hits
// highlighted, counted per report and stepped through; `/…/` typed as such;
// an invalid pattern told under the box; and a pattern that would hang a
// backtracking engine answering at once while the page stays responsive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp, openApp, paste, screenshot } from './support.mjs';

const app = servedApp();

const A = {
  title: 'Hospitals lose staff',
  text:
    'Health minister Lucía Díaz said 1,200 nurses had left the public hospitals since March. ' +
    '“We have lost 35 doctors in one region alone,” Díaz told the regional assembly.\n\n' +
    'According to the ministry, the staffing budget rose by 4 million euros this year. ' +
    'Union leader Tomás Herrera said the true figure was closer to 1,500 nurses.',
};
const B = {
  title: 'Ministry counts resignations',
  text:
    'The ministry said 1,150 nurses and 40 doctors had resigned, according to figures released on Tuesday.\n\n' +
    'Lucía Diaz told reporters that a million-euro fund would help hospitals hire again. ' +
    'Herrera, who leads the nurses’ union, said more would follow.',
};

/** Pastes two reports as A and B and waits for their analysis. */
async function pastePair(page, a, b) {
  await paste(page, { ...a, slot: 'A' });
  await paste(page, { ...b, slot: 'B' });
  await page.getByRole('button', { name: 'Close the report library' }).click();
  await page.getByRole('heading', { name: a.title }).waitFor();
  await page.getByRole('heading', { name: b.title }).waitFor();
}

/** The texts of the hits marked in a report ('a' or 'b'). */
async function marked(page, report) {
  return page.locator(`section.report--${report} .search-hit`).allInnerTexts();
}

test('a pattern finds figures in both reports, counts them per report, and steps through them', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await pastePair(page, A, B);
  const search = page.getByRole('search');
  const toggle = search.getByRole('button', { name: 'Pattern' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const box = search.getByRole('searchbox');
  await box.click();
  await page.keyboard.type('\\d[\\d,]* (nurses|doctors)');
  await search.getByText('Hit 1 of 5 · 3 in A · 2 in B').waitFor();
  const inA = (await marked(page, 'a')).join('');
  for (const figure of ['1,200 nurses', '35 doctors', '1,500 nurses']) assert.ok(inA.includes(figure), `${figure} in ${inA}`);
  const inB = (await marked(page, 'b')).join('');
  for (const figure of ['1,150 nurses', '40 doctors']) assert.ok(inB.includes(figure), `${figure} in ${inB}`);
  assert.equal((await page.locator('.search-hit--current').allInnerTexts()).join(''), '1,200 nurses');
  // Stepped through as plain hits are (a hit over a figure is marked in
  // pieces, so the pieces are joined): Enter, then the buttons.
  await page.keyboard.press('Enter');
  await search.getByText(/^Hit 2 of 5/).waitFor();
  await search.getByRole('button', { name: 'Next hit' }).click();
  await search.getByText(/^Hit 3 of 5/).waitFor();
  await search.getByRole('button', { name: 'Next hit' }).click();
  await search.getByText(/^Hit 4 of 5/).waitFor();
  assert.equal((await page.locator('section.report--b .search-hit--current').allInnerTexts()).join(''), '1,150 nurses');
  await screenshot(page, 'pattern-search-hits', { clip: await search.boundingBox() });

  // Accents and case are ignored: "diaz" finds "Díaz" and "Diaz".
  await box.fill('diaz');
  await search.getByText('Hit 1 of 3 · 2 in A · 1 in B').waitFor();

  // Typed between slashes, a query switches to pattern mode by itself.
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await box.fill('');
  await page.keyboard.type('/\\bmillion\\b/');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await box.inputValue(), '\\bmillion\\b');
  await search.getByText('Hit 1 of 2 · 1 in A · 1 in B').waitFor();
  // A hit inside a figure marks the figure, as plain search's hits do.
  const millions = await marked(page, 'a');
  assert.ok(millions.length === 1 && millions[0].includes('million'), millions.join(' | '));

  // An invalid pattern is told under the box, pointing at the error.
  await box.fill('(said');
  const alert = search.getByRole('alert');
  await alert.getByText(/unclosed group/).waitFor();
  assert.match(await alert.innerText(), /\(said\n\s*\^/);
  assert.equal(await page.locator('.search-hit').count(), 0);
  await screenshot(page, 'pattern-search-error', { clip: await search.boundingBox() });
  // Fixed, it searches again.
  await box.fill('(said|told|according to)');
  await search.getByText('Hit 1 of 8 · 4 in A · 4 in B').waitFor();
  assert.equal(await search.getByRole('alert').count(), 0);

  // At phone width the bar wraps tidily.
  await page.setViewportSize({ width: 390, height: 844 });
  await box.fill('(said');
  await alert.waitFor();
  await screenshot(page, 'pattern-search-error-phone', { clip: await search.boundingBox() });
  await box.fill('\\d[\\d,]* (nurses|doctors)');
  await search.getByText('Hit 1 of 5 · 3 in A · 2 in B').waitFor();
  await screenshot(page, 'pattern-search-hits-phone', { clip: await search.boundingBox() });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pattern catastrophic for a backtracking engine answers at once and the page stays responsive', async () => {
  const { page, context, errors } = await openApp(app.browser, app.server.url);
  await pastePair(page, { title: 'A long run', text: 'a'.repeat(200_000) + 'b' }, B);
  const search = page.getByRole('search');
  const toggle = search.getByRole('button', { name: 'Pattern' });
  await toggle.click();
  await search.getByRole('searchbox').fill('(a+)+$');
  const started = Date.now();
  // The page answers a frame while the worker searches.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  assert.ok(Date.now() - started < 1_000, `a frame took ${Date.now() - started} ms`);
  await search.getByText('No match in either report').waitFor({ timeout: 5_000 });
  const answered = Date.now() - started;
  assert.ok(answered < 5_000, `answered in ${answered} ms`);
  // The toggle still clicks, and a pattern that does match is found.
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await search.getByRole('searchbox').fill('(a|aa)+b');
  await search.getByText('Hit 1 of 1 · 1 in A · 0 in B').waitFor({ timeout: 5_000 });
  assert.deepEqual(errors, []);
  await context.close();
});
