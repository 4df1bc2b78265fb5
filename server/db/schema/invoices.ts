/** Invoices; `seq` orders invoices created in the same millisecond. */
export const invoicesSchema = `
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
  seq BIGINT NOT NULL,
  subscription_id TEXT
);
CREATE INDEX IF NOT EXISTS invoices_customer_newest ON invoices (customer_id, created_at DESC, seq DESC);
`;
