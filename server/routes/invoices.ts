/** Customer API: invoices, and their PDFs through signed links. */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponse, errorResponses } from '../contract/common.js';
import { InvoiceList, ListInvoicesQuery, type InvoiceT } from '../contract/invoices.js';
import type { Database, SqlValue } from '../db/database.js';
import { hostedPayUrl } from '../domain/charges.js';
import { ApiError, errors } from '../errors.js';
import { customerCors, customerRoutes, iso, isoOrNull, type AppDeps, type RouteModule } from '../http.js';
import { renderInvoicePdf } from '../pdf.js';
import { sign, verifySignature } from '../tokens.js';

export interface InvoiceRow {
  id: string;
  customer_id: string;
  number: string;
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
  currency: string;
  subtotal: number;
  tax: number;
  total: number;
  amount_paid: number;
  amount_due: number;
  description: string | null;
  created_at: number;
  due_at: number | null;
  period_start: number;
  period_end: number;
  seq: number;
  subscription_id: string | null;
}

const pdfKeyOf = (config: AppDeps['config']) => sign(config.secretKey, 'portal-kit:pdf-urls');

/**
 * An invoice as the API shows it: with its signed PDF link and, when open, the signed
 * link to the provider's hosted pay page (returning to `returnUrl`, by default the portal page).
 */
export function invoiceView({ config, now }: Pick<AppDeps, 'config' | 'now'>) {
  const pdfKey = pdfKeyOf(config);
  const pdfUrl = (invoiceId: string): string => {
    const expires = Math.floor((now() + config.pdfUrlTtlMs) / 1000);
    const signature = sign(pdfKey, `${invoiceId}.${expires}`);
    return `${config.publicUrl}/v1/invoices/${encodeURIComponent(invoiceId)}/pdf?expires=${expires}&signature=${signature}`;
  };
  return (row: InvoiceRow, returnUrl: string = config.portalUrl): InvoiceT => ({
    id: row.id,
    object: 'invoice' as const,
    number: row.number,
    status: row.status,
    currency: row.currency,
    total: Number(row.total),
    amount_due: Number(row.amount_due),
    amount_paid: Number(row.amount_paid),
    description: row.description,
    created_at: iso(Number(row.created_at)),
    due_at: isoOrNull(row.due_at === null ? null : Number(row.due_at)),
    period_start: iso(Number(row.period_start)),
    period_end: iso(Number(row.period_end)),
    pdf_url: pdfUrl(row.id),
    hosted_invoice_url: row.status === 'open' ? hostedPayUrl(config, now(), row.id, returnUrl) : null,
    subscription: row.subscription_id ?? null,
  });
}

/**
 * One page of the customer's invoices, newest first, as GET /v1/invoices answers it
 * (also the bootstrap's `included.invoices`).
 */
export async function listInvoices(
  db: Database,
  toInvoice: (row: InvoiceRow) => InvoiceT,
  customer: string,
  { limit, starting_after, status }: { limit: number; starting_after?: string; status?: InvoiceRow['status'] },
): Promise<z.infer<typeof InvoiceList>> {
  // Keyset paging over (created_at, seq), newest first; the status filter narrows each page
  // and the cursor is a position in time, so it pages the filtered list without gaps or repeats.
  const params: SqlValue[] = [customer];
  let where = `customer_id = $1`;
  if (status) {
    params.push(status);
    where += ` AND status = $${params.length}`;
  }
  if (starting_after) {
    const cursor = await db.get<{ created_at: number; seq: number }>(
      `SELECT created_at, seq FROM invoices WHERE id = $1 AND customer_id = $2`,
      [starting_after, customer],
    );
    if (!cursor) throw errors.invalid('starting_after is not one of this customer\'s invoices.', 'starting_after');
    params.push(cursor.created_at, cursor.seq);
    const [at, seq] = [`$${params.length - 1}`, `$${params.length}`];
    where += ` AND (created_at < ${at} OR (created_at = ${at} AND seq < ${seq}))`;
  }
  params.push(limit + 1);
  const rows = await db.all<InvoiceRow>(
    `SELECT * FROM invoices WHERE ${where} ORDER BY created_at DESC, seq DESC LIMIT $${params.length}`,
    params,
  );
  const hasMore = rows.length > limit;
  const page = rows.slice(0, limit);
  return {
    object: 'list' as const,
    data: page.map((row) => toInvoice(row)),
    has_more: hasMore,
    next_cursor: hasMore ? page[page.length - 1]!.id : null,
  };
}

export const invoiceRoutes: RouteModule = (app, deps) => {
  const { db, config, now } = deps;
  const pdfKey = pdfKeyOf(config);
  customerRoutes(app, deps, '/v1/invoices');
  // The PDF route takes no bearer token (a plain link must work): it checks its signature.
  app.use('/v1/invoices/*', customerCors(deps));
  const view = invoiceView(deps);
  const toInvoice = (row: InvoiceRow) => view(row);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/invoices',
      summary: "The customer's invoices, newest first",
      security: [{ sessionToken: [] }],
      request: { query: ListInvoicesQuery },
      responses: {
        200: { description: 'One page of invoices', content: { 'application/json': { schema: InvoiceList } } },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listInvoices(db, toInvoice, c.get('session').customer_id, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/invoices/{id}/pdf',
      summary: 'An invoice PDF, through a signed URL from the invoice list (no bearer token)',
      request: {
        params: z.object({ id: z.string().max(255) }),
        query: z.object({ expires: z.coerce.number().int(), signature: z.string().max(128) }),
      },
      responses: {
        200: { description: 'The PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
        ...errorResponses,
        403: errorResponse('Expired or forged link'),
        404: errorResponse('Unknown invoice'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { expires, signature } = c.req.valid('query');
      if (!verifySignature(pdfKey, `${id}.${expires}`, signature)) {
        throw new ApiError(403, 'permission_error', 'signature_invalid', 'This invoice link is not valid.');
      }
      if (expires * 1000 < now()) {
        throw new ApiError(403, 'permission_error', 'link_expired', 'This invoice link has expired. Open the invoice list again for a new one.');
      }
      const row = await db.get<InvoiceRow & { customer_name: string; customer_email: string }>(
        `SELECT invoices.*, customers.name AS customer_name, customers.email AS customer_email
         FROM invoices JOIN customers ON customers.id = invoices.customer_id WHERE invoices.id = $1`,
        [id],
      );
      if (!row) throw errors.notFound('invoice');
      const pdf = await renderInvoicePdf({
        businessName: 'Acme Cloud',
        customerName: row.customer_name,
        customerEmail: row.customer_email,
        number: row.number,
        status: row.status,
        currency: row.currency,
        description: row.description,
        subtotal: Number(row.subtotal),
        tax: Number(row.tax),
        total: Number(row.total),
        amountPaid: Number(row.amount_paid),
        amountDue: Number(row.amount_due),
        createdAt: Number(row.created_at),
        dueAt: row.due_at === null ? null : Number(row.due_at),
        periodStart: Number(row.period_start),
        periodEnd: Number(row.period_end),
      });
      const filename = `invoice-${row.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`;
      return c.body(pdf.buffer as ArrayBuffer, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
      });
    },
  );

};
