/** The demo business's customers. */
import type { Database } from '../db/database.js';
import { DAY, DEMO_BUSINESS } from './constants.js';

export const customers = [
  { id: 'cus_demo', email: 'demo@example.com', name: 'Dana Demo', locale: null },
  { id: 'cus_invoice_only', email: 'invoices@example.com', name: 'Ines Invoice', locale: null },
  { id: 'cus_heavy', email: 'heavy@example.com', name: 'Hugo Heavy', locale: null },
  // One payment method of every type the portal shows.
  { id: 'cus_methods', email: 'methods@example.com', name: 'Mia Methods', locale: null },
  // A customer who has just signed up: nothing billed yet.
  { id: 'cus_new', email: 'new@example.com', name: 'Nina New', locale: null },
] as const;



export async function seedCustomers(db: Database, now: number): Promise<void> {
  for (const c of customers) {
    await db.run(
      `INSERT INTO customers (id, business_id, email, name, locale, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [c.id, DEMO_BUSINESS, c.email, c.name, c.locale, now - 3 * 365 * DAY],
    );
  }
}
