// The built desk as a separate process, for the HTTP bench and the fuzz run: started the way
// `npm start` starts it, on a free port, with an admin API token; its RSS read from /proc.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

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

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** An admin account on the database and an API token for it, through the CLI. */
export function apiToken(dbPath: string): string {
  const cli = path.join(ROOT, 'dist', 'scripts', 'cli.js');
  const run = (args: string[], input?: string) =>
    execFileSync(process.execPath, [cli, 'user', ...args, '--db', dbPath], { input, encoding: 'utf8' });
  try {
    run(['add', 'bench', '--role', 'admin', '--password-stdin'], 'bench-password-not-secret\n');
  } catch {
    // kept from an earlier run
  }
  return run(['token', 'bench', '--label', 'bench']).trim();
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
  const args = [...(preload ? ['--require', preload] : []), path.join(ROOT, 'dist', 'server', 'main.js')];
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
