/**
 * Idempotency keys (Stripe's rules): one row per caller + method + path + key. The row
 * is inserted first, in flight (`status` NULL, `lock_id` set), and completed with the
 * response, which is kept encrypted (it may hold a session token) for 24 hours.
 */
export const idempotencySchema = `
CREATE TABLE IF NOT EXISTS idempotency_keys (
  id TEXT PRIMARY KEY,
  request_hash TEXT NOT NULL,
  lock_id TEXT,
  status INTEGER,
  response TEXT,
  created_at BIGINT NOT NULL,
  completed_at BIGINT
);
CREATE INDEX IF NOT EXISTS idempotency_keys_created ON idempotency_keys (created_at);
`;
