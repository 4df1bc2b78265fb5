/**
 * Email: every message goes into the outbox table first (in the transaction of the
 * change that causes it). In demo mode without SMTP_URL the outbox is the mailbox:
 * printed to the console and readable at GET /v1/dev/outbox. With SMTP_URL a sender
 * delivers it.
 */
import type { Database } from '../db/database.js';
import { newId } from '../tokens.js';

export type EmailKind = 'login_link' | 'payment_succeeded' | 'payment_failed' | 'subscription_reactivated' | 'generic';

export interface Email {
  customerId: string | null;
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
}

export async function queueEmail(db: Database, now: number, email: Email): Promise<string> {
  const id = newId('eml');
  await db.run(
    `INSERT INTO outbox (id, customer_id, kind, to_address, subject, body_text, created_at, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0)`,
    [id, email.customerId, email.kind, email.to, email.subject, email.text, now],
  );
  return id;
}
