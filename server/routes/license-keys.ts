/** Customer API: license keys (when the configuration's license_keys feature is on). */
import { createRoute, type z } from '@hono/zod-openapi';
import { errorResponse, errorResponses } from '../contract/common.js';
import { LicenseKeyList, type LicenseKeyT } from '../contract/license-keys.js';
import type { Database } from '../db/database.js';
import { configurationForCustomer } from '../domain/configuration.js';
import { customerRoutes, iso, type RouteModule } from '../http.js';
import { featureDisabled } from './payment-methods.js';

interface LicenseKeyRow {
  id: string;
  product_id: string;
  product_name: string;
  key: string;
  status: string;
  activations_used: number;
  activation_limit: number | null;
  expires_at: number | null;
  created_at: number;
}

/**
 * The customer's license keys, newest first, as GET /v1/license-keys answers them when the
 * feature is on (also the bootstrap's `included.license_keys`).
 */
export async function listLicenseKeys(db: Database, at: number, customerId: string): Promise<z.infer<typeof LicenseKeyList>> {
  const rows = await db.all<LicenseKeyRow>(
    `SELECT license_keys.id, license_keys.product_id, products.name AS product_name, license_keys.key, license_keys.status,
       license_keys.activations_used, license_keys.activation_limit, license_keys.expires_at, license_keys.created_at
     FROM license_keys JOIN products ON products.id = license_keys.product_id
     WHERE license_keys.customer_id = $1 ORDER BY license_keys.created_at DESC, license_keys.id DESC`,
    [customerId],
  );
  const status = (row: LicenseKeyRow): LicenseKeyT['status'] => {
    if (row.expires_at !== null && Number(row.expires_at) <= at) return 'expired';
    return row.status === 'disabled' || row.status === 'expired' ? row.status : 'active';
  };
  return {
    object: 'list' as const,
    data: rows.map((row) => ({
      id: row.id,
      object: 'license_key' as const,
      product: { id: row.product_id, name: row.product_name },
      key: row.key,
      status: status(row),
      activations_used: Number(row.activations_used),
      activation_limit: row.activation_limit === null ? null : Number(row.activation_limit),
      expires_at: row.expires_at === null ? null : iso(Number(row.expires_at)),
      created_at: iso(Number(row.created_at)),
    })),
  };
}

export const licenseKeyRoutes: RouteModule = (app, deps) => {
  const { db, now } = deps;
  customerRoutes(app, deps, '/v1/license-keys');

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/license-keys',
      summary: "The customer's license keys, newest first",
      description: 'A key past its expiry is reported as `expired`. 403 `feature_disabled` when license keys are turned off.',
      security: [{ sessionToken: [] }],
      responses: {
        200: { description: 'The license keys', content: { 'application/json': { schema: LicenseKeyList } } },
        ...errorResponses,
        403: errorResponse('License keys are turned off'),
      },
    }),
    async (c) => {
      const customerId = c.get('session').customer_id;
      const { body } = await configurationForCustomer(db, customerId);
      if (!body.features.license_keys.enabled) throw featureDisabled('License keys');
      return c.json(await listLicenseKeys(db, now(), customerId), 200);
    },
  );
};
