/**
 * The demo provider's catalog and every customer's billing state (issue: reference
 * server, "The demo provider").
 *
 * - Catalog: Starter, Pro, Team, monthly and yearly in USD (tax exclusive); Pro also in
 *   EUR (tax inclusive, so a USD subscriber cannot switch to it); Team per seat, 1–50.
 * - Coupons: `retention_25` (25 % off for 3 months, the retention offer) and the
 *   promotion code `SAVE10` (10 % off forever).
 * - cus_demo: active Pro monthly; trialing Team ×5; on_hold Starter with the open invoice
 *   DEMO-0036; Starter yearly set to cancel at period end; Pro yearly on a schedule
 *   (cancel only); cards visa 4242 (default), mastercard 4444 and an expired amex; two
 *   license keys; a phone, billing and shipping address and an EU VAT number.
 * - cus_invoice_only: no subscriptions; SEPA Direct Debit (default) and PayPal.
 */
import type { Database } from '../db/database.js';
import { DAY } from './constants.js';

const YEAR = 365 * DAY;
const MONTH = 30 * DAY;

const products = [
  ['prod_starter', 'Starter', 'For individuals getting started.'],
  ['prod_pro', 'Pro', 'For professionals who need more.'],
  ['prod_team', 'Team', 'For teams, billed per seat.'],
] as const;

// id, product, nickname, currency, unit amount, interval, tax behaviour
const prices = [
  ['price_starter_monthly', 'prod_starter', 'Starter monthly', 'usd', 900, 'month', 'exclusive'],
  ['price_starter_yearly', 'prod_starter', 'Starter yearly', 'usd', 9000, 'year', 'exclusive'],
  ['price_pro_monthly', 'prod_pro', 'Pro monthly', 'usd', 2900, 'month', 'exclusive'],
  ['price_pro_yearly', 'prod_pro', 'Pro yearly', 'usd', 29000, 'year', 'exclusive'],
  ['price_pro_monthly_eur', 'prod_pro', 'Pro monthly (EUR)', 'eur', 2700, 'month', 'inclusive'],
  ['price_pro_yearly_eur', 'prod_pro', 'Pro yearly (EUR)', 'eur', 27000, 'year', 'inclusive'],
  ['price_team_monthly', 'prod_team', 'Team monthly, per seat', 'usd', 1500, 'month', 'exclusive'],
  ['price_team_yearly', 'prod_team', 'Team yearly, per seat', 'usd', 15000, 'year', 'exclusive'],
] as const;

interface PaymentMethodSeed {
  id: string;
  customer: string;
  type: string;
  details: Record<string, unknown>;
  isDefault: boolean;
  declineCode?: string;
}

const paymentMethods: PaymentMethodSeed[] = [
  {
    id: 'pm_demo_visa',
    customer: 'cus_demo',
    type: 'card',
    details: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2029, funding: 'credit' },
    isDefault: true,
  },
  {
    id: 'pm_demo_mastercard',
    customer: 'cus_demo',
    type: 'card',
    details: { brand: 'mastercard', last4: '4444', exp_month: 8, exp_year: 2028, funding: 'credit' },
    isDefault: false,
  },
  {
    id: 'pm_demo_expired',
    customer: 'cus_demo',
    type: 'card',
    details: { brand: 'amex', last4: '8431', exp_month: 3, exp_year: 2025, funding: 'credit' },
    isDefault: false,
    declineCode: 'expired_card',
  },
  {
    id: 'pm_io_sepa',
    customer: 'cus_invoice_only',
    type: 'sepa_debit',
    details: { bank_name: 'Deutsche Bank', bank_code: '37040044', country: 'DE', last4: '3000' },
    isDefault: true,
  },
  {
    id: 'pm_io_paypal',
    customer: 'cus_invoice_only',
    type: 'paypal',
    details: { payer_email: 'ines.invoice@example.com' },
    isDefault: false,
  },
];

/** cus_methods: one payment method of every type Stripe's portal supports, none expired. */
const everyType: Array<[string, Record<string, unknown>]> = [
  ['card', { brand: 'visa', last4: '1881', exp_month: 11, exp_year: 2030, funding: 'debit' }],
  ['us_bank_account', { bank_name: 'STRIPE TEST BANK', last4: '6789', account_type: 'checking', routing_number: '110000000' }],
  ['au_becs_debit', { bank_name: 'Commonwealth Bank', bsb_number: '062000', last4: '3456' }],
  ['sepa_debit', { bank_name: 'Deutsche Bank', bank_code: '37040044', country: 'DE', last4: '3000' }],
  ['bacs_debit', { bank_name: 'NatWest', sort_code: '108800', last4: '2345' }],
  ['acss_debit', { bank_name: 'TD Canada Trust', institution_number: '004', transit_number: '11000', last4: '6789' }],
  ['paypal', { payer_email: 'mia.methods@example.com' }],
  ['amazon_pay', { email: 'mia.amazon@example.com' }],
  ['cashapp', { cashtag: '$miamethods' }],
  ['link', { email: 'mia.link@example.com' }],
  ['boleto', { tax_id: '000.000.000-00' }],
];
for (const [i, [type, details]] of everyType.entries()) {
  paymentMethods.push({ id: `pm_methods_${type}`, customer: 'cus_methods', type, details, isDefault: i === 0 });
}

interface SubscriptionSeed {
  id: string;
  status: 'active' | 'trialing' | 'on_hold' | 'past_due' | 'paused' | 'canceled';
  price: string;
  quantity: number;
  periodStart: number;
  periodEnd: number;
  trialEnd?: number;
  cancelAtPeriodEnd?: boolean;
  hasSchedule?: boolean;
  paymentMethod: string;
  created: number;
}

function demoSubscriptions(now: number): SubscriptionSeed[] {
  const start = now - 10 * DAY;
  return [
    { id: 'sub_demo_pro', status: 'active', price: 'price_pro_monthly', quantity: 1, periodStart: start, periodEnd: start + MONTH, paymentMethod: 'pm_demo_visa', created: now - 2 * YEAR },
    { id: 'sub_demo_team', status: 'trialing', price: 'price_team_monthly', quantity: 5, periodStart: now - 4 * DAY, periodEnd: now + 10 * DAY, trialEnd: now + 10 * DAY, paymentMethod: 'pm_demo_visa', created: now - 4 * DAY },
    // on_hold: the renewal two days ago failed on the expired card; DEMO-0036 is open for it.
    { id: 'sub_demo_starter', status: 'on_hold', price: 'price_starter_monthly', quantity: 1, periodStart: now - 2 * DAY, periodEnd: now - 2 * DAY + MONTH, paymentMethod: 'pm_demo_expired', created: now - 200 * DAY },
    { id: 'sub_demo_addon', status: 'active', price: 'price_starter_yearly', quantity: 1, periodStart: now - 300 * DAY, periodEnd: now - 300 * DAY + YEAR, cancelAtPeriodEnd: true, paymentMethod: 'pm_demo_mastercard', created: now - 300 * DAY },
    { id: 'sub_demo_scheduled', status: 'active', price: 'price_pro_yearly', quantity: 1, periodStart: now - 90 * DAY, periodEnd: now - 90 * DAY + YEAR, hasSchedule: true, paymentMethod: 'pm_demo_visa', created: now - 90 * DAY },
  ];
}

export async function seedBilling(db: Database, now: number): Promise<void> {
  for (const [id, name, description] of products) {
    await db.run(`INSERT INTO products (id, name, description, created_at) VALUES ($1, $2, $3, $4)`, [id, name, description, now - 3 * YEAR]);
  }
  for (const [id, product, nickname, currency, amount, interval, taxBehavior] of prices) {
    await db.run(
      `INSERT INTO prices (id, product_id, nickname, currency, unit_amount, interval, interval_count, tax_behavior, usage_type, active)
       VALUES ($1, $2, $3, $4, $5, $6, 1, $7, 'licensed', 1)`,
      [id, product, nickname, currency, amount, interval, taxBehavior],
    );
  }
  await db.run(
    `INSERT INTO coupons (id, name, percent_off, amount_off, currency, duration, duration_in_months)
     VALUES ('retention_25', '25% off for 3 months', 25, NULL, NULL, 'repeating', 3),
            ('save10', '10% off', 10, NULL, NULL, 'forever', NULL)`,
  );
  await db.run(`INSERT INTO promotion_codes (code, coupon_id, active) VALUES ('SAVE10', 'save10', 1)`);

  for (const pm of paymentMethods) {
    await db.run(
      `INSERT INTO payment_methods (id, customer_id, type, details, is_default, decline_code, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [pm.id, pm.customer, pm.type, JSON.stringify(pm.details), pm.isDefault ? 1 : 0, pm.declineCode ?? null, now - YEAR],
    );
  }

  for (const sub of demoSubscriptions(now)) {
    await db.run(
      `INSERT INTO subscriptions (id, customer_id, status, price_id, quantity, item_count, has_schedule,
         current_period_start, current_period_end, trial_end, cancel_at_period_end, payment_method_id,
         version, created_at, updated_at)
       VALUES ($1, 'cus_demo', $2, $3, $4, 1, $5, $6, $7, $8, $9, $10, 1, $11, $11)`,
      [
        sub.id,
        sub.status,
        sub.price,
        sub.quantity,
        sub.hasSchedule ? 1 : 0,
        sub.periodStart,
        sub.periodEnd,
        sub.trialEnd ?? null,
        sub.cancelAtPeriodEnd ? 1 : 0,
        sub.paymentMethod,
        sub.created,
      ],
    );
  }
  // The open invoice is the on_hold subscription's outstanding amount.
  await db.run(`UPDATE invoices SET subscription_id = 'sub_demo_starter' WHERE id = 'in_demo_0036'`);
  await db.run(`UPDATE invoices SET subscription_id = 'sub_demo_pro' WHERE customer_id = 'cus_demo' AND id <> 'in_demo_0036'`);

  await db.run(
    `INSERT INTO license_keys (id, customer_id, product_id, subscription_id, key, status, activations_used, activation_limit, expires_at, created_at)
     VALUES ('lk_demo_pro', 'cus_demo', 'prod_pro', 'sub_demo_pro', 'PRO-7F3K-92QD-L8XM-4TZC', 'active', 2, 5, NULL, $1),
            ('lk_demo_team', 'cus_demo', 'prod_team', 'sub_demo_team', 'TEAM-M2VB-6HJN-Q9RP-3WKE', 'active', 1, 10, $2, $3)`,
    [now - 2 * YEAR, now + 10 * DAY, now - 4 * DAY],
  );

  await db.run(
    `INSERT INTO customer_details (customer_id, phone, address, shipping) VALUES ($1, $2, $3, $4)`,
    [
      'cus_demo',
      '+1 415 555 0132',
      JSON.stringify({ line1: '510 Townsend St', line2: null, city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' }),
      JSON.stringify({
        name: 'Dana Demo',
        phone: null,
        address: { line1: '510 Townsend St', line2: 'Floor 2', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' },
      }),
    ],
  );
  await db.run(
    `INSERT INTO customer_tax_ids (id, customer_id, type, value, created_at) VALUES ('txi_demo_vat', 'cus_demo', 'eu_vat', 'DE123456789', $1)`,
    [now - YEAR],
  );
}
