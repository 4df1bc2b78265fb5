/**
 * Sign-in and session extras: the deep-link flow of a portal session, one-time login
 * links (tokens stored only as hashes), rate-limit counters shared by every instance on
 * the same database, and the SMTP sender's retry schedule for the email outbox.
 */
export const authSchema = `
CREATE TABLE IF NOT EXISTS session_flows (
  session_id TEXT PRIMARY KEY REFERENCES portal_sessions (id),
  flow TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS login_links (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  source TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT,
  session_id TEXT
);
CREATE INDEX IF NOT EXISTS login_links_customer ON login_links (customer_id, created_at);

CREATE TABLE IF NOT EXISTS rate_limits (
  key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limits_window ON rate_limits (window_start);

CREATE TABLE IF NOT EXISTS email_delivery (
  email_id TEXT PRIMARY KEY REFERENCES outbox (id),
  next_attempt_at BIGINT NOT NULL
);
`;
