/** Customer API: everything the portal needs for its first screen, in one request. */
import { createRoute } from '@hono/zod-openapi';
import { Bootstrap } from '../contract/bootstrap.js';
import { errorResponses } from '../contract/common.js';
import type { PortalSessionFlowT } from '../contract/sessions.js';
import { configurationForCustomer } from '../domain/configuration.js';
import { customerRoutes, iso, sessionExpiresAt, type RouteModule } from '../http.js';

/** The portal warns the customer this long before the session ends. */
export const SESSION_WARN_BEFORE_S = 60;

export const bootstrapRoutes: RouteModule = (app, deps) => {
  const { db, config } = deps;
  customerRoutes(app, deps, '/v1/bootstrap');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/bootstrap',
      summary: 'The customer, the business, its branding and features, the locale, the session and its flow',
      security: [{ sessionToken: [] }],
      responses: {
        200: { description: 'What the portal needs to start', content: { 'application/json': { schema: Bootstrap } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      // The session as the authentication left it: last_used_at is this request.
      const session = c.get('session');
      const customer = await db.get<{ id: string; email: string; name: string; locale: string | null }>(
        `SELECT id, email, name, locale FROM customers WHERE id = $1`,
        [session.customer_id],
      );
      const { body: configuration } = await configurationForCustomer(db, session.customer_id);
      const flowRow = await db.get<{ flow: string }>(`SELECT flow FROM session_flows WHERE session_id = $1`, [session.id]);
      const createdAt = Number(session.created_at);
      return c.json(
        {
          object: 'bootstrap' as const,
          customer: { id: customer!.id, email: customer!.email, name: customer!.name, locale: customer!.locale },
          business_profile: configuration.business_profile,
          branding: configuration.branding,
          features: configuration.features,
          locale: session.locale ?? customer!.locale ?? null,
          session: {
            expires_at: iso(sessionExpiresAt(session, config)),
            idle_timeout_seconds: Math.round(config.sessionIdleTtlMs / 1000),
            absolute_expires_at: iso(createdAt + config.sessionMaxTtlMs),
            warn_before_seconds: SESSION_WARN_BEFORE_S,
          },
          flow: flowRow ? (JSON.parse(flowRow.flow) as PortalSessionFlowT) : null,
          return_url: session.return_url ?? configuration.default_return_url ?? null,
        },
        200,
      );
    },
  );
};
