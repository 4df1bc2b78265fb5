/**
 * Merchant API: the portal configuration. The secret key is the business's; the
 * reference server serves one business, biz_demo.
 */
import { createRoute } from '@hono/zod-openapi';
import { errorResponse, errorResponses } from '../contract/common.js';
import { PortalConfiguration, UpdatePortalConfigurationRequest } from '../contract/configuration.js';
import {
  loadConfiguration,
  mergeConfiguration,
  saveConfiguration,
  toPortalConfiguration,
  validateConfiguration,
} from '../domain/configuration.js';
import { errors } from '../errors.js';
import { merchantAuth, type RouteModule } from '../http.js';
import { DEMO_BUSINESS } from '../seed/constants.js';

/** The business the secret key belongs to. */
export const MERCHANT_BUSINESS = DEMO_BUSINESS;

export const configurationRoutes: RouteModule = (app, deps) => {
  const { db, config, now } = deps;
  app.use('/v1/portal-configuration', merchantAuth(deps));

  const load = async () => {
    const stored = await loadConfiguration(db, MERCHANT_BUSINESS);
    if (!stored) throw errors.notFound('portal configuration');
    return stored;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/portal-configuration',
      summary: "The business's portal configuration",
      security: [{ secretKey: [] }],
      responses: {
        200: { description: 'The configuration', content: { 'application/json': { schema: PortalConfiguration } } },
        ...errorResponses,
        404: errorResponse('No configuration stored'),
      },
    }),
    async (c) => c.json(toPortalConfiguration(await load()), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/portal-configuration',
      summary: 'Update the portal configuration: objects given are merged, arrays replace; the result is validated whole',
      security: [{ secretKey: [] }],
      request: {
        body: { required: true, content: { 'application/json': { schema: UpdatePortalConfigurationRequest } } },
      },
      responses: {
        200: { description: 'The stored configuration', content: { 'application/json': { schema: PortalConfiguration } } },
        ...errorResponses,
        404: errorResponse('No configuration stored'),
      },
    }),
    async (c) => {
      const patch = c.req.valid('json');
      const stored = await load();
      const body = await validateConfiguration(db, config, mergeConfiguration(stored.body, patch));
      const at = now();
      await saveConfiguration(db, MERCHANT_BUSINESS, body, at);
      return c.json(toPortalConfiguration({ businessId: MERCHANT_BUSINESS, body, updatedAt: at }), 200);
    },
  );
};
