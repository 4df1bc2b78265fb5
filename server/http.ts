/**
 * What every route module shares: the app type, its dependencies, authentication of
 * merchants (secret key) and customers (portal session token), CORS, and formatting.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { storedAllowedOrigins } from './domain/configuration.js';
import { errors } from './errors.js';
import { hashToken, sameSecret } from './tokens.js';

export interface AppDeps {
  db: Database;
  config: ServerConfig;
  /** The clock, in milliseconds; tests replace it. */
  now: () => number;
}

export interface SessionRow {
  id: string;
  customer_id: string;
  return_url: string | null;
  locale: string | null;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export type Env = { Variables: { session: SessionRow } };
export type App = OpenAPIHono<Env>;

/** A route module: registers its routes (and their middleware) on the app. */
export type RouteModule = (app: App, deps: AppDeps) => void;

export const iso = (ms: number | string) => new Date(Number(ms)).toISOString();
export const isoOrNull = (ms: number | string | null) => (ms === null ? null : iso(ms));

export function bearer(c: Context): string | undefined {
  return c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/** When a session stops working: unused, idle, or past its absolute cap. */
export function sessionExpiresAt(s: Pick<SessionRow, 'created_at' | 'last_used_at'>, c: ServerConfig): number {
  const cap = Number(s.created_at) + c.sessionMaxTtlMs;
  const soft =
    s.last_used_at === null ? Number(s.created_at) + c.sessionUnusedTtlMs : Number(s.last_used_at) + c.sessionIdleTtlMs;
  return Math.min(cap, soft);
}

/** The merchant API: `Authorization: Bearer <PORTAL_SECRET_KEY>`, server to server. */
export function merchantAuth({ config }: AppDeps): MiddlewareHandler {
  return async (c, next) => {
    const token = bearer(c);
    if (!token || !sameSecret(token, config.secretKey)) throw errors.unauthenticated('The secret key is missing or wrong.');
    await next();
  };
}

/**
 * The customer API: a portal session token. Checks the session's lifetimes, records
 * the activity, and puts the session on the context as `session`.
 */
export function customerAuth({ db, config, now }: AppDeps): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
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
    c.set('session', { ...session, last_used_at: at });
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/**
 * CORS for the customer API: the configured origins, the server's own, and those in the
 * stored portal configurations' `allowed_origins` (cached; reloaded when one is saved).
 */
export function customerCors({ config, db, now }: AppDeps): MiddlewareHandler {
  return cors({
    origin: async (origin) =>
      config.allowedOrigins.includes(origin) || (await storedAllowedOrigins(db, now())).has(origin) ? origin : null,
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
    maxAge: 600,
  });
}

/** The CSP of an HTML answer whose route sets none: nothing loads, nothing is sent, nothing frames it. */
export const DEFAULT_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The headers of every answer, in one place. All: `X-Content-Type-Options: nosniff` and
 * `Referrer-Policy: no-referrer`. HTML: the route's CSP (or {@link DEFAULT_PAGE_CSP}),
 * always with `frame-ancestors 'none'`, and `X-Frame-Options: DENY` for old browsers.
 * `Cache-Control: no-store` wherever the route chose no caching itself: pages, session
 * and login answers, redirects carrying `#portal_session=` — anything that may hold a
 * token is never stored; only static assets opt into caching.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    if (!/^text\/html\b/i.test(c.res.headers.get('Content-Type') ?? '')) return;
    const csp = c.res.headers.get('Content-Security-Policy') ?? DEFAULT_PAGE_CSP;
    c.header('Content-Security-Policy', /(^|;)\s*frame-ancestors\s/.test(csp) ? csp : `${csp}; frame-ancestors 'none'`);
    c.header('X-Frame-Options', 'DENY');
  };
}

/** Registers CORS and customer authentication for the given customer API paths. */
export function customerRoutes(app: App, deps: AppDeps, ...paths: string[]): void {
  const corsMiddleware = customerCors(deps);
  const auth = customerAuth(deps);
  for (const path of paths) app.use(path, corsMiddleware, auth);
}
