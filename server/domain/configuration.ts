/**
 * The portal configuration of a business: the demo default, and reading it back.
 * Writes go through the merchant API (POST /v1/portal-configuration).
 */
import type { PortalConfigurationBodyT } from '../contract/configuration.js';
import { CANCELLATION_REASONS } from '../contract/configuration.js';
import type { Database } from '../db/database.js';

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
}
