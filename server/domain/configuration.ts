/**
 * The portal configuration of a business: the demo default, and reading it back.
 * Writes go through the merchant API (POST /v1/portal-configuration).
 */
import type { PortalConfigurationBodyT } from '../contract/configuration.js';
import { CANCELLATION_REASONS, PortalConfigurationBody } from '../contract/configuration.js';
import type { ServerConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { errors } from '../errors.js';

/** What biz_demo starts with: every feature on, Stripe's defaults, the demo catalog. */
export function defaultConfiguration(publicUrl: string): PortalConfigurationBodyT {
  return {
    business_profile: {
      name: 'Acme Cloud',
      headline: 'Manage your Acme Cloud billing',
      privacy_policy_url: 'https://acme.example.com/privacy',
      terms_of_service_url: 'https://acme.example.com/terms',
    },
    branding: { logo_url: null, icon_url: null, brand_color: '#4f46e5', accent_color: '#0ea5e9' },
    features: {
      customer_update: { enabled: true, allowed_updates: ['name', 'email', 'phone', 'address', 'shipping', 'tax_id'] },
      invoice_history: { enabled: true },
      payment_method_update: { enabled: true },
      subscription_cancel: {
        enabled: true,
        mode: 'at_period_end',
        proration_behavior: 'none',
        cancellation_reason: { enabled: true, options: [...CANCELLATION_REASONS] },
      },
      subscription_pause: { enabled: true },
      subscription_update: {
        enabled: true,
        default_allowed_updates: ['price', 'quantity', 'promotion_code'],
        proration_behavior: 'create_prorations',
        trial_update_behavior: 'end_trial',
        products: [
          { product: 'prod_starter', prices: ['price_starter_monthly', 'price_starter_yearly'], adjustable_quantity: { enabled: false, minimum: 1 } },
          {
            product: 'prod_pro',
            prices: ['price_pro_monthly', 'price_pro_yearly', 'price_pro_monthly_eur', 'price_pro_yearly_eur'],
            adjustable_quantity: { enabled: false, minimum: 1 },
          },
          { product: 'prod_team', prices: ['price_team_monthly', 'price_team_yearly'], adjustable_quantity: { enabled: true, minimum: 1, maximum: 50 } },
        ],
      },
      license_keys: { enabled: true },
    },
    retention_offers: [
      { reason: 'too_expensive', offer: { type: 'coupon', coupon: 'retention_25' } },
      { reason: 'unused', offer: { type: 'pause', months: 3 } },
      { reason: 'missing_features', offer: { type: 'switch_price', price: 'price_starter_monthly' } },
    ],
    portal_url: null,
    default_return_url: `${publicUrl}/`,
    allowed_origins: [],
  };
}

export interface StoredConfiguration {
  businessId: string;
  body: PortalConfigurationBodyT;
  updatedAt: number;
}

export async function loadConfiguration(db: Database, businessId: string): Promise<StoredConfiguration | undefined> {
  const row = await db.get<{ body: string; updated_at: number }>(
    `SELECT body, updated_at FROM portal_configurations WHERE business_id = $1`,
    [businessId],
  );
  return row ? { businessId, body: JSON.parse(row.body) as PortalConfigurationBodyT, updatedAt: Number(row.updated_at) } : undefined;
}

/** The configuration that applies to a customer: their business's. */
export async function configurationForCustomer(db: Database, customerId: string): Promise<StoredConfiguration> {
  const row = await db.get<{ business_id: string }>(`SELECT business_id FROM customers WHERE id = $1`, [customerId]);
  const stored = row && (await loadConfiguration(db, row.business_id));
  if (!stored) throw new Error(`No portal configuration for customer ${customerId}.`);
  return stored;
}

export async function saveConfiguration(db: Database, businessId: string, body: PortalConfigurationBodyT, now: number): Promise<void> {
  await db.run(
    `INSERT INTO portal_configurations (business_id, body, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (business_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    [businessId, JSON.stringify(body), now],
  );
  forgetAllowedOrigins(db);
}

// ── Origins the stored configurations allow (for CORS), cached per store ─────────

/** How long an instance trusts its cached origins (another instance may have saved). */
const ORIGINS_TTL_MS = 30_000;
const originsCache = new WeakMap<Database, { origins: Set<string>; loadedAt: number }>();

/** Every origin in the stored configurations' `allowed_origins`; cached, reloaded after a save. */
export async function storedAllowedOrigins(db: Database, now: number): Promise<Set<string>> {
  const cached = originsCache.get(db);
  if (cached && now - cached.loadedAt < ORIGINS_TTL_MS && now >= cached.loadedAt) return cached.origins;
  const rows = await db.all<{ body: string }>(`SELECT body FROM portal_configurations`);
  const origins = new Set<string>();
  for (const row of rows) {
    const body = JSON.parse(row.body) as Partial<PortalConfigurationBodyT>;
    for (const origin of body.allowed_origins ?? []) origins.add(origin);
  }
  originsCache.set(db, { origins, loadedAt: now });
  return origins;
}

/** Forgets the cached origins of a store (called when a configuration is saved). */
export function forgetAllowedOrigins(db: Database): void {
  originsCache.delete(db);
}

/** The server's allowed origins plus the configuration's. */
export function effectiveOrigins(config: ServerConfig, body: Pick<PortalConfigurationBodyT, 'allowed_origins'>): string[] {
  return [...new Set([...config.allowedOrigins, ...body.allowed_origins])];
}

/** The server config with the configuration's origins added, for `checkReturnUrl`. */
export function withConfiguredOrigins(config: ServerConfig, body: Pick<PortalConfigurationBodyT, 'allowed_origins'>): ServerConfig {
  return { ...config, allowedOrigins: effectiveOrigins(config, body) };
}

/** The portal page that session and login URLs point at: the configuration's, else the server's. */
export function portalPageUrl(config: ServerConfig, body: Pick<PortalConfigurationBodyT, 'portal_url'>, fragment: string): string {
  const url = new URL(body.portal_url ?? config.portalUrl);
  url.hash = fragment;
  return url.toString();
}

// ── Updating: merge, then validate as strictly as Stripe ─────────────────────────

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge at every depth; arrays, scalars and null replace. */
export function mergeConfiguration<T>(stored: T, patch: unknown): T {
  if (!isPlainObject(stored) || !isPlainObject(patch)) return (patch === undefined ? stored : patch) as T;
  const out: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = mergeConfiguration(out[key], value);
  }
  return out as T;
}

/**
 * Checks a whole configuration: its shape (unknown fields, enums, limits such as
 * ≤ 10 products), then what the shape cannot say: https URLs, known products, prices
 * of the right product, known coupons, minimum ≤ maximum, origins. Throws a 400
 * naming the field; returns the configuration with defaults filled in.
 */
export async function validateConfiguration(
  db: Database,
  config: ServerConfig,
  input: unknown,
): Promise<PortalConfigurationBodyT> {
  const parsed = PortalConfigurationBody.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = 'keys' in issue ? (issue.keys as string[]) : [];
    const param = [...issue.path, ...keys.slice(0, 1)].join('.');
    throw errors.invalid(param ? `Invalid ${param}: ${issue.message}` : issue.message, param || undefined);
  }
  const body = parsed.data;

  const httpsUrl = (raw: string | null, param: string) => {
    if (raw === null) return null;
    const url = new URL(raw);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local && config.demo)) {
      throw errors.invalid(`${param} must use https.`, param);
    }
    return url;
  };
  httpsUrl(body.business_profile.privacy_policy_url, 'business_profile.privacy_policy_url');
  httpsUrl(body.business_profile.terms_of_service_url, 'business_profile.terms_of_service_url');
  httpsUrl(body.branding.logo_url, 'branding.logo_url');
  httpsUrl(body.branding.icon_url, 'branding.icon_url');

  const seenOrigins = new Set<string>();
  body.allowed_origins.forEach((raw, i) => {
    const param = `allowed_origins.${i}`;
    const url = httpsUrl(raw, param)!;
    if (url.origin !== raw.replace(/\/$/, '')) {
      throw errors.invalid(`${param} must be an origin (scheme, host and port, no path), like ${url.origin}.`, param);
    }
    if (seenOrigins.has(url.origin)) throw errors.invalid(`${param} is listed twice.`, param);
    seenOrigins.add(url.origin);
  });
  body.allowed_origins = [...seenOrigins];
  const origins = effectiveOrigins(config, body);
  for (const param of ['portal_url', 'default_return_url'] as const) {
    const url = httpsUrl(body[param], param);
    if (url && !origins.includes(url.origin)) {
      throw errors.invalid(`${param}'s origin ${url.origin} is not an allowed origin: add it to allowed_origins.`, param);
    }
  }

  const unique = (values: readonly string[], param: string) => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) throw errors.invalid(`${param}.${i} (${v}) is listed twice.`, `${param}.${i}`);
      seen.add(v);
    });
  };
  const f = body.features;
  unique(f.customer_update.allowed_updates, 'features.customer_update.allowed_updates');
  unique(f.subscription_cancel.cancellation_reason.options, 'features.subscription_cancel.cancellation_reason.options');
  if (f.subscription_cancel.cancellation_reason.enabled && f.subscription_cancel.cancellation_reason.options.length === 0) {
    throw errors.invalid(
      'features.subscription_cancel.cancellation_reason.options needs at least one reason when reasons are enabled.',
      'features.subscription_cancel.cancellation_reason.options',
    );
  }
  unique(f.subscription_update.default_allowed_updates, 'features.subscription_update.default_allowed_updates');
  const productsParam = 'features.subscription_update.products';
  if (f.subscription_update.enabled && f.subscription_update.products.length === 0) {
    throw errors.invalid(`${productsParam} needs at least one product when plan changes are enabled.`, productsParam);
  }
  unique(
    f.subscription_update.products.map((p) => p.product),
    productsParam,
  );
  for (const [i, p] of f.subscription_update.products.entries()) {
    const param = `${productsParam}.${i}`;
    const product = await db.get<{ id: string }>(`SELECT id FROM products WHERE id = $1`, [p.product]);
    if (!product) throw errors.invalid(`${param}.product: no such product ${p.product}.`, `${param}.product`);
    unique(p.prices, `${param}.prices`);
    for (const [j, priceId] of p.prices.entries()) {
      const price = await db.get<{ product_id: string; active: number | string }>(
        `SELECT product_id, active FROM prices WHERE id = $1`,
        [priceId],
      );
      if (!price) throw errors.invalid(`${param}.prices.${j}: no such price ${priceId}.`, `${param}.prices.${j}`);
      if (price.product_id !== p.product) {
        throw errors.invalid(`${param}.prices.${j}: ${priceId} is a price of ${price.product_id}, not ${p.product}.`, `${param}.prices.${j}`);
      }
      if (Number(price.active) !== 1) throw errors.invalid(`${param}.prices.${j}: ${priceId} is not active.`, `${param}.prices.${j}`);
    }
    const q = p.adjustable_quantity;
    if (q.maximum !== undefined && q.minimum > q.maximum) {
      throw errors.invalid(
        `${param}.adjustable_quantity.minimum (${q.minimum}) must not exceed its maximum (${q.maximum}).`,
        `${param}.adjustable_quantity.minimum`,
      );
    }
  }

  const reasons = new Set<string>();
  for (const [i, r] of body.retention_offers.entries()) {
    const param = `retention_offers.${i}`;
    if (reasons.has(r.reason)) throw errors.invalid(`${param}.reason: ${r.reason} already has an offer.`, `${param}.reason`);
    reasons.add(r.reason);
    if (r.offer.type === 'coupon') {
      const coupon = await db.get<{ id: string }>(`SELECT id FROM coupons WHERE id = $1`, [r.offer.coupon]);
      if (!coupon) throw errors.invalid(`${param}.offer.coupon: no such coupon ${r.offer.coupon}.`, `${param}.offer.coupon`);
    }
    if (r.offer.type === 'switch_price') {
      const price = await db.get<{ active: number | string }>(`SELECT active FROM prices WHERE id = $1`, [r.offer.price]);
      if (!price || Number(price.active) !== 1) {
        throw errors.invalid(`${param}.offer.price: no such active price ${r.offer.price}.`, `${param}.offer.price`);
      }
    }
  }
  return body;
}

export function toPortalConfiguration(stored: StoredConfiguration) {
  return {
    object: 'portal_configuration' as const,
    business_id: stored.businessId,
    ...stored.body,
    updated_at: new Date(stored.updatedAt).toISOString(),
  };
}
