/**
 * Payment methods (every type of Stripe's customer-portal table), the provider's hosted
 * setup page, and a subscription's payment method — which, for an `on_hold` or
 * `past_due` subscription with an open invoice, charges the outstanding amount and
 * reactivates the subscription only when the charge succeeds.
 */
import { z } from '@hono/zod-openapi';
import { Currency, Timestamp } from './common.js';
import { Invoice } from './invoices.js';
import { Subscription } from './subscriptions.js';

export const PAYMENT_METHOD_TYPES = [
  'card',
  'us_bank_account',
  'au_becs_debit',
  'sepa_debit',
  'bacs_debit',
  'acss_debit',
  'paypal',
  'amazon_pay',
  'cashapp',
  'link',
  'boleto',
] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

const Last4 = z.string().regex(/^[0-9]{4}$/).openapi({ example: '4242' });

const base = {
  id: z.string().openapi({ example: 'pm_demo_visa' }),
  object: z.literal('payment_method'),
  is_default: z.boolean().openapi({ description: "The customer's default method: new charges use it unless a subscription names another." }),
  created_at: Timestamp,
  expired: z.boolean().openapi({ description: 'A card past its expiry month. Always false for types that do not expire.' }),
  expires_soon: z.boolean().openapi({ description: 'A card that expires within the next 30 days (and has not yet).' }),
  used_by: z.array(z.string()).openapi({ description: 'Ids of the subscriptions (not canceled) that this method pays for.' }),
};

export const CardDetails = z
  .object({
    brand: z.enum(['visa', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'unionpay', 'unknown']),
    last4: Last4,
    exp_month: z.number().int().min(1).max(12),
    exp_year: z.number().int(),
    funding: z.enum(['credit', 'debit', 'prepaid', 'unknown']),
  })
  .strict()
  .openapi('CardDetails');

const bank = <T extends z.ZodRawShape>(extra: T) =>
  z
    .object({ bank_name: z.string().nullable().openapi({ description: 'As the provider reports it; null when unknown.' }), last4: Last4, ...extra })
    .strict();

const email = z.object({ email: z.string().nullable().openapi({ description: 'The account the customer recognises it by.' }) }).strict();

export const PaymentMethod = z
  .discriminatedUnion('type', [
    z.object({ ...base, type: z.literal('card'), card: CardDetails }).strict(),
    z
      .object({
        ...base,
        type: z.literal('us_bank_account'),
        us_bank_account: bank({ account_type: z.enum(['checking', 'savings']).nullable(), routing_number: z.string().nullable() }),
      })
      .strict()
      .openapi({ description: 'ACH Direct Debit.' }),
    z
      .object({ ...base, type: z.literal('au_becs_debit'), au_becs_debit: bank({ bsb_number: z.string().nullable() }) })
      .strict()
      .openapi({ description: 'BECS Direct Debit (Australia).' }),
    z
      .object({
        ...base,
        type: z.literal('sepa_debit'),
        sepa_debit: bank({ bank_code: z.string().nullable(), country: z.string().nullable() }),
      })
      .strict()
      .openapi({ description: 'SEPA Direct Debit.' }),
    z
      .object({ ...base, type: z.literal('bacs_debit'), bacs_debit: bank({ sort_code: z.string().nullable() }) })
      .strict()
      .openapi({ description: 'Bacs Direct Debit (UK).' }),
    z
      .object({
        ...base,
        type: z.literal('acss_debit'),
        acss_debit: bank({ institution_number: z.string().nullable(), transit_number: z.string().nullable() }),
      })
      .strict()
      .openapi({ description: 'Pre-authorized debit (Canada, PAD).' }),
    z.object({ ...base, type: z.literal('paypal'), paypal: email }).strict(),
    z.object({ ...base, type: z.literal('amazon_pay'), amazon_pay: email }).strict(),
    z.object({ ...base, type: z.literal('link'), link: email }).strict(),
    z
      .object({ ...base, type: z.literal('cashapp'), cashapp: z.object({ cashtag: z.string().nullable() }).strict() })
      .strict()
      .openapi({ description: 'Cash App Pay.' }),
    z
      .object({ ...base, type: z.literal('boleto'), boleto: z.object({ tax_id_last4: z.string().nullable() }).strict() })
      .strict()
      .openapi({ description: 'Boleto (Brazil): the last digits of the CPF/CNPJ it was issued for.' }),
  ])
  .openapi('PaymentMethod');

export const PaymentMethodList = z
  .object({ object: z.literal('list'), data: z.array(PaymentMethod) })
  .strict()
  .openapi('PaymentMethodList');

export const PaymentMethodIdParam = z.object({ id: z.string().min(1).max(255).openapi({ example: 'pm_demo_mastercard' }) });

export const CreateSetupSessionRequest = z
  .object({
    return_url: z.string().max(2048).openapi({
      description: 'Where the hosted page returns to, with `#portal_setup=<payment method id>`. https on an allowed origin.',
    }),
    subscription: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .openapi({ description: 'Also make the new method this subscription\'s method (nothing is charged).' }),
  })
  .strict()
  .openapi('CreateSetupSessionRequest');

export const SetupSession = z
  .object({
    object: z.literal('setup_session'),
    id: z.string(),
    url: z.string().url().openapi({ description: "The provider's hosted page to add a method: one-time, valid for an hour." }),
    return_url: z.string(),
    subscription: z.string().nullable(),
    expires_at: Timestamp,
  })
  .strict()
  .openapi('SetupSession');

export const SetSubscriptionPaymentMethodRequest = z
  .object({
    payment_method: z.string().min(1).max(255).openapi({ example: 'pm_demo_mastercard' }),
    version: z.number().int().min(0).openapi({ description: "The subscription's version the customer saw; a stale one gets 409." }),
  })
  .strict()
  .openapi('SetSubscriptionPaymentMethodRequest');

export const ChargeSummary = z
  .object({
    id: z.string(),
    status: z.enum(['succeeded', 'failed']),
    amount: z.number().int(),
    currency: Currency,
  })
  .strict()
  .openapi('ChargeSummary');

/** The subscription's method changed; nothing was charged. */
export const SubscriptionPaymentMethodUpdate = z
  .object({
    object: z.literal('subscription_payment_method'),
    subscription_id: z.string(),
    status: z.string().openapi({ description: "The subscription's status (unchanged)." }),
    version: z.number().int(),
    payment_method: z.string(),
    subscription: Subscription.openapi({ description: 'The subscription as it is now.' }),
  })
  .strict()
  .openapi('SubscriptionPaymentMethodUpdate');

/** The outstanding invoice was paid with the method and the subscription is active again. */
export const Reactivation = z
  .object({
    object: z.literal('reactivation'),
    subscription_id: z.string(),
    status: z.literal('active'),
    version: z.number().int(),
    payment_method: z.string(),
    invoice: Invoice.openapi({ description: 'The paid invoice (the receipt), with its PDF link.' }),
    charge: ChargeSummary,
    subscription: Subscription.openapi({ description: 'The subscription as it is now (active, with its new period).' }),
  })
  .strict()
  .openapi('Reactivation');

export const SetSubscriptionPaymentMethodResult = z
  .discriminatedUnion('object', [SubscriptionPaymentMethodUpdate, Reactivation])
  .openapi('SetSubscriptionPaymentMethodResult');

export const DECLINE_CODES = ['card_declined', 'expired_card', 'insufficient_funds', 'incorrect_cvc', 'processing_error', 'lost_card', 'stolen_card'] as const;

/** 402: the charge was declined; nothing was paid and the subscription did not change. */
export const CardErrorBody = z
  .object({
    error: z
      .object({
        type: z.literal('card_error'),
        code: z.literal('payment_failed'),
        decline_code: z.string().openapi({ example: 'card_declined' }),
        message: z.string(),
        param: z.string().optional(),
        charge: z.string().openapi({ description: 'The failed charge.' }),
      })
      .strict(),
  })
  .openapi('CardError');

export type PaymentMethodT = z.infer<typeof PaymentMethod>;
export type ChargeSummaryT = z.infer<typeof ChargeSummary>;
