// A desk served on 127.0.0.1 and a headless Debian Chromium driven by playwright-core, for the
// browser tests. A missing Chromium fails the test with the install command: skipping would let
// a machine without it pass for the wrong reason.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from './app';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserDesk {
  t: TestApp;
  base: string;
  ctx: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openBrowserDesk(opts: { acceptDownloads?: boolean } = {}): Promise<BrowserDesk> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: apt-get install -y chromium fonts-wqy-zenhei (.ci/run does this)`,
    );
  }
  const t = createTestApp();
  const server = await new Promise<Server>((resolve) => {
    const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'prof-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: opts.acceptDownloads ?? false,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return {
    t,
    base,
    ctx,
    page,
    async close() {
      await ctx.close();
      await new Promise((resolve) => server.close(resolve));
      t.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
