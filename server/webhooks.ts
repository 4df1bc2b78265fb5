/**
 * Webhook delivery: posts the rows of the `events` queue (written by `enqueueEvent` with
 * the change they report) to PORTAL_WEBHOOK_URL, signed the Standard Webhooks way.
 *
 * Each attempt is a POST of the event's JSON with the headers
 * - `webhook-id`: the event id (the same on every retry, so receivers drop duplicates),
 * - `webhook-timestamp`: the attempt's time in seconds since the epoch,
 * - `webhook-signature`: `v1,` + base64(HMAC-SHA256(secret, `${id}.${timestamp}.${body}`)),
 *   the secret being the bytes of PORTAL_WEBHOOK_SECRET after `whsec_` (base64).
 *
 * A 2xx answer delivers the event. Anything else (another status, a network error, no
 * answer within the timeout) is retried with backoff — 5 s, 30 s, 2 min, 10 min, 30 min,
 * 1 h, 2 h, 4 h, 8 h — and given up after 10 attempts; `attempts`, `next_attempt_at` and
 * `last_error` record each one. Delivery is at least once.
 *
 * Several server instances may share the queue: an instance claims an event with a
 * conditional update that moves `next_attempt_at` a lease into the future, so no other
 * instance picks it up while the attempt runs.
 *
 * `verifyWebhook` is what a merchant's receiver does; it depends on node:crypto only and
 * can be copied as it is.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from './db/database.js';

/** Seconds to wait before attempt n + 1 after n failed attempts (index n - 1). */
export const WEBHOOK_BACKOFF_MS: readonly number[] = [5, 30, 120, 600, 1800, 3600, 7200, 14_400, 28_800].map(
  (s) => s * 1000,
);
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_BACKOFF_MS.length + 1;

const SECRET_PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

function secretBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** The `webhook-signature` value of one message: `v1,<base64 HMAC-SHA256>`. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretBytes(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks a webhook the way a receiver should (Standard Webhooks): the signature over
 * `${webhook-id}.${webhook-timestamp}.${body}` with the shared secret, in constant time,
 * and a timestamp within `toleranceSeconds` of now (replays of old messages fail).
 * `body` is the raw request body, exactly as received. Returns the parsed event, or
 * throws WebhookVerificationError.
 */
export function verifyWebhook<T = unknown>(
  secret: string,
  headers: HeaderSource,
  body: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): T {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('Missing webhook-id, webhook-timestamp or webhook-signature.');
  if (!/^\d+$/.test(timestamp)) throw new WebhookVerificationError('Invalid webhook-timestamp.');
  const seconds = Number(timestamp);
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
  const tolerance = options.toleranceSeconds ?? 5 * 60;
  if (Math.abs(nowSeconds - seconds) > tolerance) throw new WebhookVerificationError('The webhook-timestamp is too old or in the future.');
  const expected = Buffer.from(signWebhook(secret, id, seconds, body).slice(3), 'base64');
  // The header may carry several space-separated signatures (e.g. during a secret rotation).
  const ok = signatures.split(' ').some((candidate) => {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!ok) throw new WebhookVerificationError('No matching signature.');
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new WebhookVerificationError('The body is not JSON.');
  }
}

/**
 * Demo mode's signing secret when PORTAL_WEBHOOK_SECRET is unset: generated once and kept
 * in the store, so it stays the same across restarts and for every instance.
 */
export async function demoWebhookSecret(db: Database): Promise<string> {
  await db.run(`INSERT INTO meta (key, value) VALUES ('webhook_secret', $1) ON CONFLICT (key) DO NOTHING`, [
    generateWebhookSecret(),
  ]);
  const row = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'webhook_secret'`);
  return row!.value;
}

export interface WebhookWorkerOptions {
  db: Database;
  /** Where to post; without one nothing is delivered (events wait in the queue). */
  url: string | null;
  secret: string;
  now: () => number;
  /** How often the queue is polled, in ms (default 1 s). */
  intervalMs?: number;
  /** How long one attempt may take before it counts as failed, in ms (default 10 s). */
  timeoutMs?: number;
  /** How long a claimed event is hidden from other instances, in ms (default 60 s; > timeoutMs). */
  leaseMs?: number;
  /** Events taken per poll (default 20). */
  batchSize?: number;
  log?: (message: string) => void;
}

export interface WebhookWorker {
  /** Delivers what is due now; resolves when those attempts are done. Returns how many were attempted. */
  runOnce(): Promise<number>;
  /** Asks for a run soon (after an event was enqueued, say). */
  wake(): void;
  /** Stops polling and waits for the attempts under way. */
  stop(): Promise<void>;
}

interface EventRow {
  id: string;
  payload: string;
  attempts: number;
  next_attempt_at: number;
}

/**
 * Starts the delivery loop (an interval, plus `wake()`); `interval: false` only creates
 * the worker, for tests that drive it with `runOnce()`.
 */
export function startWebhookWorker(options: WebhookWorkerOptions & { interval?: boolean }): WebhookWorker {
  const { db, url, secret, now } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = Math.max(options.leaseMs ?? 60_000, timeoutMs + 5_000);
  const batchSize = options.batchSize ?? 20;
  const log = options.log ?? ((message: string) => console.error(message));

  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;

  const attempt = async (event: EventRow, claimedAt: number): Promise<void> => {
    const attempts = Number(event.attempts) + 1;
    const timestamp = Math.floor(now() / 1000);
    let error: string | undefined;
    try {
      const response = await fetch(url!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'portal-kit-webhooks/1',
          'webhook-id': event.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(secret, event.id, timestamp, event.payload),
        },
        body: event.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status < 200 || response.status > 299) error = `HTTP ${response.status}`;
    } catch (cause) {
      const e = cause as Error;
      error = e.name === 'TimeoutError' ? `timeout after ${timeoutMs} ms` : `${e.message}${e.cause ? `: ${(e.cause as Error).message}` : ''}`;
    }
    const at = now();
    // Every update is conditional on our lease, so a late answer cannot undo another instance's work.
    if (error === undefined) {
      await db.run(
        `UPDATE events SET delivered_at = $1, attempts = $2, next_attempt_at = NULL
         WHERE id = $3 AND delivered_at IS NULL AND next_attempt_at = $4`,
        [at, attempts, event.id, claimedAt + leaseMs],
      );
      return;
    }
    const giveUp = attempts >= WEBHOOK_MAX_ATTEMPTS;
    const next = giveUp ? null : at + WEBHOOK_BACKOFF_MS[Math.min(attempts, WEBHOOK_BACKOFF_MS.length) - 1]!;
    const lastError = giveUp ? `${error} (gave up after ${attempts} attempts)` : error;
    await db.run(
      `UPDATE events SET attempts = $1, next_attempt_at = $2, last_error = $3
       WHERE id = $4 AND delivered_at IS NULL AND next_attempt_at = $5`,
      [attempts, next, lastError.slice(0, 500), event.id, claimedAt + leaseMs],
    );
    if (giveUp) log(`webhooks: gave up on ${event.id} after ${attempts} attempts (${error}).`);
  };

  /** One batch: how many this instance claimed and attempted, and whether more may be due. */
  const deliverDue = async (): Promise<{ attempted: number; more: boolean }> => {
    if (!url) return { attempted: 0, more: false };
    const at = now();
    const due = await db.all<EventRow>(
      `SELECT id, payload, attempts, next_attempt_at FROM events
       WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= $1
       ORDER BY next_attempt_at, created_at LIMIT $2`,
      [at, batchSize],
    );
    const claimed: EventRow[] = [];
    for (const event of due) {
      // The claim: only one instance moves next_attempt_at from "due" to "leased".
      const won = await db.run(
        `UPDATE events SET next_attempt_at = $1 WHERE id = $2 AND delivered_at IS NULL AND next_attempt_at <= $3`,
        [at + leaseMs, event.id, at],
      );
      if (won === 1) claimed.push(event);
    }
    await Promise.all(claimed.map((event) => attempt(event, at)));
    return { attempted: claimed.length, more: due.length === batchSize };
  };

  const runOnce = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        do {
          again = false;
          const { attempted, more } = await deliverDue();
          total += attempted;
          // A full batch may mean more is due: go on without waiting for the next tick.
          if (more) again = true;
        } while (again && !stopped);
      } catch (error) {
        if (!stopped) log(`webhooks: delivery failed: ${(error as Error).message}`);
      } finally {
        running = undefined;
      }
      return total;
    })();
    return running;
  };

  const timer = options.interval === false || !url ? undefined : setInterval(() => void runOnce(), intervalMs);
  timer?.unref();

  return {
    runOnce,
    wake: () => void runOnce(),
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
