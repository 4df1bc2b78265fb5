/**
 * Customer API: the customer's profile (Stripe's customer_update). Only the fields the
 * portal configuration allows can change; every field is validated by the contract,
 * errors naming the exact path (`address.postal_code`, `tax_ids.0.value`).
 */
import { createRoute } from '@hono/zod-openapi';
import { errorResponse, errorResponses } from '../contract/common.js';
import { CustomerProfile, UpdateCustomerRequest, type CustomerProfileT, type UpdateCustomerRequestT } from '../contract/customer.js';
import type { Database } from '../db/database.js';
import { configurationForCustomer } from '../domain/configuration.js';
import { enqueueEvent } from '../domain/events.js';
import { ApiError, errors } from '../errors.js';
import { customerRoutes, type RouteModule } from '../http.js';
import { newId } from '../tokens.js';
import { featureDisabled } from './payment-methods.js';

type AllowedUpdate = CustomerProfileT['allowed_updates'][number];
type StoredAddress = NonNullable<CustomerProfileT['address']>;

/** The configuration's name for each field of the request. */
const FIELD_SWITCH: Record<keyof UpdateCustomerRequestT, AllowedUpdate> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  address: 'address',
  shipping: 'shipping',
  tax_ids: 'tax_id',
};

function parseJson<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function storedAddress(raw: unknown): StoredAddress | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const a = raw as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return {
    line1: s(a.line1) ?? '',
    line2: s(a.line2),
    city: s(a.city) ?? '',
    state: s(a.state),
    postal_code: s(a.postal_code),
    country: s(a.country) ?? '',
  };
}

/** An address as given, normalised for storage. */
function addressForStorage(a: NonNullable<UpdateCustomerRequestT['address']>): StoredAddress {
  return {
    line1: a.line1,
    line2: a.line2 || null,
    city: a.city,
    state: a.state || null,
    postal_code: a.postal_code ? a.postal_code.toUpperCase() : null,
    country: a.country,
  };
}

export async function loadProfile(db: Database, customerId: string): Promise<CustomerProfileT> {
  const customer = await db.get<{ id: string; name: string; email: string; locale: string | null }>(
    `SELECT id, name, email, locale FROM customers WHERE id = $1`,
    [customerId],
  );
  if (!customer) throw errors.notFound('customer');
  const details = await db.get<{ phone: string | null; address: string | null; shipping: string | null }>(
    `SELECT phone, address, shipping FROM customer_details WHERE customer_id = $1`,
    [customerId],
  );
  const taxIds = await db.all<{ id: string; type: string; value: string }>(
    `SELECT id, type, value FROM customer_tax_ids WHERE customer_id = $1 ORDER BY created_at, id`,
    [customerId],
  );
  const { body } = await configurationForCustomer(db, customerId);
  const update = body.features.customer_update;
  const shipping = parseJson<{ name?: unknown; phone?: unknown; address?: unknown }>(details?.shipping ?? null);
  const shippingAddress = storedAddress(shipping?.address);
  return {
    id: customer.id,
    object: 'customer',
    name: customer.name,
    email: customer.email,
    phone: details?.phone ?? null,
    address: storedAddress(parseJson(details?.address ?? null)),
    shipping:
      shipping && shippingAddress
        ? {
            name: typeof shipping.name === 'string' ? shipping.name : '',
            phone: typeof shipping.phone === 'string' && shipping.phone ? shipping.phone : null,
            address: shippingAddress,
          }
        : null,
    tax_ids: taxIds,
    locale: customer.locale,
    allowed_updates: update.enabled ? [...update.allowed_updates] : [],
  };
}

export const customerProfileRoutes: RouteModule = (app, deps) => {
  const { db, now } = deps;
  customerRoutes(app, deps, '/v1/customer');

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/customer',
      summary: "The customer's profile, and which fields they may change",
      security: [{ sessionToken: [] }],
      responses: {
        200: { description: 'The profile', content: { 'application/json': { schema: CustomerProfile } } },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await loadProfile(db, c.get('session').customer_id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/customer',
      summary: "Update the customer's profile (the fields given; `tax_ids` replaces the list)",
      description:
        'Only the fields in the configuration\'s customer_update.allowed_updates (400 `field_not_allowed` otherwise). ' +
        'A field given as null is cleared (phone, address, shipping). Errors name the field, e.g. `address.postal_code`.',
      security: [{ sessionToken: [] }],
      request: { body: { required: true, content: { 'application/json': { schema: UpdateCustomerRequest } } } },
      responses: {
        200: { description: 'The updated profile', content: { 'application/json': { schema: CustomerProfile } } },
        ...errorResponses,
        403: errorResponse('Profile updates are turned off'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const customerId = c.get('session').customer_id;
      const { body: configuration } = await configurationForCustomer(db, customerId);
      const update = configuration.features.customer_update;
      if (!update.enabled) throw featureDisabled('Updating your details');
      const fields = (Object.keys(body) as Array<keyof UpdateCustomerRequestT>).filter((k) => body[k] !== undefined);
      for (const field of fields) {
        if (!update.allowed_updates.includes(FIELD_SWITCH[field])) {
          throw new ApiError(400, 'invalid_request_error', 'field_not_allowed', `${field} cannot be changed in this portal.`, field);
        }
      }
      if (fields.length === 0) return c.json(await loadProfile(db, customerId), 200);

      const at = now();
      await db.transaction(async (tx) => {
        if (body.name !== undefined) await tx.run(`UPDATE customers SET name = $1 WHERE id = $2`, [body.name, customerId]);
        if (body.email !== undefined) {
          const email = body.email.toLowerCase();
          const taken = await tx.get<{ id: string }>(
            `SELECT other.id FROM customers other JOIN customers me ON me.business_id = other.business_id
             WHERE me.id = $1 AND other.id <> $1 AND other.email = $2`,
            [customerId, email],
          );
          if (taken) throw new ApiError(400, 'invalid_request_error', 'email_in_use', 'This email address belongs to another account.', 'email');
          await tx.run(`UPDATE customers SET email = $1 WHERE id = $2`, [email, customerId]);
        }
        if (body.phone !== undefined || body.address !== undefined || body.shipping !== undefined) {
          const current = await tx.get<{ phone: string | null; address: string | null; shipping: string | null }>(
            `SELECT phone, address, shipping FROM customer_details WHERE customer_id = $1`,
            [customerId],
          );
          const phone = body.phone !== undefined ? body.phone : (current?.phone ?? null);
          const address =
            body.address !== undefined ? (body.address ? JSON.stringify(addressForStorage(body.address)) : null) : (current?.address ?? null);
          const shipping =
            body.shipping !== undefined
              ? body.shipping
                ? JSON.stringify({ name: body.shipping.name, phone: body.shipping.phone ?? null, address: addressForStorage(body.shipping.address) })
                : null
              : (current?.shipping ?? null);
          await tx.run(
            `INSERT INTO customer_details (customer_id, phone, address, shipping) VALUES ($1, $2, $3, $4)
             ON CONFLICT (customer_id) DO UPDATE SET phone = excluded.phone, address = excluded.address, shipping = excluded.shipping`,
            [customerId, phone, address, shipping],
          );
        }
        if (body.tax_ids !== undefined) {
          const existing = await tx.all<{ id: string; type: string; value: string }>(
            `SELECT id, type, value FROM customer_tax_ids WHERE customer_id = $1`,
            [customerId],
          );
          const keep = new Set<string>();
          let order = 0;
          for (const tax of body.tax_ids) {
            const same = existing.find((e) => e.type === tax.type && e.value === tax.value && !keep.has(e.id));
            if (same) keep.add(same.id);
            else {
              const id = newId('txi');
              keep.add(id);
              await tx.run(`INSERT INTO customer_tax_ids (id, customer_id, type, value, created_at) VALUES ($1, $2, $3, $4, $5)`, [
                id,
                customerId,
                tax.type,
                tax.value,
                at + order++,
              ]);
            }
          }
          for (const e of existing) if (!keep.has(e.id)) await tx.run(`DELETE FROM customer_tax_ids WHERE id = $1`, [e.id]);
        }
        await enqueueEvent(tx, at, 'customer.updated', customerId, { object: await loadProfile(tx, customerId), changes: fields });
      });
      return c.json(await loadProfile(db, customerId), 200);
    },
  );
};
