// Start-up tells the truth (issue 14): the real server, started as `npm start` starts it, on a
// busy port, an unwritable database path, bad settings and a missing dictionary — one clear
// line, a non-zero exit, no stack; "serving" only once it listens; a graceful stop on SIGTERM.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../server/config';

const MAIN = path.join(ROOT_DIR, 'dist', 'server', 'main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(env: Record<string, string>): { child: ChildProcess; done: Promise<Run>; out: () => string } {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT_DIR,
    env: { ...process.env, DEMO: '0', DEBUG: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => {
    stdout += c;
  });
  child.stderr!.on('data', (c) => {
    stderr += c;
  });
  const done = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, done, out: () => stdout };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

describe('npm start (the real server)', () => {
  let dir: string;
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT_DIR, 'scripts', 'build.mjs'), '--if-needed', '--quiet'], {
      cwd: ROOT_DIR,
    });
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-start-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const db = () => path.join(dir, 'desk.db');

  it('names the busy port and how to pick another, exits 1, never says "serving"', async () => {
    const holder = net.createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const run = await start({ PORT: String(port), DB_PATH: db() }).done;
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(run.stderr).toContain(`PORT=${port + 1} npm start`);
      expect(run.stdout).not.toContain('serving');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      holder.close();
    }
  });

  it('names a database path whose folder cannot be created', async () => {
    const file = path.join(dir, 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const dbPath = path.join(file, 'sub', 'duizhao.db');
    const run = await start({ PORT: String(await freePort()), DB_PATH: dbPath }).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(dbPath);
    expect(run.stderr).toContain('DB_PATH');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toContain('unable to open database file');
  });

  it('names a database path that is a folder', async () => {
    const run = await start({ PORT: String(await freePort()), DB_PATH: dir }).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot open the database ${dir}`);
  });

  it('names every invalid setting with what it accepts', async () => {
    const run = await start({ PORT: 'abc', MAX_TEXT_BYTES: '-1', DEMO: 'maybe', DB_PATH: db() }).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT="abc" (expected a port number from 0 to 65535');
    expect(run.stderr).toContain('MAX_TEXT_BYTES="-1"');
    expect(run.stderr).toContain('DEMO="maybe" (expected 1 or 0');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(db())).toBe(false);
  });

  it('says to run npm run build when the dictionary is missing; DEBUG=1 adds the stack', async () => {
    const env = {
      PORT: String(await freePort()),
      DB_PATH: db(),
      LEXICON_PATH: path.join(dir, 'lexicon.tsv'),
    };
    const run = await start(env).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is missing or unreadable');
    expect(run.stderr).toContain('npm run build');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const debug = await start({ ...env, DEBUG: '1' }).done;
    expect(debug.stderr).toMatch(/^\s+at /m);
  });

  it('says "serving" once it listens, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = start({ PORT: String(port), DB_PATH: db() });
    while (!server.out().includes('serving')) {
      const early = await Promise.race([server.done, new Promise((r) => setTimeout(r, 100, null))]);
      if (early) throw new Error(`server exited: ${JSON.stringify(early)}`);
    }
    expect(server.out()).toContain(`serving http://127.0.0.1:${port}`);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
    server.child.kill('SIGTERM');
    const run = await server.done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('duizhao: stopped');
  });
});
