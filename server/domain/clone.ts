/**
 * Demo mode: a fresh copy of a seeded customer (cus_demo by default) with everything
 * that is theirs — profile, payment methods, subscriptions, invoices, license keys —
 * under new ids. Tests and demos each get a customer nobody else is changing.
 *
 * A copy may also get its own texts and links (hostile-input tests): then it gets a
 * business of its own (a copy of the template's configuration) and copies of the
 * catalog rows it uses, so whatever it is given reaches no other customer.
 */
import type { PortalConfigurationBodyT } from '../contract/configuration.js';
import type { Database, SqlValue } from '../db/database.js';
import { errors } from '../errors.js';
import { newId } from '../tokens.js';

/** Every server text the portal shows, as `POST /v1/dev/customers` `texts` names them. */
export const DEV_TEXT_FIELDS = [
  'business_name',
  'business_headline',
  'customer_name',
  'customer_email',
  'customer_phone',
  'address_line1',
  'address_line2',
  'address_city',
  'address_state',
  'address_postal_code',
  'shipping_name',
  'shipping_phone',
  'shipping_line1',
  'shipping_line2',
  'shipping_city',
  'shipping_state',
  'shipping_postal_code',
  'tax_id_value',
  'product_name',
  'product_description',
  'price_nickname',
  'coupon_name',
  'invoice_number',
  'invoice_description',
  'bank_name',
  'wallet_email',
  'cashtag',
  'license_key',
] as const;
export type DevTextField = (typeof DEV_TEXT_FIELDS)[number];
export type DevTexts = Partial<Record<DevTextField, string>>;

/** The configuration's links, stored as given (unchecked): what a server should never send, for the kit to refuse. */
export interface DevLinks {
  privacy_policy_url?: string | null;
  terms_of_service_url?: string | null;
  logo_url?: string | null;
  icon_url?: string | null;
  default_return_url?: string | null;
}

export interface CloneOptions {
  texts?: DevTexts;
  links?: DevLinks;
  /** Also one payment method of every other type (cus_methods' bank accounts and wallets). */
  everyPaymentMethod?: boolean;
  /** Puts a coupon (template ids) on a subscription, so a discount shows. */
  discount?: { subscription: string; coupon: string };
}

/** The tables a customer owns, in insertion order, with the columns that hold ids of copied rows. */
const OWNED: Array<{ table: string; key: string | null; refs: string[] }> = [
  { table: 'customer_details', key: null, refs: [] },
  { table: 'customer_tax_ids', key: 'id', refs: [] },
  { table: 'payment_methods', key: 'id', refs: [] },
  { table: 'subscriptions', key: 'id', refs: ['payment_method_id'] },
  { table: 'invoices', key: 'id', refs: ['subscription_id'] },
  { table: 'license_keys', key: 'id', refs: ['subscription_id'] },
];

export interface ClonedCustomer {
  id: string;
  email: string;
  /** Old id → new id of every copied row. */
  ids: Record<string, string>;
}

export async function cloneCustomer(db: Database, templateId: string, now: number, options: CloneOptions = {}): Promise<ClonedCustomer | undefined> {
  return db.transaction(async (tx) => {
    const template = await tx.get<Record<string, SqlValue>>(`SELECT * FROM customers WHERE id = $1`, [templateId]);
    if (!template) return undefined;
    const suffix = newId('x').slice(2, 12);
    const id = `${templateId}_${suffix}`;
    const [local, domain] = String(template.email).split('@');
    const email = `${local}+${suffix}@${domain}`;
    await insert(tx, 'customers', { ...template, id, email, created_at: now });
    const ids: Record<string, string> = { [templateId]: id };
    for (const { table, key, refs } of OWNED) {
      const rows = await tx.all<Record<string, SqlValue>>(`SELECT * FROM ${table} WHERE customer_id = $1`, [templateId]);
      // Keys first, so rows that point at each other (within one table) find their copies.
      if (key) for (const row of rows) ids[String(row[key])] = `${String(row[key])}_${suffix}`;
      for (const row of rows) {
        const copy: Record<string, SqlValue> = { ...row, customer_id: id };
        if (key) copy[key] = ids[String(row[key])]!;
        for (const ref of refs) if (row[ref] !== null && row[ref] !== undefined) copy[ref] = ids[String(row[ref])] ?? row[ref]!;
        if (table === 'license_keys') copy.key = `${String(row.key)}-${suffix.slice(0, 4).toUpperCase()}`;
        await insert(tx, table, copy);
      }
    }
    if (options.everyPaymentMethod) await addEveryMethod(tx, id, suffix, now, ids);
    if (options.discount) {
      const { subscription, coupon } = options.discount;
      if (!(await tx.get(`SELECT id FROM coupons WHERE id = $1`, [coupon]))) throw errors.invalid(`No such coupon ${coupon}.`, 'discount.coupon');
      const copy = ids[subscription];
      if (!copy?.startsWith('sub_')) throw errors.invalid(`${templateId} has no subscription ${subscription}.`, 'discount.subscription');
      await tx.run(`UPDATE subscriptions SET coupon_id = $1, coupon_ends_at = NULL WHERE id = $2`, [coupon, copy]);
    }
    if (options.texts || options.links) await ownBusiness(tx, id, String(template.business_id), suffix, now, options.texts ?? {}, options.links ?? {});
    return { id, email, ids };
  });
}

/** cus_methods' methods of every type but cards, as the copy's (none of them the default). */
async function addEveryMethod(tx: Database, customerId: string, suffix: string, now: number, ids: Record<string, string>): Promise<void> {
  const rows = await tx.all<Record<string, SqlValue>>(
    `SELECT * FROM payment_methods WHERE customer_id = 'cus_methods' AND type <> 'card' ORDER BY created_at, id`,
  );
  for (const row of rows) {
    ids[String(row.id)] = `${String(row.id)}_${suffix}`;
    await insert(tx, 'payment_methods', { ...row, id: ids[String(row.id)]!, customer_id: customerId, is_default: 0, created_at: now });
  }
}

/**
 * Gives the copy a business of its own: the template's configuration with `links`, and
 * copies of the products, prices and coupons it uses; then puts `texts` into every row
 * of the copy that the portal shows.
 */
async function ownBusiness(tx: Database, customerId: string, templateBusiness: string, suffix: string, now: number, texts: DevTexts, links: DevLinks): Promise<void> {
  const stored = await tx.get<{ body: string }>(`SELECT body FROM portal_configurations WHERE business_id = $1`, [templateBusiness]);
  const config = JSON.parse(stored!.body) as PortalConfigurationBodyT;
  const subs = await tx.all<{ id: string; price_id: string; coupon_id: string | null }>(
    `SELECT id, price_id, coupon_id FROM subscriptions WHERE customer_id = $1`,
    [customerId],
  );
  const keys = await tx.all<{ id: string; product_id: string }>(`SELECT id, product_id FROM license_keys WHERE customer_id = $1`, [customerId]);

  // The catalog rows the copy uses (its configuration, subscriptions and keys), copied under new ids.
  const products = config.features.subscription_update.products;
  const priceIds = new Set([...products.flatMap((p) => p.prices), ...subs.map((s) => s.price_id)]);
  const couponIds = new Set(subs.flatMap((s) => (s.coupon_id ? [s.coupon_id] : [])));
  for (const { offer } of config.retention_offers) {
    if (offer.type === 'switch_price') priceIds.add(offer.price);
    if (offer.type === 'coupon') couponIds.add(offer.coupon);
  }
  const prices = await rowsOf(tx, 'prices', priceIds);
  const productIds = new Set([...products.map((p) => p.product), ...keys.map((k) => k.product_id), ...prices.map((p) => String(p.product_id))]);
  const copyId = (id: string) => `${id}_${suffix}`;
  for (const row of await rowsOf(tx, 'products', productIds)) {
    await insert(tx, 'products', { ...row, id: copyId(String(row.id)), name: texts.product_name ?? row.name!, description: texts.product_description ?? row.description! });
  }
  for (const row of prices) {
    await insert(tx, 'prices', { ...row, id: copyId(String(row.id)), product_id: copyId(String(row.product_id)), nickname: texts.price_nickname ?? row.nickname! });
  }
  for (const row of await rowsOf(tx, 'coupons', couponIds)) {
    await insert(tx, 'coupons', { ...row, id: copyId(String(row.id)), name: texts.coupon_name ?? row.name! });
  }
  for (const s of subs) {
    await tx.run(`UPDATE subscriptions SET price_id = $1, coupon_id = $2 WHERE id = $3`, [copyId(s.price_id), s.coupon_id && copyId(s.coupon_id), s.id]);
  }
  for (const k of keys) {
    await tx.run(`UPDATE license_keys SET product_id = $1, key = COALESCE($2, key) WHERE id = $3`, [copyId(k.product_id), texts.license_key ?? null, k.id]);
  }

  const business = `biz_${suffix}`;
  const body: PortalConfigurationBodyT = {
    ...config,
    business_profile: {
      ...config.business_profile,
      name: texts.business_name ?? config.business_profile.name,
      headline: texts.business_headline ?? config.business_profile.headline,
      ...pick(links, ['privacy_policy_url', 'terms_of_service_url']),
    },
    branding: { ...config.branding, ...pick(links, ['logo_url', 'icon_url']) },
    ...pick(links, ['default_return_url']),
    features: {
      ...config.features,
      subscription_update: {
        ...config.features.subscription_update,
        products: products.map((p) => ({ ...p, product: copyId(p.product), prices: p.prices.map(copyId) })),
      },
    },
    retention_offers: config.retention_offers.map((r) => ({
      ...r,
      offer:
        r.offer.type === 'coupon'
          ? { ...r.offer, coupon: copyId(r.offer.coupon) }
          : r.offer.type === 'switch_price'
            ? { ...r.offer, price: copyId(r.offer.price) }
            : r.offer,
    })),
  };
  await tx.run(`INSERT INTO portal_configurations (business_id, body, updated_at) VALUES ($1, $2, $3)`, [business, JSON.stringify(body), now]);
  await tx.run(`UPDATE customers SET business_id = $1, name = COALESCE($2, name), email = COALESCE($3, email) WHERE id = $4`, [
    business,
    texts.customer_name ?? null,
    texts.customer_email ?? null,
    customerId,
  ]);
  await customerTexts(tx, customerId, texts);
}

/** Profile, tax IDs, invoices and payment methods: `texts` into the fields the copy has. */
async function customerTexts(tx: Database, customerId: string, texts: DevTexts): Promise<void> {
  const details = await tx.get<{ phone: string | null; address: string | null; shipping: string | null }>(
    `SELECT phone, address, shipping FROM customer_details WHERE customer_id = $1`,
    [customerId],
  );
  if (details) {
    const address = (json: string | null | undefined, prefix: 'address' | 'shipping') => {
      if (!json) return null;
      const a = JSON.parse(json) as Record<string, unknown>;
      for (const field of ['line1', 'line2', 'city', 'state', 'postal_code'] as const) {
        const text = texts[`${prefix}_${field}`];
        if (text !== undefined) a[field] = text;
      }
      return a;
    };
    const shipping = details.shipping ? (JSON.parse(details.shipping) as Record<string, unknown>) : null;
    if (shipping) {
      shipping.name = texts.shipping_name ?? shipping.name;
      shipping.phone = texts.shipping_phone ?? shipping.phone;
      shipping.address = address(JSON.stringify(shipping.address), 'shipping');
    }
    const billing = address(details.address, 'address');
    await tx.run(`UPDATE customer_details SET phone = $1, address = $2, shipping = $3 WHERE customer_id = $4`, [
      texts.customer_phone ?? details.phone,
      billing && JSON.stringify(billing),
      shipping && JSON.stringify(shipping),
      customerId,
    ]);
  }
  if (texts.tax_id_value !== undefined) await tx.run(`UPDATE customer_tax_ids SET value = $1 WHERE customer_id = $2`, [texts.tax_id_value, customerId]);
  await tx.run(`UPDATE invoices SET number = COALESCE($1, number), description = COALESCE($2, description) WHERE customer_id = $3`, [
    texts.invoice_number ?? null,
    texts.invoice_description ?? null,
    customerId,
  ]);
  const methods = await tx.all<{ id: string; details: string }>(`SELECT id, details FROM payment_methods WHERE customer_id = $1`, [customerId]);
  for (const method of methods) {
    const d = JSON.parse(method.details) as Record<string, unknown>;
    if ('bank_name' in d && texts.bank_name !== undefined) d.bank_name = texts.bank_name;
    for (const key of ['email', 'payer_email']) if (key in d && texts.wallet_email !== undefined) d[key] = texts.wallet_email;
    if ('cashtag' in d && texts.cashtag !== undefined) d.cashtag = texts.cashtag;
    await tx.run(`UPDATE payment_methods SET details = $1 WHERE id = $2`, [JSON.stringify(d), method.id]);
  }
}

async function rowsOf(tx: Database, table: 'products' | 'prices' | 'coupons', ids: Set<string>): Promise<Array<Record<string, SqlValue>>> {
  const rows: Array<Record<string, SqlValue>> = [];
  for (const id of [...ids].sort()) {
    const row = await tx.get<Record<string, SqlValue>>(`SELECT * FROM ${table} WHERE id = $1`, [id]);
    if (row) rows.push(row);
  }
  return rows;
}

function pick<K extends keyof DevLinks>(links: DevLinks, keys: K[]): Pick<DevLinks, K> {
  const out: Partial<DevLinks> = {};
  for (const key of keys) if (links[key] !== undefined) out[key] = links[key];
  return out as Pick<DevLinks, K>;
}

async function insert(db: Database, table: string, row: Record<string, SqlValue>): Promise<void> {
  const columns = Object.keys(row);
  const placeholders = columns.map((_, i) => `$${i + 1}`);
  await db.run(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})`,
    columns.map((c) => row[c] ?? null),
  );
}
