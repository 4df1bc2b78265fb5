/**
 * Customer API: subscriptions (list, read, cancel with reasons and retention offers,
 * undo, pause, resume, preview and apply plan or quantity changes) and the plans to
 * pick from. The behaviour lives in domain/subscriptions.ts; this file is the HTTP
 * surface. (A subscription's payment method is set in another module, under the same
 * /v1/subscriptions/{id}/… prefix.)
 */
import type { Database } from '../db/database.js';
import { createRoute, type z } from '@hono/zod-openapi';
import { errorResponse, errorResponses } from '../contract/common.js';
import {
  AcceptedOffer,
  AcceptOfferRequest,
  CanceledSubscription,
  CancelOptions,
  CancelSubscriptionRequest,
  PauseSubscriptionRequest,
  PlanList,
  PreviewUpdateRequest,
  Subscription,
  SubscriptionConflict,
  SubscriptionIdParam,
  SubscriptionList,
  SubscriptionUpdatePreview,
  UpdatedSubscription,
  UpdateSubscriptionRequest,
  VersionRequest,
} from '../contract/subscriptions.js';
import { customerRoutes, type RouteModule } from '../http.js';
import {
  acceptOffer,
  cancelOptions,
  cancelSubscription,
  getSubscription,
  listPlans,
  listSubscriptions,
  pauseSubscription,
  previewUpdate,
  resumeSubscription,
  undoCancellation,
  updateSubscription,
} from '../domain/subscriptions.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const security = [{ sessionToken: [] }];

/** Answers every mutation may give besides success. */
const mutationErrors = {
  ...errorResponses,
  404: errorResponse('Not one of this customer’s subscriptions'),
  409: json(SubscriptionConflict, 'Stale `version`: the body has the current subscription; nothing was changed'),
} as const;

export const subscriptionRoutes: RouteModule = (app, deps) => {
  const { db, now } = deps;
  // CORS and session auth for exactly these paths: /v1/subscriptions/{id}/payment-method
  // registers its own (in payment-methods.ts), so a wildcard here would run them twice.
  const actions = ['cancel-options', 'cancel', 'undo-cancel', 'pause', 'resume', 'preview-update', 'update', 'accept-offer'];
  customerRoutes(app, deps, '/v1/subscriptions', '/v1/subscriptions/:id', ...actions.map((a) => `/v1/subscriptions/:id/${a}`), '/v1/plans');

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/subscriptions',
      summary: "The customer's subscriptions, newest first (canceled ones included)",
      security,
      responses: { 200: json(SubscriptionList, 'Every subscription'), ...errorResponses },
    }),
    async (c) => {
      const data = await listSubscriptions(db, now(), c.get('session').customer_id);
      return c.json({ object: 'list' as const, data }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/subscriptions/{id}',
      summary: 'One subscription',
      security,
      request: { params: SubscriptionIdParam },
      responses: {
        200: json(Subscription, 'The subscription'),
        ...errorResponses,
        404: errorResponse('Not one of this customer’s subscriptions'),
      },
    }),
    async (c) => c.json(await getSubscription(db, now(), c.get('session').customer_id, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/plans',
      summary: 'The plans of the plan picker: the configured products (at most 10) with their active prices',
      security,
      responses: { 200: json(PlanList, 'The plans'), ...errorResponses },
    }),
    async (c) => {
      const { plans, allowedUpdates } = await listPlans(db, c.get('session').customer_id);
      return c.json({ object: 'list' as const, data: plans, allowed_updates: [...allowedUpdates] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/subscriptions/{id}/cancel-options',
      summary: 'What cancelling means for this subscription: the reasons to ask, the offers with their saving, when it ends, any refund',
      security,
      request: { params: SubscriptionIdParam },
      responses: {
        200: json(CancelOptions, 'The cancel flow'),
        ...errorResponses,
        404: errorResponse('Not one of this customer’s subscriptions'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const retention = await sessionRetention(db, c.get('session').id, id);
      return c.json(await cancelOptions(db, now(), c.get('session').customer_id, id, retention), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/cancel',
      summary: 'Cancel, at period end or now as the configuration says, with an optional reason and comment',
      security,
      request: { params: SubscriptionIdParam, body: body(CancelSubscriptionRequest) },
      responses: { 200: json(CanceledSubscription, 'The subscription, canceled or set to cancel'), ...mutationErrors },
    }),
    async (c) =>
      c.json(await cancelSubscription(db, now(), c.get('session').customer_id, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/undo-cancel',
      summary: 'Undo a cancellation scheduled for the period end',
      security,
      request: { params: SubscriptionIdParam, body: body(VersionRequest) },
      responses: { 200: json(Subscription, 'The subscription, renewing again'), ...mutationErrors },
    }),
    async (c) =>
      c.json(await undoCancellation(db, now(), c.get('session').customer_id, c.req.valid('param').id, c.req.valid('json').version), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/pause',
      summary: 'Pause an active or trialing subscription, until a date or until resumed',
      security,
      request: { params: SubscriptionIdParam, body: body(PauseSubscriptionRequest) },
      responses: { 200: json(Subscription, 'The paused subscription'), ...mutationErrors },
    }),
    async (c) =>
      c.json(await pauseSubscription(db, now(), c.get('session').customer_id, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/resume',
      summary: 'Resume a paused subscription',
      security,
      request: { params: SubscriptionIdParam, body: body(VersionRequest) },
      responses: { 200: json(Subscription, 'The resumed subscription'), ...mutationErrors },
    }),
    async (c) =>
      c.json(await resumeSubscription(db, now(), c.get('session').customer_id, c.req.valid('param').id, c.req.valid('json').version), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/preview-update',
      summary: 'Preview a plan, quantity or promotion code change: due now with prorations, and the next invoice',
      security,
      request: { params: SubscriptionIdParam, body: body(PreviewUpdateRequest) },
      responses: {
        200: json(SubscriptionUpdatePreview, 'What the change would cost'),
        ...errorResponses,
        404: errorResponse('Not one of this customer’s subscriptions'),
      },
    }),
    async (c) => c.json(await previewUpdate(db, now(), c.get('session').customer_id, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/update',
      summary: 'Apply a plan, quantity or promotion code change as previewed; the amount due now is invoiced and charged',
      security,
      request: { params: SubscriptionIdParam, body: body(UpdateSubscriptionRequest) },
      responses: {
        200: json(UpdatedSubscription, 'The changed subscription, with the invoice paid now if any'),
        ...mutationErrors,
        402: errorResponse('The charge for the amount due now was declined, or no payment method; nothing changed'),
      },
    }),
    async (c) =>
      c.json(await updateSubscription(db, now(), c.get('session').customer_id, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/subscriptions/{id}/accept-offer',
      summary: 'Accept the retention offer configured for a cancellation reason (it also clears a pending cancellation)',
      security,
      request: { params: SubscriptionIdParam, body: body(AcceptOfferRequest) },
      responses: { 200: json(AcceptedOffer, 'The subscription with the offer applied'), ...mutationErrors },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const retention = await sessionRetention(db, c.get('session').id, id);
      return c.json(await acceptOffer(db, now(), c.get('session').customer_id, id, c.req.valid('json'), retention), 200);
    },
  );
};

/** The retention coupon the portal session was created with for cancelling this subscription, if any. */
async function sessionRetention(db: Database, sessionId: string, subscriptionId: string): Promise<{ coupon: string } | undefined> {
  const row = await db.get<{ flow: string }>(`SELECT flow FROM session_flows WHERE session_id = $1`, [sessionId]);
  if (!row) return undefined;
  const flow = JSON.parse(row.flow) as { type?: string; subscription?: string; retention?: { coupon?: string } };
  const coupon = flow.type === 'subscription_cancel' && flow.subscription === subscriptionId ? flow.retention?.coupon : undefined;
  return coupon ? { coupon } : undefined;
}
