/**
 * The schema, in the SQL that SQLite and PostgreSQL share. Timestamps are stored as
 * integer milliseconds since the epoch (BIGINT) and leave the API as RFC 3339 strings;
 * money as integer minor units.
 */
export const SCHEMA_VERSION = 1;

export const schema = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS customers (
  id TEXT PRIMARY KEY,
  business_id TEXT NOT NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  locale TEXT,
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS customers_business_email ON customers (business_id, email);

CREATE TABLE IF NOT EXISTS portal_sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  return_url TEXT,
  locale TEXT,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT
);

CREATE TABLE IF NOT EXISTS invoices (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  number TEXT NOT NULL,
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  subtotal BIGINT NOT NULL,
  tax BIGINT NOT NULL,
  total BIGINT NOT NULL,
  amount_paid BIGINT NOT NULL,
  amount_due BIGINT NOT NULL,
  description TEXT,
  created_at BIGINT NOT NULL,
  due_at BIGINT,
  period_start BIGINT NOT NULL,
  period_end BIGINT NOT NULL,
  seq BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS invoices_customer_newest ON invoices (customer_id, created_at DESC, seq DESC);
`;
