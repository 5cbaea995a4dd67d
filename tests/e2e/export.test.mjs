// Export JSON: the user downloads the analysis of the reports on screen, and
// it follows the documented schema with exact byte offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { servedApp, openApp, root } from './support.mjs';

const app = servedApp();

test('Export JSON downloads the analysis of both reports, with exact byte offsets', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'parallax-analysis.json');
  const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(json.reports.length, 2);
  const files = ['000_3c10382c046089de.txt', '003_9b3f9fb4060360a3.txt'];
  json.reports.forEach((report, i) => {
    const bytes = fs.readFileSync(path.join(root, 'reports', files[i]));
    assert.ok(report.title.length > 0);
    assert.ok(report.mentions.length > 10);
    for (const m of report.mentions) {
      assert.ok(['person', 'organization', 'place', 'date', 'figure'].includes(m.kind));
      assert.equal(bytes.subarray(m.start, m.end).toString('utf8'), m.text, 'offsets are UTF-8 byte offsets');
      if (m.kind !== 'figure') assert.equal(typeof m.entity, 'number');
    }
    for (const e of report.entities) {
      assert.ok(e.name && e.kind && Array.isArray(e.aliases) && e.mentions.length > 0);
    }
    for (const f of report.figures) {
      assert.equal(bytes.subarray(f.start, f.end).toString('utf8'), f.text);
      assert.equal(typeof f.value, 'number');
    }
    for (const q of report.quotes) assert.ok(q.text.length > 0);
  });
  // The same entity has the same id in both reports.
  const robledoA = json.reports[0].entities.find((e) => e.name === 'Zoé Robledo Aburto');
  const robledoB = json.reports[1].entities.find((e) => e.name === 'Zoé Robledo Aburto');
  assert.equal(robledoA.id, robledoB.id);
  await context.close();
});

test('the export is made in the background: its button is busy until the file comes, and the page stays usable', async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  // Hold the worker's wasm back, as a slow connection would.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/worker_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const button = page.getByRole('button', { name: 'Export brief' });
  const download = page.waitForEvent('download');
  await button.click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Export brief' && b.getAttribute('aria-busy') === 'true'),
  );
  // Meanwhile the page answers: the comparison opens.
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.locator('.compare-page').waitFor();
  release();
  const brief = await download;
  assert.equal(brief.suggestedFilename(), 'parallax-brief.md');
  const markdown = fs.readFileSync(await brief.path(), 'utf8');
  assert.match(markdown, /^# Parallax brief/);
  assert.match(markdown, /Zoé Robledo Aburto/);
  assert.equal(await button.getAttribute('aria-busy'), 'false');
  await context.close();
});
