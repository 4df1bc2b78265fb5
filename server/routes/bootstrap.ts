/** Customer API: everything the portal needs for its first screen, in one request. */
import { createRoute } from '@hono/zod-openapi';
import { BOOTSTRAP_INCLUDES, Bootstrap, BootstrapQuery, type BootstrapIncludeT, type BootstrapT } from '../contract/bootstrap.js';
import { errorResponses } from '../contract/common.js';
import { ListInvoicesQuery } from '../contract/invoices.js';
import type { PortalSessionFlowT } from '../contract/sessions.js';
import { configurationForCustomer } from '../domain/configuration.js';
import { listSubscriptions } from '../domain/subscriptions.js';
import { customerRoutes, iso, sessionExpiresAt, type RouteModule } from '../http.js';
import { linkOrigins } from '../urls.js';
import { loadProfile } from './customer.js';
import { invoiceView, listInvoices } from './invoices.js';
import { listLicenseKeys } from './license-keys.js';
import { listPaymentMethods } from './payment-methods.js';

/** The portal warns the customer this long before the session ends. */
export const SESSION_WARN_BEFORE_S = 60;

/** The first page of invoices, as GET /v1/invoices gives it without a query. */
const FIRST_INVOICE_PAGE = ListInvoicesQuery.parse({});

export const bootstrapRoutes: RouteModule = (app, deps) => {
  const { db, config, now } = deps;
  customerRoutes(app, deps, '/v1/bootstrap');
  const toInvoice = invoiceView(deps);
  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/bootstrap',
      summary: 'The customer, the business, its branding and features, the locale, the session and its flow',
      description:
        'With `include`, also the lists the first screen shows, in `included`, so a whole portal starts in one request.',
      security: [{ sessionToken: [] }],
      request: { query: BootstrapQuery },
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
      const include = c.req.valid('query').include ?? [];
      // Each list from its own endpoint's code, one after another: subscriptions first, since
      // reading them settles what is due (renewals, invoices) that the other lists then show.
      const lists: { [K in BootstrapIncludeT]: () => Promise<NonNullable<BootstrapT['included']>[K] | undefined> } = {
        subscriptions: async () => ({ object: 'list', data: await listSubscriptions(db, now(), session.customer_id) }),
        payment_methods: () => listPaymentMethods(db, session.customer_id, now()),
        invoices: () => listInvoices(db, toInvoice, session.customer_id, FIRST_INVOICE_PAGE),
        customer: () => loadProfile(db, session.customer_id),
        // Left out when its endpoint would refuse (403 feature_disabled).
        license_keys: async () => (configuration.features.license_keys.enabled ? listLicenseKeys(db, now(), session.customer_id) : undefined),
      };
      let included: BootstrapT['included'];
      if (c.req.query('include') !== undefined) {
        included = {};
        for (const name of BOOTSTRAP_INCLUDES) {
          if (!include.includes(name)) continue;
          const list = await lists[name]();
          if (list) (included as Record<string, unknown>)[name] = list;
        }
      }
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
          link_origins: linkOrigins(config, configuration, session.return_url),
          ...(included ? { included } : {}),
        },
        200,
      );
    },
  );
};
