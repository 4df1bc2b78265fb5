/**
 * The PostgreSQL store itself. Runs when PORTAL_TEST_DATABASE_URL is set (`npm test`
 * sets it when PostgreSQL is available, and then runs the whole server suite on it too).
 */
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { readConfig } from '../../server/config.js';
import { openDatabase, redactDatabaseUrl } from '../../server/db/open.js';
import { PostgresDatabase } from '../../server/db/postgres.js';
import { migrateAndSeed } from '../../server/seed/index.js';
import { startReferenceServer } from '../support/reference-server.js';
import { START, TEST_DATABASE_URL } from './helpers.js';

const skip = TEST_DATABASE_URL
  ? false
  : 'PostgreSQL not configured: set PORTAL_TEST_DATABASE_URL=postgres://… (npm test does when PostgreSQL is available)';

/** A connection URL whose connections all use `schema`. */
const urlWithSchema = (url: string, schema: string) => {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
};

describe('PostgreSQL store', { skip }, () => {
  const url = TEST_DATABASE_URL!;
  let admin: pg.Pool;
  const schemas: string[] = [];
  const newSchema = async () => {
    const name = `t_pg_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE SCHEMA ${name}`);
    schemas.push(name);
    return name;
  };

  before(() => {
    admin = new pg.Pool({ connectionString: url, max: 2 });
  });
  after(async () => {
    for (const name of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    await admin.end();
  });

  it('creates the schema and seeds it once; BIGINT, COUNT and SUM come back as numbers', async () => {
    const schema = await newSchema();
    const db = new PostgresDatabase(url, { searchPath: schema });
    try {
      assert.deepEqual(await migrateAndSeed(db, START), { seeded: true });
      const counts = await db.all<{ customer_id: string; n: number; total: number }>(
        `SELECT customer_id, COUNT(*) AS n, SUM(total) AS total FROM invoices GROUP BY customer_id ORDER BY customer_id`,
      );
      assert.deepEqual(
        counts.map((c) => [c.customer_id, c.n]),
        [
          ['cus_demo', 36],
          ['cus_heavy', 10_000],
          ['cus_invoice_only', 5],
        ],
      );
      for (const c of counts) {
        assert.equal(typeof c.n, 'number');
        assert.equal(typeof c.total, 'number');
      }
      const invoice = await db.get<{ created_at: unknown; total: unknown }>(`SELECT created_at, total FROM invoices LIMIT 1`);
      assert.equal(typeof invoice?.created_at, 'number');
      assert.equal(typeof invoice?.total, 'number');
      // A second start finds the data and leaves it.
      await db.run(`UPDATE customers SET name = $1 WHERE id = $2`, ['Renamed', 'cus_demo']);
      assert.deepEqual(await migrateAndSeed(db, START), { seeded: false });
      assert.equal((await db.get<{ name: string }>(`SELECT name FROM customers WHERE id = $1`, ['cus_demo']))?.name, 'Renamed');
    } finally {
      await db.close();
    }
  });

  it('commits a transaction whole or rolls it back whole', async () => {
    const db = new PostgresDatabase(url, { searchPath: await newSchema() });
    try {
      await db.exec(`CREATE TABLE t (v INTEGER NOT NULL); CREATE TABLE u (v INTEGER NOT NULL)`);
      await db.transaction(async (tx) => {
        await tx.run(`INSERT INTO t (v) VALUES ($1)`, [1]);
        await tx.run(`INSERT INTO u (v) VALUES ($1)`, [1]);
      });
      await assert.rejects(
        db.transaction(async (tx) => {
          await tx.run(`INSERT INTO t (v) VALUES ($1)`, [2]);
          throw new Error('boom');
        }),
        /boom/,
      );
      await assert.rejects(db.transaction((tx) => tx.run(`INSERT INTO t (v) VALUES ($1)`, [null])), /null value/);
      assert.deepEqual((await db.all<{ v: number }>(`SELECT v FROM t ORDER BY v`)).map((r) => r.v), [1]);
      assert.equal(await db.run(`UPDATE t SET v = v + 1`), 1);
    } finally {
      await db.close();
    }
  });

  it('runs a read-then-write transaction again when a concurrent one conflicts (as SQLite serialises them)', async () => {
    const db = new PostgresDatabase(url, { searchPath: await newSchema() });
    try {
      await db.exec(`CREATE TABLE counters (id TEXT PRIMARY KEY, n BIGINT NOT NULL); INSERT INTO counters VALUES ('c', 0)`);
      const CONCURRENT = 5;
      let runs = 0;
      let reads = 0;
      // No write before all five have read the same value: then they must conflict, however
      // fast or slow the machine (a retry finds the gate open).
      let open!: () => void;
      const allRead = new Promise<void>((resolve) => (open = resolve));
      const increment = () =>
        db.transaction(async (tx) => {
          runs++;
          const row = await tx.get<{ n: number }>(`SELECT n FROM counters WHERE id = 'c'`);
          if (++reads === CONCURRENT) open();
          await allRead;
          await tx.run(`UPDATE counters SET n = $1 WHERE id = 'c'`, [row!.n + 1]);
        });
      await Promise.all(Array.from({ length: CONCURRENT }, increment));
      assert.equal((await db.get<{ n: number }>(`SELECT n FROM counters WHERE id = 'c'`))?.n, CONCURRENT, 'no increment lost');
      assert.ok(runs > CONCURRENT, 'conflicting transactions ran again');
    } finally {
      await db.close();
    }
  });

  it('lets exactly one of many concurrent conditional updates win', async () => {
    const db = new PostgresDatabase(url, { searchPath: await newSchema() });
    try {
      await db.exec(`CREATE TABLE tokens (id TEXT PRIMARY KEY, used_at BIGINT); INSERT INTO tokens VALUES ('tok', NULL)`);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => db.run(`UPDATE tokens SET used_at = $1 WHERE id = $2 AND used_at IS NULL`, [i, 'tok'])),
      );
      assert.deepEqual(results.filter((n) => n === 1).length, 1);
    } finally {
      await db.close();
    }
  });

  it('seeds once when several instances start at the same time (advisory lock)', async () => {
    const schema = await newSchema();
    const config = readConfig({ DATABASE_URL: urlWithSchema(url, schema) });
    const [a, b] = await Promise.all([openDatabase(config), openDatabase(config)]);
    try {
      assert.equal(a.kind, 'postgres');
      const results = await Promise.all([a.prepare(START, 'http://localhost:4400'), b.prepare(START, 'http://localhost:4400')]);
      assert.deepEqual(results.map((r) => r.seeded).sort(), [false, true]);
      const n = await a.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM customers WHERE id = $1`, ['cus_demo']);
      assert.equal(n?.n, 1);
    } finally {
      await a.db.close();
      await b.db.close();
    }
  });

  it('refuses a database made by another schema version, clearly', async () => {
    const schema = await newSchema();
    await admin.query(`CREATE TABLE ${schema}.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    await admin.query(`INSERT INTO ${schema}.meta VALUES ('schema_version', '1')`);
    const opened = await openDatabase(readConfig({ DATABASE_URL: urlWithSchema(url, schema) }));
    try {
      await assert.rejects(opened.prepare(START, 'http://localhost:4400'), /created by schema version 1; this server needs version \d+/);
    } finally {
      await opened.db.close();
    }
  });

  it('says clearly when it cannot connect, without printing the password', async () => {
    const bad = 'postgres://someone:hunter2@127.0.0.1:9/nowhere';
    await assert.rejects(openDatabase(readConfig({ DATABASE_URL: bad })), (error: Error) => {
      assert.match(error.message, /^Cannot connect to PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:9\/nowhere/);
      assert.ok(!error.message.includes('hunter2'));
      return true;
    });
    assert.equal(redactDatabaseUrl(bad), 'postgres://someone:***@127.0.0.1:9/nowhere');
    assert.throws(() => readConfig({ DATABASE_URL: 'mysql://x' }), /postgres:\/\//);
  });

  it('runs two server instances on one database: a session made on one works on the other', async () => {
    const schema = await newSchema();
    const env = { DATABASE_URL: urlWithSchema(url, schema) };
    const [one, two] = await Promise.all([startReferenceServer({ env }), startReferenceServer({ env })]);
    try {
      assert.match(one.output(), /data: {8}PostgreSQL postgres:\/\//);
      const { token } = await one.createSession('cus_demo');
      const response = await fetch(`${two.apiBase}/invoices?limit=3`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(response.status, 200);
      const body = (await response.json()) as { data: { id: string }[]; has_more: boolean };
      assert.equal(body.data.length, 3);
      assert.equal(body.has_more, true);
      // An idempotent request made on one instance is replayed by the other.
      const create = (base: string) =>
        fetch(`${base}/portal-sessions`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${one.secretKey}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'two-instances' },
          body: JSON.stringify({ customer: 'cus_demo' }),
        });
      const first = await create(one.apiBase);
      const second = await create(two.apiBase);
      assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(await second.json(), await first.json());
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});
