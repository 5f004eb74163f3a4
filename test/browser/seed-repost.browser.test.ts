// The seed repost on the desk, in a real browser: its rows in order (headline, the English-only
// second headline, the caption alone, the quotation split like the English), and a row that an
// editor merges across a paragraph break marked as holding two paragraphs, the break shown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SEED_FILE } from '../engine/formats/import/helpers';
import { createSampleArticle, type TestApp } from '../helpers/app';
import { type BrowserDesk, openBrowserDesk } from '../helpers/browser';

const ZH = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'align', 'seed-repost.zh.txt'), 'utf8');
const EN = fs.readFileSync(SEED_FILE, 'utf8');
const SHOT = path.join(os.tmpdir(), 'duizhao-seed-repost.png');

describe('the seed repost on the desk', () => {
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

  it('shows the rows in order and marks a row merged across a paragraph break', async () => {
    const id = await createSampleArticle(t, ZH, EN);
    await page.goto(`${base}/articles/${id}`);
    const cells = async (side: 'zh' | 'en') =>
      (await page.locator(`[data-row] .cell.${side}`).allInnerTexts()).map((s) => s.trim().slice(0, 10));
    const zh = await cells('zh');
    const en = await cells('en');
    expect(zh).toHaveLength(36);
    const pairs = zh.map((z, k) => `${z} | ${en[k]}`);
    expect(pairs[0]).toBe('李在明访华料改善双边 | Lee Jae-my');
    expect(pairs.slice(2, 5)).toEqual([
      '2025年11月1日 | On Novembe',
      '韩国总统李在明星期天 | South Kore',
      '在中日关系和台海局势 | Against th',
    ]);
    // the repost's second headline has no Chinese: a row against an empty cell
    expect(en[1]).toBe('Lee Jae-my');
    expect(await page.locator('#row-2 .cell.zh .empty-cell').count()).toBe(1);
    expect(await page.locator('#row-3 .kind').innerText()).toBe('C');
    expect(pairs.slice(18, 20)).toEqual([
      '他只说，中韩两国共同 | He only sa',
      '为了两国人民更美好的 | For a bett',
    ]);
    expect(pairs[35]).toBe('据韩联社报道，由20 | According ');

    // rows 7 ("Due to…", the end of an English paragraph) and 8 ("According to…", the next) merged with m
    expect(await page.locator('#row-7 [data-en-text]').innerText()).toMatch(/^Due to the U\.S\.-South Korea/);
    expect(await page.locator('[data-row] .state-paras').count()).toBe(0);
    await page.locator('#row-7').click({ position: { x: 20, y: 10 } });
    await page.keyboard.press('m');
    await page.waitForFunction(
      () => document.getElementById('live-status')?.textContent === 'The rows were realigned.',
    );
    const merged = page.locator('#row-7');
    expect(await merged.locator('.state-paras').innerText()).toBe('Two paragraphs');
    const text = await merged.locator('[data-en-text]').innerText();
    expect(text).toMatch(/commitments\.\nAccording to South Korean media reports/);
    await merged.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT, fullPage: false });
    expect(fs.statSync(SHOT).size).toBeGreaterThan(10000);
  }, 60000);
});
