import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';
import { customerRoutes } from '../../server/http.js';
import { IDEMPOTENCY_KEY_TTL_MS } from '../../server/idempotency.js';
import { SECRET, START, testApp } from './helpers.js';

type T = Awaited<ReturnType<typeof testApp>>;

const sessionCount = async (t: T) =>
  Number((await t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM portal_sessions`))!.n);

const keyRows = async (t: T) =>
  t.db.all<{ status: number | null; response: string | null; lock_id: string | null }>(
    `SELECT status, response, lock_id FROM idempotency_keys`,
  );

/** POST /v1/portal-sessions with an Idempotency-Key (the merchant API: a real effect to count). */
const createSession = (t: T, key: string, body: unknown = { customer: 'cus_demo' }) =>
  t.merchant('/v1/portal-sessions', body, SECRET, { 'Idempotency-Key': key });

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Test-only routes on this test's own app: a counter whose calls the test counts, a slow
 * route the test releases, and a route that fails once with a 500.
 */
function testRoutes(t: T) {
  const deps = { db: t.db, config: t.config, now: () => t.clock.now };
  const calls = { counter: 0, slow: 0, flaky: 0, customer: 0, removed: 0 };
  let gate = deferred();
  const waiting: { calls: number; resolve: () => void }[] = [];
  customerRoutes(t.app, deps, '/v1/test/customer-counter');
  t.app.post('/v1/test/counter', async (c) => c.json({ call: ++calls.counter, body: await c.req.json() }, 200));
  t.app.post('/v1/test/slow', async (c) => {
    const call = ++calls.slow;
    for (const w of waiting.filter((w) => calls.slow >= w.calls)) w.resolve();
    await gate.promise;
    return c.json({ call }, 201);
  });
  t.app.post('/v1/test/flaky', (c) => {
    calls.flaky++;
    if (calls.flaky === 1) throw new Error('the provider is down');
    return c.json({ call: calls.flaky }, 200);
  });
  t.app.post('/v1/test/customer-counter', (c) =>
    c.json({ call: ++calls.customer, customer: c.get('session').customer_id }, 200),
  );
  t.app.delete('/v1/test/things/:id', (c) => c.json({ removed: c.req.param('id'), call: ++calls.removed }, 200));
  return {
    calls,
    /** Holds the slow route until `release()`. */
    hold() {
      gate = deferred();
    },
    /** Resolves once the slow route has been entered `n` times in all. */
    entered: (n: number) =>
      new Promise<void>((resolve) => (calls.slow >= n ? resolve() : waiting.push({ calls: n, resolve }))),
    release: () => gate.resolve(),
  };
}

const post = (t: T, path: string, key: string | undefined, body: unknown, token = SECRET, extra: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      ...(key === undefined ? {} : { 'Idempotency-Key': key }),
      ...extra,
    },
    body: JSON.stringify(body),
  });

describe('Idempotency-Key', () => {
  let t: T;
  let routes: ReturnType<typeof testRoutes>;
  before(async () => {
    t = await testApp();
    routes = testRoutes(t);
  });
  after(() => t.close());
  beforeEach(() => {
    t.clock.now = START;
  });

  it('replays the stored response for the same key and body, with no second effect', async () => {
    const before = await sessionCount(t);
    const first = await createSession(t, 'replay-1');
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('Idempotent-Replayed'), null);
    const firstBody = await first.json();

    const second = await createSession(t, 'replay-1');
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.match(second.headers.get('Content-Type') ?? '', /^application\/json/);
    assert.equal(second.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.deepEqual(await second.json(), firstBody); // the same session, the same token

    // One session was created, not two.
    assert.equal(await sessionCount(t), before + 1);
    const row = await t.db.get<{ customer_id: string }>(`SELECT customer_id FROM portal_sessions WHERE id = $1`, [
      firstBody.id,
    ]);
    assert.equal(row?.customer_id, 'cus_demo');
  });

  it('treats the same JSON with keys in another order as the same request', async () => {
    const first = await createSession(t, 'order-1', { customer: 'cus_demo', locale: 'de' });
    assert.equal(first.status, 201);
    const second = await t.app.request('/v1/portal-sessions', {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'order-1' },
      body: '{ "locale": "de",\n  "customer": "cus_demo" }',
    });
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await second.json()).id, (await first.json()).id);
  });

  it('keeps the stored response encrypted: the session token is not in the database', async () => {
    const response = await createSession(t, 'secret-1');
    const { token } = await response.json();
    const rows = await t.db.all<Record<string, unknown>>(`SELECT * FROM idempotency_keys`);
    assert.ok(rows.length > 0);
    for (const row of rows) {
      for (const value of Object.values(row)) {
        assert.ok(!String(value).includes(token.slice(4)), 'the token is stored in the clear');
        assert.ok(!String(value).includes('secret-1'), 'the key is stored in the clear');
      }
    }
    const stored = rows.find((r) => r.status !== null && Number(r.status) === 201);
    assert.ok(stored && typeof stored.response === 'string' && stored.response.length > 0);
  });

  it('answers 422 idempotency_key_reused for the same key with another body, and does nothing', async () => {
    assert.equal((await createSession(t, 'reuse-1', { customer: 'cus_demo' })).status, 201);
    const before = await sessionCount(t);
    const other = await createSession(t, 'reuse-1', { customer: 'cus_invoice_only' });
    assert.equal(other.status, 422);
    assert.equal(other.headers.get('Idempotent-Replayed'), null);
    assert.deepEqual(await other.json(), {
      error: {
        type: 'invalid_request_error',
        code: 'idempotency_key_reused',
        message: 'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
        param: 'Idempotency-Key',
      },
    });
    assert.equal(await sessionCount(t), before);
    const sessions = await t.db.all(`SELECT id FROM portal_sessions WHERE customer_id = $1`, ['cus_invoice_only']);
    assert.equal(sessions.length, 0);
  });

  it('answers 409 idempotency_key_in_use while the first request with the key still runs', async () => {
    routes.hold();
    const before = routes.calls.slow;
    const first = post(t, '/v1/test/slow', 'slow-1', { a: 1 });
    await routes.entered(before + 1);
    const second = await post(t, '/v1/test/slow', 'slow-1', { a: 1 });
    assert.equal(second.status, 409);
    assert.deepEqual(await second.json(), {
      error: {
        type: 'conflict_error',
        code: 'idempotency_key_in_use',
        message: 'A request with this Idempotency-Key is still being processed. Retry it in a moment.',
        param: 'Idempotency-Key',
      },
    });
    const inFlight = await keyRows(t);
    assert.ok(inFlight.some((r) => r.status === null && r.lock_id !== null), 'the key row is in flight');
    routes.release();
    const done = await first;
    assert.equal(done.status, 201);
    assert.deepEqual(await done.json(), { call: before + 1 });
    assert.equal(routes.calls.slow, before + 1, 'the conflicting request did not run');

    const third = await post(t, '/v1/test/slow', 'slow-1', { a: 1 });
    assert.equal(third.status, 201);
    assert.equal(third.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await third.json(), { call: before + 1 });
    assert.equal(routes.calls.slow, before + 1);
  });

  it('lets a retry take over a key left in flight for over a minute (a server stopped mid-request)', async () => {
    routes.hold();
    const before = routes.calls.slow;
    const abandoned = post(t, '/v1/test/slow', 'stuck-1', { a: 1 });
    await routes.entered(before + 1);
    t.clock.now = START + 59_000;
    assert.equal((await post(t, '/v1/test/slow', 'stuck-1', { a: 1 })).status, 409, 'still in flight after 59 s');
    t.clock.now = START + 61_000;
    const retrying = post(t, '/v1/test/slow', 'stuck-1', { a: 1 });
    await routes.entered(before + 2); // the retry runs: it took the key over
    routes.release();
    const retry = await retrying;
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('Idempotent-Replayed'), null);
    const retried = await retry.json();
    await abandoned; // finishes late: must not overwrite the retry's stored answer
    const replay = await post(t, '/v1/test/slow', 'stuck-1', { a: 1 });
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await replay.json(), retried);
    assert.equal(routes.calls.slow, before + 2);
  });

  it('expires keys after 24 hours: the same key then runs again', async () => {
    const first = await createSession(t, 'expiry-1');
    const firstBody = await first.json();
    t.clock.now = START + IDEMPOTENCY_KEY_TTL_MS - 1;
    const stillKept = await createSession(t, 'expiry-1');
    assert.equal(stillKept.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await stillKept.json()).id, firstBody.id);

    t.clock.now = START + IDEMPOTENCY_KEY_TTL_MS;
    const before = await sessionCount(t);
    const again = await createSession(t, 'expiry-1');
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotent-Replayed'), null);
    assert.notEqual((await again.json()).id, firstBody.id);
    assert.equal(await sessionCount(t), before + 1);
  });

  it('expires a key even when the periodic clean-up has not run yet (another body is then fine)', async () => {
    t.clock.now = START + 3 * IDEMPOTENCY_KEY_TTL_MS; // clean-ups of earlier tests are long past
    await createSession(t, 'expiry-2');
    t.clock.now += IDEMPOTENCY_KEY_TTL_MS - 30_000;
    await createSession(t, 'unrelated-key'); // runs the clean-up while expiry-2 is still valid
    t.clock.now += 30_001; // expiry-2 has expired, the next clean-up is not due for a minute
    const rows = await t.db.all(`SELECT id FROM idempotency_keys WHERE created_at <= $1`, [
      t.clock.now - IDEMPOTENCY_KEY_TTL_MS,
    ]);
    assert.equal(rows.length, 1, 'the expired key is still stored');
    const other = await createSession(t, 'expiry-2', { customer: 'cus_invoice_only' });
    assert.equal(other.status, 201);
    assert.equal(other.headers.get('Idempotent-Replayed'), null);
    assert.equal((await other.json()).customer, 'cus_invoice_only');
  });

  it('does not store a 5xx answer: the retry runs', async (ctx) => {
    ctx.mock.method(console, 'error', () => undefined);
    const failed = await post(t, '/v1/test/flaky', 'flaky-1', { amount: 100 });
    assert.equal(failed.status, 500);
    assert.equal((await failed.json()).error.type, 'api_error');
    assert.equal(routes.calls.flaky, 1);
    assert.deepEqual(await t.db.all(`SELECT id FROM idempotency_keys WHERE status IS NULL`), [], 'the key was released');

    const retry = await post(t, '/v1/test/flaky', 'flaky-1', { amount: 100 });
    assert.equal(retry.status, 200);
    assert.equal(retry.headers.get('Idempotent-Replayed'), null);
    assert.deepEqual(await retry.json(), { call: 2 });
    const replay = await post(t, '/v1/test/flaky', 'flaky-1', { amount: 100 });
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await replay.json(), { call: 2 });
    assert.equal(routes.calls.flaky, 2);
  });

  it('does not store a validation error: the corrected request may use the same key', async () => {
    const bad = await createSession(t, 'fix-1', { customer: 'cus_demo', locale: 'not a locale!' });
    assert.equal(bad.status, 400);
    const fixed = await createSession(t, 'fix-1', { customer: 'cus_demo', locale: 'fr' });
    assert.equal(fixed.status, 201);
    assert.equal((await fixed.json()).locale, 'fr');
  });

  it('stores a 4xx answer of a request that ran, and replays it', async () => {
    const missing = await createSession(t, 'missing-1', { customer: 'cus_nobody' });
    assert.equal(missing.status, 404);
    const again = await createSession(t, 'missing-1', { customer: 'cus_nobody' });
    assert.equal(again.status, 404);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await again.json()).error.code, 'resource_missing');
  });

  it('scopes a key by caller and path: other customers and other paths are separate', async () => {
    const a = await t.session('cus_demo');
    const b = await t.session('cus_invoice_only');
    const byA = await post(t, '/v1/test/customer-counter', 'shared', { n: 1 }, a.token);
    const byB = await post(t, '/v1/test/customer-counter', 'shared', { n: 2 }, b.token);
    assert.equal(byA.status, 200);
    assert.equal(byB.status, 200, 'another customer with the same key is not a reuse');
    assert.equal((await byB.json()).customer, 'cus_invoice_only');
    const otherPath = await post(t, '/v1/test/counter', 'shared', { n: 3 });
    assert.equal(otherPath.status, 200);
    assert.equal(otherPath.headers.get('Idempotent-Replayed'), null);
    assert.equal(routes.calls.customer, 2);

    // The same customer in a new session shares the key (a retry after signing in again).
    const a2 = await t.session('cus_demo');
    const retry = await post(t, '/v1/test/customer-counter', 'shared', { n: 1 }, a2.token);
    assert.equal(retry.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await retry.json()).customer, 'cus_demo');
    assert.equal(routes.calls.customer, 2);
  });

  it('keeps the CORS headers on replays and conflicts of the customer API', async () => {
    const { token } = await t.session('cus_demo');
    const origin = { Origin: 'https://shop.example.com' };
    const first = await post(t, '/v1/test/customer-counter', 'cors-1', { n: 1 }, token, origin);
    assert.equal(first.headers.get('Access-Control-Allow-Origin'), 'https://shop.example.com');
    const replay = await post(t, '/v1/test/customer-counter', 'cors-1', { n: 1 }, token, origin);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(replay.headers.get('Access-Control-Allow-Origin'), 'https://shop.example.com');
    assert.match(replay.headers.get('Access-Control-Expose-Headers') ?? '', /Idempotent-Replayed/);
    const reused = await post(t, '/v1/test/customer-counter', 'cors-1', { n: 2 }, token, origin);
    assert.equal(reused.status, 422);
    assert.equal(reused.headers.get('Access-Control-Allow-Origin'), 'https://shop.example.com');
  });

  it('replays nothing to a revoked or expired session', async () => {
    const { token, id } = await t.session('cus_demo');
    const first = await post(t, '/v1/test/customer-counter', 'revoked-1', { n: 1 }, token);
    assert.equal(first.status, 200);
    await t.db.run(`UPDATE portal_sessions SET revoked_at = $1 WHERE id = $2`, [t.clock.now, id]);
    const replay = await post(t, '/v1/test/customer-counter', 'revoked-1', { n: 1 }, token);
    assert.equal(replay.status, 401);
    assert.equal(replay.headers.get('Idempotent-Replayed'), null);
    assert.equal((await replay.json()).error.type, 'authentication_error');
  });

  it('covers DELETE too', async () => {
    const del = () =>
      t.app.request('/v1/test/things/th_1', {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${SECRET}`, 'Idempotency-Key': 'del-1' },
      });
    const first = await del();
    assert.deepEqual(await first.json(), { removed: 'th_1', call: 1 });
    const second = await del();
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await second.json(), { removed: 'th_1', call: 1 });
    assert.equal(routes.calls.removed, 1);
  });

  it('refuses an empty key or one over 255 characters with 400 naming the header; 255 is fine', async () => {
    for (const key of [' ', 'k'.repeat(256)]) {
      const response = await post(t, '/v1/test/counter', key, { n: 1 });
      assert.equal(response.status, 400);
      const body = await response.json();
      assert.equal(body.error.param, 'Idempotency-Key');
      assert.equal(body.error.type, 'invalid_request_error');
    }
    const ok = await post(t, '/v1/test/counter', 'k'.repeat(255), { n: 1 });
    assert.equal(ok.status, 200);
  });

  it('leaves requests without a key alone: each one runs', async () => {
    const before = routes.calls.counter;
    await post(t, '/v1/test/counter', undefined, { n: 9 });
    await post(t, '/v1/test/counter', undefined, { n: 9 });
    assert.equal(routes.calls.counter, before + 2);
  });

  it('does not apply to login and session exchange (one-time and rate-limited by their own rules)', async () => {
    const before = (await t.db.all(`SELECT id FROM idempotency_keys`)).length;
    for (const path of ['/v1/login', '/v1/sessions/exchange']) {
      for (let i = 0; i < 2; i++) {
        const response = await post(t, path, 'exempt-1', { business_id: 'biz_demo', email: 'x@example.com', login_token: 'plt_x' });
        assert.equal(response.headers.get('Idempotent-Replayed'), null);
      }
    }
    assert.equal((await t.db.all(`SELECT id FROM idempotency_keys`)).length, before);
  });
});
