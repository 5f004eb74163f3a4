// The built desk as a separate process, for the HTTP bench and the fuzz run: started the way
// `npm start` starts it (its node flags, NODE_ENV=production), on a free port, with an admin API
// token; its RSS read from /proc.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT_DIR } from '../server/config';

const ROOT = path.resolve(__dirname, '..', '..');

export interface DeskProcess {
  base: string;
  child: ChildProcess;
  token: string;
  rssMb(): number;
  /** CPU time the desk's process has used so far (all its threads), in ms. */
  cpuMs(): number;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** The node flags `npm start` gives the server (package.json's start script), e.g. its heap sizes. */
export function serverNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const m = /\bnode((?: --\S+)*) dist\/server\/main\.js/.exec(pkg.scripts.start);
  if (!m) throw new Error('package.json: the start script does not run node … dist/server/main.js');
  return m[1].trim().split(' ').filter(Boolean);
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

const BENCH_LOGIN = 'bench';

/**
 * An admin account on the database and an API token for it, through the CLI. The account is
 * reused when the database already has it (a second checkpoint, a kept or copied database).
 */
export function apiToken(dbPath: string): string {
  const cli = path.join(ROOT, 'dist', 'scripts', 'cli.js');
  const run = (args: string[], input?: string) =>
    execFileSync(process.execPath, [cli, 'user', ...args, '--db', dbPath], { input, encoding: 'utf8' });
  const users = JSON.parse(run(['list', '--json'])) as { login: string; role: string; disabled: boolean }[];
  const bench = users.find((u) => u.login === BENCH_LOGIN);
  if (!bench) run(['add', BENCH_LOGIN, '--role', 'admin', '--password-stdin'], 'bench-password-not-secret\n');
  else {
    if (bench.role !== 'admin') run(['role', BENCH_LOGIN, 'admin']);
    if (bench.disabled) run(['enable', BENCH_LOGIN]);
  }
  return run(['token', BENCH_LOGIN, '--label', 'bench']).trim();
}

/**
 * `preload`: a module loaded into the desk's process before it starts (`node --require`), with
 * an IPC channel to this process (the bench's event-loop probe).
 */
export async function startDesk(
  dbPath: string,
  env: Record<string, string> = {},
  preload?: string,
): Promise<DeskProcess> {
  const port = await freePort();
  const args = [
    ...serverNodeFlags(),
    ...(preload ? ['--require', preload] : []),
    path.join(ROOT, 'dist', 'server', 'main.js'),
  ];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DB_PATH: dbPath,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: '0',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: preload ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('serving')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  child.removeAllListeners('exit');
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    token: apiToken(dbPath),
    // utime and stime: fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux)
    cpuMs: () => {
      const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    rssMb: () =>
      Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
