/** Merchant API: portal sessions. */
import { createRoute } from '@hono/zod-openapi';
import { errorResponse, errorResponses } from '../contract/common.js';
import { CreatePortalSessionRequest, PortalSession } from '../contract/sessions.js';
import { errors } from '../errors.js';
import { iso, merchantAuth, sessionExpiresAt, type RouteModule } from '../http.js';
import { checkReturnUrl } from '../urls.js';
import { hashToken, newId, newToken } from '../tokens.js';

export const portalSessionRoutes: RouteModule = (app, deps) => {
  const { db, config, now } = deps;
  app.use('/v1/portal-sessions', merchantAuth(deps));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/portal-sessions',
      summary: 'Create a portal session for a customer',
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
      if (body.return_url) checkReturnUrl(body.return_url, config, 'return_url');
      const token = newToken('pst');
      const id = newId('bps');
      const at = now();
      await db.run(
        `INSERT INTO portal_sessions (id, token_hash, customer_id, return_url, locale, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, hashToken(token), customer.id, body.return_url ?? null, body.locale ?? null, at],
      );
      const url = new URL(config.portalUrl);
      url.hash = `portal_session=${token}`;
      return c.json(
        {
          id,
          object: 'portal_session' as const,
          customer: customer.id,
          token,
          url: url.toString(),
          return_url: body.return_url ?? null,
          locale: body.locale ?? null,
          created_at: iso(at),
          expires_at: iso(sessionExpiresAt({ created_at: at, last_used_at: null }, config)),
        },
        201,
      );
    },
  );
};
