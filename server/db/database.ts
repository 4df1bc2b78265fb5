/**
 * The one small interface the server's data layer stands on.
 *
 * Queries are written once, in the SQL that SQLite and PostgreSQL share, with
 * `$1, $2, …` placeholders. The embedded store (better-sqlite3) runs them as
 * they are (SQLite reads `$1` as a numbered parameter); a PostgreSQL store
 * implements the same interface over `pg`.
 */
import BetterSqlite3 from 'better-sqlite3';

export type SqlValue = string | number | bigint | null;

export interface Database {
  /** All rows of a query. */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row of a query, or undefined. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** A statement without rows; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Several statements separated by semicolons, without parameters (schema). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `$1` becomes the named parameter `@p1`, so a value may be used twice in a statement. */
function toSqlite(sql: string): string {
  return sql.replace(/\$(\d+)/g, '@p$1');
}

function bind(params: readonly SqlValue[] = []): [Record<string, SqlValue>] | [] {
  if (params.length === 0) return [];
  const named: Record<string, SqlValue> = {};
  params.forEach((value, i) => (named[`p${i + 1}`] = value));
  return [named];
}

/**
 * The embedded store: one SQLite file in WAL mode. better-sqlite3 is synchronous,
 * so statements never interleave; a transaction holds a queue so that statements
 * of other requests wait until it ends instead of joining it.
 */
export class SqliteDatabase implements Database {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();
  #queue: Promise<unknown> = Promise.resolve();
  #inTransaction = false;

  constructor(file: string) {
    this.#db = new BetterSqlite3(file);
    this.#db.defaultSafeIntegers(false);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 5000');
  }

  #statement(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(toSqlite(sql));
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Waits for a running transaction of another caller to end. */
  async #turn(): Promise<void> {
    while (this.#inTransaction) await this.#queue.catch(() => undefined);
  }

  async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    await this.#turn();
    return this.#allNow<T>(sql, params);
  }

  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    await this.#turn();
    return this.#statement(sql).get(...bind(params)) as T | undefined;
  }

  async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    await this.#turn();
    return this.#statement(sql).run(...bind(params)).changes;
  }

  async exec(sql: string): Promise<void> {
    await this.#turn();
    this.#db.exec(sql);
  }

  #allNow<T>(sql: string, params?: readonly SqlValue[]): T[] {
    const statement = this.#statement(sql);
    return (statement.reader ? statement.all(...bind(params)) : (statement.run(...bind(params)), [])) as T[];
  }

  transaction<T>(work: (tx: Database) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      await this.#turn();
      this.#inTransaction = true;
      this.#db.exec('BEGIN IMMEDIATE');
      const tx: Database = {
        all: async <R>(sql: string, params?: readonly SqlValue[]) => this.#allNow<R>(sql, params),
        get: async <R>(sql: string, params?: readonly SqlValue[]) =>
          this.#statement(sql).get(...bind(params)) as R | undefined,
        run: async (sql, params) => this.#statement(sql).run(...bind(params)).changes,
        exec: async (sql) => void this.#db.exec(sql),
        transaction: (inner) => inner(tx),
        close: async () => undefined,
      };
      try {
        const result = await work(tx);
        this.#db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw error;
      } finally {
        this.#inTransaction = false;
      }
    };
    const result = this.#queue.catch(() => undefined).then(run);
    this.#queue = result;
    return result;
  }

  async close(): Promise<void> {
    await this.#queue.catch(() => undefined);
    this.#db.close();
  }
}
