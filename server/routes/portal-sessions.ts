/** Merchant API: portal sessions, optionally deep-linked into one task (a flow). */
import { createRoute } from '@hono/zod-openapi';
import { errorResponse, errorResponses } from '../contract/common.js';
import type { PortalConfigurationBodyT } from '../contract/configuration.js';
import { CreatePortalSessionRequest, PortalSession, type PortalSessionFlowT } from '../contract/sessions.js';
import type { Database } from '../db/database.js';
import { configurationForCustomer, portalPageUrl, withConfiguredOrigins } from '../domain/configuration.js';
import { errors } from '../errors.js';
import { iso, merchantAuth, sessionExpiresAt, type RouteModule } from '../http.js';
import type { ServerConfig } from '../config.js';
import { checkReturnUrl } from '../urls.js';
import { hashToken, newId, newToken } from '../tokens.js';

interface FlowSubscriptionRow {
  id: string;
  status: string;
  price_id: string;
  quantity: number | string;
  item_count: number | string;
  has_schedule: number | string;
  cancel_at_period_end: number | string;
}

/**
 * Checks a flow against the customer's subscriptions, the catalog and the
 * configuration (the task must be one the portal offers). Throws a 400 naming the field.
 */
async function checkFlow(
  db: Database,
  config: ServerConfig,
  configuration: PortalConfigurationBodyT,
  customerId: string,
  flow: PortalSessionFlowT,
): Promise<void> {
  const features = configuration.features;
  const enabled = {
    payment_method_update: features.payment_method_update.enabled,
    subscription_cancel: features.subscription_cancel.enabled,
    subscription_update: features.subscription_update.enabled,
    subscription_update_confirm: features.subscription_update.enabled,
  }[flow.type];
  if (!enabled) throw errors.invalid(`flow.type ${flow.type} needs that feature enabled in the portal configuration.`, 'flow.type');

  const after = flow.after_completion;
  if (after?.type === 'redirect') {
    if (!after.redirect) {
      throw errors.invalid('flow.after_completion.redirect is required when its type is redirect.', 'flow.after_completion.redirect');
    }
    checkReturnUrl(after.redirect.return_url, withConfiguredOrigins(config, configuration), 'flow.after_completion.redirect.return_url');
  } else if (after?.redirect) {
    throw errors.invalid(`flow.after_completion.redirect is only for the redirect type, not ${after.type}.`, 'flow.after_completion.redirect');
  }

  if (flow.type === 'payment_method_update') return;

  const subscription = await db.get<FlowSubscriptionRow>(
    `SELECT id, status, price_id, quantity, item_count, has_schedule, cancel_at_period_end
     FROM subscriptions WHERE id = $1 AND customer_id = $2`,
    [flow.subscription, customerId],
  );
  if (!subscription) throw errors.invalid(`flow.subscription: the customer has no subscription ${flow.subscription}.`, 'flow.subscription');
  if (subscription.status === 'canceled') {
    throw errors.invalid(`flow.subscription: ${flow.subscription} is canceled.`, 'flow.subscription');
  }

  if (flow.type === 'subscription_cancel') {
    if (Number(subscription.cancel_at_period_end) === 1) {
      throw errors.invalid(`flow.subscription: ${flow.subscription} is already set to cancel.`, 'flow.subscription');
    }
    if (flow.retention) {
      const coupon = await db.get<{ id: string }>(`SELECT id FROM coupons WHERE id = $1`, [flow.retention.coupon]);
      if (!coupon) throw errors.invalid(`flow.retention.coupon: no such coupon ${flow.retention.coupon}.`, 'flow.retention.coupon');
    }
    return;
  }

  // subscription_update and subscription_update_confirm
  if (Number(subscription.has_schedule) === 1 || Number(subscription.item_count) > 1) {
    throw errors.invalid(
      `flow.subscription: ${flow.subscription} has ${Number(subscription.has_schedule) === 1 ? 'a schedule' : 'several items'} and can only be canceled.`,
      'flow.subscription',
    );
  }
  if (flow.type === 'subscription_update') return;

  const item = flow.items[0]!;
  const price = await db.get<{ id: string; product_id: string; active: number | string; tax_behavior: string; usage_type: string }>(
    `SELECT id, product_id, active, tax_behavior, usage_type FROM prices WHERE id = $1`,
    [item.price],
  );
  if (!price || Number(price.active) !== 1) throw errors.invalid(`flow.items.0.price: no such active price ${item.price}.`, 'flow.items.0.price');
  const product = features.subscription_update.products.find((p) => p.product === price.product_id && p.prices.includes(price.id));
  if (!product) {
    throw errors.invalid(`flow.items.0.price: ${item.price} is not offered by the portal configuration.`, 'flow.items.0.price');
  }
  const current = await db.get<{ tax_behavior: string }>(`SELECT tax_behavior FROM prices WHERE id = $1`, [subscription.price_id]);
  if (current && current.tax_behavior !== price.tax_behavior) {
    throw errors.invalid(
      `flow.items.0.price: ${item.price} is tax-${price.tax_behavior}; the subscription's price is tax-${current.tax_behavior}.`,
      'flow.items.0.price',
    );
  }
  if (item.quantity !== undefined) {
    const q = product.adjustable_quantity;
    if (!q.enabled && item.quantity !== Number(subscription.quantity)) {
      throw errors.invalid(`flow.items.0.quantity: the quantity of ${price.product_id} cannot be changed.`, 'flow.items.0.quantity');
    }
    if (q.enabled && (item.quantity < q.minimum || (q.maximum !== undefined && item.quantity > q.maximum))) {
      throw errors.invalid(
        `flow.items.0.quantity must be between ${q.minimum} and ${q.maximum ?? 'any number'}.`,
        'flow.items.0.quantity',
      );
    }
  }
  if (price.id === subscription.price_id && (item.quantity ?? Number(subscription.quantity)) === Number(subscription.quantity)) {
    throw errors.invalid('flow.items.0: that is the subscription as it is; nothing to confirm.', 'flow.items.0');
  }
}

export const portalSessionRoutes: RouteModule = (app, deps) => {
  const { db, config, now } = deps;
  app.use('/v1/portal-sessions', merchantAuth(deps));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/portal-sessions',
      summary: 'Create a portal session for a customer, optionally deep-linked into one task',
      security: [{ secretKey: [] }],
      request: {
        body: { required: true, content: { 'application/json': { schema: CreatePortalSessionRequest } } },
      },
      responses: {
        201: { description: 'The session, with its token', content: { 'application/json': { schema: PortalSession } } },
        ...errorResponses,
        404: errorResponse('Unknown customer'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const customer = await db.get<{ id: string }>(`SELECT id FROM customers WHERE id = $1`, [body.customer]);
      if (!customer) throw errors.notFound('customer', 'customer');
      const configuration = (await configurationForCustomer(db, customer.id)).body;
      if (body.return_url) checkReturnUrl(body.return_url, withConfiguredOrigins(config, configuration), 'return_url');
      const flow = body.flow ?? null;
      if (flow) await checkFlow(db, config, configuration, customer.id, flow);
      const token = newToken('pst');
      const id = newId('bps');
      const at = now();
      await db.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO portal_sessions (id, token_hash, customer_id, return_url, locale, created_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, hashToken(token), customer.id, body.return_url ?? null, body.locale ?? null, at],
        );
        if (flow) {
          await tx.run(`INSERT INTO session_flows (session_id, flow, created_at) VALUES ($1, $2, $3)`, [id, JSON.stringify(flow), at]);
        }
      });
      return c.json(
        {
          id,
          object: 'portal_session' as const,
          customer: customer.id,
          token,
          url: portalPageUrl(config, configuration, `portal_session=${token}`),
          return_url: body.return_url ?? null,
          locale: body.locale ?? null,
          flow,
          created_at: iso(at),
          expires_at: iso(sessionExpiresAt({ created_at: at, last_used_at: null }, config)),
        },
        201,
      );
    },
  );
};
