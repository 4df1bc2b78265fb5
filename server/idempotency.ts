/**
 * `Idempotency-Key` on every POST and DELETE of the portal API, by Stripe's rules.
 *
 * - A key (at most 255 characters) is scoped by the caller (the merchant's secret key, or
 *   the customer a portal session belongs to) + method + path.
 * - The first request with a key inserts its row in flight (a conditional insert: one of
 *   several concurrent requests wins), runs, and stores its response.
 * - The same key with the same request (method, path, query, JSON body) answers the
 *   stored response again, with `Idempotent-Replayed: true`, and has no second effect.
 * - The same key with another request: 422 `idempotency_key_reused`.
 * - The same key while the first request still runs: 409 `idempotency_key_in_use`.
 * - Keys expire 24 hours after the first request (by `deps.now()`).
 * - Answers that say the request did not run are not stored, and free the key so a retry
 *   runs: server errors (5xx), invalid requests (400), failed authentication (401) and
 *   rate limiting (429).
 *
 * Not covered (their own rules make a replay wrong): `POST /v1/login` (no caller to scope
 * by; its answer is the same whatever happens, and it is rate limited) and
 * `POST /v1/sessions/exchange` (a login token works exactly once, and its answer is a new
 * session token). Requests without a bearer token, or with one that names no session,
 * or one of a revoked or expired session, are passed on untouched: the route refuses them.
 *
 * Stored responses may hold secrets (a portal session's token), so they are kept
 * encrypted (AES-256-GCM) with a key derived from the server's secret key, which the
 * database does not hold.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { ApiError, errors } from './errors.js';
import { bearer, customerCors, sessionExpiresAt, type AppDeps, type SessionRow } from './http.js';
import { hashToken, sameSecret } from './tokens.js';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** A key left in flight longer than this (its server stopped mid-request) may be taken over. */
export const IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS = 60 * 1000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/** Paths whose own one-time and rate rules make replaying an answer wrong. */
export const IDEMPOTENCY_EXEMPT_PATHS: readonly string[] = ['/v1/login', '/v1/sessions/exchange'];

/** Response headers that are part of a stored answer. */
const REPLAYED_HEADERS = ['content-type', 'cache-control', 'location', 'content-language'];
const SWEEP_EVERY_MS = 60 * 1000;

interface KeyRow {
  request_hash: string;
  lock_id: string | null;
  status: number | null;
  response: string | null;
  created_at: number;
}

interface StoredResponse {
  headers: [string, string][];
  body: string; // base64
}

/** JSON with its object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function requestFingerprint(method: string, path: string, query: string, body: string): string {
  let normalized = body;
  if (body.trim() !== '') {
    try {
      normalized = canonical(JSON.parse(body));
    } catch {
      // not JSON: compared byte for byte
    }
  }
  return createHash('sha256').update(`${method}\n${path}\n${query}\n${normalized}`).digest('hex');
}

function encrypt(key: Buffer, rowId: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(rowId));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

function decrypt(key: Buffer, rowId: string, stored: string): string {
  const raw = Buffer.from(stored, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(rowId));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

const keyReused = () =>
  new ApiError(
    422,
    'invalid_request_error',
    'idempotency_key_reused',
    'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
    'Idempotency-Key',
  );

const keyInUse = () =>
  new ApiError(
    409,
    'conflict_error',
    'idempotency_key_in_use',
    'A request with this Idempotency-Key is still being processed. Retry it in a moment.',
    'Idempotency-Key',
  );

/** Whether an answer means the request did not run, so its key is released instead of stored. */
export const releasesKey = (status: number) => status >= 500 || status === 400 || status === 401 || status === 429;

/** The middleware; `createApp` registers it for `/v1/*` before the route modules. */
export function idempotency(deps: AppDeps): MiddlewareHandler {
  const { db, config, now } = deps;
  const responseKey = createHmac('sha256', config.secretKey).update('portal-kit:idempotency-responses').digest();
  const merchantScope = `merchant:${hashToken(config.secretKey)}`;
  const cors = customerCors(deps);
  let lastSweep = Number.NEGATIVE_INFINITY;

  /** Who is calling: the merchant, a customer (by the session's customer), or nobody known. */
  const scopeOf = async (c: Context): Promise<{ scope: string; customer: boolean } | undefined> => {
    const token = bearer(c);
    if (!token) return undefined;
    if (sameSecret(token, config.secretKey)) return { scope: merchantScope, customer: false };
    const session = await db.get<Pick<SessionRow, 'customer_id' | 'created_at' | 'last_used_at' | 'revoked_at'>>(
      `SELECT customer_id, created_at, last_used_at, revoked_at FROM portal_sessions WHERE token_hash = $1`,
      [hashToken(token)],
    );
    // An unknown, revoked or expired session is refused by the route, and replays nothing.
    if (!session || session.revoked_at !== null || now() >= sessionExpiresAt(session, config)) return undefined;
    return { scope: `customer:${session.customer_id}`, customer: true };
  };

  /** Drops expired keys, at most once a minute. */
  const sweep = async (at: number) => {
    if (at - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = at;
    await db.run(`DELETE FROM idempotency_keys WHERE created_at <= $1`, [at - IDEMPOTENCY_KEY_TTL_MS]);
  };

  /** Takes the key for this request: true when this request runs; otherwise the row that stands. */
  const claim = async (id: string, requestHash: string, lockId: string, at: number): Promise<true | KeyRow> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted = await db.run(
        `INSERT INTO idempotency_keys (id, request_hash, lock_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING`,
        [id, requestHash, lockId, at],
      );
      if (inserted === 1) return true;
      const row = await db.get<KeyRow>(
        `SELECT request_hash, lock_id, status, response, created_at FROM idempotency_keys WHERE id = $1`,
        [id],
      );
      if (!row) continue; // expired and swept in between: insert again
      const created = Number(row.created_at);
      const expired = created <= at - IDEMPOTENCY_KEY_TTL_MS;
      const abandoned = row.status === null && created <= at - IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS;
      if (!expired && !abandoned) return { ...row, status: row.status === null ? null : Number(row.status) };
      if (abandoned && !expired && row.request_hash !== requestHash) return row;
      // An expired key starts afresh; an abandoned one is taken over. Only one taker wins.
      const taken = await db.run(
        `UPDATE idempotency_keys SET request_hash = $1, lock_id = $2, status = NULL, response = NULL,
           created_at = $3, completed_at = NULL
         WHERE id = $4 AND created_at = $5`,
        [requestHash, lockId, at, id, created],
      );
      if (taken === 1) return true;
    }
    // Lost the race three times: someone else holds the key right now.
    return { request_hash: requestHash, lock_id: null, status: null, response: null, created_at: at };
  };

  const replay = (c: Context, id: string, row: KeyRow): Response => {
    const stored = JSON.parse(decrypt(responseKey, id, row.response!)) as StoredResponse;
    const headers = new Headers(stored.headers);
    headers.set('Idempotent-Replayed', 'true');
    return c.newResponse(Buffer.from(stored.body, 'base64'), Number(row.status) as 200, Object.fromEntries(headers));
  };

  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'POST' && method !== 'DELETE') || IDEMPOTENCY_EXEMPT_PATHS.includes(c.req.path)) return next();
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    const caller = await scopeOf(c);
    if (!caller) return next();

    /** Answers without running the route (customer answers keep their CORS headers). */
    const answer = async (make: () => Response | never): Promise<Response | void> => {
      if (!caller.customer) return make();
      await cors(c, async () => {
        c.res = make();
      });
      return c.res;
    };

    if (key.trim() === '' || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
      return answer(() => {
        throw errors.invalid(
          `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters long.`,
          'Idempotency-Key',
        );
      });
    }

    const url = new URL(c.req.url);
    const body = await c.req.text();
    const requestHash = requestFingerprint(method, c.req.path, url.search, body);
    // Keyed with the server's secret: the stored id reveals neither caller nor key, and a
    // new PORTAL_SECRET_KEY (which could not read the old stored answers) starts afresh.
    const id = createHmac('sha256', responseKey).update(`${caller.scope}\n${method}\n${c.req.path}\n${key}`).digest('hex');
    const lockId = randomBytes(16).toString('hex');
    const at = now();
    await sweep(at);

    const claimed = await claim(id, requestHash, lockId, at);
    if (claimed !== true) {
      const row = claimed;
      if (row.request_hash !== requestHash) return answer(() => { throw keyReused(); });
      if (row.status === null) return answer(() => { throw keyInUse(); });
      return answer(() => replay(c, id, row));
    }

    try {
      await next();
    } catch (error) {
      await db.run(`DELETE FROM idempotency_keys WHERE id = $1 AND lock_id = $2`, [id, lockId]);
      throw error;
    }

    const status = c.res.status;
    if (releasesKey(status)) {
      await db.run(`DELETE FROM idempotency_keys WHERE id = $1 AND lock_id = $2`, [id, lockId]);
      return;
    }
    const headers: [string, string][] = [];
    for (const name of REPLAYED_HEADERS) {
      const value = c.res.headers.get(name);
      if (value !== null) headers.push([name, value]);
    }
    const bytes = Buffer.from(await c.res.clone().arrayBuffer());
    const stored: StoredResponse = { headers, body: bytes.toString('base64') };
    await db.run(
      `UPDATE idempotency_keys SET status = $1, response = $2, completed_at = $3, lock_id = NULL
       WHERE id = $4 AND lock_id = $5`,
      [status, encrypt(responseKey, id, JSON.stringify(stored)), now(), id, lockId],
    );
  };
}
