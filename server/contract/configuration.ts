/**
 * The portal configuration (Stripe's billing portal configuration, plus retention
 * offers, pause and license keys): which features the portal offers and how it looks.
 */
import { z } from '@hono/zod-openapi';
import { Timestamp } from './common.js';

export const CANCELLATION_REASONS = [
  'customer_service',
  'low_quality',
  'missing_features',
  'other',
  'switched_service',
  'too_complex',
  'too_expensive',
  'unused',
] as const;
export const CancellationReason = z.enum(CANCELLATION_REASONS).openapi('CancellationReason');

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour like #4f46e5');
/** An absolute http(s) URL; the server then requires https (http only on localhost in demo mode). */
const HttpsUrl = z
  .string()
  .url()
  .max(2048)
  .regex(/^https?:\/\//, 'must be an https URL');

export const RetentionOffer = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('coupon'), coupon: z.string().min(1).max(255) }).strict(),
    z.object({ type: z.literal('pause'), months: z.number().int().min(1).max(12) }).strict(),
    z.object({ type: z.literal('switch_price'), price: z.string().min(1).max(255) }).strict(),
  ])
  .openapi('RetentionOffer');

export const ConfigurationProduct = z
  .object({
    product: z.string().min(1).max(255),
    prices: z.array(z.string().min(1).max(255)).min(1).max(20),
    adjustable_quantity: z
      .object({
        enabled: z.boolean(),
        minimum: z.number().int().min(0).max(10_000).default(1),
        maximum: z.number().int().min(1).max(10_000).optional(),
      })
      .strict()
      .default({ enabled: false, minimum: 1 }),
  })
  .strict();

export const PortalFeatures = z
  .object({
    customer_update: z
      .object({
        enabled: z.boolean(),
        allowed_updates: z.array(z.enum(['address', 'email', 'name', 'phone', 'shipping', 'tax_id'])).max(6),
      })
      .strict(),
    invoice_history: z.object({ enabled: z.boolean() }).strict(),
    payment_method_update: z.object({ enabled: z.boolean() }).strict(),
    subscription_cancel: z
      .object({
        enabled: z.boolean(),
        mode: z.enum(['at_period_end', 'immediately']),
        proration_behavior: z.enum(['none', 'create_prorations']),
        cancellation_reason: z
          .object({ enabled: z.boolean(), options: z.array(CancellationReason).max(8) })
          .strict(),
      })
      .strict(),
    subscription_pause: z.object({ enabled: z.boolean() }).strict(),
    subscription_update: z
      .object({
        enabled: z.boolean(),
        default_allowed_updates: z.array(z.enum(['price', 'quantity', 'promotion_code'])).max(3),
        proration_behavior: z.enum(['none', 'create_prorations', 'always_invoice']),
        trial_update_behavior: z.enum(['end_trial', 'continue_trial']).default('end_trial'),
        products: z.array(ConfigurationProduct).max(10),
      })
      .strict(),
    license_keys: z.object({ enabled: z.boolean() }).strict(),
  })
  .strict()
  .openapi('PortalFeatures');

export const BusinessProfile = z
  .object({
    name: z.string().min(1).max(100),
    headline: z.string().max(120).nullable(),
    privacy_policy_url: HttpsUrl.nullable(),
    terms_of_service_url: HttpsUrl.nullable(),
  })
  .strict()
  .openapi('BusinessProfile');

export const Branding = z
  .object({
    logo_url: HttpsUrl.nullable(),
    icon_url: HttpsUrl.nullable(),
    brand_color: HexColor.nullable(),
    accent_color: HexColor.nullable(),
  })
  .strict()
  .openapi('Branding');

/** The stored configuration: what GET returns and POST replaces (fields given are merged). */
export const PortalConfigurationBody = z
  .object({
    business_profile: BusinessProfile,
    branding: Branding,
    features: PortalFeatures,
    retention_offers: z
      .array(z.object({ reason: CancellationReason, offer: RetentionOffer }).strict())
      .max(8),
    portal_url: HttpsUrl.nullable(),
    default_return_url: HttpsUrl.nullable(),
    allowed_origins: z
      .array(z.string().url().max(255).regex(/^https?:\/\//, 'must be an https origin'))
      .max(50)
      .openapi({ description: 'Origins (scheme, host, port) whose pages may call the customer API.' }),
  })
  .strict();

export const PortalConfiguration = PortalConfigurationBody.extend({
  object: z.literal('portal_configuration'),
  business_id: z.string(),
  updated_at: Timestamp,
}).openapi('PortalConfiguration');

export type PortalConfigurationBodyT = z.infer<typeof PortalConfigurationBody>;
export type PortalFeaturesT = z.infer<typeof PortalFeatures>;

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** The same schema with every object field optional at every depth (arrays stay whole). */
function patchOf(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => [key, patchOf(field).optional()]),
    );
    return z.object(shape).strict();
  }
  if (schema instanceof z.ZodDefault) return patchOf(schema.removeDefault() as z.ZodType);
  if (schema instanceof z.ZodOptional) return patchOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodNullable) return patchOf(schema.unwrap() as z.ZodType).nullable();
  return schema;
}

/**
 * POST /v1/portal-configuration: any part of the configuration. Objects are merged
 * into the stored configuration at every depth; arrays and scalars replace what is
 * stored. The merged result is then validated as a whole.
 */
export const UpdatePortalConfigurationRequest = (
  patchOf(PortalConfigurationBody) as z.ZodType<DeepPartial<PortalConfigurationBodyT>>
).openapi('UpdatePortalConfigurationRequest');

export type PortalConfigurationPatchT = DeepPartial<PortalConfigurationBodyT>;
