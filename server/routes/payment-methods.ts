/**
 * Customer API: payment methods (list, add through the provider's hosted page, make
 * default, remove) and a subscription's payment method, which for an on_hold or past_due
 * subscription with an open invoice pays that invoice and reactivates the subscription.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { randomBytes } from 'node:crypto';
import { errorResponse, errorResponses } from '../contract/common.js';
import {
  CardErrorBody,
  CreateSetupSessionRequest,
  PaymentMethodIdParam,
  PaymentMethodList,
  SetSubscriptionPaymentMethodRequest,
  SetSubscriptionPaymentMethodResult,
  SetupSession,
  type PaymentMethodT,
} from '../contract/payment-methods.js';
import type { Database } from '../db/database.js';
import {
  BILLABLE_STATUSES,
  UNPAID_STATUSES,
  chargeInvoice,
  expiryState,
  methodDetails,
  versionConflict,
  type PaymentMethodRow,
  type SubscriptionRow,
} from '../domain/charges.js';
import { configurationForCustomer } from '../domain/configuration.js';
import { getSubscription, SubscriptionConflictError } from '../domain/subscriptions.js';
import { SubscriptionConflict } from '../contract/subscriptions.js';
import { enqueueEvent } from '../domain/events.js';
import { ApiError, errors } from '../errors.js';
import { customerRoutes, iso, type AppDeps, type RouteModule } from '../http.js';
import { checkReturnUrl } from '../urls.js';
import { invoiceView, type InvoiceRow } from './invoices.js';

/** A setup session (the hosted "add a payment method" page) works once, for an hour. */
export const SETUP_SESSION_TTL_MS = 60 * 60 * 1000;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const last4 = (v: unknown): string => {
  const s = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
  return /^[0-9]{4}$/.test(s) ? s : '0000';
};
const bankName = (d: Record<string, unknown>) => str(d.bank_name);

const CARD_BRANDS = new Set(['visa', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'unionpay']);
const FUNDING = new Set(['credit', 'debit', 'prepaid']);

/** A stored method as the contract shows it: one shape per type (Stripe's table). */
export function toPaymentMethod(row: PaymentMethodRow, usedBy: string[], now: number): PaymentMethodT {
  const d = methodDetails(row);
  const common = {
    id: row.id,
    object: 'payment_method' as const,
    is_default: Number(row.is_default) === 1,
    created_at: iso(Number(row.created_at)),
    ...expiryState(row, now),
    used_by: usedBy,
  };
  switch (row.type) {
    case 'card':
      return {
        ...common,
        type: 'card',
        card: {
          brand: (CARD_BRANDS.has(String(d.brand)) ? d.brand : 'unknown') as 'visa',
          last4: last4(d.last4),
          exp_month: Math.min(12, Math.max(1, num(d.exp_month) || 1)),
          exp_year: num(d.exp_year) || 0,
          funding: (FUNDING.has(String(d.funding)) ? d.funding : 'unknown') as 'credit',
        },
      };
    case 'us_bank_account':
      return {
        ...common,
        type: 'us_bank_account',
        us_bank_account: {
          bank_name: bankName(d),
          last4: last4(d.last4),
          account_type: d.account_type === 'checking' || d.account_type === 'savings' ? d.account_type : null,
          routing_number: str(d.routing_number),
        },
      };
    case 'au_becs_debit':
      return { ...common, type: 'au_becs_debit', au_becs_debit: { bank_name: bankName(d), last4: last4(d.last4), bsb_number: str(d.bsb_number) } };
    case 'sepa_debit':
      return {
        ...common,
        type: 'sepa_debit',
        sepa_debit: { bank_name: bankName(d), last4: last4(d.last4), bank_code: str(d.bank_code), country: str(d.country) },
      };
    case 'bacs_debit':
      return { ...common, type: 'bacs_debit', bacs_debit: { bank_name: bankName(d), last4: last4(d.last4), sort_code: str(d.sort_code) } };
    case 'acss_debit':
      return {
        ...common,
        type: 'acss_debit',
        acss_debit: {
          bank_name: bankName(d),
          last4: last4(d.last4),
          institution_number: str(d.institution_number),
          transit_number: str(d.transit_number),
        },
      };
    case 'paypal':
      return { ...common, type: 'paypal', paypal: { email: str(d.email) ?? str(d.payer_email) } };
    case 'amazon_pay':
      return { ...common, type: 'amazon_pay', amazon_pay: { email: str(d.email) } };
    case 'link':
      return { ...common, type: 'link', link: { email: str(d.email) } };
    case 'cashapp':
      return { ...common, type: 'cashapp', cashapp: { cashtag: str(d.cashtag) } };
    case 'boleto': {
      const taxId = str(d.tax_id_last4) ?? str(d.tax_id);
      return { ...common, type: 'boleto', boleto: { tax_id_last4: taxId ? taxId.replace(/\D/g, '').slice(-4) : null } };
    }
    default:
      throw new Error(`Unknown payment method type ${row.type} on ${row.id}.`);
  }
}

/** The customer's attached methods, newest first, as the list endpoint answers. */
export async function listPaymentMethods(db: Database, customerId: string, now: number) {
  const rows = await db.all<PaymentMethodRow>(
    `SELECT * FROM payment_methods WHERE customer_id = $1 AND detached_at IS NULL ORDER BY created_at DESC, id DESC`,
    [customerId],
  );
  const subs = await db.all<{ id: string; payment_method_id: string | null }>(
    `SELECT id, payment_method_id FROM subscriptions
     WHERE customer_id = $1 AND status <> 'canceled' AND payment_method_id IS NOT NULL ORDER BY created_at, id`,
    [customerId],
  );
  return {
    object: 'list' as const,
    data: rows.map((row) =>
      toPaymentMethod(
        row,
        subs.filter((s) => s.payment_method_id === row.id).map((s) => s.id),
        now,
      ),
    ),
  };
}

export const featureDisabled = (what: string) =>
  new ApiError(403, 'permission_error', 'feature_disabled', `${what} is turned off in this portal's configuration.`);

async function requirePaymentMethodUpdate(db: Database, customerId: string): Promise<void> {
  const { body } = await configurationForCustomer(db, customerId);
  if (!body.features.payment_method_update.enabled) throw featureDisabled('Updating payment methods');
}

const methodNotFound = (param?: string) => errors.notFound('payment method', param);

export const paymentMethodRoutes: RouteModule = (app, deps: AppDeps) => {
  const { db, config, now } = deps;
  // `/v1/payment-methods/*` also matches `/v1/payment-methods` itself.
  customerRoutes(app, deps, '/v1/payment-methods/*', '/v1/subscriptions/:id/payment-method');
  const toInvoice = invoiceView(deps);

  const listResponse = { description: "The customer's payment methods", content: { 'application/json': { schema: PaymentMethodList } } };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/payment-methods',
      summary: "The customer's payment methods, newest first (detached ones are not listed)",
      security: [{ sessionToken: [] }],
      responses: { 200: listResponse, ...errorResponses },
    }),
    async (c) => c.json(await listPaymentMethods(db, c.get('session').customer_id, now()), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/payment-methods/setup',
      summary: "Start adding a payment method: a link to the provider's hosted page",
      description:
        'The page is one-time and valid for an hour. After the customer adds a method it returns to `return_url` with ' +
        '`#portal_setup=<payment method id>`.',
      security: [{ sessionToken: [] }],
      request: { body: { required: true, content: { 'application/json': { schema: CreateSetupSessionRequest } } } },
      responses: {
        201: { description: 'The setup session', content: { 'application/json': { schema: SetupSession } } },
        ...errorResponses,
        403: errorResponse('Payment method updates are turned off'),
        404: errorResponse('Unknown subscription'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const customerId = c.get('session').customer_id;
      const returnUrl = checkReturnUrl(body.return_url, config, 'return_url').toString();
      await requirePaymentMethodUpdate(db, customerId);
      if (body.subscription) {
        const sub = await db.get<{ status: string }>(`SELECT status FROM subscriptions WHERE id = $1 AND customer_id = $2`, [
          body.subscription,
          customerId,
        ]);
        if (!sub) throw errors.notFound('subscription', 'subscription');
        if (sub.status === 'canceled') throw errors.invalid('The subscription has ended; it no longer takes a payment method.', 'subscription');
      }
      const id = `seti_${randomBytes(16).toString('hex')}`;
      const at = now();
      const expiresAt = at + SETUP_SESSION_TTL_MS;
      await db.run(
        `INSERT INTO setup_sessions (id, customer_id, subscription_id, return_url, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, customerId, body.subscription ?? null, returnUrl, at, expiresAt],
      );
      return c.json(
        {
          object: 'setup_session' as const,
          id,
          url: `${config.publicUrl}/hosted/setup/${id}`,
          return_url: returnUrl,
          subscription: body.subscription ?? null,
          expires_at: iso(expiresAt),
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/payment-methods/{id}/default',
      summary: "Make a payment method the customer's default",
      security: [{ sessionToken: [] }],
      request: { params: PaymentMethodIdParam },
      responses: {
        200: listResponse,
        ...errorResponses,
        403: errorResponse('Payment method updates are turned off'),
        404: errorResponse('Unknown payment method'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const customerId = c.get('session').customer_id;
      await requirePaymentMethodUpdate(db, customerId);
      const at = now();
      await db.transaction(async (tx) => {
        const pm = await tx.get<PaymentMethodRow>(
          `SELECT * FROM payment_methods WHERE id = $1 AND customer_id = $2 AND detached_at IS NULL`,
          [id, customerId],
        );
        if (!pm) throw methodNotFound('id');
        if (Number(pm.is_default) === 1) return;
        await tx.run(`UPDATE payment_methods SET is_default = 0 WHERE customer_id = $1 AND id <> $2`, [customerId, id]);
        await tx.run(`UPDATE payment_methods SET is_default = 1 WHERE id = $1`, [id]);
        await enqueueEvent(tx, at, 'payment_method.default_changed', customerId, {
          object: toPaymentMethod({ ...pm, is_default: 1 }, [], at),
        });
      });
      return c.json(await listPaymentMethods(db, customerId, at), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/payment-methods/{id}',
      summary: 'Remove a payment method',
      description:
        'Refused (400 `payment_method_required`) for the last method while the customer has an active, trialing, past_due ' +
        'or on_hold subscription. Subscriptions that used it move to the default method; removing the default makes the ' +
        'newest remaining method the default. Answers the remaining list.',
      security: [{ sessionToken: [] }],
      request: { params: PaymentMethodIdParam },
      responses: {
        200: listResponse,
        ...errorResponses,
        403: errorResponse('Payment method updates are turned off'),
        404: errorResponse('Unknown payment method'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const customerId = c.get('session').customer_id;
      await requirePaymentMethodUpdate(db, customerId);
      const at = now();
      await db.transaction(async (tx) => {
        const pm = await tx.get<PaymentMethodRow>(
          `SELECT * FROM payment_methods WHERE id = $1 AND customer_id = $2 AND detached_at IS NULL`,
          [id, customerId],
        );
        if (!pm) throw methodNotFound('id');
        const others = await tx.all<PaymentMethodRow>(
          `SELECT * FROM payment_methods WHERE customer_id = $1 AND detached_at IS NULL AND id <> $2
           ORDER BY created_at DESC, id DESC`,
          [customerId, id],
        );
        const billable = await tx.all<{ id: string }>(
          `SELECT id FROM subscriptions WHERE customer_id = $1 AND status IN ($2, $3, $4, $5)`,
          [customerId, ...BILLABLE_STATUSES],
        );
        if (others.length === 0 && billable.length > 0) {
          throw new ApiError(
            400,
            'invalid_request_error',
            'payment_method_required',
            'This is your only payment method and an active subscription needs one. Add another payment method before removing it.',
            'id',
          );
        }
        const removed = await tx.run(`UPDATE payment_methods SET detached_at = $1, is_default = 0 WHERE id = $2 AND detached_at IS NULL`, [at, id]);
        if (removed !== 1) throw methodNotFound('id');
        let fallback = others.find((o) => Number(o.is_default) === 1) ?? null;
        if (!fallback && others.length > 0) {
          fallback = others[0]!; // the newest remaining one
          await tx.run(`UPDATE payment_methods SET is_default = 1 WHERE id = $1`, [fallback.id]);
          await enqueueEvent(tx, at, 'payment_method.default_changed', customerId, {
            object: toPaymentMethod({ ...fallback, is_default: 1 }, [], at),
          });
        }
        const moved = await tx.all<{ id: string; version: number }>(
          `SELECT id, version FROM subscriptions WHERE customer_id = $1 AND payment_method_id = $2`,
          [customerId, id],
        );
        for (const sub of moved) {
          await tx.run(`UPDATE subscriptions SET payment_method_id = $1, version = version + 1, updated_at = $2 WHERE id = $3`, [
            fallback?.id ?? null,
            at,
            sub.id,
          ]);
          await enqueueEvent(tx, at, 'subscription.updated', customerId, {
            object: await getSubscription(tx, at, customerId, sub.id),
            changes: ['payment_method'],
            previous: { payment_method: id },
          });
        }
        await enqueueEvent(tx, at, 'payment_method.detached', customerId, {
          object: toPaymentMethod({ ...pm, is_default: 0, detached_at: at }, [], at),
        });
      });
      return c.json(await listPaymentMethods(db, customerId, at), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/payment-method',
      summary: "Set a subscription's payment method (paying its outstanding invoice when it is on_hold or past_due)",
      description:
        'For an on_hold or past_due subscription with an open invoice, the invoice\'s amount due is charged with the method. ' +
        'Success: one charge, the invoice paid, the subscription active with a new period (answer `reactivation`). ' +
        'Decline: 402 `card_error`, a failed charge recorded, nothing else changed. Otherwise only the method changes. ' +
        'A stale `version` gets 409 `subscription_version_conflict`.',
      security: [{ sessionToken: [] }],
      request: {
        params: z.object({ id: z.string().min(1).max(255).openapi({ example: 'sub_demo_starter' }) }),
        body: { required: true, content: { 'application/json': { schema: SetSubscriptionPaymentMethodRequest } } },
      },
      responses: {
        200: {
          description: 'The method is set (and, for an on_hold subscription, the invoice paid and the subscription active)',
          content: { 'application/json': { schema: SetSubscriptionPaymentMethodResult } },
        },
        ...errorResponses,
        402: { description: 'The charge was declined', content: { 'application/json': { schema: CardErrorBody } } },
        403: errorResponse('Payment method updates are turned off'),
        404: errorResponse('Unknown subscription or payment method'),
        409: {
          description: 'Stale `version`: the body has the current subscription; nothing was changed or charged',
          content: { 'application/json': { schema: SubscriptionConflict } },
        },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const customerId = c.get('session').customer_id;
      await requirePaymentMethodUpdate(db, customerId);
      const at = now();
      const result = await db
        .transaction(async (tx) => {
          const sub = await tx.get<SubscriptionRow>(`SELECT * FROM subscriptions WHERE id = $1 AND customer_id = $2`, [id, customerId]);
          if (!sub) throw errors.notFound('subscription', 'id');
          const pm = await tx.get<PaymentMethodRow>(
            `SELECT * FROM payment_methods WHERE id = $1 AND customer_id = $2 AND detached_at IS NULL`,
            [body.payment_method, customerId],
          );
          if (!pm) throw methodNotFound('payment_method');
          if (Number(sub.version) !== body.version) throw versionConflict({ version: Number(sub.version), status: sub.status });
          if (sub.status === 'canceled') {
            throw new ApiError(400, 'invalid_request_error', 'subscription_canceled', 'The subscription has ended; it no longer takes a payment method.', 'id');
          }

          const open = (UNPAID_STATUSES as readonly string[]).includes(sub.status)
            ? await tx.get<{ id: string }>(
                `SELECT id FROM invoices WHERE subscription_id = $1 AND customer_id = $2 AND status = 'open'
                 ORDER BY created_at DESC, seq DESC LIMIT 1`,
                [sub.id, customerId],
              )
            : undefined;
          if (open) {
            const outcome = await chargeInvoice(tx, at, {
              customerId,
              invoiceId: open.id,
              paymentMethod: pm,
              subscription: { id: sub.id, expectedVersion: body.version },
            });
            if (outcome.kind === 'declined') return { kind: 'declined' as const, outcome };
            if (outcome.kind === 'paid' && outcome.reactivated) {
              const invoice = await tx.get<InvoiceRow>(`SELECT * FROM invoices WHERE id = $1`, [open.id]);
              return {
                kind: 'reactivated' as const,
                body: {
                  object: 'reactivation' as const,
                  subscription_id: sub.id,
                  status: 'active' as const,
                  version: outcome.reactivated.version,
                  payment_method: pm.id,
                  invoice: toInvoice(invoice!),
                  charge: outcome.charge,
                },
              };
            }
            // Paid in between by another request: the version check above would have caught a
            // change of this subscription, so fall through to setting the method only.
          }

          const version = Number(sub.version) + 1;
          const changed = await tx.run(
            `UPDATE subscriptions SET payment_method_id = $1, version = $2, updated_at = $3 WHERE id = $4 AND version = $5`,
            [pm.id, version, at, sub.id, Number(sub.version)],
          );
          if (changed !== 1) throw versionConflict({ version: Number(sub.version), status: sub.status });
          await enqueueEvent(tx, at, 'subscription.updated', customerId, {
            object: await getSubscription(tx, at, customerId, sub.id),
            changes: ['payment_method'],
            previous: { payment_method: sub.payment_method_id },
          });
          return {
            kind: 'updated' as const,
            body: { object: 'subscription_payment_method' as const, subscription_id: sub.id, status: sub.status, version, payment_method: pm.id },
          };
        })
        .catch(async (error: unknown) => {
          // Nothing was changed or charged (the transaction rolled back): answer with the current subscription.
          if (error instanceof ApiError && error.code === 'subscription_version_conflict' && !(error instanceof SubscriptionConflictError)) {
            throw new SubscriptionConflictError(await getSubscription(db, now(), customerId, id));
          }
          throw error;
        });

      if (result.kind === 'declined') {
        const { outcome } = result;
        return c.json(
          {
            error: {
              type: 'card_error' as const,
              code: 'payment_failed' as const,
              decline_code: outcome.declineCode,
              message: outcome.message,
              param: 'payment_method',
              charge: outcome.charge.id,
            },
          },
          402,
        );
      }
      return c.json({ ...result.body, subscription: await getSubscription(db, now(), customerId, id) }, 200);
    },
  );
};
