import { z } from '@hono/zod-openapi';
import { Locale, Timestamp } from './common.js';

const Id = z.string().min(1).max(255);

/** What the portal does once the flow's task is done (Stripe's `after_completion`). */
export const FlowAfterCompletion = z
  .object({
    type: z.enum(['portal_homepage', 'redirect', 'hosted_confirmation']),
    redirect: z
      .object({ return_url: z.string().url().max(2048) })
      .strict()
      .optional()
      .openapi({ description: 'Required when `type` is `redirect`: where to send the customer.' }),
  })
  .strict()
  .openapi('FlowAfterCompletion');

const afterCompletion = { after_completion: FlowAfterCompletion.optional() };

/**
 * A deep link into one task (Stripe's `flow_data`): the portal opens on that task
 * instead of its home page.
 */
export const PortalSessionFlow = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('payment_method_update'), ...afterCompletion }).strict(),
    z
      .object({
        type: z.literal('subscription_cancel'),
        subscription: Id,
        retention: z
          .object({ coupon: Id })
          .strict()
          .optional()
          .openapi({ description: 'A coupon offered before the cancellation is confirmed.' }),
        ...afterCompletion,
      })
      .strict(),
    z.object({ type: z.literal('subscription_update'), subscription: Id, ...afterCompletion }).strict(),
    z
      .object({
        type: z.literal('subscription_update_confirm'),
        subscription: Id,
        items: z
          .array(z.object({ price: Id, quantity: z.number().int().min(1).max(10_000).optional() }).strict())
          .min(1)
          .max(1),
        ...afterCompletion,
      })
      .strict(),
  ])
  .openapi('PortalSessionFlow');

export const CreatePortalSessionRequest = z
  .object({
    customer: z.string().min(1).max(255).openapi({ example: 'cus_demo' }),
    return_url: z.string().url().max(2048).optional(),
    locale: Locale.optional(),
    flow: PortalSessionFlow.optional(),
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
    flow: z.union([PortalSessionFlow, z.null()]),
    created_at: Timestamp,
    expires_at: Timestamp.openapi({
      description: 'When the session expires if it is never used (later activity extends it, up to the absolute cap).',
    }),
  })
  .openapi('PortalSession');

export type PortalSessionT = z.infer<typeof PortalSession>;
export type PortalSessionFlowT = z.infer<typeof PortalSessionFlow>;
