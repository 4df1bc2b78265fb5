import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { SqliteDatabase, type Database } from '../../server/db/database.js';
import { PostgresDatabase } from '../../server/db/postgres.js';
import { schemaParts } from '../../server/db/schema.js';
import { migrateAndSeed } from '../../server/seed/index.js';

export const SECRET = 'sk_test_server_suite';
export const START = Date.parse('2026-06-15T12:00:00.000Z');

/**
 * PostgreSQL for the server suite: when set (`npm test` sets it when PostgreSQL is
 * available), every `testApp()` runs on its own fresh schema of this database.
 */
export const TEST_DATABASE_URL = process.env.PORTAL_TEST_DATABASE_URL || undefined;

let admin: pg.Pool | undefined;
let template: Promise<string> | undefined;

function adminPool(url: string): pg.Pool {
  admin ??= new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true });
  return admin;
}

const schemaName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/** The tables of the schema, in creation order (which is also foreign-key order). */
function tables(): string[] {
  const names: string[] = [];
  for (const part of schemaParts) {
    for (const m of part.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)"?/gi)) names.push(m[1]!);
  }
  return names;
}

/**
 * The seeded store, once per test process: seeding on PostgreSQL takes seconds (10,000
 * invoices), so each test's schema is created from the same DDL and filled by copying
 * this one's rows. Dropped when the process ends.
 */
function seededTemplate(url: string): Promise<string> {
  template ??= (async () => {
    const name = schemaName(`t_tpl_${process.pid}`);
    await adminPool(url).query(`CREATE SCHEMA ${name}`);
    let dropped = false;
    process.on('beforeExit', () => {
      if (dropped) return;
      dropped = true;
      void adminPool(url)
        .query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)
        .catch(() => undefined)
        .finally(() => void admin?.end().catch(() => undefined));
    });
    const db = new PostgresDatabase(url, { searchPath: name, max: 2 });
    try {
      await migrateAndSeed(db, START);
    } finally {
      await db.close();
    }
    return name;
  })();
  return template;
}

/** A fresh store: in-memory SQLite, or a new PostgreSQL schema with the seeded data. */
async function freshStore(): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) {
    const db = new SqliteDatabase(':memory:');
    await migrateAndSeed(db, START);
    return { db, drop: () => db.close() };
  }
  const url = TEST_DATABASE_URL;
  const source = await seededTemplate(url);
  const name = schemaName('t');
  await adminPool(url).query(`CREATE SCHEMA ${name}`);
  const db = new PostgresDatabase(url, { searchPath: name, max: 5 });
  try {
    for (const part of schemaParts) await db.exec(part);
    await db.exec(tables().map((t) => `INSERT INTO ${t} SELECT * FROM ${source}.${t};`).join('\n'));
  } catch (error) {
    await db.close();
    await adminPool(url).query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    throw error;
  }
  return {
    db,
    drop: async () => {
      await db.close();
      await adminPool(url).query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    },
  };
}

/** The app in-process over a fresh store, with a clock the test moves. */
export async function testApp(env: Record<string, string> = {}) {
  const { db, drop } = await freshStore();
  const clock = { now: START };
  const config = readConfig({
    PORTAL_SECRET_KEY: SECRET,
    PORTAL_PUBLIC_URL: 'http://localhost:4400',
    PORTAL_ALLOWED_ORIGINS: 'https://shop.example.com',
    PORTAL_URL: 'http://localhost:4400/',
    ...env,
  });
  const app = createApp({ db, config, now: () => clock.now });

  const merchant = (path: string, body: unknown, key = SECRET, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  const session = async (customer = 'cus_demo', extra: Record<string, unknown> = {}) => {
    const response = await merchant('/v1/portal-sessions', { customer, ...extra });
    if (response.status !== 201) throw new Error(`session: ${response.status} ${await response.text()}`);
    return (await response.json()) as { token: string; url: string; id: string; expires_at: string; created_at: string };
  };

  const customer = (path: string, token: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });

  let closed: Promise<void> | undefined;
  const close = () => (closed ??= drop());

  return { app, db, config, clock, merchant, session, customer, close };
}
