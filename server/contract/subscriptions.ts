/**
 * Subscriptions in the customer API: list and read them, cancel (with reasons and
 * retention offers), undo a pending cancellation, pause and resume, preview and apply
 * a plan or quantity change, and the plans a customer may pick.
 *
 * Every mutation carries the subscription's `version` (from the last Subscription the
 * client saw); a stale one is answered 409 `subscription_version_conflict` with the
 * current Subscription, and nothing changes.
 */
import { z } from '@hono/zod-openapi';
import { Currency, ErrorBody, Timestamp } from './common.js';
import { CancellationReason } from './configuration.js';

/**
 * `X.nullable()` of a named component loses its `null` in the generated document (a
 * bare $ref); `orNull(X)` keeps it (`anyOf: [$ref, null]`).
 */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const SubscriptionStatus = z
  .enum(['active', 'trialing', 'past_due', 'on_hold', 'paused', 'canceled'])
  .openapi('SubscriptionStatus');

export const Price = z
  .object({
    id: z.string().openapi({ example: 'price_pro_monthly' }),
    nickname: z.string().nullable(),
    currency: Currency,
    unit_amount: z.number().int().openapi({ description: 'Per unit and period, in minor units.' }),
    interval: z.enum(['day', 'week', 'month', 'year']),
    interval_count: z.number().int(),
    tax_behavior: z.enum(['inclusive', 'exclusive', 'unspecified']),
  })
  .openapi('Price');

export const Coupon = z
  .object({
    id: z.string(),
    name: z.string(),
    percent_off: z.number().nullable(),
    amount_off: z.number().int().nullable(),
    currency: Currency.nullable(),
  })
  .openapi('Coupon');

export const SubscriptionPaymentMethod = z
  .object({
    id: z.string(),
    type: z.string().openapi({ example: 'card' }),
    brand: z.string().nullable().openapi({ description: 'Cards.' }),
    last4: z.string().nullable().openapi({ description: 'Cards and bank debits.' }),
    exp_month: z.number().int().nullable(),
    exp_year: z.number().int().nullable(),
    bank_name: z.string().nullable().openapi({ description: 'Bank debits.' }),
    email: z.string().nullable().openapi({ description: 'Wallets such as PayPal.' }),
  })
  .openapi('SubscriptionPaymentMethod');

export const AllowedActions = z
  .object({
    cancel: z.boolean(),
    undo_cancel: z.boolean(),
    pause: z.boolean(),
    resume: z.boolean(),
    update: z.boolean(),
  })
  .openapi('SubscriptionAllowedActions');

export const Subscription = z
  .object({
    id: z.string().openapi({ example: 'sub_demo_pro' }),
    object: z.literal('subscription'),
    status: SubscriptionStatus,
    product: z.object({ id: z.string(), name: z.string() }),
    price: Price,
    quantity: z.number().int(),
    current_period_start: Timestamp,
    current_period_end: Timestamp,
    trial_end: Timestamp.nullable(),
    cancel_at_period_end: z.boolean(),
    cancel_at: Timestamp.nullable().openapi({ description: 'The period end, when a cancellation is scheduled.' }),
    canceled_at: Timestamp.nullable().openapi({ description: 'When the customer asked to cancel.' }),
    ended_at: Timestamp.nullable(),
    cancellation_details: z
      .object({ reason: orNull(CancellationReason), comment: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Set while a cancellation is scheduled and once canceled.' }),
    pause: z.object({ paused_at: Timestamp, resumes_at: Timestamp.nullable() }).nullable(),
    payment_method: orNull(SubscriptionPaymentMethod),
    discount: z.object({ coupon: Coupon, ends_at: Timestamp.nullable() }).nullable(),
    outstanding: z
      .object({ invoice: z.string(), amount_due: z.number().int(), currency: Currency })
      .nullable()
      .openapi({ description: 'For on_hold and past_due: the open invoice to pay.' }),
    restrictions: z.object({
      update_blocked_reason: z
        .enum(['schedule', 'multiple_items', 'usage_based', 'canceled'])
        .nullable()
        .openapi({ description: 'Why the plan can never be changed in the portal (only canceled).' }),
    }),
    allowed_actions: AllowedActions.openapi({
      description: 'What the portal may offer now: the configuration and the subscription state both allow it.',
    }),
    version: z.number().int().openapi({ description: 'Send it back with every mutation.' }),
  })
  .openapi('Subscription');

export const SubscriptionList = z
  .object({ object: z.literal('list'), data: z.array(Subscription) })
  .openapi('SubscriptionList');

export const SubscriptionIdParam = z.object({
  id: z.string().min(1).max(255).openapi({ param: { name: 'id', in: 'path' }, example: 'sub_demo_pro' }),
});

const Version = z.number().int().min(1).max(2_147_483_647).openapi({ description: 'The version of the Subscription the customer saw.' });

export const CancelSubscriptionRequest = z
  .object({
    reason: CancellationReason.optional(),
    comment: z.string().max(500).optional(),
    version: Version,
  })
  .strict()
  .openapi('CancelSubscriptionRequest');

export const Money = z
  .object({ amount: z.number().int(), currency: Currency, description: z.string() })
  .openapi('AmountWithDescription');

export const CanceledSubscription = Subscription.extend({
  proration_credit: orNull(Money).openapi({
    description: 'Credit for the unused time, when the portal cancels immediately with prorations.',
  }),
}).openapi('CanceledSubscription');

export const VersionRequest = z.object({ version: Version }).strict().openapi('SubscriptionVersionRequest');

export const PauseSubscriptionRequest = z
  .object({
    resumes_at: Timestamp.optional().openapi({ description: 'When to resume; omit to pause until resumed.' }),
    version: Version,
  })
  .strict()
  .openapi('PauseSubscriptionRequest');

const PriceId = z.string().min(1).max(255);
const Quantity = z.number().int().min(1).max(10_000);
const PromotionCode = z.string().trim().min(1).max(64);

export const PreviewUpdateRequest = z
  .object({ price: PriceId.optional(), quantity: Quantity.optional(), promotion_code: PromotionCode.optional() })
  .strict()
  .openapi('PreviewSubscriptionUpdateRequest');

export const UpdateSubscriptionRequest = z
  .object({
    price: PriceId.optional(),
    quantity: Quantity.optional(),
    promotion_code: PromotionCode.optional(),
    proration_date: Timestamp.optional().openapi({
      description: "The preview's `proration_date`, so the change is charged exactly as previewed (at most an hour old).",
    }),
    version: Version,
  })
  .strict()
  .openapi('UpdateSubscriptionRequest');

export const ProrationLine = z
  .object({
    kind: z.enum(['unused_time', 'remaining_time', 'new_period']),
    description: z.string(),
    amount: z.number().int().openapi({ description: 'Negative for a credit.' }),
    price: z.string(),
    quantity: z.number().int(),
    period_start: Timestamp,
    period_end: Timestamp,
  })
  .openapi('ProrationLine');

export const SubscriptionUpdatePreview = z
  .object({
    object: z.literal('subscription_update_preview'),
    subscription: z.string(),
    price: Price,
    quantity: z.number().int(),
    currency: Currency,
    proration_date: Timestamp,
    proration_lines: z.array(ProrationLine),
    amount_due_now: z.number().int().openapi({ description: 'Charged at once, after any discount.' }),
    next_invoice: z.object({ amount: z.number().int(), date: Timestamp }),
    ends_trial: z.boolean(),
    new_period: z
      .object({ start: Timestamp, end: Timestamp })
      .nullable()
      .openapi({ description: 'A new billing period starting now (trial ended or interval changed).' }),
    discount: z
      .object({
        coupon: Coupon,
        ends_at: Timestamp.nullable(),
        promotion_code: z.string().nullable(),
        amount_off_now: z.number().int(),
        amount_off_next_invoice: z.number().int(),
      })
      .nullable(),
  })
  .openapi('SubscriptionUpdatePreview');

export const UpdatedSubscription = Subscription.extend({
  invoice: z
    .object({ id: z.string(), number: z.string(), total: z.number().int(), currency: Currency, status: z.literal('paid') })
    .nullable()
    .openapi({ description: 'The invoice paid for the amount due now, if any.' }),
}).openapi('UpdatedSubscription');

export const AcceptOfferRequest = z
  .object({ reason: CancellationReason, version: Version })
  .strict()
  .openapi('AcceptRetentionOfferRequest');

const Saving = Money.openapi('RetentionSaving');

export const RetentionOfferDetails = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('coupon'),
      coupon: Coupon.extend({ duration: z.string(), duration_in_months: z.number().int().nullable() }),
      ends_at: Timestamp.nullable(),
      saving: Saving,
    }),
    z.object({ type: z.literal('pause'), months: z.number().int(), resumes_at: Timestamp, saving: Saving }),
    z.object({ type: z.literal('switch_price'), price: Price, quantity: z.number().int(), saving: Saving }),
  ])
  .openapi('RetentionOfferDetails');

export const CancelOptions = z
  .object({
    object: z.literal('cancel_options'),
    subscription: z.string(),
    reasons: z.array(CancellationReason).openapi({ description: 'The reasons to ask for; empty when not collected.' }),
    comment_max_length: z.number().int(),
    offers: z.array(z.object({ reason: CancellationReason, offer: RetentionOfferDetails })),
    mode: z.enum(['at_period_end', 'immediately']),
    effective_at: Timestamp,
    refund: orNull(Money).openapi({ description: 'Credit for unused time when cancelling now with prorations.' }),
  })
  .openapi('CancelOptions');

export const AcceptedOffer = Subscription.extend({
  accepted_offer: z.object({ reason: CancellationReason, offer: RetentionOfferDetails }),
}).openapi('SubscriptionWithAcceptedOffer');

export const Plan = z
  .object({
    product: z.object({ id: z.string(), name: z.string(), description: z.string().nullable() }),
    prices: z.array(Price),
    adjustable_quantity: z.object({ enabled: z.boolean(), minimum: z.number().int(), maximum: z.number().int().nullable() }),
  })
  .openapi('Plan');

export const PlanList = z
  .object({
    object: z.literal('list'),
    data: z.array(Plan),
    allowed_updates: z.array(z.enum(['price', 'quantity', 'promotion_code'])),
  })
  .openapi('PlanList');

export const SubscriptionConflict = ErrorBody.extend({ subscription: Subscription }).openapi('SubscriptionConflict');

export type SubscriptionT = z.infer<typeof Subscription>;
export type PriceT = z.infer<typeof Price>;
export type CouponT = z.infer<typeof Coupon>;
export type MoneyT = z.infer<typeof Money>;
export type ProrationLineT = z.infer<typeof ProrationLine>;
export type SubscriptionUpdatePreviewT = z.infer<typeof SubscriptionUpdatePreview>;
export type RetentionOfferDetailsT = z.infer<typeof RetentionOfferDetails>;
export type CancelOptionsT = z.infer<typeof CancelOptions>;
export type PlanT = z.infer<typeof Plan>;
