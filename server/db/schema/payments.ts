/**
 * The demo provider's hosted pages: setup sessions (the "add a payment method" page).
 * A setup session is one-time (`used_at`, set by a conditional update) and expires an
 * hour after creation. Its id is 128 random bits: it is the capability in the page's URL.
 */
export const paymentsSchema = `
CREATE TABLE IF NOT EXISTS setup_sessions (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  subscription_id TEXT REFERENCES subscriptions (id),
  return_url TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT,
  payment_method_id TEXT REFERENCES payment_methods (id)
);
CREATE INDEX IF NOT EXISTS setup_sessions_customer ON setup_sessions (customer_id, created_at);
`;
