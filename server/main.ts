import http from 'node:http';
import path from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config';
import { migrate } from './db/migrate';
import { createServices } from './services';
import { createDemoLogin, loadDemoArticles } from './services/demo.service';
import { createPooledEngine, type Engine } from './services/engine';
import { assertDictionary, listen, openDatabaseAt, startupMessage } from './startup';
import { createEnginePool } from './workers/pool';

/** How long a stop waits for requests in flight before closing anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** The only module with side effects: read config, open and migrate the db, listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  assertDictionary();
  const db = openDatabaseAt(config.dbPath);
  const version = migrate(db, path.join(config.dataDir, 'migrations'));
  // the engine runs in worker threads: no import, check or export blocks other requests
  let engine: Engine | undefined;
  try {
    engine = createPooledEngine(createEnginePool(config.workers));
    const services = createServices(db, config, engine);
    if (config.loadDemo) {
      const loaded = await loadDemoArticles(services, path.join(config.dataDir, 'demo'));
      if (loaded > 0) console.log(`duizhao: loaded ${loaded} demo articles`);
      const demo = await createDemoLogin(services);
      // Shown this once: only its hash is stored. `cli user reset-password demo` sets another.
      if (demo) console.log(`duizhao: demo login: ${demo.login} / password: ${demo.password} (shown once)`);
    }
    services.sessions.purgeExpired();
    const app = createApp({ db, config, services });
    const server = http.createServer(app);
    await listen(server, config);
    console.log(`duizhao: schema v${version}, database ${config.dbPath}`);
    console.log(`duizhao: serving http://${config.host}:${config.port}`);
    onStop(() => stop(server, app.locals, engine!, db));
  } catch (err) {
    await engine?.close();
    db.close();
    throw err;
  }
}

/**
 * A graceful stop (SIGTERM from systemd or docker, Ctrl-C): no new connections, /healthz says
 * stopping, requests in flight finish, then the workers and the database close.
 */
async function stop(
  server: http.Server,
  locals: Record<string, unknown>,
  engine: Engine,
  db: { close(): void },
): Promise<void> {
  locals.stopping = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
  await Promise.race([closed, timeout]);
  server.closeAllConnections();
  await engine.close();
  db.close();
  console.log('duizhao: stopped');
}

function onStop(stopFn: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    stopFn().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`duizhao: ${startupMessage(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

main().catch((err: unknown) => {
  console.error(`duizhao: ${startupMessage(err)}`);
  if (process.env.DEBUG === '1') console.error(err);
  process.exit(1);
});
