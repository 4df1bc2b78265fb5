/** License keys (Dodo's and Polar's portals): the customer's keys with their products. */
import { z } from '@hono/zod-openapi';
import { Timestamp } from './common.js';

export const LicenseKey = z
  .object({
    id: z.string().openapi({ example: 'lk_demo_pro' }),
    object: z.literal('license_key'),
    product: z.object({ id: z.string(), name: z.string() }).strict(),
    key: z.string().openapi({ example: 'PRO-7F3K-92QD-L8XM-4TZC' }),
    status: z.enum(['active', 'disabled', 'expired']),
    activations_used: z.number().int().min(0),
    activation_limit: z.number().int().nullable().openapi({ description: 'null: unlimited activations.' }),
    expires_at: Timestamp.nullable(),
    created_at: Timestamp,
  })
  .strict()
  .openapi('LicenseKey');

export const LicenseKeyList = z
  .object({ object: z.literal('list'), data: z.array(LicenseKey) })
  .strict()
  .openapi('LicenseKeyList');

export type LicenseKeyT = z.infer<typeof LicenseKey>;
