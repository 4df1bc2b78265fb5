import { strict as assert } from 'node:assert';
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { readConfig } from '../../server/config.js';
import { SqliteDatabase } from '../../server/db/database.js';
import { enqueueEvent } from '../../server/domain/events.js';
import {
  WEBHOOK_BACKOFF_MS,
  WEBHOOK_MAX_ATTEMPTS,
  WebhookVerificationError,
  demoWebhookSecret,
  generateWebhookSecret,
  signWebhook,
  startWebhookWorker,
  verifyWebhook,
  type WebhookWorker,
} from '../../server/webhooks.js';
import { startReferenceServer } from '../support/reference-server.js';
import { START, testApp } from './helpers.js';

type T = Awaited<ReturnType<typeof testApp>>;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on 127.0.0.1; `respond` decides each answer (default 200). */
async function receiver() {
  const received: Received[] = [];
  let respond: (res: ServerResponse, n: number) => void = (res) => res.writeHead(200).end('ok');
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      respond(res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/portal`,
    received,
    respondWith(fn: typeof respond) {
      respond = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The signature computed independently of server/webhooks.ts, straight from the spec. */
function specSignature(secret: string, id: string, timestamp: string, body: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

interface EventState {
  attempts: number;
  next_attempt_at: number | null;
  delivered_at: number | null;
  last_error: string | null;
}

const eventState = async (t: T, id: string): Promise<EventState> => {
  const row = await t.db.get<EventState>(`SELECT attempts, next_attempt_at, delivered_at, last_error FROM events WHERE id = $1`, [id]);
  assert.ok(row, `event ${id} exists`);
  const n = (v: number | null) => (v === null ? null : Number(v));
  return { attempts: Number(row.attempts), next_attempt_at: n(row.next_attempt_at), delivered_at: n(row.delivered_at), last_error: row.last_error };
};

describe('webhook delivery', () => {
  const secret = generateWebhookSecret();
  let t: T;
  let hook: Awaited<ReturnType<typeof receiver>>;
  const workers: WebhookWorker[] = [];
  const worker = (options: Partial<Parameters<typeof startWebhookWorker>[0]> = {}) => {
    const w = startWebhookWorker({ db: t.db, url: hook.url, secret, now: () => t.clock.now, interval: false, ...options });
    workers.push(w);
    return w;
  };
  const enqueue = (type: Parameters<typeof enqueueEvent>[2] = 'customer.updated', object: Record<string, unknown> = { id: 'cus_demo' }) =>
    t.db.transaction((tx) => enqueueEvent(tx, t.clock.now, type, 'cus_demo', { object }));

  before(async () => {
    t = await testApp();
    hook = await receiver();
    // Events the seed or other tests left are not this test's business.
    await t.db.run(`UPDATE events SET delivered_at = $1, next_attempt_at = NULL WHERE delivered_at IS NULL`, [START]);
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) await w.stop();
    hook.received.length = 0;
    hook.respondWith((res) => res.writeHead(200).end('ok'));
    await t.db.run(`UPDATE events SET delivered_at = $1, next_attempt_at = NULL WHERE delivered_at IS NULL`, [t.clock.now]);
  });
  after(async () => {
    await hook.close();
    await t.close();
  });

  it('posts the event as JSON with Standard Webhooks headers and a signature that verifies', async () => {
    t.clock.now = START + 1234;
    const id = await enqueue('subscription.canceled', { id: 'sub_x', cancellation_reason: 'too_expensive' });
    assert.equal(await worker().runOnce(), 1);
    assert.equal(hook.received.length, 1);
    const [got] = hook.received;
    assert.equal(got!.headers['content-type'], 'application/json');
    assert.equal(got!.headers['webhook-id'], id);
    assert.equal(got!.headers['webhook-timestamp'], String(Math.floor(t.clock.now / 1000)));
    assert.equal(got!.headers['webhook-signature'], specSignature(secret, id, got!.headers['webhook-timestamp'] as string, got!.body));
    const event = verifyWebhook<{ id: string; type: string; data: { customer: string; object: Record<string, unknown> } }>(
      secret,
      got!.headers,
      got!.body,
      { now: t.clock.now },
    );
    assert.equal(event.id, id);
    assert.equal(event.type, 'subscription.canceled');
    assert.equal(event.data.customer, 'cus_demo');
    assert.deepEqual(event.data.object, { id: 'sub_x', cancellation_reason: 'too_expensive' });
    assert.deepEqual(await eventState(t, id), { attempts: 1, next_attempt_at: null, delivered_at: t.clock.now, last_error: null });
    // Delivered means done: nothing more is sent.
    t.clock.now += 24 * 3600_000;
    assert.equal(await worker().runOnce(), 0);
    assert.equal(hook.received.length, 1);
  });

  it('retries with backoff after the receiver fails twice, with the same id, and records each attempt', async () => {
    hook.respondWith((res, n) => (n <= 2 ? res.writeHead(n === 1 ? 500 : 503).end('down') : res.writeHead(204).end()));
    const t0 = START + 10_000_000;
    t.clock.now = t0;
    const id = await enqueue();
    const w = worker();

    assert.equal(await w.runOnce(), 1);
    assert.deepEqual(await eventState(t, id), { attempts: 1, next_attempt_at: t0 + 5_000, delivered_at: null, last_error: 'HTTP 500' });

    t.clock.now = t0 + 4_999;
    assert.equal(await w.runOnce(), 0, 'not before its time');
    t.clock.now = t0 + 5_000;
    assert.equal(await w.runOnce(), 1);
    assert.deepEqual(await eventState(t, id), {
      attempts: 2,
      next_attempt_at: t0 + 5_000 + 30_000,
      delivered_at: null,
      last_error: 'HTTP 503',
    });

    t.clock.now = t0 + 35_000;
    assert.equal(await w.runOnce(), 1);
    const state = await eventState(t, id);
    assert.equal(state.attempts, 3);
    assert.equal(state.delivered_at, t0 + 35_000);
    assert.equal(state.next_attempt_at, null);

    assert.equal(hook.received.length, 3);
    const timestamps = hook.received.map((r) => r.headers['webhook-timestamp']);
    assert.deepEqual(timestamps, [t0, t0 + 5_000, t0 + 35_000].map((ms) => String(Math.floor(ms / 1000))));
    for (const r of hook.received) {
      assert.equal(r.headers['webhook-id'], id, 'a redelivery keeps the id');
      assert.equal(r.body, hook.received[0]!.body);
      verifyWebhook(secret, r.headers, r.body, { now: Number(r.headers['webhook-timestamp']) * 1000 });
    }
  });

  it('counts a receiver that does not answer in time as a failure', async () => {
    hook.respondWith(() => undefined); // never answers
    t.clock.now = START + 20_000_000;
    const id = await enqueue();
    assert.equal(await worker({ timeoutMs: 150 }).runOnce(), 1);
    const state = await eventState(t, id);
    assert.equal(state.attempts, 1);
    assert.equal(state.delivered_at, null);
    assert.equal(state.next_attempt_at, t.clock.now + 5_000);
    assert.match(state.last_error ?? '', /timeout after 150 ms/);
  });

  it('counts an unreachable receiver as a failure', async () => {
    t.clock.now = START + 25_000_000;
    const id = await enqueue();
    assert.equal(await worker({ url: 'http://127.0.0.1:9/unreachable' }).runOnce(), 1);
    const state = await eventState(t, id);
    assert.equal(state.delivered_at, null);
    assert.ok(state.last_error && state.last_error.length > 0);
  });

  it('backs off 5 s, 30 s, 2 min, 10 min… and gives up after 10 attempts', async () => {
    hook.respondWith((res) => res.writeHead(500).end());
    t.clock.now = START + 30_000_000;
    const id = await enqueue();
    const logged: string[] = [];
    const w = worker({ log: (m) => logged.push(m) });
    const delays: number[] = [];
    for (let i = 1; i <= WEBHOOK_MAX_ATTEMPTS; i++) {
      assert.equal(await w.runOnce(), 1, `attempt ${i}`);
      const state = await eventState(t, id);
      assert.equal(state.attempts, i);
      if (state.next_attempt_at === null) break;
      delays.push(state.next_attempt_at - t.clock.now);
      t.clock.now = state.next_attempt_at;
    }
    assert.deepEqual(delays, [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000]);
    assert.deepEqual(delays, WEBHOOK_BACKOFF_MS);
    const final = await eventState(t, id);
    assert.equal(final.attempts, 10);
    assert.equal(final.next_attempt_at, null);
    assert.match(final.last_error ?? '', /HTTP 500 \(gave up after 10 attempts\)/);
    assert.deepEqual(logged, [`webhooks: gave up on ${id} after 10 attempts (HTTP 500).`]);
    t.clock.now += 365 * 24 * 3600_000;
    assert.equal(await w.runOnce(), 0);
    assert.equal(hook.received.length, 10);
  });

  it('gives every event its own id, and delivers each once', async () => {
    t.clock.now = START + 40_000_000;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await enqueue('subscription.updated', { id: `sub_${i}` }));
    assert.equal(new Set(ids).size, 5);
    const w = worker();
    assert.equal(await w.runOnce(), 5);
    assert.equal(await w.runOnce(), 0);
    const got = hook.received.map((r) => r.headers['webhook-id'] as string);
    assert.deepEqual([...got].sort(), [...ids].sort());
    for (const r of hook.received) {
      const event = verifyWebhook<{ id: string }>(secret, r.headers, r.body, { now: t.clock.now });
      assert.equal(event.id, r.headers['webhook-id']);
    }
  });

  it('lets two instances share the queue without delivering an event twice', async () => {
    t.clock.now = START + 50_000_000;
    hook.respondWith((res) => setTimeout(() => res.writeHead(200).end(), 20));
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await enqueue('subscription.updated', { id: `sub_${i}` }));
    const a = worker({ batchSize: 5 });
    const b = worker({ batchSize: 5 });
    const [na, nb] = await Promise.all([a.runOnce(), b.runOnce()]);
    assert.equal(na + nb, 12);
    const got = hook.received.map((r) => r.headers['webhook-id'] as string).sort();
    assert.deepEqual(got, [...ids].sort(), 'each event exactly once');
  });

  it('delivers nothing without a webhook URL: events wait in the queue', async () => {
    t.clock.now = START + 60_000_000;
    const id = await enqueue();
    const w = worker({ url: null });
    assert.equal(await w.runOnce(), 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(hook.received.length, 0);
    assert.deepEqual(await eventState(t, id), { attempts: 0, next_attempt_at: t.clock.now, delivered_at: null, last_error: null });
    assert.equal(readConfig({}).webhookUrl, null);
  });

  it('runs on its own interval once started', async () => {
    const id = await t.db.transaction((tx) => enqueueEvent(tx, Date.now(), 'customer.updated', 'cus_demo', { object: {} }));
    const w = startWebhookWorker({ db: t.db, url: hook.url, secret, now: Date.now, intervalMs: 20 });
    workers.push(w);
    const until = Date.now() + 5_000;
    while (hook.received.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    assert.equal(hook.received[0]?.headers['webhook-id'], id);
    await w.stop();
    const state = await eventState(t, id);
    assert.ok(state.delivered_at !== null);
  });
});

describe('verifyWebhook', () => {
  const secret = generateWebhookSecret();
  const now = Date.parse('2026-06-15T12:00:00Z');
  const body = JSON.stringify({ id: 'evt_1', type: 'customer.updated', data: { customer: 'cus_demo', object: {} } });
  const ts = Math.floor(now / 1000);
  const headers = { 'webhook-id': 'evt_1', 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(secret, 'evt_1', ts, body) };

  it('accepts a genuine message and returns the event; takes Headers or a plain object', () => {
    assert.deepEqual(verifyWebhook(secret, headers, body, { now }), JSON.parse(body));
    assert.deepEqual(verifyWebhook(secret, new Headers(headers), body, { now }), JSON.parse(body));
    const upper = { 'Webhook-Id': headers['webhook-id'], 'Webhook-Timestamp': headers['webhook-timestamp'], 'Webhook-Signature': headers['webhook-signature'] };
    assert.deepEqual(verifyWebhook(secret, upper, body, { now }), JSON.parse(body));
  });

  it('accepts any one valid signature among several (secret rotation)', () => {
    const other = signWebhook(generateWebhookSecret(), 'evt_1', ts, body);
    verifyWebhook(secret, { ...headers, 'webhook-signature': `${other} ${headers['webhook-signature']}` }, body, { now });
  });

  it('refuses a changed body, another secret, another id, a bad or missing header', () => {
    const refuse = (h: Record<string, string>, b = body, s = secret) =>
      assert.throws(() => verifyWebhook(s, h, b, { now }), WebhookVerificationError);
    refuse(headers, body.replace('cus_demo', 'cus_other'));
    refuse(headers, body, generateWebhookSecret());
    refuse({ ...headers, 'webhook-id': 'evt_2' });
    refuse({ ...headers, 'webhook-signature': 'v2,' + headers['webhook-signature'].slice(3) });
    refuse({ ...headers, 'webhook-signature': 'v1,' + randomBytes(32).toString('base64') });
    refuse({ ...headers, 'webhook-timestamp': 'soon' });
    const { ['webhook-signature']: _dropped, ...unsigned } = headers;
    refuse(unsigned);
  });

  it('refuses a timestamp more than 5 minutes off (a replayed old message)', () => {
    assert.throws(() => verifyWebhook(secret, headers, body, { now: now + 5 * 60_000 + 1000 }), /too old/);
    assert.throws(() => verifyWebhook(secret, headers, body, { now: now - 5 * 60_000 - 1000 }), /too old|future/);
    verifyWebhook(secret, headers, body, { now: now + 4 * 60_000 });
  });
});

describe('webhook configuration', () => {
  it('needs a secret for a webhook URL outside demo mode, and checks its form', () => {
    assert.throws(() => readConfig({ PORTAL_DEMO: '0', PORTAL_WEBHOOK_URL: 'https://shop.example.com/hooks' }), /PORTAL_WEBHOOK_SECRET/);
    assert.throws(() => readConfig({ PORTAL_WEBHOOK_URL: 'https://x.example.com', PORTAL_WEBHOOK_SECRET: 'abc' }), /whsec_/);
    assert.throws(() => readConfig({ PORTAL_WEBHOOK_SECRET: 'whsec_' + randomBytes(8).toString('base64') }), /24 to 64 bytes/);
    assert.throws(() => readConfig({ PORTAL_WEBHOOK_URL: 'ftp://x.example.com' }), /http/);
    const secret = generateWebhookSecret();
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    const config = readConfig({ PORTAL_DEMO: '0', PORTAL_WEBHOOK_URL: 'https://shop.example.com/hooks', PORTAL_WEBHOOK_SECRET: secret });
    assert.equal(config.webhookUrl, 'https://shop.example.com/hooks');
    assert.equal(config.webhookSecret, secret);
  });

  it('keeps demo mode’s generated secret in the store: the same for every caller', async () => {
    const t = await testApp();
    try {
      const first = await demoWebhookSecret(t.db);
      assert.match(first, /^whsec_/);
      assert.equal(await demoWebhookSecret(t.db), first);
    } finally {
      await t.close();
    }
  });

  it('the server prints demo mode’s secret, keeps it across restarts, and delivers queued events', async () => {
    const hook = await receiver();
    const first = await startReferenceServer({ keepData: true, env: { PORTAL_WEBHOOK_URL: hook.url, DATABASE_URL: '' } });
    const dataDir = first.dataDir;
    try {
      const secret = /webhook key: (whsec_\S+)/.exec(first.output())?.[1];
      assert.ok(secret, first.output());
      // An event written into the server's store (as a route would) reaches the receiver.
      const db = new SqliteDatabase(join(dataDir, 'portal.sqlite'));
      const id = await db.transaction((tx) => enqueueEvent(tx, Date.now(), 'customer.updated', 'cus_demo', { object: { id: 'cus_demo' } }));
      await db.close();
      const until = Date.now() + 10_000;
      while (!hook.received.some((r) => r.headers['webhook-id'] === id) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      const got = hook.received.find((r) => r.headers['webhook-id'] === id);
      assert.ok(got, 'delivered by the running server');
      verifyWebhook(secret, got.headers, got.body);
      await first.stop();

      const second = await startReferenceServer({ dataDir, env: { PORTAL_WEBHOOK_URL: hook.url, DATABASE_URL: '' } });
      try {
        assert.equal(/webhook key: (whsec_\S+)/.exec(second.output())?.[1], secret);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
      await hook.close();
      const { rmSync } = await import('node:fs');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
