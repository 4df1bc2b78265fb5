/**
 * Rate limits kept in the database, so every instance on the same store shares them:
 * a fixed window per key (`login:ip:<address>`, `login:email:<hash>`, …), counted with
 * one atomic upsert. A request over the limit gets 429 `rate_limit_error` with a
 * `Retry-After` of the seconds left in the window.
 */
import type { Context } from 'hono';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { hashToken } from '../tokens.js';

export interface RateLimit {
  /** What is counted, e.g. `login:email`; the key is `<name>:<subject>`. */
  name: string;
  limit: number;
  windowMs: number;
}

/** The limits of the public sign-in endpoints. */
export const LIMITS = {
  loginPerEmail: { name: 'login:email', limit: 5, windowMs: 15 * 60_000 },
  loginPerIp: { name: 'login:ip', limit: 20, windowMs: 15 * 60_000 },
  exchangePerIp: { name: 'exchange:ip', limit: 30, windowMs: 15 * 60_000 },
} as const satisfies Record<string, RateLimit>;

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  /** Seconds until the window ends (when not allowed). */
  retryAfterS: number;
}

/**
 * Counts one attempt for `subject` and tells whether it is within the limit. Subjects
 * are hashed, so the table holds no email addresses.
 */
export async function hitRateLimit(db: Database, rule: RateLimit, subject: string, now: number): Promise<RateLimitResult> {
  const key = `${rule.name}:${hashToken(subject)}`;
  const row = await db.get<{ count: number | string; window_start: number | string }>(
    `INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.count + 1 END,
       window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END
     RETURNING count, window_start`,
    [key, now, now - rule.windowMs],
  );
  const count = Number(row!.count);
  const windowEnd = Number(row!.window_start) + rule.windowMs;
  return { allowed: count <= rule.limit, count, retryAfterS: Math.max(1, Math.ceil((windowEnd - now) / 1000)) };
}

/** Throws 429 with `Retry-After` when `subject` is over the limit. */
export async function enforceRateLimit(
  c: Context,
  db: Database,
  rule: RateLimit,
  subject: string,
  now: number,
): Promise<void> {
  const result = await hitRateLimit(db, rule, subject, now);
  if (result.allowed) return;
  c.header('Retry-After', String(result.retryAfterS));
  throw new ApiError(
    429,
    'rate_limit_error',
    'rate_limited',
    `Too many attempts. Try again in ${result.retryAfterS} seconds.`,
  );
}

/** Removes windows that ended; run now and then (cheap, indexed). */
export async function pruneRateLimits(db: Database, now: number, longestWindowMs = 60 * 60_000): Promise<number> {
  return db.run(`DELETE FROM rate_limits WHERE window_start < $1`, [now - longestWindowMs]);
}

/**
 * The client's address: the socket's peer (the Node server puts the request on the
 * environment as `incoming`). Forwarding headers are not trusted.
 */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
