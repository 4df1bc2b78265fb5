/**
 * The exact 429 boundary of every rate-limited endpoint, from `LIMITS` itself: a burst of
 * limit + 3 requests at once on one key lets exactly `limit` through (the count is one
 * atomic upsert) and answers the rest 429 `rate_limit_error` with the window's
 * Retry-After; another key is not affected; the next window lets requests through again.
 * `npm run bench:server` checks the same over real HTTP.
 */
import { strict as assert } from 'node:assert';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { LIMITS, type RateLimit } from '../../server/domain/rate-limit.js';
import { testApp } from './helpers.js';

type T = Awaited<ReturnType<typeof testApp>>;

/** A POST from a client address (the Node server puts the socket on `incoming`). */
const from = async (t: T, ip: string, path: string, body: unknown) =>
  t.app.request(
    path,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: ip } } },
  );

async function loginToken(t: T): Promise<string> {
  const response = await t.merchant('/v1/login-links', { customer: 'cus_demo' });
  return /#portal_login=(plt_[A-Za-z0-9_-]+)$/.exec(((await response.json()) as { url: string }).url)![1]!;
}

interface Case {
  limit: keyof typeof LIMITS;
  endpoint: string;
  /** The status of a request within the limit. */
  pass: number;
  /** Request `i` on the key under test (`other`: on another key of the same rule). */
  send: (t: T, i: number, other?: boolean) => Promise<Response>;
}

const EXTRA = 3;

const cases: Case[] = [
  {
    limit: 'loginPerEmail',
    endpoint: 'POST /v1/login',
    pass: 202,
    // A different address each time: only the email's count can stop it.
    send: (t, i, other) => from(t, `198.51.100.${i % 200}`, '/v1/login', { business_id: 'biz_demo', email: other ? 'other@example.com' : 'demo@example.com' }),
  },
  {
    limit: 'loginPerIp',
    endpoint: 'POST /v1/login',
    pass: 202,
    // A different email each time: only the address's count can stop it.
    send: (t, i, other) => from(t, other ? '192.0.2.2' : '192.0.2.1', '/v1/login', { business_id: 'biz_demo', email: `user${i}@example.com` }),
  },
  {
    limit: 'exchangePerIp',
    endpoint: 'POST /v1/sessions/exchange',
    pass: 201,
    send: async (t, _i, other) => from(t, other ? '192.0.2.2' : '192.0.2.1', '/v1/sessions/exchange', { login_token: await loginToken(t) }),
  },
];

describe('rate limits: the exact 429 boundary', () => {
  it('covers every limit the routes enforce', async () => {
    const dir = new URL('../../server/routes/', import.meta.url);
    const used = new Set<string>();
    for (const file of await readdir(dir)) {
      for (const m of (await readFile(new URL(file, dir), 'utf8')).matchAll(/enforceRateLimit\([^)]*LIMITS\.(\w+)/g)) used.add(m[1]!);
    }
    assert.deepEqual([...used].sort(), Object.keys(LIMITS).sort());
    assert.deepEqual(cases.map((c) => c.limit).sort(), Object.keys(LIMITS).sort());
  });

  for (const { limit: name, endpoint, pass, send } of cases) {
    const rule: RateLimit = LIMITS[name];
    it(`${endpoint}, ${rule.name}: exactly ${rule.limit} per ${rule.windowMs / 60_000} min, then 429 with Retry-After`, async () => {
      const t = await testApp();
      try {
        const burst = await Promise.all(Array.from({ length: rule.limit + EXTRA }, (_, i) => send(t, i)));
        const statuses = burst.map((r) => r.status);
        assert.equal(statuses.filter((s) => s === pass).length, rule.limit, statuses.join(' '));
        assert.equal(statuses.filter((s) => s === 429).length, EXTRA, statuses.join(' '));
        for (const response of burst.filter((r) => r.status === 429)) {
          assert.equal(response.headers.get('retry-after'), String(rule.windowMs / 1000));
          const { error } = (await response.json()) as { error: { type: string; code: string } };
          assert.deepEqual([error.type, error.code], ['rate_limit_error', 'rate_limited']);
        }
        // Later in the window: still refused, and Retry-After counts down.
        t.clock.now += rule.windowMs - 60_000;
        const late = await send(t, rule.limit + EXTRA);
        assert.equal(late.status, 429);
        assert.equal(late.headers.get('retry-after'), '60');
        // Another key of the same rule is not affected.
        assert.equal((await send(t, 0, true)).status, pass);
        // The next window starts afresh.
        t.clock.now += 60_000;
        assert.equal((await send(t, rule.limit + EXTRA + 1)).status, pass);
      } finally {
        await t.close();
      }
    });
  }
});
