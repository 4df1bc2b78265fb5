import { z } from '@hono/zod-openapi';
import { Currency, Timestamp } from './common.js';

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
    hosted_invoice_url: z.string().url().nullable().openapi({
      description:
        "Open invoices: the provider's hosted page to pay it (a signed link valid for an hour, no bearer token). " +
        'Its `return_url` parameter (default: the portal page) may be replaced by another URL on an allowed origin; ' +
        'after payment the page returns there with `#portal_paid=<invoice id>`. null otherwise.',
    }),
    subscription: z.string().nullable().openapi({ description: 'The subscription the invoice bills, if any.' }),
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
  status: InvoiceStatus.optional().openapi({
    description: 'Only invoices in this status. Pass the same filter with each `starting_after` cursor of the list it came from.',
  }),
});

export type InvoiceT = z.infer<typeof Invoice>;
