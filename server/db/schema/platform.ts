/**
 * Platform tables: the portal configuration per business, the webhook event queue and
 * the email outbox. Events and emails are written in the same transaction as the change
 * they report, so none is lost (delivered at least once, each with a unique id).
 */
export const platformSchema = `
CREATE TABLE IF NOT EXISTS portal_configurations (
  business_id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  customer_id TEXT,
  payload TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at BIGINT,
  delivered_at BIGINT,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS events_pending ON events (delivered_at, next_attempt_at);

CREATE TABLE IF NOT EXISTS outbox (
  id TEXT PRIMARY KEY,
  customer_id TEXT,
  kind TEXT NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body_text TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  sent_at BIGINT,
  attempts INTEGER NOT NULL,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS outbox_created ON outbox (created_at);
`;
