/**
 * Opens the server's store: PostgreSQL when DATABASE_URL is set (several instances may
 * share it), otherwise the embedded SQLite file under PORTAL_DATA_DIR.
 */
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerConfig } from '../config.js';
import { migrateAndSeed, storedSchemaVersion } from '../seed/index.js';
import { SqliteDatabase, type Database } from './database.js';
import { PostgresDatabase } from './postgres.js';
import { SCHEMA_VERSION } from './schema.js';

export interface OpenedDatabase {
  db: Database;
  kind: 'sqlite' | 'postgres';
  /** Where the data lives, for the start-up banner (never a password). */
  location: string;
  /** Creates the schema, and seeds a new store; on PostgreSQL one instance at a time. */
  prepare(now: number, publicUrl: string): Promise<{ seeded: boolean }>;
}

/** A connection URL without its password, to print. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

async function openPostgres(url: string): Promise<OpenedDatabase> {
  const db = new PostgresDatabase(url);
  try {
    await db.get(`SELECT 1 AS ok`);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw new Error(`Cannot connect to PostgreSQL at ${redactDatabaseUrl(url)}: ${(error as Error).message}`);
  }
  return {
    db,
    kind: 'postgres',
    location: redactDatabaseUrl(url),
    prepare: (now, publicUrl) =>
      db.withStartupLock(async () => {
        const version = await storedSchemaVersion(db);
        if (version !== undefined && version !== SCHEMA_VERSION) {
          // A shared database is never set aside or dropped automatically.
          throw new Error(
            `The PostgreSQL database was created by schema version ${version}; this server needs version ` +
              `${SCHEMA_VERSION}. Point DATABASE_URL at an empty database (or schema), or migrate this one.`,
          );
        }
        return migrateAndSeed(db, now, publicUrl);
      }),
  };
}

async function openSqlite(dataDir: string, log: (message: string) => void): Promise<OpenedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'portal.sqlite');
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
    log(`portal server: the store was made by schema version ${version}; moved it to ${aside} and seeding a new one.`);
    db = new SqliteDatabase(file);
  }
  return { db, kind: 'sqlite', location: file, prepare: (now, publicUrl) => migrateAndSeed(db, now, publicUrl) };
}

export function openDatabase(config: ServerConfig, log: (message: string) => void = console.log): Promise<OpenedDatabase> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir, log);
}
