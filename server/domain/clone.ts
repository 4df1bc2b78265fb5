/**
 * Demo mode: a fresh copy of a seeded customer (cus_demo by default) with everything
 * that is theirs — profile, payment methods, subscriptions, invoices, license keys —
 * under new ids. Tests and demos each get a customer nobody else is changing.
 */
import type { Database, SqlValue } from '../db/database.js';
import { newId } from '../tokens.js';

/** The tables a customer owns, in insertion order, with the columns that hold ids of copied rows. */
const OWNED: Array<{ table: string; key: string | null; refs: string[] }> = [
  { table: 'customer_details', key: null, refs: [] },
  { table: 'customer_tax_ids', key: 'id', refs: [] },
  { table: 'payment_methods', key: 'id', refs: [] },
  { table: 'subscriptions', key: 'id', refs: ['payment_method_id'] },
  { table: 'invoices', key: 'id', refs: ['subscription_id'] },
  { table: 'license_keys', key: 'id', refs: ['subscription_id'] },
];

export interface ClonedCustomer {
  id: string;
  email: string;
  /** Old id → new id of every copied row. */
  ids: Record<string, string>;
}

export async function cloneCustomer(db: Database, templateId: string, now: number): Promise<ClonedCustomer | undefined> {
  return db.transaction(async (tx) => {
    const template = await tx.get<Record<string, SqlValue>>(`SELECT * FROM customers WHERE id = $1`, [templateId]);
    if (!template) return undefined;
    const suffix = newId('x').slice(2, 12);
    const id = `${templateId}_${suffix}`;
    const [local, domain] = String(template.email).split('@');
    const email = `${local}+${suffix}@${domain}`;
    await insert(tx, 'customers', { ...template, id, email, created_at: now });
    const ids: Record<string, string> = { [templateId]: id };
    for (const { table, key, refs } of OWNED) {
      const rows = await tx.all<Record<string, SqlValue>>(`SELECT * FROM ${table} WHERE customer_id = $1`, [templateId]);
      // Keys first, so rows that point at each other (within one table) find their copies.
      if (key) for (const row of rows) ids[String(row[key])] = `${String(row[key])}_${suffix}`;
      for (const row of rows) {
        const copy: Record<string, SqlValue> = { ...row, customer_id: id };
        if (key) copy[key] = ids[String(row[key])]!;
        for (const ref of refs) if (row[ref] !== null && row[ref] !== undefined) copy[ref] = ids[String(row[ref])] ?? row[ref]!;
        if (table === 'license_keys') copy.key = `${String(row.key)}-${suffix.slice(0, 4).toUpperCase()}`;
        await insert(tx, table, copy);
      }
    }
    return { id, email, ids };
  });
}

async function insert(db: Database, table: string, row: Record<string, SqlValue>): Promise<void> {
  const columns = Object.keys(row);
  const placeholders = columns.map((_, i) => `$${i + 1}`);
  await db.run(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`,
    columns.map((c) => row[c] ?? null),
  );
}
