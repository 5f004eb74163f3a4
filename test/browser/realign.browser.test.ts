// Realignment in a real browser (Debian's Chromium through playwright-core): m merges the current
// row, the toolbar's Undo takes it back, s opens the split panel, the map opens as a panel with
// its SVG, and Checks ↻ reports the open findings — all without a page load.
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createDemoArticle, type TestApp } from '../helpers/app';
import { type BrowserDesk, openBrowserDesk } from '../helpers/browser';

const SHOTS = path.join(os.tmpdir(), 'duizhao-realign');

describe('realignment in a browser', () => {
  let desk: BrowserDesk;
  let t: TestApp;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    desk = await openBrowserDesk();
    ({ t, base, page } = desk);
  }, 60000);

  afterAll(async () => {
    await desk?.close();
  });

  const said = (text: string) =>
    page.waitForFunction((s) => document.getElementById('live-status')?.textContent === s, text);

  it('merges with m, undoes from the toolbar, splits with s, shows the map and re-runs the checks', async () => {
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
    });
    const id = await createDemoArticle(t);
    // one unsure row, to see (and check) how the gutter marks it
    t.db.prepare('UPDATE segments SET confidence = 0.3 WHERE article_id = ? AND position = 5').run(id);
    await page.goto(`${base}/articles/${id}`);
    expect(await page.locator('#row-6 .conf-low .sr-only').textContent()).toBe('Alignment uncertain (30%)');
    expect(await page.locator('#row-6 .conf-low').getAttribute('title')).toBe('Alignment uncertain (30%)');
    const rows = page.locator('[data-row]');
    const n = await rows.count();
    expect(n).toBeGreaterThan(5);
    const row3 = await page.locator('#row-3 [data-en-text]').innerText();
    const row4 = await page.locator('#row-4 [data-en-text]').innerText();

    // m on row 3: rows 3 and 4 become one, without a reload; row 3 stays current
    await page.locator('#row-3').click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('m');
    await said('The rows were realigned.');
    expect(await rows.count()).toBe(n - 1);
    expect(await page.locator('#row-3').getAttribute('class')).toContain('is-current');
    const merged = await page.locator('#row-3 [data-en-text]').innerText();
    expect(merged).toContain(row3);
    expect(merged).toContain(row4);
    expect(await page.locator('#row-3 .state-manual').innerText()).toBe('Aligned by hand');

    // the toolbar names the change and undoes it
    const undo = page.locator('#desk-actions [data-undo-realign]');
    expect(await undo.innerText()).toContain('Undo merge of rows 3 and 4');
    await undo.click();
    await said('The alignment change was undone.');
    expect(await rows.count()).toBe(n);
    expect(await page.locator('#row-4 [data-en-text]').innerText()).toBe(row4);
    expect(await page.locator('#desk-actions [data-undo-realign]').count()).toBe(0);

    // m then s: the merged row's panel lists its sentences; splitting after sentence 1 restores two rows
    await page.locator('#row-3').click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('m');
    await said('The rows were realigned.');
    await page.keyboard.press('s');
    const panel = page.locator('.realign-row');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe('Realign row 3');
    expect(await panel.locator('.side-en .s-text').count()).toBe(2);
    expect(await panel.locator('input[name="en"][value="1"]').isChecked()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'split-panel.png') });
    await panel.locator('button.btn-primary').click();
    await said('The rows were realigned.');
    expect(await rows.count()).toBe(n);
    expect(await page.locator('#row-4 [data-en-text]').innerText()).toBe(row4);
    expect(await page.locator('.realign-row').count()).toBe(0);

    // Esc closes a panel opened with s
    await page.keyboard.press('s');
    await panel.waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('.realign-row').count()).toBe(0);

    // the map opens as a panel over the page, with the SVG loaded
    await page.locator('#map-panel > summary').click();
    const map = page.locator('#map-panel img.alignment-map');
    await map.waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('#map-panel img.alignment-map');
      return Boolean(img?.complete && img.naturalWidth > 0);
    });
    expect(await page.locator('#map-panel .map-legend li').count()).toBe(4);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'map-panel.png') });
    await page.locator('#map-panel > summary').click();

    // Checks ↻ reports the open findings in words
    const open = t.services.articles.get(id).flags.filter((f) => f.origin === 'check' && f.status === 'open');
    await page.locator('#desk-actions form[action$="/checks"] button').click();
    await said(`The automatic checks ran again: ${open.length} open findings.`);
    expect(await page.locator('#open-findings').innerText()).toBe(`Open automatic findings: ${open.length}`);

    // m on the last row: the server's reason, in words, in that row
    await page.locator(`#row-${n}`).click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('m');
    const error = page.locator(`#row-${n} [data-client-error]`);
    await error.waitFor();
    expect(await error.textContent()).toContain('this is the last row, there is no next row');
    expect(await rows.count()).toBe(n);
    expect(failed.splice(0)).toEqual([expect.stringMatching(/^400 .*\/alignment\/edits$/)]);

    // ? lists m and s
    await page.locator('#row-1').click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('?');
    const help = await page.locator('#help-dialog').innerText();
    expect(help).toContain('Merge the current row with the next');
    expect(help).toContain('Split the current row');
    await page.keyboard.press('Escape');

    await page.screenshot({ path: path.join(SHOTS, 'article.png'), fullPage: false });
    expect(failed).toEqual([]);
    // the browser logs every 4xx response (the favicon, the refused merge) as a console error
    expect(consoleErrors.filter((e) => !/status of 40[04]/.test(e))).toEqual([]);
  }, 120000);
});
