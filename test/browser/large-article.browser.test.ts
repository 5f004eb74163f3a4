// A 300-paragraph article in Chromium: the page arrives with its first page of rows only, and the
// rest comes as the reader needs it — j/k past the last row, "go to row", a link to a far row,
// n/p and the flagged-rows filter, scrolling — while editing and flagging a row of a later page
// work as on the first. How fast is bench:desk's business, not this test's.
import type { Page } from 'playwright-core';
import { largeArticle } from '../../scripts/bench-desk/large-article';
import { PAGE_ROWS } from '../../server/web/pages/row-pages';
import { type BrowserDesk, openBrowserDesk } from '../helpers/browser';

// Generous: five engineers share two cores, and a fetch of a page of rows waits its turn.
jest.setTimeout(120000);

let d: BrowserDesk;
let id: number;
let total: number;

beforeAll(async () => {
  d = await openBrowserDesk();
  const a = largeArticle(300);
  ({ id } = await d.t.services.articles.create({ zh: { text: a.zh }, en: { text: a.en }, author: 'tester' }));
  total = d.t.services.articles.get(id).segments.length;
}, 180000);
afterAll(() => d?.close());

const rowCount = (page: Page) => page.locator('[data-row]').count();
const currentId = (page: Page) => page.evaluate(() => document.querySelector('[data-row].is-current')?.id);
const waitCurrent = (page: Page, rowId: string) =>
  page.waitForFunction((r) => document.querySelector('[data-row].is-current')?.id === r, rowId);

describe('a 300-paragraph article', () => {
  it('paints the first page of rows only; the editor opens at once on row 1', async () => {
    expect(total).toBeGreaterThan(300);
    const res = await d.page.goto(`${d.base}/articles/${id}?lang=en`);
    const html = (await res?.text()) ?? '';
    expect([...html.matchAll(/ id="row-\d+"/g)]).toHaveLength(PAGE_ROWS);
    expect(html).toContain(`id="row-${PAGE_ROWS}"`);
    await d.page.locator('#row-1').waitFor({ state: 'visible' });
    expect(await d.page.locator(`#row-${PAGE_ROWS + 1}`).count()).toBe(0);
    await d.page.locator('#row-1').focus();
    await d.page.keyboard.press('e');
    await d.page.locator('#row-1 textarea[name="text"]').waitFor();
    await d.page.keyboard.press('Escape');
    await d.page.locator('#row-1 textarea[name="text"]').waitFor({ state: 'detached' });
  });

  it('j past the last loaded row loads the next page; k before the first loads the one before', async () => {
    // Without IntersectionObserver nothing loads on scroll, so only the keys can bring rows in.
    const page = await d.ctx.newPage();
    await page.addInitScript(() => {
      // biome-ignore lint/suspicious/noExplicitAny: removing a browser API for this page
      delete (window as any).IntersectionObserver;
    });
    try {
      await page.goto(`${d.base}/articles/${id}?lang=en#row-${PAGE_ROWS}`);
      await waitCurrent(page, `row-${PAGE_ROWS}`);
      expect(await rowCount(page)).toBe(PAGE_ROWS);
      await page.keyboard.press('j');
      await waitCurrent(page, `row-${PAGE_ROWS + 1}`);
      expect(await rowCount(page)).toBe(2 * PAGE_ROWS);
      await page.keyboard.press('k');
      await waitCurrent(page, `row-${PAGE_ROWS}`);

      await page.goto(`${d.base}/articles/${id}?from=${2 * PAGE_ROWS + 1}&lang=en#row-${2 * PAGE_ROWS + 1}`);
      await waitCurrent(page, `row-${2 * PAGE_ROWS + 1}`);
      expect(await page.locator('#row-1').count()).toBe(0);
      await page.keyboard.press('k');
      await waitCurrent(page, `row-${2 * PAGE_ROWS}`);
      expect(await rowCount(page)).toBe(2 * PAGE_ROWS);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`row-${2 * PAGE_ROWS}`);
    } finally {
      await page.close();
    }
  });

  it('scrolling to the end of the loaded rows brings in the next page', async () => {
    await d.page.goto(`${d.base}/articles/${id}?lang=en`);
    await d.page.locator('#row-1').waitFor();
    await d.page.locator(`#row-${PAGE_ROWS}`).scrollIntoViewIfNeeded();
    await d.page.locator(`#row-${PAGE_ROWS + 1}`).waitFor({ state: 'attached' });
  });

  it('jumps to a far row with g and the row number, and edits it there', async () => {
    await d.page.goto(`${d.base}/articles/${id}?lang=en`);
    await d.page.locator('#row-1').focus();
    await d.page.keyboard.press('g');
    expect(await d.page.evaluate(() => document.activeElement?.id)).toBe('row-jump');
    const far = total - 5;
    await d.page.keyboard.type(String(far));
    await d.page.keyboard.press('Enter');
    await waitCurrent(d.page, `row-${far}`);
    expect(await d.page.locator(`#row-${far}`).isVisible()).toBe(true);
    expect(d.page.url()).toMatch(new RegExp(`#row-${far}$`));

    await d.page.keyboard.press('e');
    const editor = d.page.locator(`#row-${far} textarea[name="text"]`);
    await editor.waitFor();
    await editor.fill(`${await editor.inputValue()} Edited far down.`);
    await d.page.keyboard.press('Control+Enter');
    await d.page.waitForFunction(() => document.getElementById('live-status')?.textContent === 'Saved.');
    const seg = d.t.services.articles.get(id).segments[far - 1];
    expect(seg.en).toMatch(/Edited far down\.$/);
    expect(await d.page.locator(`#row-${far} [data-en-text]`).innerText()).toMatch(/Edited far down\.$/);
  });

  it('a link to a far row from elsewhere loads the pages up to it', async () => {
    const n = 4 * PAGE_ROWS + 7;
    // as search results linked before rows came in pages: no ?from=, only the anchor
    await d.page.goto('about:blank');
    await d.page.goto(`${d.base}/articles/${id}?lang=en#row-${n}`);
    await waitCurrent(d.page, `row-${n}`);
    expect(await d.page.locator(`#row-${n}`).isVisible()).toBe(true);
    // and the address bar's anchor changed by hand on the same page
    await d.page.evaluate(() => {
      window.location.hash = '#row-3';
    });
    await waitCurrent(d.page, 'row-3');
    await d.page.evaluate((m) => {
      window.location.hash = `#row-${m}`;
    }, n + PAGE_ROWS);
    await waitCurrent(d.page, `row-${n + PAGE_ROWS}`);
  });

  it('flags a row of a later page with f, the form beside the row', async () => {
    const n = 3 * PAGE_ROWS + 2;
    await d.page.goto(`${d.base}/articles/${id}?lang=en`);
    await d.page.locator('#row-1').focus();
    await d.page.keyboard.press('g');
    await d.page.keyboard.type(String(n));
    await d.page.keyboard.press('Enter');
    await waitCurrent(d.page, `row-${n}`);
    await d.page.keyboard.press('f');
    const form = d.page.locator(`#row-${n} + .flag-inline-row [data-flag-form]`);
    await form.waitFor();
    expect(await form.isVisible()).toBe(true);
    const segId = d.t.services.articles.get(id).segments[n - 1].id;
    expect(await d.page.inputValue('#flag-row')).toBe(String(segId));
    await d.page.fill('#flag-note', 'Checked on a later page');
    await d.page.keyboard.press('Control+Enter');
    await d.page.waitForFunction(() => document.getElementById('live-status')?.textContent === 'Flag added.');
    const flags = d.t.services.flags.list(id).filter((f) => f.segmentId === segId && f.origin === 'person');
    expect(flags.map((f) => f.note)).toContain('Checked on a later page');
  });

  it('the flagged-rows filter pages its rows, and n goes past the loaded ones', async () => {
    const flagged = d.t.services.articles
      .get(id)
      .segments.filter((s) => s.flags.some((f) => f.status === 'open'))
      .map((s) => `row-${s.position + 1}`);
    expect(flagged.length).toBeGreaterThan(PAGE_ROWS);
    await d.page.goto(`${d.base}/articles/${id}?lang=en`);
    await d.page.locator('#row-1').focus();
    await d.page.keyboard.press('o');
    await d.page.waitForURL(/rows=flagged/);
    await d.page.locator('[data-row]').first().waitFor();
    const shown = await d.page.locator('[data-row]').evaluateAll((rows) => rows.map((r) => r.id));
    expect(shown.slice(0, PAGE_ROWS)).toEqual(flagged.slice(0, PAGE_ROWS));
    // n from the first flagged row, PAGE_ROWS times: the last press needs the next page
    expect(await currentId(d.page)).toBe(flagged[0]);
    for (let i = 0; i < PAGE_ROWS; i++) await d.page.keyboard.press('n');
    await waitCurrent(d.page, flagged[PAGE_ROWS]);
    expect(await currentId(d.page)).toBe(flagged[PAGE_ROWS]);
  });
});
