// Review at work in a real browser (Chromium through playwright-core): the sign-off rule.
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
});
