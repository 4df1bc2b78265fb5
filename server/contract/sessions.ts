import { z } from '@hono/zod-openapi';
import { Locale, Timestamp } from './common.js';

export const CreatePortalSessionRequest = z
  .object({
    customer: z.string().min(1).max(255).openapi({ example: 'cus_demo' }),
    return_url: z.string().url().max(2048).optional(),
    locale: Locale.optional(),
  })
  .strict()
  .openapi('CreatePortalSessionRequest');

export const PortalSession = z
  .object({
    id: z.string().openapi({ example: 'bps_5b7f0c9a1e2d4c6b' }),
    object: z.literal('portal_session'),
    customer: z.string(),
    token: z.string().openapi({ description: 'Bearer token for the customer API. Shown once.' }),
    url: z.string().url().openapi({ description: 'The portal page with `#portal_session=<token>`.' }),
    return_url: z.string().nullable(),
    locale: z.string().nullable(),
    created_at: Timestamp,
    expires_at: Timestamp.openapi({
      description: 'When the session expires if it is never used (later activity extends it, up to the absolute cap).',
    }),
  })
  .openapi('PortalSession');

export type PortalSessionT = z.infer<typeof PortalSession>;
