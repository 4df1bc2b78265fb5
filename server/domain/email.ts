/**
 * Email: every message goes into the outbox table first (in the transaction of the
 * change that causes it). In demo mode without SMTP_URL the outbox is the mailbox:
 * printed to the console and readable at GET /v1/dev/outbox. With SMTP_URL a sender
 * delivers it.
 */
import nodemailer from 'nodemailer';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { newId } from '../tokens.js';
import { emailLocale, emailTerm } from './i18n.js';

export type EmailKind = 'login_link' | 'payment_succeeded' | 'payment_failed' | 'subscription_reactivated' | 'generic';

export interface Email {
  customerId: string | null;
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
}

/** Where queued email is printed (demo mode without SMTP); null: not printed. */
let printer: ((block: string) => void) | null = null;

/** Prints every queued email as one readable block (`null` stops printing). */
export function printQueuedEmail(to: ((block: string) => void) | null): void {
  printer = to;
}

export function emailBlock(id: string, email: Email): string {
  const rule = '─'.repeat(72);
  return [
    rule,
    `email ${id} (${email.kind}; not sent: no SMTP_URL; also at GET /v1/dev/outbox)`,
    `To:      ${email.to}`,
    `Subject: ${email.subject}`,
    '',
    email.text,
    rule,
  ].join('\n');
}

export async function queueEmail(db: Database, now: number, email: Email): Promise<string> {
  const id = newId('eml');
  await db.run(
    `INSERT INTO outbox (id, customer_id, kind, to_address, subject, body_text, created_at, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 0)`,
    [id, email.customerId, email.kind, email.to, email.subject, email.text, now],
  );
  printer?.(emailBlock(id, email));
  return id;
}

// ── The login email, in the customer's language ──────────────────────────────────

/** The login email, in the customer's language (the kit's bundles; English when none). */
export async function loginEmail(
  locale: string | null,
  p: { name: string; business: string; url: string; ttlMs: number },
): Promise<{ subject: string; text: string }> {
  const language = emailLocale(locale);
  const hours = Math.max(1, Math.round(p.ttlMs / 3_600_000));
  return {
    subject: await emailTerm(language, 'email.login.subject', p.business),
    text: await emailTerm(language, 'email.login.body', p.name, p.business, p.url, hours),
  };
}

// ── Delivery over SMTP ────────────────────────────────────────────────────────────

/** After this many failed attempts an email is left in the outbox with its last error. */
export const MAX_EMAIL_ATTEMPTS = 8;
/** While one instance sends an email, others leave it alone for this long. */
const SEND_LEASE_MS = 2 * 60_000;

/** Wait before attempt `n + 1` after `n` failures: 30 s doubling, at most 1 hour. */
export function emailBackoffMs(failures: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.max(0, failures - 1));
}

export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number | string;
}

/**
 * One pass of the sender: claims due outbox rows (a conditional update, so two
 * instances never send the same attempt), sends them, and marks `sent_at`; a failure
 * records `last_error` and schedules the next attempt with backoff. Returns how many
 * were sent.
 */
export async function deliverOutbox(
  db: Database,
  transport: MailTransport,
  from: string,
  now: () => number,
  batch = 20,
): Promise<{ sent: number; failed: number }> {
  const at = now();
  const due = await db.all<OutboxRow>(
    `SELECT o.id, o.to_address, o.subject, o.body_text, o.attempts
     FROM outbox o LEFT JOIN email_delivery d ON d.email_id = o.id
     WHERE o.sent_at IS NULL AND o.attempts < $1 AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= $2)
     ORDER BY o.created_at LIMIT $3`,
    [MAX_EMAIL_ATTEMPTS, at, batch],
  );
  let sent = 0;
  let failed = 0;
  for (const row of due) {
    const attempts = Number(row.attempts);
    const claimed = await db.transaction(async (tx) => {
      const changed = await tx.run(
        `UPDATE outbox SET attempts = attempts + 1 WHERE id = $1 AND attempts = $2 AND sent_at IS NULL`,
        [row.id, attempts],
      );
      if (changed !== 1) return false;
      await tx.run(
        `INSERT INTO email_delivery (email_id, next_attempt_at) VALUES ($1, $2)
         ON CONFLICT (email_id) DO UPDATE SET next_attempt_at = excluded.next_attempt_at`,
        [row.id, at + SEND_LEASE_MS],
      );
      return true;
    });
    if (!claimed) continue;
    try {
      await transport.sendMail({ from, to: row.to_address, subject: row.subject, text: row.body_text });
      await db.run(`UPDATE outbox SET sent_at = $1, last_error = NULL WHERE id = $2`, [now(), row.id]);
      sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db.transaction(async (tx) => {
        await tx.run(`UPDATE outbox SET last_error = $1 WHERE id = $2`, [message, row.id]);
        await tx.run(`UPDATE email_delivery SET next_attempt_at = $1 WHERE email_id = $2`, [
          now() + emailBackoffMs(attempts + 1),
          row.id,
        ]);
      });
      failed++;
    }
  }
  return { sent, failed };
}

/** An SMTP transport for `SMTP_URL` (smtp:// or smtps://, credentials in the URL). */
export function smtpTransport(smtpUrl: string): MailTransport {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('SMTP_URL must be a URL like smtp://user:password@host:587.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`);
  }
  return nodemailer.createTransport(smtpUrl);
}

/**
 * Starts email delivery for the process: with SMTP_URL, a sender that delivers the
 * outbox every `intervalMs`; in demo mode without it, printing each queued email.
 * Returns a function that stops it.
 */
export function startEmailDelivery(
  db: Database,
  config: ServerConfig,
  options: { now?: () => number; intervalMs?: number; transport?: MailTransport; log?: (line: string) => void } = {},
): () => void {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!config.smtpUrl && !options.transport) {
    if (config.demo) printQueuedEmail(log);
    return () => printQueuedEmail(null);
  }
  const transport = options.transport ?? smtpTransport(config.smtpUrl!);
  const now = options.now ?? Date.now;
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const { failed } = await deliverOutbox(db, transport, config.emailFrom, now);
      if (failed > 0) log(`portal server: ${failed} email(s) failed to send; will retry (see outbox.last_error).`);
    } catch (error) {
      log(`portal server: email delivery: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 5000);
  timer.unref();
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
