// Review at work in a real browser (Chromium through playwright-core): the sign-off rule, triage
// mode from the keyboard with bulk actions and undo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/app';
import { createDemoArticle } from '../helpers/app';
import { type BrowserDesk, openBrowserDesk } from '../helpers/browser';

const SHOTS = path.join(os.tmpdir(), 'duizhao-shots');

describe('review in a browser', () => {
  let desk: BrowserDesk;
  let t: TestApp;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    desk = await openBrowserDesk();
    ({ t, base, page } = desk);
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 60000);

  afterAll(async () => {
    await desk?.close();
  });

  const liveStatus = (text: string) =>
    page.waitForFunction((s) => document.getElementById('live-status')?.textContent === s, text);

  it('holds approval back while critical flags are open, and approves with a recorded reason', async () => {
    const id = await createDemoArticle(t, 'visit');
    const critical = t.services.articles.get(id).signOff.unresolvedCritical;
    expect(critical).toBeGreaterThan(0);
    await page.goto(`${base}/articles/${id}?lang=en`);
    const panel = page.locator('#quality');
    await expect(panel.innerText()).resolves.toContain(`unresolved critical flags: ${critical}`);
    await expect(panel.innerText()).resolves.toContain('provisional');

    // choosing Approved in the status form is refused; the reason form opens with the message
    await page.selectOption('#article-status', 'approved');
    await page.click('form[action$="/status"]:not(.override-form) button[type="submit"]');
    const reason = page.locator('#override-reason');
    await reason.waitFor({ state: 'visible' });
    await expect(page.locator('.override-form [data-client-error]').innerText()).resolves.toContain(
      'approving needs a reason',
    );
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(t.services.articles.get(id).status).toBe('draft');
    await page.screenshot({ path: path.join(SHOTS, 'quality-en.png') });

    await reason.fill('The wire corrected the headline; our correction runs tomorrow.');
    await page.click('.override-form button[type="submit"]');
    await liveStatus('Saved.');
    await expect(panel.innerText()).resolves.toContain('Approved by editor');
    await expect(panel.innerText()).resolves.toContain('our correction runs tomorrow');
    expect(t.services.articles.get(id).signOff.overrideReason).toBe(
      'The wire corrected the headline; our correction runs tomorrow.',
    );

    // the same panel in Chinese
    await page.goto(`${base}/articles/${id}?lang=zh-CN`);
    await expect(page.locator('#quality').innerText()).resolves.toContain('由 editor 于');
    await page.screenshot({ path: path.join(SHOTS, 'quality-zh.png') });
  }, 60000);

  it('triages from the keyboard: dismiss, undo, next, accept, a reason, fix now, bulk and undo', async () => {
    const id = await createDemoArticle(t, 'visit');
    const openFlags = () => t.services.flags.list(id).filter((f) => f.status === 'open');
    const queue = openFlags();
    expect(queue.length).toBeGreaterThan(3);
    const position = () => page.locator('.triage-nav .position').innerText();
    const shownFlag = () => page.locator('[data-triage]').getAttribute('data-flag-id');

    await page.goto(`${base}/articles/${id}?lang=en`);
    await page.keyboard.press('t');
    await page.waitForURL(/\/triage/);
    await expect(position()).resolves.toContain(`Flag 1 of ${queue.length}`);
    expect(await shownFlag()).toBe(String(queue[0].id));
    // the evidence is marked in the row
    expect(await page.locator('.is-flagged-row mark.evidence').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'triage-en.png') });

    // d dismisses and moves on; u undoes it
    await page.keyboard.press('d');
    await liveStatus('Dismissed');
    await expect(position()).resolves.toContain(`Flag 1 of ${queue.length - 1}`);
    expect(await shownFlag()).toBe(String(queue[1].id));
    expect(page.url()).toContain(`at=${queue[1].id}`);
    await page.keyboard.press('u');
    await liveStatus('Undone: flags put back: 1.');
    await expect(position()).resolves.toContain(`of ${queue.length}`);
    expect(openFlags().length).toBe(queue.length);

    // j / k move without deciding; a accepts
    await page.keyboard.press('j');
    await page.waitForFunction(
      (fid) => document.querySelector('[data-triage]')?.getAttribute('data-flag-id') === fid,
      String(queue[1].id),
    );
    await page.keyboard.press('k');
    await page.waitForFunction(
      (fid) => document.querySelector('[data-triage]')?.getAttribute('data-flag-id') === fid,
      String(queue[0].id),
    );
    await page.keyboard.press('a');
    await liveStatus('Accepted');
    expect(t.services.flags.list(id).find((f) => f.id === queue[0].id)!.status).toBe('accepted');

    // r opens the reason; Ctrl+Enter dismisses with it
    const current = Number(await shownFlag());
    await page.keyboard.press('r');
    const reason = page.locator('#dismiss-reason');
    await reason.waitFor({ state: 'visible' });
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await reason.fill('The source says the same in its next paragraph.');
    await page.keyboard.press('Control+Enter');
    await liveStatus('Dismissed');
    expect(t.services.flags.list(id).find((f) => f.id === current)).toMatchObject({
      status: 'dismissed',
      statusReason: 'The source says the same in its next paragraph.',
    });

    // e opens the editor on the flagged row at once; Esc closes it and stays in triage
    await page.keyboard.press('e');
    const editor = page.locator('.is-flagged-row textarea[name="text"]');
    await editor.waitFor();
    expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await editor.count()).toBe(0);
    expect(page.url()).toContain('/triage');

    // bulk: every open flag of one severity at once, then undo
    const left = openFlags();
    const severity = left[0].severity;
    const taken = left.filter((f) => f.severity === severity).length;
    await page.selectOption('#bulk-severity', severity);
    await page.click('.bulk-form button[type="submit"]');
    await liveStatus(`Done: flags changed: ${taken}. Undo puts them back.`);
    expect(openFlags().length).toBe(left.length - taken);
    await page.keyboard.press('u');
    await liveStatus(`Undone: flags put back: ${taken}.`);
    expect(openFlags().length).toBe(left.length);

    // Esc goes back to the article
    await page.keyboard.press('Escape');
    await page.waitForURL(new RegExp(`/articles/${id}(#|$)`));

    await page.goto(`${base}/articles/${id}/triage?lang=zh-CN`);
    await expect(position()).resolves.toContain('第 1 个');
    await page.screenshot({ path: path.join(SHOTS, 'triage-zh.png') });
  }, 90000);

  it('o shows only the rows with open flags; deciding the last flag of a row takes it out', async () => {
    const id = await createDemoArticle(t, 'visit');
    const article = t.services.articles.get(id);
    const flagged = article.segments.filter((s) => s.flags.some((f) => f.status === 'open'));
    await page.goto(`${base}/articles/${id}?lang=en`);
    const rows = page.locator('[data-row]');
    expect(await rows.count()).toBe(article.segments.length);
    await page.keyboard.press('o');
    await page.waitForURL(/rows=flagged/);
    expect(await rows.count()).toBe(flagged.length);
    await expect(page.locator('.row-filter-note').innerText()).resolves.toContain(
      `Rows with open flags: ${flagged.length} of ${article.segments.length}.`,
    );

    // dismiss every open flag of the first flagged row from its cards: the row leaves the view
    const first = flagged[0];
    for (const f of first.flags.filter((x) => x.status === 'open')) {
      const card = page.locator(`#flag-${f.id}`);
      await card.locator(':scope > summary').click();
      await card.locator('button[value="dismissed"]').click();
      // the page part is swapped: the card is gone (its row left the view) or shows the new status
      await page.waitForFunction((fid) => {
        const el = document.getElementById(`flag-${fid}`);
        return !el || el.classList.contains('status-dismissed');
      }, f.id);
    }
    expect(await rows.count()).toBe(flagged.length - 1);
    expect(await page.locator(`#row-${first.position + 1}`).count()).toBe(0);

    await page.keyboard.press('o');
    await page.waitForURL((u) => !u.search.includes('rows=flagged'));
    expect(await rows.count()).toBe(article.segments.length);
  }, 60000);

  it('opening a finding marks its evidence in both language cells; closing it clears them', async () => {
    const id = await createDemoArticle(t, 'visit');
    const number = t.services.flags.list(id, { type: 'number' }).find((f) => f.zhStart !== null)!;
    const row = t.services.articles.get(id).segments[number.segmentPosition];
    await page.goto(`${base}/articles/${id}?lang=zh-CN`);
    const card = page.locator(`#flag-${number.id}`);
    await card.locator(':scope > summary').click();
    const rowSel = `#row-${number.segmentPosition + 1}`;
    await page.waitForFunction(
      (sel) => document.querySelectorAll(`${sel} mark.flag-span`).length === 2,
      rowSel,
    );
    await expect(page.locator(`${rowSel} .cell.zh mark.flag-span`).innerText()).resolves.toBe(
      row.zh.slice(number.zhStart!, number.zhEnd!),
    );
    await expect(page.locator(`${rowSel} [data-en-text] mark.flag-span`).innerText()).resolves.toBe(
      row.en.slice(number.enStart!, number.enEnd!),
    );
    // the card reads in one language; the other is one click away
    await expect(card.locator('.flag-note').innerText()).resolves.toBe(number.messageZh);
    expect(await card.locator('.other-lang p').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'cards-zh.png') });
    await card.locator(':scope > summary').click();
    // 'toggle' fires as a task after the click: wait for the marks to go
    await page.waitForFunction(
      (sel) => document.querySelectorAll(`${sel} mark.flag-span`).length === 0,
      rowSel,
    );
  }, 60000);

  it('an in-place save refreshes the header; s then Split on a one-sentence row moves nothing', async () => {
    const id = await createDemoArticle(t, 'visit');
    const segments = t.services.articles.get(id).segments;
    const target = segments.find((s) => s.en.includes('four-day'))!;
    const n = target.position + 1;
    await page.goto(`${base}/articles/${id}?lang=en`);
    const openFindings = async () =>
      Number(/(\d+)/.exec(await page.locator('#open-findings').innerText())![1]);
    const before = await openFindings();

    await page.locator(`#row-${n}`).click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('e');
    const editor = page.locator(`#row-${n} textarea[name="text"]`);
    await editor.fill(target.en.replace('four-day', 'three-day'));
    await page.keyboard.press('Control+Enter');
    await liveStatus('Saved.');
    await page.waitForFunction(
      (b) => Number(/(\d+)/.exec(document.getElementById('open-findings')?.textContent ?? '')?.[1]) === b - 1,
      before,
    );
    expect(await openFindings()).toBe(before - 1);

    // j s on a row of one sentence a side: Split is refused by the form until a cut is chosen
    const single = t.services.articles
      .get(id)
      .segments.find(
        (s) =>
          s.sentences.zh.length === 1 && s.sentences.en.length === 1 && s.position > 0 && s.id !== target.id,
      )!;
    await page.locator(`#row-${single.position}`).click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('j');
    await page.keyboard.press('s');
    const panel = page.locator(`#realign-${single.id}`);
    await panel.waitFor();
    expect(await panel.locator('input[type="radio"]:checked').count()).toBe(0);
    await panel.locator('.split-form .actions button[type="submit"]').click();
    expect(await panel.locator('input[type="radio"]:invalid').count()).toBeGreaterThan(0);
    expect(t.services.articles.get(id).segments.length).toBe(segments.length);
  }, 60000);

  it('shows the actions of the current row only, with history, merge and realign in its menu', async () => {
    const id = await createDemoArticle(t, 'visit');
    await page.goto(`${base}/articles/${id}?lang=en`);
    const opacity = (n: number) =>
      page.locator(`#row-${n} .row-actions`).evaluate((el) => Number(getComputedStyle(el).opacity));
    await page.mouse.move(0, 0);
    expect(await opacity(1)).toBe(1); // the current row
    expect(await opacity(3)).toBe(0);
    await page.locator('#row-1').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await opacity(3)).toBe(1);
    expect(await opacity(1)).toBe(0);
    // the menu from the keyboard: Tab into the row's actions, open ⋯ with Enter
    const menu = page.locator('#row-3 .row-menu');
    await menu.locator('summary').focus();
    await page.keyboard.press('Enter');
    const items = await menu.locator('.row-menu-body').innerText();
    expect(items).toContain('History');
    expect(items).toContain('Merge');
    expect(items).toContain('Realign');
    // the legend explains the gutter
    await page.click('#legend > summary');
    await expect(page.locator('#legend').innerText()).resolves.toContain('Unsure (below 50%)');
  }, 60000);
});
