/** Everything the portal needs to draw its first screen, in one request. */
import { z } from '@hono/zod-openapi';
import { Timestamp } from './common.js';
import { Branding, BusinessProfile, PortalFeatures } from './configuration.js';
import { CustomerProfile } from './customer.js';
import { InvoiceList } from './invoices.js';
import { LicenseKeyList } from './license-keys.js';
import { PaymentMethodList } from './payment-methods.js';
import { PortalSessionFlow } from './sessions.js';
import { SubscriptionList } from './subscriptions.js';

/** The lists the bootstrap can carry (Stripe's `expand`), each named as its resource. */
export const BOOTSTRAP_INCLUDES = ['subscriptions', 'payment_methods', 'invoices', 'customer', 'license_keys'] as const;
export type BootstrapIncludeT = (typeof BOOTSTRAP_INCLUDES)[number];

const includeList = BOOTSTRAP_INCLUDES.join(', ');

export const BootstrapQuery = z.object({
  include: z
    .union([z.string().max(200), z.array(z.string().max(200)).max(10)])
    .optional()
    .transform((value, ctx) => {
      // Comma-separated, repeated, or both; blanks and repeats are ignored.
      const names = [...new Set((Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(',')).map((v) => v.trim()))];
      const unknown = names.filter((name) => name && !(BOOTSTRAP_INCLUDES as readonly string[]).includes(name));
      if (unknown.length) {
        ctx.addIssue({ code: 'custom', message: `${unknown.map((n) => `"${n}"`).join(', ')} cannot be included; use ${includeList}.` });
        return z.NEVER;
      }
      return names.filter(Boolean) as BootstrapIncludeT[];
    })
    .openapi({
      description:
        `Lists to send with the bootstrap in \`included\`, comma-separated or repeated: ${includeList}. ` +
        '`invoices` is the first page of GET /v1/invoices (its default page size).',
      example: 'subscriptions,invoices',
    }),
});

export const BootstrapIncluded = z
  .object({
    subscriptions: SubscriptionList.optional(),
    payment_methods: PaymentMethodList.optional(),
    invoices: InvoiceList.optional(),
    customer: CustomerProfile.optional(),
    license_keys: LicenseKeyList.optional(),
  })
  .strict()
  .openapi('BootstrapIncluded', {
    description:
      'The lists asked for with `include`, each exactly as its own endpoint answers it. A list its endpoint would ' +
      'refuse (license keys turned off) is left out: the client asks its endpoint, which says why.',
  });

export const BootstrapSession = z
  .object({
    expires_at: Timestamp.openapi({ description: 'When the session ends if nothing else happens (moves with activity).' }),
    idle_timeout_seconds: z.number().int(),
    absolute_expires_at: Timestamp.openapi({ description: 'The session ends then whatever the activity.' }),
    warn_before_seconds: z.number().int().openapi({ description: 'Warn the customer this long before `expires_at`.' }),
  })
  .openapi('BootstrapSession');

export const Bootstrap = z
  .object({
    object: z.literal('bootstrap'),
    customer: z
      .object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string().nullable() })
      .openapi('BootstrapCustomer'),
    business_profile: BusinessProfile,
    branding: Branding,
    features: PortalFeatures,
    locale: z.string().nullable().openapi({ description: "The session's locale, else the customer's, else null." }),
    session: BootstrapSession,
    flow: z.union([PortalSessionFlow, z.null()]),
    return_url: z.string().nullable().openapi({ description: "The session's return URL, else the configured default." }),
    link_origins: z
      .array(z.string())
      .optional()
      .openapi({
        description:
          "Origins besides the API's own that the portal may link to or send the customer to: the allowed origins and those of the configured links (privacy policy, terms, logo, return URL). The portal refuses any other.",
      }),
    included: BootstrapIncluded.optional().openapi({ description: 'Only when `include` was given.' }),
  })
  .openapi('Bootstrap');

export type BootstrapT = z.infer<typeof Bootstrap>;
