/**
 * `npm start`: the reference portal server. Opens (and on first start creates and
 * seeds) the embedded store under PORTAL_DATA_DIR, then serves the API and, in demo
 * mode, the demo merchant page.
 */
import { serve } from '@hono/node-server';
import { join, resolve } from 'node:path';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { SqliteDatabase } from './db/database.js';
import { DataDirLockedError, lockDataDir } from './db/lock.js';
import { migrateAndSeed } from './seed.js';

async function main(): Promise<void> {
  const config = readConfig();
  let release: () => void;
  try {
    release = lockDataDir(config.dataDir);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`portal server: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const db = new SqliteDatabase(join(config.dataDir, 'portal.sqlite'));
  const started = Date.now();
  const { seeded } = await migrateAndSeed(db, Date.now());
  const app = createApp({ db, config });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const base = config.port === 0 ? `http://localhost:${info.port}` : config.publicUrl;
    const lines = [
      `portal-kit reference server listening on ${base}`,
      `  data:        ${resolve(config.dataDir)}${seeded ? ` (created and seeded in ${Date.now() - started} ms)` : ''}`,
      ...(config.demo ? [`  demo portal: ${base}/   (signed in as cus_demo)`] : []),
      `  portal API:  ${base}/v1   (contract: ${base}/v1/openapi.json)`,
      `  secret key:  ${config.demoSecretKey ? `${config.secretKey}   (demo default; set PORTAL_SECRET_KEY)` : '(from PORTAL_SECRET_KEY)'}`,
    ];
    console.log(lines.join('\n'));
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void db.close().finally(() => {
        release();
        process.exit(0);
      });
    });
    setTimeout(() => {
      release();
      process.exit(0);
    }, 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
