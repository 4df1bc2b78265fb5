/**
 * The reference portal API: one Hono application over one Database.
 * `createApp` wires everything; `main.ts` adds the process around it.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import type { Context, MiddlewareHandler } from 'hono';
import type { ServerConfig } from './config.js';
import {
  CreatePortalSessionRequest,
  ErrorBody,
  InvoiceList,
  ListInvoicesQuery,
  PortalSession,
} from './contract.js';
import type { Database } from './db/database.js';
import { ApiError, errors } from './errors.js';
import { renderInvoicePdf } from './pdf.js';
import { demoPages } from './pages.js';
import { hashToken, newId, newToken, sameSecret, sign, verifySignature } from './tokens.js';

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'portal-kit portal API',
    version: '1',
    description: 'The contract between portal-kit elements and a portal API server. Reference implementation.',
  },
};

export interface AppDeps {
  db: Database;
  config: ServerConfig;
  /** The clock, in milliseconds; tests replace it. */
  now?: () => number;
}

interface SessionRow {
  id: string;
  customer_id: string;
  return_url: string | null;
  locale: string | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

interface InvoiceRow {
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
}

export interface CustomerAuth {
  session: SessionRow;
}

type Env = { Variables: { auth: CustomerAuth } };

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

const errorResponses = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'Missing, unknown or expired token', content: { 'application/json': { schema: ErrorBody } } },
} as const;

/** When a session stops working: unused, idle, or past its absolute cap. */
export function sessionExpiresAt(s: Pick<SessionRow, 'created_at' | 'last_used_at'>, c: ServerConfig): number {
  const cap = s.created_at + c.sessionMaxTtlMs;
  const soft = s.last_used_at === null ? s.created_at + c.sessionUnusedTtlMs : s.last_used_at + c.sessionIdleTtlMs;
  return Math.min(cap, soft);
}

function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

export function createApp({ db, config, now = Date.now }: AppDeps) {
  const app = new OpenAPIHono<Env>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const keys = issue && 'keys' in issue ? (issue.keys as string[]) : [];
        const param = [...(issue?.path ?? []), ...keys.slice(0, 1)].join('.') || undefined;
        throw errors.invalid(param ? `Invalid ${param}: ${issue!.message}` : (issue?.message ?? 'Invalid request.'), param);
      }
    },
  });
  const pdfKey = sign(config.secretKey, 'portal-kit:pdf-urls');

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    if (error instanceof HTTPException) {
      const apiError = new ApiError(error.status as 400, 'invalid_request_error', 'request_invalid', error.message || 'Invalid request.');
      return c.json(apiError.toBody(), apiError.status);
    }
    console.error(error);
    return c.json(errors.internal().toBody(), 500);
  });
  app.notFound((c) => c.json(errors.notFound('route').toBody(), 404));

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  // CORS admits the configured origins (and the demo page's own) to the customer API.
  const customerCors = cors({
    origin: (origin) => (config.allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  });

  const merchantAuth: MiddlewareHandler = async (c, next) => {
    const token = bearer(c);
    if (!token || !sameSecret(token, config.secretKey)) throw errors.unauthenticated('The secret key is missing or wrong.');
    await next();
  };

  const customerAuth: MiddlewareHandler<Env> = async (c, next) => {
    const token = bearer(c);
    if (!token) throw errors.unauthenticated();
    const session = await db.get<SessionRow>(
      `SELECT id, customer_id, return_url, locale, created_at, last_used_at, revoked_at
       FROM portal_sessions WHERE token_hash = $1`,
      [hashToken(token)],
    );
    if (!session) throw errors.unauthenticated();
    const at = now();
    if (session.revoked_at !== null || at >= sessionExpiresAt(session, config)) throw errors.sessionExpired();
    await db.run(`UPDATE portal_sessions SET last_used_at = $1 WHERE id = $2`, [at, session.id]);
    c.set('auth', { session: { ...session, last_used_at: at } });
    c.header('Cache-Control', 'no-store');
    await next();
  };

  // ---- Merchant API -------------------------------------------------------------------
  app.openAPIRegistry.registerComponent('securitySchemes', 'secretKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'The merchant secret key (PORTAL_SECRET_KEY). Server to server only.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A portal session token, from POST /v1/portal-sessions.',
  });

  app.use('/v1/portal-sessions', merchantAuth);
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/portal-sessions',
      summary: 'Create a portal session for a customer',
      security: [{ secretKey: [] }],
      request: {
        body: { required: true, content: { 'application/json': { schema: CreatePortalSessionRequest } } },
      },
      responses: {
        201: { description: 'The session, with its token', content: { 'application/json': { schema: PortalSession } } },
        ...errorResponses,
        404: { description: 'Unknown customer', content: { 'application/json': { schema: ErrorBody } } },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const customer = await db.get<{ id: string }>(`SELECT id FROM customers WHERE id = $1`, [body.customer]);
      if (!customer) throw errors.notFound('customer', 'customer');
      if (body.return_url) checkReturnUrl(body.return_url, config);
      const token = newToken('pst');
      const id = newId('bps');
      const at = now();
      await db.run(
        `INSERT INTO portal_sessions (id, token_hash, customer_id, return_url, locale, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, hashToken(token), customer.id, body.return_url ?? null, body.locale ?? null, at],
      );
      const url = new URL(config.portalUrl);
      url.hash = `portal_session=${token}`;
      return c.json(
        {
          id,
          object: 'portal_session' as const,
          customer: customer.id,
          token,
          url: url.toString(),
          return_url: body.return_url ?? null,
          locale: body.locale ?? null,
          created_at: iso(at),
          expires_at: iso(sessionExpiresAt({ created_at: at, last_used_at: null }, config)),
        },
        201,
      );
    },
  );

  // ---- Customer API -------------------------------------------------------------------
  app.use('/v1/invoices', customerCors, customerAuth);
  app.use('/v1/invoices/*', customerCors);

  const pdfUrl = (invoiceId: string): string => {
    const expires = Math.floor((now() + config.pdfUrlTtlMs) / 1000);
    const signature = sign(pdfKey, `${invoiceId}.${expires}`);
    return `${config.publicUrl}/v1/invoices/${encodeURIComponent(invoiceId)}/pdf?expires=${expires}&signature=${signature}`;
  };

  const toInvoice = (row: InvoiceRow) => ({
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
  });

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
    async (c) => {
      const { limit, starting_after } = c.req.valid('query');
      const customer = c.get('auth').session.customer_id;
      let rows: InvoiceRow[];
      if (starting_after) {
        const cursor = await db.get<{ created_at: number; seq: number }>(
          `SELECT created_at, seq FROM invoices WHERE id = $1 AND customer_id = $2`,
          [starting_after, customer],
        );
        if (!cursor) throw errors.invalid('starting_after is not one of this customer\'s invoices.', 'starting_after');
        rows = await db.all<InvoiceRow>(
          `SELECT * FROM invoices
           WHERE customer_id = $1 AND (created_at < $2 OR (created_at = $2 AND seq < $3))
           ORDER BY created_at DESC, seq DESC LIMIT $4`,
          [customer, cursor.created_at, cursor.seq, limit + 1],
        );
      } else {
        rows = await db.all<InvoiceRow>(
          `SELECT * FROM invoices WHERE customer_id = $1 ORDER BY created_at DESC, seq DESC LIMIT $2`,
          [customer, limit + 1],
        );
      }
      const hasMore = rows.length > limit;
      const page = rows.slice(0, limit);
      return c.json(
        {
          object: 'list' as const,
          data: page.map(toInvoice),
          has_more: hasMore,
          next_cursor: hasMore ? page[page.length - 1]!.id : null,
        },
        200,
      );
    },
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
        403: { description: 'Expired or forged link', content: { 'application/json': { schema: ErrorBody } } },
        404: { description: 'Unknown invoice', content: { 'application/json': { schema: ErrorBody } } },
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

  app.doc31('/v1/openapi.json', OPENAPI_DOCUMENT);

  app.get('/healthz', (c) => c.json({ ok: true }));

  if (config.demo) app.route('/', demoPages({ db, config, now }));

  return app;
}

/** A return URL must be https, or http on localhost in demo mode, and on an allowed origin. */
export function checkReturnUrl(raw: string, config: ServerConfig): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw errors.invalid('return_url must be an absolute URL.', 'return_url');
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && local && config.demo);
  if (!schemeOk) throw errors.invalid('return_url must use https.', 'return_url');
  if (!config.allowedOrigins.includes(url.origin)) {
    throw errors.invalid(`return_url's origin ${url.origin} is not an allowed origin.`, 'return_url');
  }
}

export type PortalApp = ReturnType<typeof createApp>;
