/**
 * Demo mode only: the email outbox, where email lands when there is no SMTP server
 * (login links among them), and fresh copies of seeded customers for tests (with
 * texts and links of their own for hostile-input tests). Merchant secret key; 404
 * outside demo mode.
 */
import { createRoute } from '@hono/zod-openapi';
import { OutboxList, OutboxQuery } from '../contract/auth.js';
import { errorResponse, errorResponses } from '../contract/common.js';
import { errors } from '../errors.js';
import { z } from '@hono/zod-openapi';
import { cloneCustomer, DEV_TEXT_FIELDS, type DevTextField } from '../domain/clone.js';
import { iso, merchantAuth, type RouteModule } from '../http.js';

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
  created_at: number | string;
}

/**
 * A text for a hostile-input test: what the customer API accepts for a text field —
 * one line of 1–256 characters, no control characters — and well-formed (no lone
 * surrogate, which no store could keep as given). Stored exactly as given, untrimmed.
 */
const DevText = z
  .string()
  .min(1)
  .max(256)
  .refine((s) => s.trim() !== '', 'must not be blank')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters')
  .refine((s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), 'must not contain a lone surrogate');

const DevLink = z.string().max(2048).nullable().optional();

const CloneRequest = z
  .object({
    template: z.enum(['cus_demo', 'cus_invoice_only', 'cus_methods', 'cus_new']).default('cus_demo'),
    texts: z
      .object(Object.fromEntries(DEV_TEXT_FIELDS.map((field) => [field, DevText.optional()])) as Record<DevTextField, z.ZodOptional<typeof DevText>>)
      .strict()
      .optional()
      .openapi({ description: 'Every text the portal shows, replaced in the copy (which then gets its own business and catalog rows).' }),
    links: z
      .object({
        privacy_policy_url: DevLink,
        terms_of_service_url: DevLink,
        logo_url: DevLink,
        icon_url: DevLink,
        default_return_url: DevLink,
      })
      .strict()
      .optional()
      .openapi({ description: "The copy's business's links, stored unchecked: what a server should never send, for the kit to refuse." }),
    every_payment_method: z.boolean().default(false).openapi({ description: 'Also one payment method of every other type.' }),
    discount: z
      .object({ subscription: z.string().min(1).max(255), coupon: z.string().min(1).max(255) })
      .strict()
      .optional()
      .openapi({ description: "A coupon on one of the copy's subscriptions (template ids)." }),
  })
  .strict();

export const devRoutes: RouteModule = (app, deps) => {
  const { db, config } = deps;
  app.use('/v1/dev/*', async (_c, next) => {
    if (!config.demo) throw errors.notFound('route');
    await next();
  });
  app.use('/v1/dev/*', merchantAuth(deps));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/dev/outbox',
      summary: 'Demo mode: the email outbox, newest first',
      security: [{ secretKey: [] }],
      request: { query: OutboxQuery },
      responses: {
        200: { description: 'Queued email', content: { 'application/json': { schema: OutboxList } } },
        ...errorResponses,
        404: errorResponse('Not in demo mode'),
      },
    }),
    async (c) => {
      const { to, limit } = c.req.valid('query');
      const rows = to
        ? await db.all<OutboxRow>(
            `SELECT id, to_address, subject, body_text, kind, created_at FROM outbox
             WHERE LOWER(to_address) = LOWER($1) ORDER BY created_at DESC, id DESC LIMIT $2`,
            [to.trim(), limit],
          )
        : await db.all<OutboxRow>(
            `SELECT id, to_address, subject, body_text, kind, created_at FROM outbox
             ORDER BY created_at DESC, id DESC LIMIT $1`,
            [limit],
          );
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          object: 'list' as const,
          data: rows.map((r) => ({
            id: r.id,
            to: r.to_address,
            subject: r.subject,
            text: r.body_text,
            kind: r.kind,
            created_at: iso(r.created_at),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/dev/customers',
      summary:
        'Demo mode: a fresh copy of a seeded customer, with their subscriptions, payment methods, invoices and keys (optionally with texts and links of its own)',
      security: [{ secretKey: [] }],
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: CloneRequest,
            },
          },
        },
      },
      responses: {
        201: {
          description: 'The new customer',
          content: {
            'application/json': {
              schema: z.object({ object: z.literal('customer'), id: z.string(), email: z.string(), ids: z.record(z.string(), z.string()) }),
            },
          },
        },
        ...errorResponses,
        404: errorResponse('Not in demo mode'),
      },
    }),
    async (c) => {
      const { template, texts, links, every_payment_method: everyPaymentMethod, discount } = c.req.valid('json');
      const cloned = await cloneCustomer(db, template, deps.now(), { texts, links, everyPaymentMethod, discount });
      if (!cloned) throw errors.notFound('customer', 'template');
      return c.json({ object: 'customer' as const, ...cloned }, 201);
    },
  );
};
