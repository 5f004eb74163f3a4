// A desk served on 127.0.0.1 and a headless Debian Chromium driven by playwright-core, for the
// browser tests. A missing Chromium fails the test with the install command: skipping would let
// a machine without it pass for the wrong reason.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { cliActor } from '../../server/services/actor';
import { createTestApp, type TestApp } from './app';
import { DEFAULT_LOGIN, tokenFor } from './auth';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserDesk {
  t: TestApp;
  base: string;
  ctx: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Opens the desk in Chromium, signed in as the administrator `editor` (a session cookie, as
 * after a login) unless `signedIn` is false.
 */
export async function openBrowserDesk(
  opts: { acceptDownloads?: boolean; signedIn?: boolean } = {},
): Promise<BrowserDesk> {
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
  if (opts.signedIn !== false) {
    tokenFor(t.app);
    const row = t.services.accounts.row(t.services.accounts.getByLogin(DEFAULT_LOGIN).id)!;
    const { token } = t.services.sessions.create(row, {}, cliActor('test'));
    await ctx.addCookies([{ name: 'dz_session', value: token, url: base, httpOnly: true, sameSite: 'Lax' }]);
  }
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
