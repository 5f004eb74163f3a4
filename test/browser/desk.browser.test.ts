// The core loop in a real browser (Debian's Chromium through playwright-core): import through
// the new-article form, edit a row in place with the keyboard, see the word diff, flag a span,
// download the .txt export. Leaves a screenshot of the page in the temp directory
// (UPDATE_SCREENSHOT=1: docs/screenshot-article.png).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../helpers/app';
import { type BrowserDesk, openBrowserDesk } from '../helpers/browser';

// The README's screenshots (docs/screenshots/) show the demo articles; this one is written to
// docs/ only on request, so a test run leaves no file behind in the worktree.
const SCREENSHOT =
  process.env.UPDATE_SCREENSHOT === '1'
    ? path.join(__dirname, '..', '..', 'docs', 'screenshot-article.png')
    : path.join(os.tmpdir(), 'duizhao-screenshot-article.png');

const ZH = [
  '李在明访华料改善双边关系 安全议题难有突破',
  '韩国总统李在明星期天（1月4日）开始对中国进行为期四天的国事访问。',
  '受访学者评估认为，双边关系可望改善，但双方在安全问题上难以完全满意。',
  '李在明将在星期一与中国国家主席习近平会谈，随后前往上海访问两天。',
].join('\n\n');

const EN = [
  "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues.",
  'South Korean President Lee Jae-myung began a four-day state visit to China on Sunday, January 4.',
  'Scholars interviewed assessed that bilateral relations will certainly improve, and both sides will be satisfied on security.',
  'Lee will meet Chinese President Xi Jinping on Monday, followed by a three-day visit to Shanghai.',
].join('\n\n');

describe('desk in a browser', () => {
  let desk: BrowserDesk;
  let t: TestApp;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    desk = await openBrowserDesk({ acceptDownloads: true });
    ({ t, base, page } = desk);
  }, 60000);

  afterAll(async () => {
    await desk?.close();
  });

  it('imports, edits in place, shows the diff, flags a span and exports .txt', async () => {
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') cspErrors.push(m.text());
    });

    // 1. import through the form, with a preview first
    await page.goto(`${base}/articles/new`);
    await page.fill('#zh-text', ZH);
    await page.fill('#en-text', EN);
    await page.click('button[name="intent"][value="preview"]');
    await page.waitForSelector('#preview-title');
    expect(await page.inputValue('#en-text')).toBe(EN);
    await page.click('button[name="intent"][value="create"]');
    await page.waitForURL(/\/articles\/\d+/);
    const rows = page.locator('[data-row]');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('#row-1 .cell.zh').innerText()).resolves.toContain('李在明访华');

    // 2. edit row 3 in place with the keyboard: j j → e → type → Ctrl+Enter
    await page.locator('#row-1').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.locator('#row-3').getAttribute('class')).toContain('is-current');
    await page.keyboard.press('e');
    const editor = page.locator('#row-3 textarea[name="text"]');
    await editor.waitFor();
    const before = await editor.inputValue();
    const after = before
      .replace('will certainly improve', 'are likely to improve')
      .replace(
        'and both sides will be satisfied on security',
        'but neither side will be fully satisfied on security',
      );
    expect(after).not.toBe(before);
    await editor.fill(after);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.getElementById('live-status')?.textContent === 'Saved.');
    await expect(page.locator('#row-3 [data-en-text]').innerText()).resolves.toBe(after);

    // 3. the diff against the original: d toggles it; <ins> and <del> carry the change
    await page.keyboard.press('d');
    expect(await page.evaluate(() => document.body.classList.contains('view-diff'))).toBe(true);
    const diff = page.locator('#row-3 [data-en-diff]');
    expect(await diff.isVisible()).toBe(true);
    expect(await diff.locator('ins').first().innerText()).toMatch(/likely|neither|fully/);
    expect(await diff.locator('del').first().innerText()).toMatch(/certainly|both|satisfied/);
    await page.keyboard.press('d');

    // 4. flag a selected span of row 4 while row 3 is current: select "three-day", press f
    await page.evaluate(() => {
      const el = document.querySelector('#row-4 [data-en-text]') as HTMLElement;
      const text = el.firstChild as Text;
      const start = (text.textContent ?? '').indexOf('three-day');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'three-day'.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    });
    await page.keyboard.press('f');
    const form = page.locator('.flag-inline-row [data-flag-form]');
    await form.waitFor();
    expect(await form.locator('[data-selection-text]').innerText()).toBe('three-day');
    await form.locator('#flag-category').selectOption('accuracy/mistranslation');
    await form.locator('#flag-severity').selectOption('major');
    await form.locator('#flag-note').fill('两天 is two days, not three.');
    await form.locator('#flag-suggestion').fill('two-day');
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(() => document.getElementById('live-status')?.textContent === 'Flag added.');
    const flag = page.locator('#row-4 details.flag.origin-person');
    await expect(flag.innerText()).resolves.toContain('two days');
    await flag.locator('summary').click();
    await expect(flag.innerText()).resolves.toContain('three-day');
    // the open flag marks its words in the English cell
    expect(await page.locator('#row-4 mark.flag-span').innerText()).toBe('three-day');

    // 4b. its status changes through the same form, enhanced: no reload, the list follows
    await flag.locator('button[value="resolved"]').click();
    await page.waitForFunction(() => document.getElementById('live-status')?.textContent === 'Saved.');
    expect(await page.locator('#row-4 details.flag.origin-person').getAttribute('class')).toContain(
      'status-resolved',
    );

    // 4c. n jumps to the next row with an open flag; ? opens the key list, Esc closes it
    await page.locator('#row-1').click({ position: { x: 20, y: 10 } });
    const firstFlagged = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-row]')).findIndex(
        (r, i) => i > 0 && Number((r as HTMLElement).dataset.openFlags) > 0,
      ),
    );
    await page.keyboard.press('n');
    if (firstFlagged > 0)
      expect(await page.locator(`#row-${firstFlagged + 1}`).getAttribute('class')).toContain('is-current');
    await page.keyboard.press('?');
    expect(await page.locator('#help-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#help-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

    // 5. screenshot of the article page in the diff view (kept for the README)
    await page.keyboard.press('Escape');
    await page.locator('#row-3').click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('d');
    await page.evaluate(() => window.scrollTo(0, 0));
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    await page.keyboard.press('d');

    // 6. export .txt through the export menu
    await page.selectOption('#export-format', 'txt');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('form[action$="/export"] button'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    const file = await download.path();
    const txt = fs.readFileSync(file, 'utf8');
    expect(txt.split('\n')[0]).toContain("Lee Jae-myung's visit to China");
    expect(txt).toContain(after);
    expect(txt).not.toContain('will certainly improve');

    expect(cspErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  }, 120000);

  it('cancels with Esc, and refuses a stale save until the reviewer saves again (中文 UI)', async () => {
    const { id } = await t.services.articles.create({ zh: { text: ZH }, en: { text: EN }, author: 'wang' });
    const row2 = t.services.articles.get(id).segments[1];
    await page.goto(`${base}/articles/${id}?lang=zh-CN`);
    expect(await page.locator('h2#help-title').textContent()).toBe('键盘快捷键');

    // Enter on the focused row opens the editor; Esc puts the text back unchanged
    await page.locator('#row-2').click({ position: { x: 20, y: 10 } });
    await page.locator('#row-2').focus();
    await page.keyboard.press('Enter');
    const editor = page.locator('#row-2 textarea[name="text"]');
    await editor.fill('Something else entirely.');
    await page.keyboard.press('Escape');
    expect(await editor.count()).toBe(0);
    expect(await page.locator('#row-2 [data-en-text]').textContent()).toBe(row2.en);

    // someone else saves row 2 while this reviewer edits it
    await page.keyboard.press('e');
    await editor.fill('My version of the row.');
    await t.services.segments.saveEnglish({
      articleId: id,
      segmentId: row2.id,
      text: 'Their version.',
      author: 'li',
    });
    await page.keyboard.press('Control+Enter');
    const error = page.locator('#row-2 [data-client-error]');
    await error.waitFor();
    expect(await error.textContent()).toContain('你编辑期间有人保存了这一行');
    expect(await editor.inputValue()).toBe('My version of the row.');

    // saving again is a deliberate choice and goes through over the newer version
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.getElementById('live-status')?.textContent === '已保存。');
    expect(await page.locator('#row-2 [data-en-text]').textContent()).toBe('My version of the row.');
    const history = t.services.segments.history(id, row2.id).revisions.map((r) => r.author);
    expect(history).toEqual(['editor', 'li']);
  }, 60000);
});
