/**
 * Signing in: one-time login links (made by the merchant, or emailed to a customer who
 * types their address), their exchange for a portal session, and logout.
 *
 * A login token is ≥ 128 random bits, stored only as its hash, and works once: the
 * exchange marks it used with a conditional update, so concurrent attempts get one
 * session between them. The public endpoints are rate limited in the database.
 */
import { createRoute } from '@hono/zod-openapi';
import {
  CreateLoginLinkRequest,
  ExchangedSession,
  ExchangeLoginTokenRequest,
  LOGIN_REQUEST_MESSAGE,
  LoginLink,
  LoginRequest,
  LoginRequestAccepted,
  LogoutResult,
} from '../contract/auth.js';
import { errorResponse, errorResponses } from '../contract/common.js';
import type { Database } from '../db/database.js';
import { loadConfiguration, portalPageUrl } from '../domain/configuration.js';
import { loginEmail, queueEmail } from '../domain/email.js';
import { clientIp, enforceRateLimit, LIMITS, pruneRateLimits } from '../domain/rate-limit.js';
import { ApiError, errors } from '../errors.js';
import { customerCors, customerRoutes, iso, merchantAuth, sessionExpiresAt, type RouteModule } from '../http.js';
import type { ServerConfig } from '../config.js';
import { hashToken, newId, newToken } from '../tokens.js';

/** Creates a one-time login link for a customer; returns its URL and expiry. */
export async function createLoginLink(
  db: Database,
  config: ServerConfig,
  at: number,
  customerId: string,
  source: 'merchant' | 'email',
): Promise<{ id: string; url: string; expiresAt: number }> {
  const token = newToken('plt');
  const id = newId('lgl');
  const expiresAt = at + config.loginLinkTtlMs;
  await db.run(
    `INSERT INTO login_links (id, token_hash, customer_id, source, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, hashToken(token), customerId, source, at, expiresAt],
  );
  const customer = await db.get<{ business_id: string }>(`SELECT business_id FROM customers WHERE id = $1`, [customerId]);
  const configuration = customer && (await loadConfiguration(db, customer.business_id));
  const portalUrl = configuration?.body.portal_url ?? null;
  return { id, url: portalPageUrl(config, { portal_url: portalUrl }, `portal_login=${token}`), expiresAt };
}

const loginError = (code: 'login_link_invalid' | 'login_link_used' | 'login_link_expired', message: string) =>
  new ApiError(401, 'authentication_error', code, message);

const rateLimited = errorResponse('Too many attempts; `Retry-After` gives the seconds to wait');

export const authRoutes: RouteModule = (app, deps) => {
  const { db, config, now } = deps;
  let lastPrune = 0;
  const pruneNowAndThen = async (at: number) => {
    if (Math.abs(at - lastPrune) < 60_000) return;
    lastPrune = at;
    await pruneRateLimits(db, at);
  };

  // ── Merchant: a login link for one customer ──────────────────────────────────
  app.use('/v1/login-links', merchantAuth(deps));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/login-links',
      summary: 'Create a one-time login link for a customer (valid PORTAL_LOGIN_LINK_TTL_S, 24 h by default)',
      security: [{ secretKey: [] }],
      request: { body: { required: true, content: { 'application/json': { schema: CreateLoginLinkRequest } } } },
      responses: {
        201: { description: 'The link; its token is in the URL fragment', content: { 'application/json': { schema: LoginLink } } },
        ...errorResponses,
        404: errorResponse('Unknown customer'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const customer = await db.get<{ id: string }>(`SELECT id FROM customers WHERE id = $1`, [body.customer]);
      if (!customer) throw errors.notFound('customer', 'customer');
      const link = await createLoginLink(db, config, now(), customer.id, 'merchant');
      return c.json(
        { id: link.id, object: 'login_link' as const, customer: customer.id, url: link.url, expires_at: iso(link.expiresAt) },
        201,
      );
    },
  );

  // ── Public: ask for a link by email ──────────────────────────────────────────
  app.use('/v1/login', customerCors(deps));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/login',
      summary: 'Email a one-time sign-in link to a customer (the same answer whether the email is known or not)',
      request: { body: { required: true, content: { 'application/json': { schema: LoginRequest } } } },
      responses: {
        202: { description: 'Accepted', content: { 'application/json': { schema: LoginRequestAccepted } } },
        400: errorResponses[400],
        429: rateLimited,
      },
    }),
    async (c) => {
      const { business_id, email } = c.req.valid('json');
      const at = now();
      await pruneNowAndThen(at);
      await enforceRateLimit(c, db, LIMITS.loginPerIp, clientIp(c), at);
      await enforceRateLimit(c, db, LIMITS.loginPerEmail, `${business_id}\n${email.toLowerCase()}`, at);

      const matches = await db.all<{ id: string; email: string; name: string; locale: string | null }>(
        `SELECT id, email, name, locale FROM customers
         WHERE business_id = $1 AND LOWER(email) = LOWER($2) ORDER BY created_at, id LIMIT 5`,
        [business_id, email],
      );
      if (matches.length > 0) {
        const configuration = await loadConfiguration(db, business_id);
        const business = configuration?.body.business_profile.name ?? business_id;
        await db.transaction(async (tx) => {
          for (const customer of matches) {
            const link = await createLoginLink(tx, config, at, customer.id, 'email');
            const message = await loginEmail(customer.locale, { name: customer.name, business, url: link.url, ttlMs: config.loginLinkTtlMs });
            await queueEmail(tx, at, { customerId: customer.id, kind: 'login_link', to: customer.email, ...message });
          }
        });
      }
      c.header('Cache-Control', 'no-store');
      return c.json({ object: 'login_request' as const, message: LOGIN_REQUEST_MESSAGE }, 202);
    },
  );

  // ── Public: a login token for a portal session ───────────────────────────────
  app.use('/v1/sessions/exchange', customerCors(deps));
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/sessions/exchange',
      summary: 'Exchange a one-time login token (from `#portal_login=`) for a portal session',
      request: { body: { required: true, content: { 'application/json': { schema: ExchangeLoginTokenRequest } } } },
      responses: {
        201: { description: 'A new portal session', content: { 'application/json': { schema: ExchangedSession } } },
        400: errorResponses[400],
        401: errorResponse('The token is unknown (`login_link_invalid`), used (`login_link_used`) or expired (`login_link_expired`)'),
        429: rateLimited,
      },
    }),
    async (c) => {
      const { login_token } = c.req.valid('json');
      const at = now();
      await pruneNowAndThen(at);
      await enforceRateLimit(c, db, LIMITS.exchangePerIp, clientIp(c), at);
      c.header('Cache-Control', 'no-store');

      const link = await db.get<{ id: string; customer_id: string; expires_at: number | string; used_at: number | string | null }>(
        `SELECT id, customer_id, expires_at, used_at FROM login_links WHERE token_hash = $1`,
        [hashToken(login_token)],
      );
      if (!link) throw loginError('login_link_invalid', 'This sign-in link is not valid. Ask for a new one.');
      const usedError = () => loginError('login_link_used', 'This sign-in link has already been used. Ask for a new one.');
      const expiredError = () => loginError('login_link_expired', 'This sign-in link has expired. Ask for a new one.');
      if (link.used_at !== null) throw usedError();
      if (at >= Number(link.expires_at)) throw expiredError();

      const token = newToken('pst');
      const sessionId = newId('bps');
      const claimed = await db.transaction(async (tx) => {
        const changed = await tx.run(
          `UPDATE login_links SET used_at = $1, session_id = $2 WHERE id = $3 AND used_at IS NULL AND expires_at > $1`,
          [at, sessionId, link.id],
        );
        if (changed !== 1) return false;
        await tx.run(
          `INSERT INTO portal_sessions (id, token_hash, customer_id, return_url, locale, created_at)
           VALUES ($1, $2, $3, NULL, NULL, $4)`,
          [sessionId, hashToken(token), link.customer_id, at],
        );
        return true;
      });
      if (!claimed) {
        const again = await db.get<{ used_at: number | string | null }>(`SELECT used_at FROM login_links WHERE id = $1`, [link.id]);
        throw again?.used_at !== null ? usedError() : expiredError();
      }
      return c.json(
        {
          object: 'portal_session' as const,
          token,
          expires_at: iso(sessionExpiresAt({ created_at: at, last_used_at: null }, config)),
          customer: link.customer_id,
        },
        201,
      );
    },
  );

  // ── Customer: end the session now ────────────────────────────────────────────
  customerRoutes(app, deps, '/v1/logout');
  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/logout',
      summary: 'End the portal session: its token stops working at once',
      security: [{ sessionToken: [] }],
      responses: {
        200: { description: 'Revoked', content: { 'application/json': { schema: LogoutResult } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const session = c.get('session');
      await db.run(`UPDATE portal_sessions SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL`, [now(), session.id]);
      return c.json({ object: 'logout' as const, revoked: true as const }, 200);
    },
  );
};
