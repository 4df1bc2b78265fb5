/** Everything the portal needs to draw its first screen, in one request. */
import { z } from '@hono/zod-openapi';
import { Timestamp } from './common.js';
import { Branding, BusinessProfile, PortalFeatures } from './configuration.js';
import { PortalSessionFlow } from './sessions.js';

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
  })
  .openapi('Bootstrap');

export type BootstrapT = z.infer<typeof Bootstrap>;
