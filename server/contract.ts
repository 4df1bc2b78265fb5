/**
 * The portal API contract: every request and response schema, written once.
 *
 * The server validates requests with these schemas and serves the OpenAPI 3.1
 * document generated from them at `GET /v1/openapi.json`. The kit's client types
 * (`src/state/contract.gen.ts`) are generated from that document by
 * `npm run contract`; a server test fails when they are out of date.
 *
 * Conventions: JSON in snake_case; money in integer minor units with a lowercase
 * ISO 4217 currency; every timestamp an RFC 3339 UTC string
 * (`2026-11-21T18:09:43.000Z`); every error `{error: {type, code, message, param?}}`.
 */
import { z } from '@hono/zod-openapi';

export const Timestamp = z.string().datetime().openapi({
  description: 'RFC 3339 timestamp in UTC.',
  example: '2026-11-21T18:09:43.000Z',
});

export const Currency = z
  .string()
  .regex(/^[a-z]{3}$/)
  .openapi({ description: 'Lowercase ISO 4217 currency code.', example: 'usd' });

export const ErrorType = z.enum([
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found_error',
  'conflict_error',
  'rate_limit_error',
  'api_error',
]);

export const ErrorBody = z
  .object({
    error: z.object({
      type: ErrorType,
      code: z.string().openapi({ example: 'parameter_invalid' }),
      message: z.string(),
      param: z.string().optional(),
    }),
  })
  .openapi('Error');

export const CreatePortalSessionRequest = z
  .object({
    customer: z.string().min(1).max(255).openapi({ example: 'cus_demo' }),
    return_url: z.string().url().max(2048).optional(),
    locale: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
      .max(35)
      .optional()
      .openapi({ example: 'fr-CA' }),
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

export const InvoiceStatus = z.enum(['draft', 'open', 'paid', 'void', 'uncollectible']).openapi('InvoiceStatus');

export const Invoice = z
  .object({
    id: z.string().openapi({ example: 'in_1001' }),
    object: z.literal('invoice'),
    number: z.string().openapi({ example: 'DEMO-0036' }),
    status: InvoiceStatus,
    currency: Currency,
    total: z.number().int().openapi({ description: 'Total in minor units.' }),
    amount_due: z.number().int(),
    amount_paid: z.number().int(),
    description: z.string().nullable(),
    created_at: Timestamp,
    due_at: Timestamp.nullable(),
    period_start: Timestamp,
    period_end: Timestamp,
    pdf_url: z.string().url().openapi({
      description: 'Short-lived signed URL of the invoice PDF; works without the bearer token.',
    }),
  })
  .openapi('Invoice');

export const InvoiceList = z
  .object({
    object: z.literal('list'),
    data: z.array(Invoice),
    has_more: z.boolean(),
    next_cursor: z.string().nullable().openapi({ description: 'Pass as `starting_after` for the next page.' }),
  })
  .openapi('InvoiceList');

export const ListInvoicesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  starting_after: z.string().max(255).optional().openapi({ description: 'Cursor from `next_cursor`.' }),
});

export type ErrorBodyT = z.infer<typeof ErrorBody>;
export type InvoiceT = z.infer<typeof Invoice>;
export type PortalSessionT = z.infer<typeof PortalSession>;
