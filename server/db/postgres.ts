/**
 * The PostgreSQL store: the `Database` interface over a `pg` pool, for running several
 * server instances on one database (`DATABASE_URL=postgres://…`).
 *
 * Queries are the same portable SQL as on SQLite, `$1` parameters passed as they are.
 * BIGINT (`count(*)`, millisecond timestamps, money) and NUMERIC (`sum(…)`) come back as
 * JavaScript numbers, as on SQLite.
 *
 * Transactions run SERIALIZABLE on one pooled client, and are run again (a few times)
 * when PostgreSQL reports a serialization failure or a deadlock: that is what SQLite's
 * one-writer-at-a-time transactions give the routes, so a read-check-write inside
 * `db.transaction` behaves the same on both stores. The work function may therefore run
 * more than once; it must only touch the database through `tx`.
 */
import pg from 'pg';
import type { Database, SqlValue } from './database.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Type parsers of this pool only (the pg module's global ones are left alone). */
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => (value === null ? null : Number(value));
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as unknown as pg.CustomTypesConfig;

/** SQLSTATEs after which a whole transaction can simply run again. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_TRANSACTION_ATTEMPTS = 8;

/** An arbitrary constant: the advisory lock that serialises schema creation and seeding. */
const STARTUP_LOCK_KEY = 7_270_301_452_017;

export interface PostgresOptions {
  /** Schema (or comma-separated schemas) for every connection, e.g. a per-test schema. */
  searchPath?: string;
  /** Most connections the pool opens. */
  max?: number;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function clientDatabase(client: pg.PoolClient): Database {
  const tx: Database = {
    all: async <T>(sql: string, params?: readonly SqlValue[]) =>
      (await client.query(sql, params as SqlValue[] | undefined)).rows as T[],
    get: async <T>(sql: string, params?: readonly SqlValue[]) =>
      (await client.query(sql, params as SqlValue[] | undefined)).rows[0] as T | undefined,
    run: async (sql, params) => (await client.query(sql, params as SqlValue[] | undefined)).rowCount ?? 0,
    exec: async (sql) => void (await client.query(sql)),
    // A transaction inside a transaction is part of it, as on SQLite.
    transaction: (inner) => inner(tx),
    close: async () => undefined,
  };
  return tx;
}

export class PostgresDatabase implements Database {
  readonly pool: pg.Pool;

  constructor(connectionString: string, options: PostgresOptions = {}) {
    const searchPath = options.searchPath
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map(quoteIdent)
      .join(',');
    this.pool = new pg.Pool({
      connectionString,
      max: options.max ?? 10,
      types: typeParsers,
      // Idle connections do not keep a process alive (a CLI, a test) once its work is done.
      allowExitOnIdle: true,
      // A startup parameter: every pooled connection uses the schema from its first query.
      ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
    });
    // An idle client that loses its connection (database restart) must not crash the process.
    this.pool.on('error', (error) => console.error(`postgres: idle connection error: ${error.message}`));
  }

  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return (await this.pool.query(sql, params as SqlValue[] | undefined)).rows as T[];
  }

  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return (await this.pool.query(sql, params as SqlValue[] | undefined)).rows[0] as T | undefined;
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return (await this.pool.query(sql, params as SqlValue[] | undefined)).rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    // Without parameters pg uses the simple query protocol, which runs several statements.
    await this.pool.query(sql);
  }

  async transaction<T>(work: (tx: Database) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        const result = await work(clientDatabase(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError as Error; // the connection is unusable: drop it from the pool
        }
        const code = (error as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= MAX_TRANSACTION_ATTEMPTS) throw error;
      } finally {
        client.release(broken);
      }
      // A serialization failure or deadlock: wait a little (jittered) and run it again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }

  /**
   * Runs `work` while holding a database-wide advisory lock, so that of several instances
   * starting at once only one creates the schema and seeds at a time.
   */
  async withStartupLock<T>(work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
