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
import { renameSync } from 'node:fs';
import { SCHEMA_VERSION } from './db/schema.js';
import { migrateAndSeed, storedSchemaVersion } from './seed/index.js';

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
  const file = join(config.dataDir, 'portal.sqlite');
  let db = new SqliteDatabase(file);
  const version = await storedSchemaVersion(db);
  if (version !== undefined && version !== SCHEMA_VERSION) {
    // A demo store from an older version of the server: set it aside and start afresh.
    await db.close();
    const aside = `${file}.v${version}-${Date.now()}.bak`;
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) {
      try {
        renameSync(file + suffix, aside + suffix);
      } catch {
        // not there: nothing to move
      }
    }
    console.log(`portal server: the store was made by schema version ${version}; moved it to ${aside} and seeding a new one.`);
    db = new SqliteDatabase(file);
  }
  const started = Date.now();
  const { seeded } = await migrateAndSeed(db, Date.now(), config.publicUrl);
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
