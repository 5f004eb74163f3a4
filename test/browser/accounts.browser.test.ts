// Accounts in a real browser: the first administrator on an empty desk, logging in and out, a
// translator who is not offered approval and is refused when forcing it, and the activity views
// driven from the keyboard.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cliActor } from '../../server/services/actor';
import type { TestApp } from '../helpers/app';
import { createDemoArticle } from '../helpers/app';
import { type BrowserDesk, openBrowserDesk } from '../helpers/browser';

const SHOTS = path.join(os.tmpdir(), 'duizhao-shots');
const ADMIN_PASSWORD = 'first admin password';
const MEI_PASSWORD = 'translator password';

// Chromium on a busy two-core machine: generous limits, no timing asserted.
jest.setTimeout(120_000);

describe('accounts in a browser', () => {
  let desk: BrowserDesk;
  let t: TestApp;
  let base: string;
  let page: Page;

  beforeAll(async () => {
    desk = await openBrowserDesk({ signedIn: false });
    ({ t, base, page } = desk);
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 60000);

  afterAll(async () => {
    await desk?.close();
  });

  async function logIn(login: string, password: string) {
    await page.goto(`${base}/login?lang=en`);
    await page.fill('#login', login);
    await page.fill('#password', password);
    await Promise.all([page.waitForURL(/\/articles/), page.press('#password', 'Enter')]);
  }
  async function logOut() {
    await Promise.all([page.waitForURL(/\/login/), page.click('.user-menu button[type="submit"]')]);
  }

  it('asks an empty desk for its first administrator, once, and signs them in', async () => {
    await page.goto(`${base}/?lang=en`);
    expect(new URL(page.url()).pathname).toBe('/setup');
    await page.fill('#login', 'zhang');
    await page.fill('#displayName', 'Zhang Wei');
    await page.fill('#password', ADMIN_PASSWORD);
    await page.fill('#password2', ADMIN_PASSWORD);
    await Promise.all([page.waitForURL(/\/articles/), page.click('.auth-form button[type="submit"]')]);
    await expect(page.locator('.user-menu a').innerText()).resolves.toBe('Zhang Wei');
    expect(t.services.accounts.getByLogin('zhang').role).toBe('admin');
    await page.goto(`${base}/setup`);
    expect(new URL(page.url()).pathname).not.toBe('/setup');
  });

  it('logs out to the login page, refuses a wrong password, and logs in', async () => {
    await logOut();
    await page.goto(`${base}/login?lang=en`);
    await page.screenshot({ path: path.join(SHOTS, 'login-en.png') });
    await page.fill('#login', 'zhang');
    await page.fill('#password', 'not the password');
    await page.press('#password', 'Enter');
    await page.locator('.error-summary').waitFor();
    await expect(page.locator('.error-summary').innerText()).resolves.toContain('Wrong login or password.');
    await page.fill('#password', ADMIN_PASSWORD);
    await Promise.all([page.waitForURL(/\/articles/), page.press('#password', 'Enter')]);
    await logOut();
  });

  it('does not offer a translator approval, and refuses a forced approval with 403', async () => {
    await t.services.accounts.create(
      { login: 'mei', displayName: 'Wang Mei', role: 'translator', password: MEI_PASSWORD },
      cliActor('root'),
    );
    const id = await createDemoArticle(t);
    await logIn('mei', MEI_PASSWORD);
    await page.goto(`${base}/articles/${id}?lang=en`);
    const options = await page
      .locator('#article-status option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['draft', 'in_review']);
    expect(await page.locator('#export-format option[value="docx"]').count()).toBe(0);
    expect(await page.locator('#export-format option[value="report-html"]').count()).toBe(1);
    expect(await page.locator('.site-nav a[href="/admin/activity"]').count()).toBe(0);
    const forced = await page.evaluate(async (articleId) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')!.content;
      const res = await fetch(`/articles/${articleId}/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': token },
        body: new URLSearchParams({ _csrf: token, status: 'approved' }).toString(),
      });
      return res.status;
    }, id);
    expect(forced).toBe(403);
    expect(t.services.articles.get(id).status).toBe('draft');
    await logOut();
    await page.goto(`${base}/articles/${id}`);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('shows the desk-wide activity to the administrator, filtered from the keyboard', async () => {
    await logIn('zhang', ADMIN_PASSWORD);
    await page.goto(`${base}/admin/activity?lang=en`);
    const actions = () =>
      page
        .locator('tr[data-activity]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-activity')));
    expect(await actions()).toEqual(expect.arrayContaining(['setup', 'login', 'login_failed', 'logout']));
    await page.screenshot({ path: path.join(SHOTS, 'activity-admin-en.png'), fullPage: true });
    await page.focus('#activity-user');
    await page.keyboard.type('mei');
    await Promise.all([page.waitForURL(/user=mei/), page.keyboard.press('Enter')]);
    const whos = await page.locator('tr[data-activity] td.who').allInnerTexts();
    expect(whos.length).toBeGreaterThan(0);
    expect(new Set(whos)).toEqual(new Set(['Wang Mei']));
    expect(await actions()).toEqual(['logout', 'login']);
    expect(await page.locator('tr[data-activity] td:nth-child(4)').allInnerTexts()).toEqual([
      'Account mei',
      'Account mei',
    ]);

    const id = t.services.articles.list({}).items[0].id;
    await page.goto(`${base}/articles/${id}?lang=zh-CN`);
    await Promise.all([page.waitForURL(/\/activity/), page.click(`a[href="/articles/${id}/activity"]`)]);
    await expect(page.locator('h1').innerText()).resolves.toBe('本文的操作记录');
    await page.screenshot({ path: path.join(SHOTS, 'activity-article-zh.png'), fullPage: true });
  });

  it('lets the administrator manage accounts from the keyboard', async () => {
    await page.goto(`${base}/articles?lang=en`);
    await Promise.all([
      page.waitForURL(/\/admin\/accounts/),
      page.click('.site-nav a[href="/admin/accounts"]'),
    ]);
    const mei = t.services.accounts.getByLogin('mei').id;
    // Role: focus the select, pick with the arrow key, Tab to its button, Enter.
    await page.focus(`#role-${mei}`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/notice=role/), page.keyboard.press('Enter')]);
    expect(t.services.accounts.getByLogin('mei').role).toBe('reviewer');
    await expect(page.locator('p.notice').innerText()).resolves.toBe('The role of mei is changed.');
    // A new account, typed field by field with Tab.
    await page.focus('#new-login');
    await page.keyboard.type('lin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lin Hua');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a first password');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a first password');
    await Promise.all([page.waitForURL(/notice=added/), page.keyboard.press('Enter')]);
    expect(t.services.accounts.getByLogin('lin')).toMatchObject({
      role: 'translator',
      displayName: 'Lin Hua',
    });
    await expect(
      page.locator(`#account-${t.services.accounts.getByLogin('lin').id}`).innerText(),
    ).resolves.toContain('Lin Hua');
    await page.screenshot({ path: path.join(SHOTS, 'accounts-admin-en.png'), fullPage: true });
    await Promise.all([page.waitForURL(/notice=disabled/), page.click('button[aria-label="Disable lin"]')]);
    expect(t.services.accounts.getByLogin('lin').disabled).toBe(true);
    await page.goto(`${base}/admin/accounts?lang=zh-CN`);
    await page.screenshot({ path: path.join(SHOTS, 'accounts-admin-zh.png'), fullPage: true });
    await expect(
      page.locator(`#account-${t.services.accounts.getByLogin('lin').id}`).innerText(),
    ).resolves.toContain('已停用');
  });
});
