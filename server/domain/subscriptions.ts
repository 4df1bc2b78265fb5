/**
 * Subscriptions of the demo billing provider: reading them as the contract's
 * Subscription, the rules of what a customer may do (configuration AND state), and
 * every change — cancel, undo, pause, resume, plan or quantity change with prorations,
 * retention offers.
 *
 * Every change runs in one transaction: it reads the subscription, checks the version
 * the customer saw, writes with `UPDATE … WHERE version = $n` (one row, or 409), and
 * records its webhook event with it. Changes that fall due with time (a scheduled
 * cancellation at period end, a pause that reaches its resume date) are applied when
 * the customer's subscriptions are next read or changed.
 */
import type { PortalConfigurationBodyT, PortalFeaturesT } from '../contract/configuration.js';
import type {
  CouponT,
  MoneyT,
  PlanT,
  PriceT,
  ProrationLineT,
  RetentionOfferDetailsT,
  SubscriptionT,
  SubscriptionUpdatePreviewT,
  CancelOptionsT,
} from '../contract/subscriptions.js';
import type { Database, SqlValue } from '../db/database.js';
import { ApiError, errors } from '../errors.js';
import { iso, isoOrNull } from '../http.js';
import { newId } from '../tokens.js';
import { declineCodeFor, declineMessage, type PaymentMethodRow } from './charges.js';
import { configurationForCustomer } from './configuration.js';
import { enqueueEvent } from './events.js';
import {
  addInterval,
  addMonths,
  couponDiscount,
  couponEndsAt,
  couponFitsCurrency,
  formatDay,
  formatMoney,
  invoiceDatesBefore,
  prorate,
  type CouponLike,
} from './proration.js';

export type Status = SubscriptionT['status'];
type Reason = NonNullable<NonNullable<SubscriptionT['cancellation_details']>['reason']>;
type BlockedReason = SubscriptionT['restrictions']['update_blocked_reason'];
export type Action = keyof SubscriptionT['allowed_actions'];

export interface PriceInfo {
  id: string;
  productId: string;
  productName: string;
  productDescription: string | null;
  nickname: string | null;
  currency: string;
  unitAmount: number;
  interval: PriceT['interval'];
  intervalCount: number;
  taxBehavior: PriceT['tax_behavior'];
  usageType: string;
  active: boolean;
}

export interface CouponInfo extends CouponLike {
  id: string;
  name: string;
}

export interface Sub {
  id: string;
  customerId: string;
  status: Status;
  price: PriceInfo;
  quantity: number;
  itemCount: number;
  hasSchedule: boolean;
  periodStart: number;
  periodEnd: number;
  trialEnd: number | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: number | null;
  endedAt: number | null;
  reason: Reason | null;
  comment: string | null;
  pausedAt: number | null;
  resumesAt: number | null;
  paymentMethod: { id: string; type: string; details: Record<string, unknown>; declineCode: string | null; detached: boolean } | null;
  coupon: CouponInfo | null;
  couponEndsAt: number | null;
  version: number;
  createdAt: number;
}

type Outstanding = NonNullable<SubscriptionT['outstanding']>;

// ---------------------------------------------------------------------------------
// Reading

const SUBSCRIPTION_SELECT = `
  SELECT s.id, s.customer_id, s.status, s.quantity, s.item_count, s.has_schedule, s.current_period_start,
    s.current_period_end, s.trial_end, s.cancel_at_period_end, s.canceled_at, s.ended_at, s.cancellation_reason,
    s.cancellation_comment, s.paused_at, s.pause_resumes_at, s.coupon_id, s.coupon_ends_at, s.version, s.created_at,
    p.id AS price_id, p.nickname AS price_nickname, p.currency AS price_currency, p.unit_amount AS price_unit_amount,
    p.interval AS price_interval, p.interval_count AS price_interval_count, p.tax_behavior AS price_tax_behavior,
    p.usage_type AS price_usage_type, p.active AS price_active,
    pr.id AS product_id, pr.name AS product_name, pr.description AS product_description,
    pm.id AS pm_id, pm.type AS pm_type, pm.details AS pm_details, pm.decline_code AS pm_decline_code, pm.detached_at AS pm_detached_at,
    c.name AS coupon_name, c.percent_off AS coupon_percent_off, c.amount_off AS coupon_amount_off,
    c.currency AS coupon_currency, c.duration AS coupon_duration, c.duration_in_months AS coupon_duration_in_months
  FROM subscriptions s
  JOIN prices p ON p.id = s.price_id
  JOIN products pr ON pr.id = p.product_id
  LEFT JOIN payment_methods pm ON pm.id = s.payment_method_id
  LEFT JOIN coupons c ON c.id = s.coupon_id`;

type Row = Record<string, string | number | null>;

const num = (v: string | number | null): number => Number(v);
const numOrNull = (v: string | number | null): number | null => (v === null ? null : Number(v));
const str = (v: string | number | null): string => String(v);
const strOrNull = (v: string | number | null): string | null => (v === null ? null : String(v));

function priceFromRow(row: Row, prefix = 'price_'): PriceInfo {
  return {
    id: str(row[`${prefix}id`]!),
    productId: str(row.product_id!),
    productName: str(row.product_name!),
    productDescription: strOrNull(row.product_description ?? null),
    nickname: strOrNull(row[`${prefix}nickname`] ?? null),
    currency: str(row[`${prefix}currency`]!),
    unitAmount: num(row[`${prefix}unit_amount`]!),
    interval: str(row[`${prefix}interval`]!) as PriceInfo['interval'],
    intervalCount: num(row[`${prefix}interval_count`]!),
    taxBehavior: str(row[`${prefix}tax_behavior`]!) as PriceInfo['taxBehavior'],
    usageType: str(row[`${prefix}usage_type`]!),
    active: num(row[`${prefix}active`]!) === 1,
  };
}

function subFromRow(row: Row): Sub {
  return {
    id: str(row.id!),
    customerId: str(row.customer_id!),
    status: str(row.status!) as Status,
    price: priceFromRow(row),
    quantity: num(row.quantity!),
    itemCount: num(row.item_count!),
    hasSchedule: num(row.has_schedule!) === 1,
    periodStart: num(row.current_period_start!),
    periodEnd: num(row.current_period_end!),
    trialEnd: numOrNull(row.trial_end ?? null),
    cancelAtPeriodEnd: num(row.cancel_at_period_end!) === 1,
    canceledAt: numOrNull(row.canceled_at ?? null),
    endedAt: numOrNull(row.ended_at ?? null),
    reason: strOrNull(row.cancellation_reason ?? null) as Reason | null,
    comment: strOrNull(row.cancellation_comment ?? null),
    pausedAt: numOrNull(row.paused_at ?? null),
    resumesAt: numOrNull(row.pause_resumes_at ?? null),
    paymentMethod:
      row.pm_id === null || row.pm_id === undefined
        ? null
        : {
            id: str(row.pm_id),
            type: str(row.pm_type!),
            details: JSON.parse(str(row.pm_details!)) as Record<string, unknown>,
            declineCode: strOrNull(row.pm_decline_code ?? null),
            detached: row.pm_detached_at !== null && row.pm_detached_at !== undefined,
          },
    coupon:
      row.coupon_id === null || row.coupon_id === undefined || row.coupon_name === null
        ? null
        : {
            id: str(row.coupon_id),
            name: str(row.coupon_name!),
            percent_off: numOrNull(row.coupon_percent_off ?? null),
            amount_off: numOrNull(row.coupon_amount_off ?? null),
            currency: strOrNull(row.coupon_currency ?? null),
            duration: str(row.coupon_duration!),
            duration_in_months: numOrNull(row.coupon_duration_in_months ?? null),
          },
    couponEndsAt: numOrNull(row.coupon_ends_at ?? null),
    version: num(row.version!),
    createdAt: num(row.created_at!),
  };
}

export async function loadSubscription(db: Database, customerId: string, id: string): Promise<Sub | undefined> {
  const row = await db.get<Row>(`${SUBSCRIPTION_SELECT} WHERE s.id = $1 AND s.customer_id = $2`, [id, customerId]);
  return row ? subFromRow(row) : undefined;
}

async function loadSubscriptions(db: Database, customerId: string): Promise<Sub[]> {
  const rows = await db.all<Row>(`${SUBSCRIPTION_SELECT} WHERE s.customer_id = $1 ORDER BY s.created_at DESC, s.id DESC`, [customerId]);
  return rows.map(subFromRow);
}

/** The open invoice of each on_hold / past_due subscription among `subs`. */
async function outstandingOf(db: Database, customerId: string, subs: Sub[]): Promise<Map<string, Outstanding>> {
  const owing = new Set(subs.filter((s) => s.status === 'on_hold' || s.status === 'past_due').map((s) => s.id));
  const found = new Map<string, Outstanding>();
  if (owing.size === 0) return found;
  const rows = await db.all<{ id: string; subscription_id: string; amount_due: number; currency: string }>(
    `SELECT id, subscription_id, amount_due, currency FROM invoices
     WHERE customer_id = $1 AND status = 'open' AND subscription_id IS NOT NULL
     ORDER BY created_at DESC, seq DESC`,
    [customerId],
  );
  for (const row of rows) {
    if (owing.has(row.subscription_id) && !found.has(row.subscription_id)) {
      found.set(row.subscription_id, { invoice: row.id, amount_due: Number(row.amount_due), currency: row.currency });
    }
  }
  return found;
}

async function loadPrice(db: Database, id: string): Promise<PriceInfo | undefined> {
  const row = await db.get<Row>(
    `SELECT p.id AS price_id, p.nickname AS price_nickname, p.currency AS price_currency, p.unit_amount AS price_unit_amount,
       p.interval AS price_interval, p.interval_count AS price_interval_count, p.tax_behavior AS price_tax_behavior,
       p.usage_type AS price_usage_type, p.active AS price_active,
       pr.id AS product_id, pr.name AS product_name, pr.description AS product_description
     FROM prices p JOIN products pr ON pr.id = p.product_id WHERE p.id = $1`,
    [id],
  );
  return row ? priceFromRow(row) : undefined;
}

async function loadCoupon(db: Database, id: string): Promise<CouponInfo | undefined> {
  const row = await db.get<Row>(
    `SELECT id, name, percent_off, amount_off, currency, duration, duration_in_months FROM coupons WHERE id = $1`,
    [id],
  );
  return row ? couponFromRow(row) : undefined;
}

function couponFromRow(row: Row): CouponInfo {
  return {
    id: str(row.id!),
    name: str(row.name!),
    percent_off: numOrNull(row.percent_off ?? null),
    amount_off: numOrNull(row.amount_off ?? null),
    currency: strOrNull(row.currency ?? null),
    duration: str(row.duration!),
    duration_in_months: numOrNull(row.duration_in_months ?? null),
  };
}

// ---------------------------------------------------------------------------------
// Views

export function priceView(p: PriceInfo): PriceT {
  return {
    id: p.id,
    nickname: p.nickname,
    currency: p.currency,
    unit_amount: p.unitAmount,
    interval: p.interval,
    interval_count: p.intervalCount,
    tax_behavior: p.taxBehavior,
  };
}

function couponView(c: CouponInfo): CouponT {
  return { id: c.id, name: c.name, percent_off: c.percent_off, amount_off: c.amount_off, currency: c.currency };
}

function paymentMethodView(pm: NonNullable<Sub['paymentMethod']>): SubscriptionT['payment_method'] {
  const d = pm.details;
  const s = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
  const n = (key: string) => (typeof d[key] === 'number' ? (d[key] as number) : null);
  return {
    id: pm.id,
    type: pm.type,
    brand: s('brand'),
    last4: s('last4'),
    exp_month: n('exp_month'),
    exp_year: n('exp_year'),
    bank_name: s('bank_name'),
    email: s('email') ?? s('payer_email'),
  };
}

/** The coupon in force at `at`, if any. */
function activeCoupon(sub: Sub, at: number): CouponInfo | null {
  if (!sub.coupon) return null;
  return sub.couponEndsAt === null || sub.couponEndsAt > at ? sub.coupon : null;
}

const pendingCancellation = (sub: Sub) => sub.cancelAtPeriodEnd && sub.status !== 'canceled';

export function toSubscription(sub: Sub, features: PortalFeaturesT, outstanding: Outstanding | undefined, at: number): SubscriptionT {
  const scheduled = pendingCancellation(sub);
  const coupon = activeCoupon(sub, at);
  const allowed = (action: Action) => refusal(action, sub, features) === null;
  return {
    id: sub.id,
    object: 'subscription',
    status: sub.status,
    product: { id: sub.price.productId, name: sub.price.productName },
    price: priceView(sub.price),
    quantity: sub.quantity,
    current_period_start: iso(sub.periodStart),
    current_period_end: iso(sub.periodEnd),
    trial_end: isoOrNull(sub.trialEnd),
    cancel_at_period_end: scheduled,
    cancel_at: scheduled ? iso(sub.periodEnd) : null,
    canceled_at: isoOrNull(sub.canceledAt),
    ended_at: isoOrNull(sub.endedAt),
    cancellation_details: scheduled || sub.status === 'canceled' ? { reason: sub.reason, comment: sub.comment } : null,
    pause:
      sub.status === 'paused' && sub.pausedAt !== null
        ? { paused_at: iso(sub.pausedAt), resumes_at: isoOrNull(sub.resumesAt) }
        : null,
    payment_method: sub.paymentMethod ? paymentMethodView(sub.paymentMethod) : null,
    discount: coupon ? { coupon: couponView(coupon), ends_at: isoOrNull(sub.couponEndsAt) } : null,
    outstanding: sub.status === 'on_hold' || sub.status === 'past_due' ? (outstanding ?? null) : null,
    restrictions: { update_blocked_reason: blockedReason(sub) },
    allowed_actions: {
      cancel: allowed('cancel'),
      undo_cancel: allowed('undo_cancel'),
      pause: allowed('pause'),
      resume: allowed('resume'),
      update: allowed('update'),
    },
    version: sub.version,
  };
}

async function viewOne(db: Database, sub: Sub, features: PortalFeaturesT, at: number): Promise<SubscriptionT> {
  const outstanding = await outstandingOf(db, sub.customerId, [sub]);
  return toSubscription(sub, features, outstanding.get(sub.id), at);
}

// ---------------------------------------------------------------------------------
// Rules

/** Why a plan change is never possible in the portal (the subscription can only be canceled). */
export function blockedReason(sub: Sub): BlockedReason {
  if (sub.status === 'canceled') return 'canceled';
  if (sub.hasSchedule) return 'schedule';
  if (sub.itemCount > 1) return 'multiple_items';
  if (sub.price.usageType !== 'licensed') return 'usage_based';
  return null;
}

const BLOCKED_MESSAGES: Record<NonNullable<BlockedReason>, string> = {
  canceled: 'This subscription is canceled: it can no longer be changed.',
  schedule: 'This subscription follows a schedule: in the portal it can only be canceled.',
  multiple_items: 'This subscription has several items: in the portal it can only be canceled.',
  usage_based: 'This subscription is billed on usage: in the portal it can only be canceled.',
};

const STATUS_WORDS: Record<Status, string> = {
  active: 'active',
  trialing: 'in its trial',
  past_due: 'past due',
  on_hold: 'on hold until the outstanding invoice is paid',
  paused: 'paused',
  canceled: 'canceled',
};

interface Refusal {
  code: 'action_not_allowed' | 'subscription_update_blocked';
  message: string;
}

const notAllowed = (message: string): Refusal => ({ code: 'action_not_allowed', message });

/** Why `action` is not possible now (configuration or state), or null when it is. */
export function refusal(action: Action, sub: Sub, f: PortalFeaturesT): Refusal | null {
  const blocked = blockedReason(sub);
  switch (action) {
    case 'cancel':
      if (sub.status === 'canceled') return notAllowed('This subscription is already canceled.');
      if (!f.subscription_cancel.enabled) return notAllowed('Cancelling in the portal is switched off for this business.');
      if (sub.cancelAtPeriodEnd && f.subscription_cancel.mode === 'at_period_end') {
        return notAllowed(`This subscription is already set to cancel on ${formatDay(sub.periodEnd)}.`);
      }
      return null;
    case 'undo_cancel':
      if (sub.status === 'canceled') return notAllowed('This subscription has already ended.');
      if (!sub.cancelAtPeriodEnd) return notAllowed('No cancellation is pending for this subscription.');
      return null;
    case 'pause':
      if (sub.status === 'paused') return notAllowed('This subscription is already paused.');
      if (!f.subscription_pause.enabled) return notAllowed('Pausing in the portal is switched off for this business.');
      if (sub.status !== 'active' && sub.status !== 'trialing') {
        return notAllowed(`This subscription is ${STATUS_WORDS[sub.status]}: only an active or trialing subscription can be paused.`);
      }
      if (blocked) return notAllowed(BLOCKED_MESSAGES[blocked]);
      if (sub.cancelAtPeriodEnd) return notAllowed('This subscription is set to cancel: undo the cancellation before pausing it.');
      return null;
    case 'resume':
      if (sub.status !== 'paused') return notAllowed(`This subscription is ${STATUS_WORDS[sub.status]}, not paused.`);
      return null;
    case 'update':
      if (blocked) return { code: 'subscription_update_blocked', message: BLOCKED_MESSAGES[blocked] };
      if (!f.subscription_update.enabled) return notAllowed('Changing plans in the portal is switched off for this business.');
      if (f.subscription_update.products.length === 0 || f.subscription_update.default_allowed_updates.length === 0) {
        return notAllowed('This business offers no plan or quantity changes in the portal.');
      }
      if (sub.status !== 'active' && sub.status !== 'trialing') {
        return notAllowed(`This subscription is ${STATUS_WORDS[sub.status]}: only an active or trialing subscription can change plan.`);
      }
      if (sub.cancelAtPeriodEnd) return notAllowed('This subscription is set to cancel: undo the cancellation before changing the plan.');
      return null;
  }
}

function ensureAllowed(action: Action, sub: Sub, f: PortalFeaturesT): void {
  const why = refusal(action, sub, f);
  if (why) throw new ApiError(400, 'invalid_request_error', why.code, why.message);
}

/** 409 with the current subscription, for a stale `version`. */
export class SubscriptionConflictError extends ApiError {
  constructor(readonly subscription: SubscriptionT) {
    super(
      409,
      'conflict_error',
      'subscription_version_conflict',
      'This subscription has changed since it was loaded. Here is its current state; review it and try again.',
      'version',
    );
  }

  override toBody() {
    return { ...super.toBody(), subscription: this.subscription };
  }
}

const invalid = (code: string, message: string, param: string) => new ApiError(400, 'invalid_request_error', code, message, param);

// ---------------------------------------------------------------------------------
// Time-based changes

/** Applies what fell due by `at`: scheduled cancellations at period end, pauses reaching their resume date. */
async function settleDue(tx: Database, at: number, customerId: string, features: PortalFeaturesT, onlyId?: string): Promise<void> {
  const due = await tx.all<{ id: string }>(
    `SELECT id FROM subscriptions
     WHERE customer_id = $1
       AND ((status = 'paused' AND pause_resumes_at IS NOT NULL AND pause_resumes_at <= $2)
         OR (cancel_at_period_end = 1 AND status <> 'canceled' AND current_period_end <= $2))`,
    [customerId, at],
  );
  for (const { id } of due) {
    if (onlyId !== undefined && id !== onlyId) continue;
    const sub = await loadSubscription(tx, customerId, id);
    if (!sub) continue;
    if (sub.cancelAtPeriodEnd && sub.status !== 'canceled' && sub.periodEnd <= at) {
      const changed = await write(tx, sub, at, {
        status: 'canceled',
        ended_at: sub.periodEnd,
        cancel_at_period_end: 0,
        paused_at: null,
        pause_resumes_at: null,
      });
      if (changed) {
        await enqueueEvent(tx, at, 'subscription.canceled', customerId, {
          object: await viewOne(tx, changed, features, at),
          reason: changed.reason,
          comment: changed.comment,
          automatic: true,
        });
      }
    } else if (sub.status === 'paused' && sub.resumesAt !== null && sub.resumesAt <= at) {
      const changed = await write(tx, sub, at, {
        status: sub.trialEnd !== null && sub.trialEnd > at ? 'trialing' : 'active',
        paused_at: null,
        pause_resumes_at: null,
      });
      if (changed) {
        await enqueueEvent(tx, at, 'subscription.resumed', customerId, {
          object: await viewOne(tx, changed, features, at),
          automatic: true,
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------
// Writing

type Column =
  | 'status'
  | 'price_id'
  | 'quantity'
  | 'current_period_start'
  | 'current_period_end'
  | 'trial_end'
  | 'cancel_at_period_end'
  | 'canceled_at'
  | 'ended_at'
  | 'cancellation_reason'
  | 'cancellation_comment'
  | 'paused_at'
  | 'pause_resumes_at'
  | 'coupon_id'
  | 'coupon_ends_at';

/**
 * Writes `sets` if the subscription still has the version it was read with, bumping
 * the version; returns the subscription as stored, or undefined when it had changed.
 */
async function write(tx: Database, sub: Sub, at: number, sets: Partial<Record<Column, SqlValue>>): Promise<Sub | undefined> {
  const columns = Object.keys(sets) as Column[];
  const params: SqlValue[] = columns.map((c) => sets[c]!);
  const assignments = columns.map((c, i) => `${c} = $${i + 1}`);
  params.push(at, sub.id, sub.version);
  const n = params.length;
  const changed = await tx.run(
    `UPDATE subscriptions SET ${[...assignments, `version = version + 1`, `updated_at = $${n - 2}`].join(', ')}
     WHERE id = $${n - 1} AND version = $${n}`,
    params,
  );
  if (changed !== 1) return undefined;
  return loadSubscription(tx, sub.customerId, sub.id);
}

interface Ctx {
  tx: Database;
  at: number;
  customerId: string;
  config: PortalConfigurationBodyT;
  features: PortalFeaturesT;
}

/**
 * One change of one subscription: in a transaction, after settling what fell due,
 * with the version the customer saw (else 409 with the current state).
 */
async function change<T>(
  db: Database,
  now: number,
  customerId: string,
  id: string,
  version: number,
  work: (ctx: Ctx, sub: Sub, commit: (sets: Partial<Record<Column, SqlValue>>) => Promise<Sub>) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const config = (await configurationForCustomer(tx, customerId)).body;
    const ctx: Ctx = { tx, at: now, customerId, config, features: config.features };
    await settleDue(tx, now, customerId, config.features, id);
    const sub = await loadSubscription(tx, customerId, id);
    if (!sub) throw errors.notFound('subscription', 'id');
    const conflict = async () => {
      const current = (await loadSubscription(tx, customerId, id))!;
      return new SubscriptionConflictError(await viewOne(tx, current, config.features, now));
    };
    if (sub.version !== version) throw await conflict();
    const commit = async (sets: Partial<Record<Column, SqlValue>>) => {
      const changed = await write(tx, sub, now, sets);
      if (!changed) throw await conflict();
      return changed;
    };
    return work(ctx, sub, commit);
  });
}

// ---------------------------------------------------------------------------------
// Listing

/** Settles what fell due, opening a write transaction only when something did. */
async function settle(db: Database, now: number, customerId: string, features: PortalFeaturesT, onlyId?: string): Promise<void> {
  const due = await db.get<{ id: string }>(
    `SELECT id FROM subscriptions
     WHERE customer_id = $1
       AND ((status = 'paused' AND pause_resumes_at IS NOT NULL AND pause_resumes_at <= $2)
         OR (cancel_at_period_end = 1 AND status <> 'canceled' AND current_period_end <= $2))`,
    [customerId, now],
  );
  if (due) await db.transaction((tx) => settleDue(tx, now, customerId, features, onlyId));
}

export async function listSubscriptions(db: Database, now: number, customerId: string): Promise<SubscriptionT[]> {
  const config = (await configurationForCustomer(db, customerId)).body;
  await settle(db, now, customerId, config.features);
  const subs = await loadSubscriptions(db, customerId);
  const outstanding = await outstandingOf(db, customerId, subs);
  return subs.map((s) => toSubscription(s, config.features, outstanding.get(s.id), now));
}

export async function getSubscription(db: Database, now: number, customerId: string, id: string): Promise<SubscriptionT> {
  const config = (await configurationForCustomer(db, customerId)).body;
  await settle(db, now, customerId, config.features, id);
  const sub = await loadSubscription(db, customerId, id);
  if (!sub) throw errors.notFound('subscription', 'id');
  return viewOne(db, sub, config.features, now);
}

// ---------------------------------------------------------------------------------
// Cancel

function cancellationCredit(sub: Sub, f: PortalFeaturesT, at: number): MoneyT | null {
  const c = f.subscription_cancel;
  if (c.mode !== 'immediately' || c.proration_behavior !== 'create_prorations' || sub.status !== 'active') return null;
  const unused = prorate(sub.price.unitAmount * sub.quantity, sub.periodStart, sub.periodEnd, at);
  const coupon = activeCoupon(sub, at);
  const amount = unused - (coupon ? couponDiscount(coupon, unused, sub.price.currency) : 0);
  if (amount <= 0) return null;
  return {
    amount,
    currency: sub.price.currency,
    description: `Credit for unused time on ${lineName(sub.price, sub.quantity)} after ${formatDay(at)}`,
  };
}

export async function cancelSubscription(
  db: Database,
  now: number,
  customerId: string,
  id: string,
  input: { reason?: Reason; comment?: string; version: number },
): Promise<SubscriptionT & { proration_credit: MoneyT | null }> {
  return change(db, now, customerId, id, input.version, async ({ tx, at, features }, sub, commit) => {
    ensureAllowed('cancel', sub, features);
    const reasons = features.subscription_cancel.cancellation_reason;
    if (input.reason !== undefined) {
      if (!reasons.enabled) throw invalid('parameter_invalid', 'This portal does not collect a cancellation reason: leave reason out.', 'reason');
      if (!reasons.options.includes(input.reason)) {
        throw invalid('parameter_invalid', `reason must be one of: ${reasons.options.join(', ')}.`, 'reason');
      }
    }
    const comment = input.comment?.trim() ? input.comment.trim() : null;
    const reason = input.reason ?? null;
    if (features.subscription_cancel.mode === 'at_period_end') {
      const changed = await commit({
        cancel_at_period_end: 1,
        canceled_at: at,
        cancellation_reason: reason,
        cancellation_comment: comment,
      });
      const view = await viewOne(tx, changed, features, at);
      await enqueueEvent(tx, at, 'subscription.cancellation_scheduled', customerId, {
        object: view,
        reason,
        comment,
        cancel_at: iso(changed.periodEnd),
      });
      return { ...view, proration_credit: null };
    }
    const credit = cancellationCredit(sub, features, at);
    const changed = await commit({
      status: 'canceled',
      canceled_at: at,
      ended_at: at,
      cancel_at_period_end: 0,
      cancellation_reason: reason,
      cancellation_comment: comment,
      paused_at: null,
      pause_resumes_at: null,
    });
    if (credit) {
      await recordLine(tx, sub, at, null, {
        kind: 'cancellation_credit',
        description: credit.description,
        amount: -credit.amount,
        price: sub.price,
        quantity: sub.quantity,
        periodStart: Math.max(at, sub.periodStart),
        periodEnd: sub.periodEnd,
      });
    }
    const view = await viewOne(tx, changed, features, at);
    await enqueueEvent(tx, at, 'subscription.canceled', customerId, { object: view, reason, comment, proration_credit: credit });
    return { ...view, proration_credit: credit };
  });
}

export async function undoCancellation(db: Database, now: number, customerId: string, id: string, version: number): Promise<SubscriptionT> {
  return change(db, now, customerId, id, version, async ({ tx, at, features }, sub, commit) => {
    ensureAllowed('undo_cancel', sub, features);
    const changed = await commit({ cancel_at_period_end: 0, canceled_at: null, cancellation_reason: null, cancellation_comment: null });
    const view = await viewOne(tx, changed, features, at);
    await enqueueEvent(tx, at, 'subscription.cancellation_undone', customerId, { object: view });
    return view;
  });
}

// ---------------------------------------------------------------------------------
// Pause and resume

const MAX_PAUSE_MONTHS = 12;

export async function pauseSubscription(
  db: Database,
  now: number,
  customerId: string,
  id: string,
  input: { resumes_at?: string; version: number },
): Promise<SubscriptionT> {
  return change(db, now, customerId, id, input.version, async ({ tx, at, features }, sub, commit) => {
    ensureAllowed('pause', sub, features);
    let resumesAt: number | null = null;
    if (input.resumes_at !== undefined) {
      resumesAt = Date.parse(input.resumes_at);
      if (!(resumesAt > at)) throw invalid('parameter_invalid', 'resumes_at must be in the future.', 'resumes_at');
      if (resumesAt > addMonths(at, MAX_PAUSE_MONTHS)) {
        throw invalid('parameter_invalid', `resumes_at must be within ${MAX_PAUSE_MONTHS} months.`, 'resumes_at');
      }
    }
    const changed = await commit({ status: 'paused', paused_at: at, pause_resumes_at: resumesAt });
    const view = await viewOne(tx, changed, features, at);
    await enqueueEvent(tx, at, 'subscription.paused', customerId, { object: view, resumes_at: isoOrNull(resumesAt) });
    return view;
  });
}

export async function resumeSubscription(db: Database, now: number, customerId: string, id: string, version: number): Promise<SubscriptionT> {
  return change(db, now, customerId, id, version, async ({ tx, at, features }, sub, commit) => {
    ensureAllowed('resume', sub, features);
    const changed = await commit({
      status: sub.trialEnd !== null && sub.trialEnd > at ? 'trialing' : 'active',
      paused_at: null,
      pause_resumes_at: null,
    });
    const view = await viewOne(tx, changed, features, at);
    await enqueueEvent(tx, at, 'subscription.resumed', customerId, { object: view });
    return view;
  });
}

// ---------------------------------------------------------------------------------
// Plans

export async function listPlans(db: Database, customerId: string): Promise<{ plans: PlanT[]; allowedUpdates: PortalFeaturesT['subscription_update']['default_allowed_updates'] }> {
  const { features } = (await configurationForCustomer(db, customerId)).body;
  const plans: PlanT[] = [];
  for (const configured of features.subscription_update.products.slice(0, 10)) {
    const product = await db.get<{ id: string; name: string; description: string | null }>(
      `SELECT id, name, description FROM products WHERE id = $1`,
      [configured.product],
    );
    if (!product) continue;
    const prices: PriceT[] = [];
    for (const priceId of configured.prices) {
      const price = await loadPrice(db, priceId);
      if (price && price.active && price.productId === product.id && price.usageType === 'licensed') prices.push(priceView(price));
    }
    if (prices.length === 0) continue;
    const q = configured.adjustable_quantity;
    plans.push({
      product,
      prices,
      adjustable_quantity: { enabled: q.enabled, minimum: Math.max(1, q.minimum), maximum: q.maximum ?? null },
    });
  }
  return { plans, allowedUpdates: features.subscription_update.default_allowed_updates };
}

// ---------------------------------------------------------------------------------
// Plan and quantity changes

interface LineDraft {
  kind: ProrationLineT['kind'] | 'cancellation_credit';
  description: string;
  amount: number;
  price: PriceInfo;
  quantity: number;
  periodStart: number;
  periodEnd: number;
}

interface ChangePlan {
  price: PriceInfo;
  quantity: number;
  priceChanging: boolean;
  quantityChanging: boolean;
  promotion: { code: string; coupon: CouponInfo; endsAt: number | null } | null;
  endsTrial: boolean;
  newPeriod: { start: number; end: number } | null;
  lines: LineDraft[];
  /** The lines are invoiced now (their sum is due now, after discount). */
  invoiceNow: boolean;
  subtotalNow: number;
  discountNow: number;
  amountDueNow: number;
  nextInvoice: { amount: number; date: number };
  discountNext: number;
  coupon: { coupon: CouponInfo; endsAt: number | null; promotionCode: string | null } | null;
  prorationDate: number;
}

export interface ChangeRequest {
  price?: string;
  quantity?: number;
  promotion_code?: string;
  proration_date?: string;
}

function lineName(price: PriceInfo, quantity: number): string {
  const name = price.nickname ?? price.productName;
  return quantity === 1 ? name : `${quantity} × ${name}`;
}

async function pendingTotal(db: Database, subscriptionId: string): Promise<number> {
  const row = await db.get<{ total: number | string | null }>(
    `SELECT SUM(amount) AS total FROM subscription_adjustments
     WHERE subscription_id = $1 AND invoice_id IS NULL AND kind <> 'cancellation_credit'`,
    [subscriptionId],
  );
  return Number(row?.total ?? 0);
}

/** The change a request asks for, checked against the configuration, with its money: what preview shows and update applies. */
async function planChange(ctx: Ctx, sub: Sub, req: ChangeRequest): Promise<ChangePlan> {
  const { tx: db, at, features } = ctx;
  const update = features.subscription_update;
  ensureAllowed('update', sub, features);
  const allowed = update.default_allowed_updates;

  // When to prorate from: now, or the preview's moment (so the charge is what was shown).
  let prorationDate = at;
  if (req.proration_date !== undefined) {
    prorationDate = Date.parse(req.proration_date);
    if (prorationDate > at || prorationDate < at - 3_600_000 || prorationDate < sub.periodStart) {
      throw invalid('parameter_invalid', 'proration_date must be the moment of a preview of the last hour: preview the change again.', 'proration_date');
    }
  }

  // The price.
  let price = sub.price;
  if (req.price !== undefined && req.price !== sub.price.id) {
    if (!allowed.includes('price')) throw invalid('update_not_allowed', 'This portal does not allow changing the plan.', 'price');
    const configured = update.products.find((p) => p.prices.includes(req.price!));
    const target = configured ? await loadPrice(db, req.price) : undefined;
    if (!configured || !target || !target.active || target.productId !== configured.product || target.usageType !== 'licensed') {
      throw invalid('price_not_allowed', `The price ${req.price} is not one of the plans offered in this portal.`, 'price');
    }
    if (target.taxBehavior !== sub.price.taxBehavior) {
      throw invalid(
        'tax_behavior_mismatch',
        `${target.nickname ?? target.id} is priced tax ${target.taxBehavior} and this subscription tax ${sub.price.taxBehavior}: a plan change must keep the same tax behaviour.`,
        'price',
      );
    }
    if (target.currency !== sub.price.currency) {
      throw invalid(
        'currency_mismatch',
        `${target.nickname ?? target.id} is in ${target.currency.toUpperCase()} and this subscription in ${sub.price.currency.toUpperCase()}: a plan change must keep the currency.`,
        'price',
      );
    }
    price = target;
  }
  const priceChanging = price.id !== sub.price.id;

  // The quantity.
  const adjustable = update.products.find((p) => p.product === price.productId)?.adjustable_quantity;
  const canAdjust = !!adjustable?.enabled;
  const quantityAsked = req.quantity !== undefined && req.quantity !== sub.quantity;
  if (quantityAsked) {
    if (!allowed.includes('quantity')) throw invalid('update_not_allowed', 'This portal does not allow changing the quantity.', 'quantity');
    if (!canAdjust) throw invalid('quantity_not_adjustable', `The quantity of ${price.productName} cannot be changed.`, 'quantity');
  }
  let quantity = req.quantity ?? sub.quantity;
  if (!canAdjust && priceChanging) {
    if (req.quantity !== undefined && req.quantity !== 1) {
      throw invalid('quantity_not_adjustable', `${price.productName} is sold one at a time: quantity must be 1.`, 'quantity');
    }
    quantity = 1;
  }
  if (canAdjust && (quantityAsked || priceChanging)) {
    const min = Math.max(1, adjustable!.minimum);
    const max = adjustable!.maximum ?? 10_000;
    if (quantity < min || quantity > max) {
      throw invalid('quantity_out_of_range', `The quantity of ${price.productName} must be between ${min} and ${max}.`, 'quantity');
    }
  }
  const quantityChanging = quantity !== sub.quantity;

  // The promotion code.
  let promotion: ChangePlan['promotion'] = null;
  if (req.promotion_code !== undefined) {
    if (!allowed.includes('promotion_code')) {
      throw invalid('update_not_allowed', 'This portal does not accept promotion codes.', 'promotion_code');
    }
    const row = await db.get<Row>(
      `SELECT pc.code AS code, pc.active AS code_active, c.id, c.name, c.percent_off, c.amount_off, c.currency, c.duration, c.duration_in_months
       FROM promotion_codes pc JOIN coupons c ON c.id = pc.coupon_id WHERE UPPER(pc.code) = UPPER($1)`,
      [req.promotion_code],
    );
    if (!row || Number(row.code_active) !== 1) {
      throw invalid('promotion_code_invalid', `The promotion code ${req.promotion_code} is not valid.`, 'promotion_code');
    }
    const coupon = couponFromRow(row);
    if (!couponFitsCurrency(coupon, price.currency)) {
      throw invalid('promotion_code_invalid', `The promotion code ${req.promotion_code} cannot be used with ${price.currency.toUpperCase()} prices.`, 'promotion_code');
    }
    promotion = { code: String(row.code), coupon, endsAt: null };
  }

  if (!priceChanging && !quantityChanging && !promotion) {
    throw invalid('parameter_invalid', 'Nothing to change: give another price, another quantity or a promotion code.', req.price !== undefined ? 'price' : 'quantity');
  }

  // The money.
  const planChanging = priceChanging || quantityChanging;
  const trialing = sub.status === 'trialing';
  const endsTrial = trialing && planChanging && (update.trial_update_behavior ?? 'end_trial') === 'end_trial';
  const intervalChanging = priceChanging && (price.interval !== sub.price.interval || price.intervalCount !== sub.price.intervalCount);
  const behavior = update.proration_behavior;
  const oldAmount = sub.price.unitAmount * sub.quantity;
  const newAmount = price.unitAmount * quantity;

  const lines: LineDraft[] = [];
  let newPeriod: ChangePlan['newPeriod'] = null;
  let invoiceNow = false;
  const unusedTime = (): LineDraft => ({
    kind: 'unused_time',
    description: `Unused time on ${lineName(sub.price, sub.quantity)} after ${formatDay(prorationDate)}`,
    amount: -prorate(oldAmount, sub.periodStart, sub.periodEnd, prorationDate),
    price: sub.price,
    quantity: sub.quantity,
    periodStart: prorationDate,
    periodEnd: sub.periodEnd,
  });

  if (planChanging && (endsTrial || (!trialing && intervalChanging))) {
    // A new billing period starts now, charged in full, less the unused time already paid.
    newPeriod = { start: at, end: addInterval(at, price.interval, price.intervalCount) };
    if (!trialing && behavior !== 'none') lines.push(unusedTime());
    lines.push({
      kind: 'new_period',
      description: `${lineName(price, quantity)} (${formatDay(newPeriod.start)} – ${formatDay(newPeriod.end)})`,
      amount: newAmount,
      price,
      quantity,
      periodStart: newPeriod.start,
      periodEnd: newPeriod.end,
    });
    invoiceNow = true;
  } else if (planChanging && !trialing && behavior !== 'none') {
    lines.push(unusedTime());
    lines.push({
      kind: 'remaining_time',
      description: `Remaining time on ${lineName(price, quantity)} after ${formatDay(prorationDate)}`,
      amount: prorate(newAmount, sub.periodStart, sub.periodEnd, prorationDate),
      price,
      quantity,
      periodStart: prorationDate,
      periodEnd: sub.periodEnd,
    });
    invoiceNow = behavior === 'always_invoice';
  }
  const kept = lines.filter((l) => l.amount !== 0);
  const sum = kept.reduce((total, l) => total + l.amount, 0);

  // The discount in force after the change: a new promotion code's, else the current one.
  let coupon: ChangePlan['coupon'] = null;
  const nextDate = newPeriod ? newPeriod.end : trialing && !endsTrial ? (sub.trialEnd ?? sub.periodEnd) : sub.periodEnd;
  if (promotion) {
    promotion.endsAt = couponEndsAt(promotion.coupon, at, nextDate, price.interval, price.intervalCount);
    coupon = { coupon: promotion.coupon, endsAt: promotion.endsAt, promotionCode: promotion.code };
  } else {
    const current = activeCoupon(sub, at);
    if (current) coupon = { coupon: current, endsAt: sub.couponEndsAt, promotionCode: null };
  }
  const couponAt = (when: number) => (coupon && (coupon.endsAt === null || coupon.endsAt > when) ? coupon.coupon : null);

  const chargedNow = invoiceNow && sum > 0;
  const subtotalNow = chargedNow ? sum : 0;
  const nowCoupon = couponAt(at);
  const discountNow = nowCoupon ? couponDiscount(nowCoupon, subtotalNow, price.currency) : 0;
  const pending = (await pendingTotal(db, sub.id)) + (chargedNow ? 0 : sum);
  const nextSubtotal = Math.max(0, newAmount + pending);
  const nextCoupon = couponAt(nextDate);
  const discountNext = nextCoupon ? couponDiscount(nextCoupon, nextSubtotal, price.currency) : 0;

  return {
    price,
    quantity,
    priceChanging,
    quantityChanging,
    promotion,
    endsTrial,
    newPeriod,
    lines: kept,
    invoiceNow: chargedNow,
    subtotalNow,
    discountNow,
    amountDueNow: subtotalNow - discountNow,
    nextInvoice: { amount: nextSubtotal - discountNext, date: nextDate },
    discountNext,
    coupon,
    prorationDate,
  };
}

function previewView(sub: Sub, plan: ChangePlan): SubscriptionUpdatePreviewT {
  return {
    object: 'subscription_update_preview',
    subscription: sub.id,
    price: priceView(plan.price),
    quantity: plan.quantity,
    currency: plan.price.currency,
    proration_date: iso(plan.prorationDate),
    proration_lines: plan.lines.map((l) => ({
      kind: l.kind as ProrationLineT['kind'],
      description: l.description,
      amount: l.amount,
      price: l.price.id,
      quantity: l.quantity,
      period_start: iso(l.periodStart),
      period_end: iso(l.periodEnd),
    })),
    amount_due_now: plan.amountDueNow,
    next_invoice: { amount: plan.nextInvoice.amount, date: iso(plan.nextInvoice.date) },
    ends_trial: plan.endsTrial,
    new_period: plan.newPeriod ? { start: iso(plan.newPeriod.start), end: iso(plan.newPeriod.end) } : null,
    discount: plan.coupon
      ? {
          coupon: couponView(plan.coupon.coupon),
          ends_at: isoOrNull(plan.coupon.endsAt),
          promotion_code: plan.coupon.promotionCode,
          amount_off_now: plan.discountNow,
          amount_off_next_invoice: plan.discountNext,
        }
      : null,
  };
}

export async function previewUpdate(db: Database, now: number, customerId: string, id: string, req: ChangeRequest): Promise<SubscriptionUpdatePreviewT> {
  // Read-only: the transaction only gives the preview one consistent view (and settles what fell due).
  return db.transaction(async (tx) => {
    const config = (await configurationForCustomer(tx, customerId)).body;
    await settleDue(tx, now, customerId, config.features, id);
    const sub = await loadSubscription(tx, customerId, id);
    if (!sub) throw errors.notFound('subscription', 'id');
    const plan = await planChange({ tx, at: now, customerId, config, features: config.features }, sub, req);
    return previewView(sub, plan);
  });
}

async function recordLine(tx: Database, sub: Sub, at: number, invoiceId: string | null, line: LineDraft): Promise<void> {
  await tx.run(
    `INSERT INTO subscription_adjustments (id, subscription_id, customer_id, kind, description, amount, currency, price_id,
       quantity, period_start, period_end, invoice_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      newId('sadj'),
      sub.id,
      sub.customerId,
      line.kind,
      line.description,
      line.amount,
      line.price.currency,
      line.price.id,
      line.quantity,
      line.periodStart,
      line.periodEnd,
      invoiceId,
      at,
    ],
  );
}

/** The next invoice number and sequence of a customer: DEMO-0036 → DEMO-0037. */
async function nextInvoiceNumber(tx: Database, customerId: string): Promise<{ number: string; seq: number }> {
  const last = await tx.get<{ number: string; seq: number | string }>(
    `SELECT number, seq FROM invoices WHERE customer_id = $1 AND seq = (SELECT MAX(seq) FROM invoices WHERE customer_id = $1)`,
    [customerId],
  );
  const seq = last ? Number(last.seq) + 1 : 1;
  const match = last?.number.match(/^(.*?)(\d+)$/);
  const number = match ? `${match[1]}${String(Number(match[2]) + 1).padStart(match[2]!.length, '0')}` : `INV-${String(seq).padStart(4, '0')}`;
  return { number, seq };
}

const paymentError = (code: string, message: string) => new ApiError(402, 'invalid_request_error', code, message, 'payment_method');

type InvoiceSummary = { id: string; number: string; total: number; currency: string; status: 'paid' };

type Payer = { kind: 'ok'; pm: PaymentMethodRow } | { kind: 'declined'; pm: PaymentMethodRow; code: string; message: string };

/** The payment method a charge now goes to (the subscription's, else the customer's default) and whether the demo provider declines it. */
async function payerFor(tx: Database, sub: Sub, at: number): Promise<Payer> {
  const columns = `id, customer_id, type, details, is_default, decline_code, created_at, detached_at`;
  let pm = sub.paymentMethod
    ? await tx.get<PaymentMethodRow>(`SELECT ${columns} FROM payment_methods WHERE id = $1 AND detached_at IS NULL`, [sub.paymentMethod.id])
    : undefined;
  pm ??= await tx.get<PaymentMethodRow>(
    `SELECT ${columns} FROM payment_methods WHERE customer_id = $1 AND is_default = 1 AND detached_at IS NULL`,
    [sub.customerId],
  );
  if (!pm) throw paymentError('payment_method_missing', 'Add a payment method before making a change that is charged now.');
  const code = declineCodeFor(pm, at);
  return code ? { kind: 'declined', pm, code, message: declineMessage(code) } : { kind: 'ok', pm };
}

/**
 * Invoices the lines due now and charges the amount to the subscription's payment
 * method (or the customer's default one); a fully discounted invoice is paid without a charge.
 */
async function chargeNow(tx: Database, sub: Sub, plan: ChangePlan, at: number, pm: PaymentMethodRow | null): Promise<InvoiceSummary> {
  const { number, seq } = await nextInvoiceNumber(tx, sub.customerId);
  const id = newId('in');
  const periodStart = plan.newPeriod ? plan.newPeriod.start : plan.prorationDate;
  const periodEnd = plan.newPeriod ? plan.newPeriod.end : sub.periodEnd;
  const currency = plan.price.currency;
  await tx.run(
    `INSERT INTO invoices (id, customer_id, number, status, currency, subtotal, tax, total, amount_paid, amount_due,
       description, created_at, due_at, period_start, period_end, seq, subscription_id)
     VALUES ($1, $2, $3, 'paid', $4, $5, 0, $6, $6, 0, $7, $8, NULL, $9, $10, $11, $12)`,
    [
      id,
      sub.customerId,
      number,
      currency,
      plan.subtotalNow,
      plan.amountDueNow,
      `${lineName(plan.price, plan.quantity)} (plan change)`,
      at,
      periodStart,
      periodEnd,
      seq,
      sub.id,
    ],
  );
  const chargeId = newId('ch');
  if (pm) {
    await tx.run(
      `INSERT INTO charges (id, customer_id, invoice_id, payment_method_id, amount, currency, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'succeeded', $7)`,
      [chargeId, sub.customerId, id, pm.id, plan.amountDueNow, currency, at],
    );
  }
  await enqueueEvent(tx, at, 'invoice.paid', sub.customerId, {
    object: { id, number, status: 'paid', amount_paid: plan.amountDueNow, amount_due: 0, currency, subscription: sub.id },
    charge: pm ? { id: chargeId, status: 'succeeded', amount: plan.amountDueNow, currency, payment_method: pm.id } : null,
  });
  return { id, number, total: plan.amountDueNow, currency, status: 'paid' };
}

export async function updateSubscription(
  db: Database,
  now: number,
  customerId: string,
  id: string,
  req: ChangeRequest & { version: number },
): Promise<SubscriptionT & { invoice: InvoiceSummary | null }> {
  const result = await change(db, now, customerId, id, req.version, async (ctx, sub, commit) => {
    const { tx, at, features } = ctx;
    const plan = await planChange(ctx, sub, req);
    const payer = plan.amountDueNow > 0 ? await payerFor(tx, sub, at) : null;
    if (payer?.kind === 'declined') {
      // The failed attempt is a record (committed); the subscription does not change.
      await tx.run(
        `INSERT INTO charges (id, customer_id, invoice_id, payment_method_id, amount, currency, status, failure_code, failure_message, created_at)
         VALUES ($1, $2, NULL, $3, $4, $5, 'failed', $6, $7, $8)`,
        [newId('ch'), customerId, payer.pm.id, plan.amountDueNow, plan.price.currency, payer.code, payer.message, at],
      );
      return { declined: paymentError('card_declined', `${payer.message} The ${formatMoney(plan.amountDueNow, plan.price.currency)} due now was not charged and nothing changed.`) };
    }
    const invoice = plan.invoiceNow ? await chargeNow(tx, sub, plan, at, payer?.pm ?? null) : null;
    for (const line of plan.lines) await recordLine(tx, sub, at, invoice?.id ?? null, line);
    const sets: Partial<Record<Column, SqlValue>> = { price_id: plan.price.id, quantity: plan.quantity };
    if (plan.endsTrial) Object.assign(sets, { status: 'active', trial_end: at });
    if (plan.newPeriod) Object.assign(sets, { current_period_start: plan.newPeriod.start, current_period_end: plan.newPeriod.end });
    if (plan.promotion) Object.assign(sets, { coupon_id: plan.promotion.coupon.id, coupon_ends_at: plan.promotion.endsAt });
    const changed = await commit(sets);
    const view = await viewOne(tx, changed, features, at);
    await enqueueEvent(tx, at, 'subscription.updated', customerId, {
      object: view,
      previous: { price: sub.price.id, quantity: sub.quantity, status: sub.status },
      amount_due_now: plan.amountDueNow,
      invoice: invoice?.id ?? null,
      promotion_code: plan.promotion?.code ?? null,
      ended_trial: plan.endsTrial,
    });
    return { ...view, invoice };
  });
  if ('declined' in result) throw result.declined;
  return result;
}

// ---------------------------------------------------------------------------------
// Retention offers

type OfferEntry = { reason: Reason; offer: RetentionOfferDetailsT; apply: Partial<Record<Column, SqlValue>> };

/**
 * The retention offers that apply to this subscription now, with their exact saving: the
 * configured ones, or — when the portal session was created for cancelling it with a
 * retention coupon (Stripe's flow_data) — that coupon, whatever the reason.
 */
async function offersFor(
  db: Database,
  sub: Sub,
  config: PortalConfigurationBodyT,
  at: number,
  retention?: { coupon: string },
): Promise<OfferEntry[]> {
  const f = config.features;
  const reasons = f.subscription_cancel.cancellation_reason;
  if (!f.subscription_cancel.enabled || !reasons.enabled) return [];
  const configured = retention
    ? reasons.options.map((reason) => ({ reason, offer: { type: 'coupon' as const, coupon: retention.coupon } }))
    : config.retention_offers;
  if ((sub.status !== 'active' && sub.status !== 'trialing') || blockedReason(sub)) return [];
  const currency = sub.price.currency;
  const recurring = sub.price.unitAmount * sub.quantity;
  const nextInvoiceAt = sub.status === 'trialing' && sub.trialEnd !== null ? sub.trialEnd : sub.periodEnd;
  const entries: OfferEntry[] = [];
  for (const { reason, offer } of configured) {
    if (!reasons.options.includes(reason) || entries.some((e) => e.reason === reason)) continue;
    if (offer.type === 'coupon') {
      const coupon = await loadCoupon(db, offer.coupon);
      if (!coupon || !couponFitsCurrency(coupon, currency) || activeCoupon(sub, at)) continue;
      const endsAt = couponEndsAt(coupon, at, nextInvoiceAt, sub.price.interval, sub.price.intervalCount);
      const perInvoice = couponDiscount(coupon, recurring, currency);
      const invoices = endsAt === null ? 1 : invoiceDatesBefore(nextInvoiceAt, sub.price.interval, sub.price.intervalCount, endsAt).length;
      const amount = perInvoice * invoices;
      if (amount <= 0) continue;
      const description =
        endsAt === null
          ? `${coupon.name}: save ${formatMoney(perInvoice, currency)} on every invoice`
          : `${coupon.name}: save ${formatMoney(amount, currency)} over your next ${invoices === 1 ? 'invoice' : `${invoices} invoices`}`;
      entries.push({
        reason,
        offer: {
          type: 'coupon',
          coupon: { ...couponView(coupon), duration: coupon.duration, duration_in_months: coupon.duration_in_months },
          ends_at: isoOrNull(endsAt),
          saving: { amount, currency, description },
        },
        apply: { coupon_id: coupon.id, coupon_ends_at: endsAt },
      });
    } else if (offer.type === 'pause') {
      const resumesAt = addMonths(at, offer.months);
      const skipped = invoiceDatesBefore(nextInvoiceAt, sub.price.interval, sub.price.intervalCount, resumesAt);
      const amount = skipped.reduce((total, date) => {
        const c = sub.coupon && (sub.couponEndsAt === null || sub.couponEndsAt > date) ? sub.coupon : null;
        return total + recurring - (c ? couponDiscount(c, recurring, currency) : 0);
      }, 0);
      const months = offer.months === 1 ? '1 month' : `${offer.months} months`;
      entries.push({
        reason,
        offer: {
          type: 'pause',
          months: offer.months,
          resumes_at: iso(resumesAt),
          saving: { amount, currency, description: `Pause for ${months} instead: no payments until ${formatDay(resumesAt)}, saving ${formatMoney(amount, currency)}` },
        },
        apply: { status: 'paused', paused_at: at, pause_resumes_at: resumesAt },
      });
    } else {
      const target = await loadPrice(db, offer.price);
      if (!target || !target.active || target.usageType !== 'licensed' || target.id === sub.price.id) continue;
      if (target.currency !== currency || target.taxBehavior !== sub.price.taxBehavior) continue;
      if (target.interval !== sub.price.interval || target.intervalCount !== sub.price.intervalCount) continue;
      const adjustable = f.subscription_update.products.find((p) => p.product === target.productId)?.adjustable_quantity;
      const quantity = adjustable?.enabled ? sub.quantity : 1;
      const saving = recurring - target.unitAmount * quantity;
      if (saving <= 0) continue;
      const every = sub.price.intervalCount === 1 ? sub.price.interval : `${sub.price.intervalCount} ${sub.price.interval}s`;
      entries.push({
        reason,
        offer: {
          type: 'switch_price',
          price: priceView(target),
          quantity,
          saving: { amount: saving, currency, description: `Switch to ${lineName(target, quantity)}: ${formatMoney(saving, currency)} less every ${every}` },
        },
        apply: { price_id: target.id, quantity },
      });
    }
  }
  return entries;
}

export async function cancelOptions(
  db: Database,
  now: number,
  customerId: string,
  id: string,
  retention?: { coupon: string },
): Promise<CancelOptionsT> {
  return db.transaction(async (tx) => {
    const config = (await configurationForCustomer(tx, customerId)).body;
    await settleDue(tx, now, customerId, config.features, id);
    const sub = await loadSubscription(tx, customerId, id);
    if (!sub) throw errors.notFound('subscription', 'id');
    ensureAllowed('cancel', sub, config.features);
    const c = config.features.subscription_cancel;
    return {
      object: 'cancel_options' as const,
      subscription: sub.id,
      reasons: c.cancellation_reason.enabled ? [...c.cancellation_reason.options] : [],
      comment_max_length: 500,
      offers: (await offersFor(tx, sub, config, now, retention)).map(({ reason, offer }) => ({ reason, offer })),
      mode: c.mode,
      effective_at: iso(c.mode === 'at_period_end' ? sub.periodEnd : now),
      refund: cancellationCredit(sub, config.features, now),
    };
  });
}

export async function acceptOffer(
  db: Database,
  now: number,
  customerId: string,
  id: string,
  input: { reason: Reason; version: number },
  retention?: { coupon: string },
): Promise<SubscriptionT & { accepted_offer: { reason: Reason; offer: RetentionOfferDetailsT } }> {
  return change(db, now, customerId, id, input.version, async ({ tx, at, config, features }, sub, commit) => {
    if (sub.status === 'canceled') throw new ApiError(400, 'invalid_request_error', 'action_not_allowed', 'This subscription is already canceled.');
    const entry = (await offersFor(tx, sub, config, at, retention)).find((e) => e.reason === input.reason);
    if (!entry) {
      throw new ApiError(400, 'invalid_request_error', 'action_not_allowed', `No retention offer applies to this subscription for the reason ${input.reason}.`, 'reason');
    }
    const clearedCancellation = sub.cancelAtPeriodEnd;
    const changed = await commit({
      ...entry.apply,
      cancel_at_period_end: 0,
      canceled_at: null,
      cancellation_reason: null,
      cancellation_comment: null,
    });
    const view = await viewOne(tx, changed, features, at);
    await enqueueEvent(tx, at, 'subscription.retention_offer_accepted', customerId, {
      object: view,
      reason: input.reason,
      offer: entry.offer,
      cleared_cancellation: clearedCancellation,
    });
    await enqueueEvent(tx, at, entry.offer.type === 'pause' ? 'subscription.paused' : 'subscription.updated', customerId, {
      object: view,
      retention_offer: entry.offer.type,
      ...(entry.offer.type === 'pause' ? { resumes_at: entry.offer.resumes_at } : { previous: { price: sub.price.id, quantity: sub.quantity, status: sub.status } }),
    });
    return { ...view, accepted_offer: { reason: input.reason, offer: entry.offer } };
  });
}
