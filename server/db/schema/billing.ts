/**
 * The demo billing provider: catalog, coupons, payment methods, subscriptions, charges,
 * license keys and the customer's profile details.
 *
 * Subscriptions carry a `version`, bumped by every change, so a mutation made from a
 * stale screen is refused with 409. Payment methods carry the demo provider's
 * `decline_code` (null: charges succeed), the way test cards behave.
 */
export const billingSchema = `
CREATE TABLE IF NOT EXISTS products (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT,
  created_at BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS prices (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES products (id),
  nickname TEXT,
  currency TEXT NOT NULL,
  unit_amount BIGINT NOT NULL,
  interval TEXT NOT NULL,
  interval_count INTEGER NOT NULL,
  tax_behavior TEXT NOT NULL,
  usage_type TEXT NOT NULL,
  active INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS coupons (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  percent_off INTEGER,
  amount_off BIGINT,
  currency TEXT,
  duration TEXT NOT NULL,
  duration_in_months INTEGER
);

CREATE TABLE IF NOT EXISTS promotion_codes (
  code TEXT PRIMARY KEY,
  coupon_id TEXT NOT NULL REFERENCES coupons (id),
  active INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS customer_details (
  customer_id TEXT PRIMARY KEY REFERENCES customers (id),
  phone TEXT,
  address TEXT,
  shipping TEXT
);

CREATE TABLE IF NOT EXISTS customer_tax_ids (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS payment_methods (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  type TEXT NOT NULL,
  details TEXT NOT NULL,
  is_default INTEGER NOT NULL,
  decline_code TEXT,
  created_at BIGINT NOT NULL,
  detached_at BIGINT
);
CREATE INDEX IF NOT EXISTS payment_methods_customer ON payment_methods (customer_id, created_at);

CREATE TABLE IF NOT EXISTS subscriptions (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  status TEXT NOT NULL,
  price_id TEXT NOT NULL REFERENCES prices (id),
  quantity INTEGER NOT NULL,
  item_count INTEGER NOT NULL,
  has_schedule INTEGER NOT NULL,
  current_period_start BIGINT NOT NULL,
  current_period_end BIGINT NOT NULL,
  trial_end BIGINT,
  cancel_at_period_end INTEGER NOT NULL,
  canceled_at BIGINT,
  ended_at BIGINT,
  cancellation_reason TEXT,
  cancellation_comment TEXT,
  paused_at BIGINT,
  pause_resumes_at BIGINT,
  payment_method_id TEXT REFERENCES payment_methods (id),
  coupon_id TEXT REFERENCES coupons (id),
  coupon_ends_at BIGINT,
  version INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS subscriptions_customer ON subscriptions (customer_id, created_at);

CREATE TABLE IF NOT EXISTS charges (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  invoice_id TEXT REFERENCES invoices (id),
  payment_method_id TEXT NOT NULL REFERENCES payment_methods (id),
  amount BIGINT NOT NULL,
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  failure_code TEXT,
  failure_message TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS charges_invoice ON charges (invoice_id);

CREATE TABLE IF NOT EXISTS license_keys (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  product_id TEXT NOT NULL REFERENCES products (id),
  subscription_id TEXT REFERENCES subscriptions (id),
  key TEXT NOT NULL,
  status TEXT NOT NULL,
  activations_used INTEGER NOT NULL,
  activation_limit INTEGER,
  expires_at BIGINT,
  created_at BIGINT NOT NULL
);
`;
