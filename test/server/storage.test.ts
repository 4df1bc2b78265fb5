import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SqliteDatabase } from '../../server/db/database.js';
import { migrateAndSeed } from '../../server/seed/index.js';
import { startReferenceServer } from '../support/reference-server.js';

describe('embedded store', () => {
  it('seeds the demo customers once, and keeps data across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-store-'));
    try {
      const first = new SqliteDatabase(join(dir, 'portal.sqlite'));
      assert.deepEqual(await migrateAndSeed(first, Date.now()), { seeded: true });
      const counts = await first.all<{ customer_id: string; n: number }>(
        `SELECT customer_id, COUNT(*) AS n FROM invoices GROUP BY customer_id ORDER BY customer_id`,
      );
      assert.deepEqual(
        counts.map((c) => [c.customer_id, Number(c.n)]),
        [
          ['cus_demo', 36],
          ['cus_heavy', 10_000],
          ['cus_invoice_only', 5],
        ],
      );
      await first.run(`UPDATE customers SET name = $1 WHERE id = $2`, ['Renamed', 'cus_demo']);
      await first.close();

      const second = new SqliteDatabase(join(dir, 'portal.sqlite'));
      assert.deepEqual(await migrateAndSeed(second, Date.now()), { seeded: false });
      const row = await second.get<{ name: string }>(`SELECT name FROM customers WHERE id = $1`, ['cus_demo']);
      assert.equal(row?.name, 'Renamed');
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls a failed transaction back whole, and keeps other statements out of it', async () => {
    const db = new SqliteDatabase(':memory:');
    await db.exec(`CREATE TABLE t (v INTEGER)`);
    const failing = db.transaction(async (tx) => {
      await tx.run(`INSERT INTO t (v) VALUES ($1)`, [1]);
      await new Promise((r) => setTimeout(r, 20));
      throw new Error('boom');
    });
    const outside = db.run(`INSERT INTO t (v) VALUES ($1)`, [2]); // runs after the transaction ends
    await assert.rejects(failing, /boom/);
    await outside;
    const rows = await db.all<{ v: number }>(`SELECT v FROM t`);
    assert.deepEqual(rows.map((r) => r.v), [2]);
    await db.close();
  });

  it('lets one server use a data folder: a second one refuses to start, clearly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-lock-'));
    const first = await startReferenceServer({ dataDir: dir });
    try {
      await assert.rejects(startReferenceServer({ dataDir: dir }), (error: Error) => {
        assert.match(error.message, /is in use by another portal server \(process \d+\)/);
        return true;
      });
    } finally {
      await first.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
