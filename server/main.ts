import path from 'node:path';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/connection';
import { migrate } from './db/migrate';
import { createServices } from './services';
import { createDemoLogin, loadDemoArticles } from './services/demo.service';
import { createPooledEngine } from './services/engine';
import { createEnginePool } from './workers/pool';

/** The only module with side effects: read config, open and migrate the db, listen. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.dbPath);
  const version = migrate(db, path.join(config.dataDir, 'migrations'));
  // the engine runs in worker threads: no import, check or export blocks other requests
  const engine = createPooledEngine(createEnginePool(config.workers));
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
  const server = app.listen(config.port, config.host, () => {
    console.log(`duizhao: schema v${version}, database ${config.dbPath}`);
    console.log(`duizhao: serving http://${config.host}:${config.port}`);
  });
  const shutdown = () => {
    server.close(async () => {
      await engine.close();
      db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error('duizhao: failed to start:', err);
  process.exit(1);
});
