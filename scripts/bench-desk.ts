// bench:desk — the article page of a 30- and a 300-paragraph article in a real browser (Debian's
// Chromium through playwright-core), before and after rows came in pages: server time and size of
// the page, when its first row shows, the elements and height of the page, where the panels under
// the rows start, and how long `e` takes to open the editor and `f` the flag form. "before" is the
// same build with every row on one page (app.locals.deskPageRows = Infinity), which is what the
// page was before row-pages.ts: the same row partial, all rows at once. Articles from
// scripts/bench-desk/large-article.ts in a temporary database; each number is the median of --runs
// page loads. Timings belong here, not in tests.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { migrate } from '../server/db/migrate';
import { createServices, type Services } from '../server/services';
import { cliActor } from '../server/services/actor';
import { largeArticle } from './bench-desk/large-article';
import { parseArgs, stringFlag } from './cli/args';

const CHROMIUM = '/usr/bin/chromium';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Milliseconds from navigation start to the first row painted, and what the page holds then. */
async function loadPage(page: Page, url: string) {
  const t0 = Date.now();
  const res = await page.goto(url, { waitUntil: 'commit' });
  await page.locator('#row-1').waitFor({ state: 'visible' });
  // one frame later the row is on screen
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const firstRow = Date.now() - t0;
  await page.waitForLoadState('load');
  const loaded = Date.now() - t0;
  const bytes = Number((await res?.headerValue('content-length')) ?? 0) || (await res?.body())?.length || 0;
  const shape = await page.evaluate(() => ({
    // the browser's own clock: first paint with content, and the end of parsing
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    dcl:
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.domContentLoadedEventEnd ?? Number.NaN,
    elements: document.getElementsByTagName('*').length,
    height: document.documentElement.scrollHeight,
    rows: document.querySelectorAll('[data-row]').length,
    panels: (document.getElementById('flags')?.getBoundingClientRect().top ?? Number.NaN) + window.scrollY,
  }));
  return { firstRow, loaded, bytes, ...shape };
}

/** Milliseconds from a key press to the element being there and a frame painted. */
async function keyTo(page: Page, key: string, selector: string): Promise<number> {
  return page.evaluate(
    async ({ key, selector }) => {
      const t0 = performance.now();
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      while (!document.querySelector(selector)) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return performance.now() - t0;
    },
    { key, selector },
  );
}

type Measure = Record<string, string>;

async function measureArticle(
  ctx: BrowserContext,
  base: string,
  app: Express,
  services: Services,
  paragraphs: number,
  runs: number,
): Promise<{ label: string; before: Measure; after: Measure }> {
  const a = largeArticle(paragraphs);
  const t0 = Date.now();
  const { id } = await services.articles.create({ zh: { text: a.zh }, en: { text: a.en }, author: 'bench' });
  const importMs = Date.now() - t0;
  const article = services.articles.get(id);
  const url = `${base}/articles/${id}?lang=en`;
  const cookie = (await ctx.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ');
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const out: Record<'before' | 'after', Measure> = { before: {}, after: {} };
  for (const mode of ['before', 'after'] as const) {
    app.locals.deskPageRows = mode === 'before' ? Number.POSITIVE_INFINITY : undefined;
    const server: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s0 = process.hrtime.bigint();
      const res = await fetch(url, { headers: { Cookie: cookie } });
      await res.text();
      server.push(Number(process.hrtime.bigint() - s0) / 1e6);
    }
    const loads: Awaited<ReturnType<typeof loadPage>>[] = [];
    const editor: number[] = [];
    const flagForm: number[] = [];
    for (let i = 0; i < runs; i++) {
      loads.push(await loadPage(page, url));
      await page.locator('#row-1').focus();
      await page.keyboard.press('j');
      editor.push(await keyTo(page, 'e', '[data-row] textarea[name="text"]'));
      await page.keyboard.press('Escape');
      flagForm.push(await keyTo(page, 'f', '.flag-inline-row [data-flag-form]'));
      await page.keyboard.press('Escape');
    }
    const m = (f: (x: (typeof loads)[number]) => number) => median(loads.map(f));
    out[mode] = {
      'article page, server': `${median(server).toFixed(0)} ms`,
      'HTML size': `${(m((x) => x.bytes) / 1024).toFixed(0)} KB`,
      'first contentful paint': `${m((x) => x.fcp).toFixed(0)} ms`,
      'first row visible (driver)': `${m((x) => x.firstRow)} ms`,
      'load event': `${m((x) => x.loaded)} ms`,
      'rows on the page at load': `${m((x) => x.rows)}`,
      'elements at load': `${m((x) => x.elements)}`,
      'page height at load': `${m((x) => x.height)} px`,
      'flag list and panels start at': `${m((x) => x.panels).toFixed(0)} px`,
      'e → editor open': `${median(editor).toFixed(0)} ms`,
      'f → flag form beside the row': `${median(flagForm).toFixed(0)} ms`,
    };
  }
  app.locals.deskPageRows = undefined;
  return {
    label: `${paragraphs} ¶: ${article.segments.length} rows, ${article.flags.length} flags (import ${importMs} ms)`,
    ...out,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const sizes = (stringFlag(args, 'paragraphs') ?? '30,300').split(',').map(Number);
  const runs = Number(stringFlag(args, 'runs') ?? 3);
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`bench:desk needs ${CHROMIUM} (apt-get install chromium fonts-wqy-zenhei)`);
    return 1;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-desk-'));
  const config = { ...loadConfig({ DEMO: '0', DB_PATH: path.join(dir, 'bench.db') }) };
  const db = openDatabase(config.dbPath);
  migrate(db, path.join(config.dataDir, 'migrations'));
  const services = createServices(db, config);
  const app = createApp({ db, config, services });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'prof-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const root = cliActor('bench');
    const user = services.accounts.createWithoutPassword({ login: 'bench', role: 'admin' }, root);
    const { token } = services.sessions.create(services.accounts.row(user.id)!, {}, root);
    await ctx.addCookies([{ name: 'dz_session', value: token, url: base, httpOnly: true, sameSite: 'Lax' }]);
    const results: Awaited<ReturnType<typeof measureArticle>>[] = [];
    for (const n of sizes) results.push(await measureArticle(ctx, base, app, services, n, runs));
    console.log(`bench:desk — article page at 1440×900, median of ${runs}; before = every row on one page`);
    for (const r of results) console.log(`  ${r.label}`);
    const header = ['', ...results.flatMap((r) => [`${r.label.split(':')[0]} before`, 'after'])];
    const lines = Object.keys(results[0].before).map((k) => [
      k,
      ...results.flatMap((r) => [r.before[k], r.after[k]]),
    ]);
    const widths = header.map((_, i) => Math.max(...[header, ...lines].map((l) => l[i].length)));
    const fmt = (l: string[]) =>
      l.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(fmt(header));
    for (const l of lines) console.log(fmt(l));
    return 0;
  } finally {
    await ctx.close();
    await new Promise((r) => server.close(r));
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
