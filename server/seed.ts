/**
 * The demo provider's data, created on the first start of an empty store.
 * Deterministic apart from "now": the same folder always tells the same story.
 */
import type { Database } from './db/database.js';
import { SCHEMA_VERSION, schema } from './db/schema.js';

const DAY = 86_400_000;

interface InvoiceSeed {
  id: string;
  customer: string;
  number: string;
  status: 'open' | 'paid' | 'void' | 'uncollectible';
  currency: string;
  subtotal: number;
  tax: number;
  description: string;
  created: number;
  periodDays: number;
  seq: number;
}

export const DEMO_BUSINESS = 'biz_demo';

const customers = [
  { id: 'cus_demo', email: 'demo@example.com', name: 'Dana Demo', locale: null },
  { id: 'cus_invoice_only', email: 'invoices@example.com', name: 'Ines Invoice', locale: null },
  { id: 'cus_heavy', email: 'heavy@example.com', name: 'Hugo Heavy', locale: null },
  // A customer who has just signed up: nothing billed yet.
  { id: 'cus_new', email: 'new@example.com', name: 'Nina New', locale: null },
] as const;

/** Month `back` months before `now`, on the same day at 09:00 UTC. */
function monthsBefore(now: number, back: number): number {
  const d = new Date(now);
  d.setUTCHours(9, 0, 0, 0);
  d.setUTCDate(Math.min(d.getUTCDate(), 28));
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.getTime();
}

function demoInvoices(now: number): InvoiceSeed[] {
  const list: InvoiceSeed[] = [];
  // 36 invoices over three years, oldest first: the first year billed in euros (Pro EUR),
  // then Pro in dollars, with the Starter subscription's unpaid invoice the newest.
  for (let i = 0; i < 36; i++) {
    const back = 36 - i;
    const euro = i < 12;
    const number = `DEMO-${String(i + 1).padStart(4, '0')}`;
    let status: InvoiceSeed['status'] = 'paid';
    if (i === 20) status = 'void';
    if (i === 27) status = 'uncollectible';
    if (i === 35) status = 'open';
    const starter = i === 35;
    list.push({
      id: `in_demo_${String(i + 1).padStart(4, '0')}`,
      customer: 'cus_demo',
      number,
      status,
      currency: euro ? 'eur' : 'usd',
      subtotal: starter ? 900 : euro ? 2700 : 2900,
      tax: euro ? 513 : starter ? 0 : 232,
      description: starter ? 'Starter (monthly)' : euro ? 'Pro (monthly, EUR)' : 'Pro (monthly)',
      created: monthsBefore(now, back - 1) - (starter ? 2 * DAY : 0),
      periodDays: 30,
      seq: i + 1,
    });
  }
  return list;
}

function invoiceOnly(now: number): InvoiceSeed[] {
  return [0, 1, 2, 3, 4].map((i) => ({
    id: `in_io_${i + 1}`,
    customer: 'cus_invoice_only',
    number: `IO-${1001 + i}`,
    status: i === 4 ? 'open' : 'paid',
    currency: 'eur',
    subtotal: 12_000 + i * 1_500,
    tax: Math.round((12_000 + i * 1_500) * 0.19),
    description: `Consulting, batch ${i + 1}`,
    created: monthsBefore(now, 4 - i),
    periodDays: 30,
    seq: i + 1,
  }));
}

async function insertInvoice(db: Database, inv: InvoiceSeed): Promise<void> {
  const total = inv.subtotal + inv.tax;
  const paid = inv.status === 'paid' ? total : 0;
  const due = inv.status === 'open' || inv.status === 'uncollectible' ? total : 0;
  await db.run(
    `INSERT INTO invoices (id, customer_id, number, status, currency, subtotal, tax, total, amount_paid,
       amount_due, description, created_at, due_at, period_start, period_end, seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      inv.id,
      inv.customer,
      inv.number,
      inv.status,
      inv.currency,
      inv.subtotal,
      inv.tax,
      total,
      paid,
      due,
      inv.description,
      inv.created,
      inv.status === 'open' ? inv.created + 14 * DAY : null,
      inv.created,
      inv.created + inv.periodDays * DAY,
      inv.seq,
    ],
  );
}

/** Creates the schema, and the demo data when the store is new. Safe to call on every start. */
export async function migrateAndSeed(db: Database, now: number): Promise<{ seeded: boolean }> {
  await db.exec(schema);
  const seeded = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'seeded_at'`);
  if (seeded) return { seeded: false };
  await db.transaction(async (tx) => {
    for (const c of customers) {
      await tx.run(
        `INSERT INTO customers (id, business_id, email, name, locale, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [c.id, DEMO_BUSINESS, c.email, c.name, c.locale, now - 3 * 365 * DAY],
      );
    }
    for (const inv of [...demoInvoices(now), ...invoiceOnly(now)]) await insertInvoice(tx, inv);
    // cus_heavy: 10,000 invoices, one a day back from today, for paging and memory tests.
    for (let i = 0; i < 10_000; i++) {
      const created = now - (i + 1) * DAY;
      await insertInvoice(tx, {
        id: `in_heavy_${String(10_000 - i).padStart(5, '0')}`,
        customer: 'cus_heavy',
        number: `HVY-${String(10_000 - i).padStart(5, '0')}`,
        status: i % 97 === 0 ? 'void' : 'paid',
        currency: i % 3 === 0 ? 'gbp' : 'usd',
        subtotal: 100 + (i % 50) * 10,
        tax: 0,
        description: 'Usage',
        created,
        periodDays: 1,
        seq: 10_000 - i,
      });
    }
    await tx.run(`INSERT INTO meta (key, value) VALUES ('schema_version', $1)`, [String(SCHEMA_VERSION)]);
    await tx.run(`INSERT INTO meta (key, value) VALUES ('seeded_at', $1)`, [String(now)]);
  });
  return { seeded: true };
}
