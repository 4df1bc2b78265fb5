/**
 * Invoices: cus_demo's 36 over three years, cus_invoice_only's 5, cus_heavy's 10,000.
 */
import type { Database } from '../db/database.js';
import { DAY, monthsBefore } from './constants.js';

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

export async function seedInvoices(db: Database, now: number): Promise<void> {
  for (const inv of [...demoInvoices(now), ...invoiceOnly(now)]) await insertInvoice(db, inv);
  // cus_heavy: 10,000 invoices, one a day back from today, for paging and memory tests.
  for (let i = 0; i < 10_000; i++) {
    const created = now - (i + 1) * DAY;
    await insertInvoice(db, {
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
}
