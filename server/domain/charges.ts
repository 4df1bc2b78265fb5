/**
 * The demo provider's charges: paying an open invoice with a saved payment method, and
 * what follows from it (an `on_hold` or `past_due` subscription becomes active again
 * only after the charge for its outstanding invoice succeeded).
 *
 * A method whose `decline_code` is set (the demo provider's test cards) or a card past
 * its expiry is declined: a failed charge is recorded and nothing else changes. A
 * successful charge is written only together with the conditional update that moves the
 * invoice from open to paid, so one invoice is never charged twice, however often the
 * request is repeated (and, on PostgreSQL, however concurrently).
 *
 * Also the signed links to the hosted pay page (`hosted_invoice_url`).
 */
import { emailLocale, emailMoney, emailTerm } from './i18n.js';
import type { ServerConfig } from '../config.js';
import type { ChargeSummaryT } from '../contract/payment-methods.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { sign, verifySignature, newId } from '../tokens.js';
import { configurationForCustomer } from './configuration.js';
import { queueEmail } from './email.js';
import { getSubscription } from './subscriptions.js';
import { enqueueEvent } from './events.js';

export interface PaymentMethodRow {
  id: string;
  customer_id: string;
  type: string;
  details: string;
  is_default: number;
  decline_code: string | null;
  created_at: number;
  detached_at: number | null;
}

export interface SubscriptionRow {
  id: string;
  customer_id: string;
  status: string;
  price_id: string;
  payment_method_id: string | null;
  version: number;
  current_period_start: number;
  current_period_end: number;
}

interface OpenInvoiceRow {
  id: string;
  customer_id: string;
  number: string;
  status: string;
  currency: string;
  amount_due: number;
  subscription_id: string | null;
}

const DAY = 86_400_000;

/** Statuses in which a subscription still needs a payment method. */
export const BILLABLE_STATUSES = ['active', 'trialing', 'past_due', 'on_hold'] as const;
/** Statuses that a successful payment of the outstanding invoice ends. */
export const UNPAID_STATUSES = ['on_hold', 'past_due'] as const;

export function methodDetails(row: Pick<PaymentMethodRow, 'details'>): Record<string, unknown> {
  try {
    const parsed = JSON.parse(row.details) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A card's first instant after its expiry month (UTC); null for types that do not expire. */
export function cardExpiresAt(row: Pick<PaymentMethodRow, 'type' | 'details'>): number | null {
  if (row.type !== 'card') return null;
  const d = methodDetails(row);
  const month = Number(d.exp_month);
  const year = Number(d.exp_year);
  if (!Number.isInteger(month) || !Number.isInteger(year)) return null;
  return Date.UTC(year, month, 1); // month is 1-based: this is the first day of the next month
}

export function expiryState(row: Pick<PaymentMethodRow, 'type' | 'details'>, now: number): { expired: boolean; expires_soon: boolean } {
  const end = cardExpiresAt(row);
  if (end === null) return { expired: false, expires_soon: false };
  return { expired: now >= end, expires_soon: now < end && end - now <= 30 * DAY };
}

/** Why the demo provider declines a charge on this method, or null when it succeeds. */
export function declineCodeFor(row: PaymentMethodRow, now: number): string | null {
  if (row.decline_code) return row.decline_code;
  if (expiryState(row, now).expired) return 'expired_card';
  return null;
}

export function declineMessage(code: string): string {
  switch (code) {
    case 'expired_card':
      return 'Your card has expired. Use another payment method.';
    case 'insufficient_funds':
      return 'Your card has insufficient funds. Use another payment method.';
    case 'incorrect_cvc':
      return "Your card's security code is incorrect.";
    case 'processing_error':
      return 'An error occurred while processing your card. Try again in a little while.';
    default:
      return 'Your card was declined. Use another payment method.';
  }
}

const BRAND_NAMES: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
};

const TYPE_NAMES: Record<string, string> = {
  us_bank_account: 'US bank account',
  au_becs_debit: 'BECS Direct Debit',
  sepa_debit: 'SEPA Direct Debit',
  bacs_debit: 'Bacs Direct Debit',
  acss_debit: 'Pre-authorized debit',
  paypal: 'PayPal',
  amazon_pay: 'Amazon Pay',
  cashapp: 'Cash App Pay',
  link: 'Link',
  boleto: 'Boleto',
};

/** How a customer recognises a method, in plain English (hosted pages and emails). */
export function describeMethod(row: Pick<PaymentMethodRow, 'type' | 'details'>): string {
  const d = methodDetails(row);
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  if (row.type === 'card') {
    const brand = BRAND_NAMES[String(d.brand)] ?? 'Card';
    const month = String(d.exp_month ?? '').padStart(2, '0');
    return `${brand} ending in ${text(d.last4) ?? '????'}, expires ${month}/${String(d.exp_year ?? '')}`;
  }
  const name = TYPE_NAMES[row.type] ?? row.type;
  const last4 = text(d.last4);
  if (last4) return `${name}${text(d.bank_name) ? ` (${text(d.bank_name)})` : ''} ending in ${last4}`;
  const account = text(d.email) ?? text(d.payer_email) ?? text(d.cashtag);
  return account ? `${name} (${account})` : name;
}

export function formatMoney(amount: number, currency: string): string {
  const code = currency.toUpperCase();
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
  } catch {
    return `${amount} ${code}`;
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

/** `ms` moved on by `count` intervals, calendar months clamped to the month's end. */
export function addInterval(ms: number, interval: string, count: number): number {
  const d = new Date(ms);
  if (interval === 'day') return ms + count * DAY;
  if (interval === 'week') return ms + count * 7 * DAY;
  const months = interval === 'year' ? 12 * count : count;
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

export const versionConflict = (current: { version: number; status: string }) =>
  new ApiError(
    409,
    'conflict_error',
    'subscription_version_conflict',
    `The subscription changed since it was loaded (it is now version ${current.version}, ${current.status}). Reload it and try again.`,
  );

export interface ChargeInput {
  customerId: string;
  invoiceId: string;
  paymentMethod: PaymentMethodRow;
  /**
   * The subscription route: the subscription whose method is being set, and the version
   * the customer saw. On success its method becomes `paymentMethod`.
   */
  subscription?: { id: string; expectedVersion: number };
}

export type ChargeOutcome =
  | {
      kind: 'paid';
      charge: ChargeSummaryT;
      /** The subscription made active again, if the invoice's subscription was on_hold or past_due. */
      reactivated: { id: string; status: 'active'; version: number; payment_method_id: string | null } | null;
    }
  | { kind: 'declined'; charge: ChargeSummaryT; declineCode: string; message: string }
  | { kind: 'not_open'; status: string | null };

/**
 * Charges an open invoice's amount due with a saved method. Run it inside the
 * transaction of the change; on `declined` the transaction should still be committed
 * (the failed charge is a record), and nothing else has changed.
 */
export async function chargeInvoice(tx: Database, now: number, input: ChargeInput): Promise<ChargeOutcome> {
  const invoice = await tx.get<OpenInvoiceRow>(
    `SELECT id, customer_id, number, status, currency, amount_due, subscription_id FROM invoices WHERE id = $1 AND customer_id = $2`,
    [input.invoiceId, input.customerId],
  );
  if (!invoice || invoice.status !== 'open') return { kind: 'not_open', status: invoice?.status ?? null };
  const amount = Number(invoice.amount_due);
  const pm = input.paymentMethod;
  const declineCode = declineCodeFor(pm, now);
  const chargeId = newId('ch');

  if (declineCode) {
    const message = declineMessage(declineCode);
    await tx.run(
      `INSERT INTO charges (id, customer_id, invoice_id, payment_method_id, amount, currency, status, failure_code, failure_message, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'failed', $7, $8, $9)`,
      [chargeId, input.customerId, invoice.id, pm.id, amount, invoice.currency, declineCode, message, now],
    );
    const charge: ChargeSummaryT = { id: chargeId, status: 'failed', amount, currency: invoice.currency };
    await enqueueEvent(tx, now, 'invoice.payment_failed', input.customerId, {
      object: { id: invoice.id, number: invoice.number, amount_due: amount, currency: invoice.currency, status: 'open' },
      charge: { ...charge, payment_method: pm.id, decline_code: declineCode },
    });
    return { kind: 'declined', charge, declineCode, message };
  }

  // The guard against paying twice: only the request that moves the invoice from open to paid charges.
  const moved = await tx.run(
    `UPDATE invoices SET status = 'paid', amount_paid = amount_paid + amount_due, amount_due = 0
     WHERE id = $1 AND status = 'open'`,
    [invoice.id],
  );
  if (moved !== 1) return { kind: 'not_open', status: 'paid' };
  await tx.run(
    `INSERT INTO charges (id, customer_id, invoice_id, payment_method_id, amount, currency, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'succeeded', $7)`,
    [chargeId, input.customerId, invoice.id, pm.id, amount, invoice.currency, now],
  );
  const charge: ChargeSummaryT = { id: chargeId, status: 'succeeded', amount, currency: invoice.currency };

  let reactivated: Extract<ChargeOutcome, { kind: 'paid' }>['reactivated'] = null;
  let productName: string | null = null;
  const subscriptionId = input.subscription?.id ?? invoice.subscription_id;
  if (subscriptionId) {
    const sub = await tx.get<SubscriptionRow & { interval: string; interval_count: number; product_name: string }>(
      `SELECT subscriptions.*, prices.interval, prices.interval_count, products.name AS product_name
       FROM subscriptions JOIN prices ON prices.id = subscriptions.price_id JOIN products ON products.id = prices.product_id
       WHERE subscriptions.id = $1 AND subscriptions.customer_id = $2`,
      [subscriptionId, input.customerId],
    );
    if (sub && input.subscription && Number(sub.version) !== input.subscription.expectedVersion) {
      throw versionConflict({ version: Number(sub.version), status: sub.status });
    }
    if (sub && (UNPAID_STATUSES as readonly string[]).includes(sub.status)) {
      const methodId = input.subscription ? pm.id : sub.payment_method_id;
      const version = Number(sub.version) + 1;
      const changed = await tx.run(
        `UPDATE subscriptions SET status = 'active', current_period_start = $1, current_period_end = $2,
           payment_method_id = $3, version = $4, updated_at = $1
         WHERE id = $5 AND version = $6 AND status IN ('on_hold', 'past_due')`,
        [now, addInterval(now, sub.interval, Number(sub.interval_count) || 1), methodId, version, sub.id, Number(sub.version)],
      );
      if (changed !== 1) {
        // Someone else changed it in between: undo the whole payment.
        const current = await tx.get<{ version: number; status: string }>(`SELECT version, status FROM subscriptions WHERE id = $1`, [sub.id]);
        throw versionConflict({ version: Number(current?.version ?? sub.version), status: current?.status ?? sub.status });
      }
      reactivated = { id: sub.id, status: 'active', version, payment_method_id: methodId };
      productName = sub.product_name;
    }
  }

  const customer = await tx.get<{ email: string; name: string; locale: string | null }>(
    `SELECT email, name, locale FROM customers WHERE id = $1`,
    [input.customerId],
  );
  const business = (await configurationForCustomer(tx, input.customerId)).body.business_profile.name;
  if (customer) {
    // In the customer's language, from the kit's bundles.
    const language = emailLocale(customer.locale);
    const money = emailMoney(language, amount, invoice.currency);
    await queueEmail(tx, now, {
      customerId: input.customerId,
      kind: 'payment_succeeded',
      to: customer.email,
      subject: await emailTerm(language, 'email.paymentSucceeded.subject', money, invoice.number),
      text: await emailTerm(language, 'email.paymentSucceeded.body', customer.name, money, invoice.number, describeMethod(pm), business),
    });
    if (reactivated) {
      await queueEmail(tx, now, {
        customerId: input.customerId,
        kind: 'subscription_reactivated',
        to: customer.email,
        subject: await emailTerm(language, 'email.reactivated.subject', productName ?? ''),
        text: await emailTerm(language, 'email.reactivated.body', customer.name, productName ?? '', money, invoice.number, business),
      });
    }
  }
  await enqueueEvent(tx, now, 'invoice.paid', input.customerId, {
    object: { id: invoice.id, number: invoice.number, status: 'paid', amount_paid: amount, amount_due: 0, currency: invoice.currency },
    charge: { ...charge, payment_method: pm.id },
  });
  if (reactivated) {
    await enqueueEvent(tx, now, 'subscription.reactivated', input.customerId, {
      object: await getSubscription(tx, now, input.customerId, reactivated.id),
      invoice: invoice.id,
      charge: charge.id,
    });
  }
  return { kind: 'paid', charge, reactivated };
}

/** The hosted pay page's links: signed like the PDF links, valid for an hour. */
export const HOSTED_PAY_TTL_MS = 60 * 60 * 1000;

const payKey = (config: ServerConfig) => sign(config.secretKey, 'portal-kit:hosted-pay-urls');

export function hostedPayUrl(config: ServerConfig, now: number, invoiceId: string, returnUrl: string): string {
  const expires = Math.floor((now + HOSTED_PAY_TTL_MS) / 1000);
  const signature = sign(payKey(config), `${invoiceId}.${expires}`);
  const params = new URLSearchParams({ expires: String(expires), signature, return_url: returnUrl });
  return `${config.publicUrl}/hosted/pay/${encodeURIComponent(invoiceId)}?${params}`;
}

export function checkHostedPaySignature(
  config: ServerConfig,
  now: number,
  invoiceId: string,
  expires: string | undefined,
  signature: string | undefined,
): 'ok' | 'invalid' | 'expired' {
  if (!expires || !signature || !/^\d{1,12}$/.test(expires) || signature.length > 128) return 'invalid';
  if (!verifySignature(payKey(config), `${invoiceId}.${expires}`, signature)) return 'invalid';
  return Number(expires) * 1000 < now ? 'expired' : 'ok';
}
