/**
 * The demo provider's data, created on the first start of an empty store.
 * Deterministic apart from "now": the same folder always tells the same story.
 * Each area seeds its own tables in a file of this folder, called here in order.
 */
import type { Database } from '../db/database.js';
import { SCHEMA_VERSION, schemaParts } from '../db/schema.js';
import { seedCustomers } from './customers.js';
import { seedInvoices } from './invoices.js';
import { seedBilling } from './billing.js';
import { seedConfiguration } from './configuration.js';

export { DEMO_BUSINESS } from './constants.js';

/** The schema version a store was created with, or undefined for a new store. */
export async function storedSchemaVersion(db: Database): Promise<number | undefined> {
  try {
    const row = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'schema_version'`);
    return row ? Number(row.value) : undefined;
  } catch {
    return undefined; // no meta table yet
  }
}

/** Creates the schema, and the demo data when the store is new. Safe to call on every start. */
export async function migrateAndSeed(
  db: Database,
  now: number,
  publicUrl = 'http://localhost:4400',
): Promise<{ seeded: boolean }> {
  for (const part of schemaParts) await db.exec(part);
  const seeded = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'seeded_at'`);
  if (seeded) return { seeded: false };
  await db.transaction(async (tx) => {
    await seedCustomers(tx, now);
    await seedInvoices(tx, now);
    await seedBilling(tx, now);
    await seedConfiguration(tx, now, publicUrl);
    await tx.run(`INSERT INTO meta (key, value) VALUES ('schema_version', $1)`, [String(SCHEMA_VERSION)]);
    await tx.run(`INSERT INTO meta (key, value) VALUES ('seeded_at', $1)`, [String(now)]);
  });
  return { seeded: true };
}
