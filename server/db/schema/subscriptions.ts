/**
 * What the demo provider keeps beside a subscription (billing.ts holds the
 * subscription itself): the lines a plan change or cancellation produced.
 *
 * `subscription_adjustments`: one row per line — credit for unused time, charge for
 * the remaining time, a new period's charge, or the credit of an immediate
 * cancellation. A line with `invoice_id` was invoiced at once; one without waits for
 * the subscription's next invoice (the next-invoice preview adds them up), except
 * `cancellation_credit`, which is owed back to the customer.
 */
export const subscriptionsSchema = `
CREATE TABLE IF NOT EXISTS subscription_adjustments (
  id TEXT PRIMARY KEY,
  subscription_id TEXT NOT NULL REFERENCES subscriptions (id),
  customer_id TEXT NOT NULL REFERENCES customers (id),
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  amount BIGINT NOT NULL,
  currency TEXT NOT NULL,
  price_id TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  period_start BIGINT NOT NULL,
  period_end BIGINT NOT NULL,
  invoice_id TEXT REFERENCES invoices (id),
  created_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS subscription_adjustments_subscription ON subscription_adjustments (subscription_id, created_at);
`;
