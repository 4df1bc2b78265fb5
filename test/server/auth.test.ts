import { strict as assert } from 'node:assert';
import { createServer, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import {
  deliverOutbox,
  emailBackoffMs,
  MAX_EMAIL_ATTEMPTS,
  queueEmail,
  startEmailDelivery,
  type MailTransport,
} from '../../server/domain/email.js';
import { SECRET, START, testApp } from './helpers.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const MESSAGE = 'If that email belongs to a customer, a sign-in link is on its way.';

type T = Awaited<ReturnType<typeof testApp>>;

/** A request from a given client address (the Node server puts the socket on `incoming`). */
const from = (t: T, ip: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.app.request(
    path,
    { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) },
    { incoming: { socket: { remoteAddress: ip } } },
  );

const login = (t: T, email: string, ip = '203.0.113.1', business_id = 'biz_demo') =>
  from(t, ip, '/v1/login', { business_id, email });
const exchange = (t: T, login_token: string, ip = '203.0.113.1') => from(t, ip, '/v1/sessions/exchange', { login_token });

const tokenOf = (url: string) => {
  const match = /#portal_login=(plt_[A-Za-z0-9_-]+)$/.exec(url);
  assert.ok(match, `no login token in ${url}`);
  return match[1]!;
};

async function outbox(t: T, to?: string) {
  const response = await t.app.request(`/v1/dev/outbox${to ? `?to=${encodeURIComponent(to)}` : ''}`, {
    headers: { Authorization: `Bearer ${SECRET}` },
  });
  assert.equal(response.status, 200);
  return (await response.json()) as {
    object: 'list';
    data: { id: string; to: string; subject: string; text: string; kind: string; created_at: string }[];
  };
}

async function linkFor(t: T, customer = 'cus_demo') {
  const response = await t.merchant('/v1/login-links', { customer });
  assert.equal(response.status, 201);
  return (await response.json()) as { id: string; object: string; customer: string; url: string; expires_at: string };
}

describe('POST /v1/login-links', () => {
  let t: T;
  before(async () => (t = await testApp()));
  after(() => t.close());

  it('makes a one-time link on the portal page with the token in the fragment, valid 24 hours', async () => {
    const link = await linkFor(t);
    assert.equal(link.object, 'login_link');
    assert.equal(link.customer, 'cus_demo');
    assert.match(link.url, /^http:\/\/localhost:4400\/#portal_login=plt_[A-Za-z0-9_-]{43}$/); // 256 random bits
    assert.equal(Date.parse(link.expires_at), t.clock.now + 24 * HOUR);
  });

  it('stores the token only as a hash', async () => {
    const link = await linkFor(t);
    const token = tokenOf(link.url);
    const row = await t.db.get<Record<string, unknown>>(`SELECT * FROM login_links WHERE id = $1`, [link.id]);
    assert.ok(row);
    assert.equal(row.customer_id, 'cus_demo');
    assert.equal(row.source, 'merchant');
    assert.equal(row.used_at, null);
    assert.ok(!Object.values(row).some((v) => String(v).includes(token.slice(4))));
  });

  it('needs the secret key and a known customer', async () => {
    assert.equal((await t.merchant('/v1/login-links', { customer: 'cus_demo' }, 'sk_wrong')).status, 401);
    const unknown = await t.merchant('/v1/login-links', { customer: 'cus_nobody' });
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).error.param, 'customer');
    const extra = await t.merchant('/v1/login-links', { customer: 'cus_demo', ttl: 5 });
    assert.equal(extra.status, 400);
    assert.equal((await extra.json()).error.param, 'ttl');
  });
});

describe('POST /v1/sessions/exchange', () => {
  it('turns a login token into a portal session that works on the customer API', async () => {
    const t = await testApp();
    const link = await linkFor(t);
    const response = await exchange(t, tokenOf(link.url));
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = await response.json();
    assert.deepEqual(Object.keys(body).sort(), ['customer', 'expires_at', 'object', 'token']);
    assert.equal(body.object, 'portal_session');
    assert.equal(body.customer, 'cus_demo');
    assert.match(body.token, /^pst_[A-Za-z0-9_-]{43}$/);
    assert.equal(Date.parse(body.expires_at), t.clock.now + 5 * MIN);
    const bootstrap = await t.customer('/v1/bootstrap', body.token);
    assert.equal(bootstrap.status, 200);
    assert.equal((await bootstrap.json()).customer.id, 'cus_demo');
    const row = await t.db.get<{ used_at: number; session_id: string }>(`SELECT used_at, session_id FROM login_links WHERE id = $1`, [link.id]);
    assert.equal(Number(row!.used_at), t.clock.now);
    const session = await t.db.get<{ customer_id: string }>(`SELECT customer_id FROM portal_sessions WHERE id = $1`, [row!.session_id]);
    assert.equal(session!.customer_id, 'cus_demo');
    await t.close();
  });

  it('works once: a second exchange is 401 login_link_used', async () => {
    const t = await testApp();
    const token = tokenOf((await linkFor(t)).url);
    assert.equal((await exchange(t, token)).status, 201);
    const again = await exchange(t, token);
    assert.equal(again.status, 401);
    const body = await again.json();
    assert.equal(body.error.type, 'authentication_error');
    assert.equal(body.error.code, 'login_link_used');
    await t.close();
  });

  it('works once even under 10 concurrent exchanges: exactly one session', async () => {
    const t = await testApp();
    const link = await linkFor(t);
    const token = tokenOf(link.url);
    const before = await t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM portal_sessions`);
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => exchange(t, token, `198.51.100.${i + 1}`)));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, 401, 401, 401, 401, 401, 401, 401, 401, 401]);
    for (const r of responses.filter((r) => r.status === 401)) assert.equal((await r.json()).error.code, 'login_link_used');
    const afterCount = await t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM portal_sessions`);
    assert.equal(Number(afterCount!.n), Number(before!.n) + 1);
    await t.close();
  });

  it('expires after 24 hours (401 login_link_expired), and takes the duration from PORTAL_LOGIN_LINK_TTL_S', async () => {
    const t = await testApp();
    const a = tokenOf((await linkFor(t)).url);
    const b = tokenOf((await linkFor(t)).url);
    t.clock.now += 24 * HOUR - 1;
    assert.equal((await exchange(t, a)).status, 201);
    t.clock.now += 1;
    const late = await exchange(t, b);
    assert.equal(late.status, 401);
    assert.equal((await late.json()).error.code, 'login_link_expired');
    await t.close();

    const short = await testApp({ PORTAL_LOGIN_LINK_TTL_S: '60' });
    const link = await linkFor(short);
    assert.equal(Date.parse(link.expires_at), START + 60_000);
    short.clock.now += 60_000;
    const expired = await exchange(short, tokenOf(link.url));
    assert.equal(expired.status, 401);
    assert.equal((await expired.json()).error.code, 'login_link_expired');
    await short.close();
  });

  it('refuses an unknown token with 401 login_link_invalid, a missing one with 400', async () => {
    const t = await testApp();
    const unknown = await exchange(t, 'plt_not_a_real_token');
    assert.equal(unknown.status, 401);
    assert.equal((await unknown.json()).error.code, 'login_link_invalid');
    const missing = await from(t, '203.0.113.1', '/v1/sessions/exchange', {});
    assert.equal(missing.status, 400);
    assert.equal((await missing.json()).error.param, 'login_token');
    await t.close();
  });

  it('limits attempts per address: 429 with Retry-After, and recovers after the window', async () => {
    const t = await testApp();
    for (let i = 0; i < 30; i++) assert.equal((await exchange(t, `plt_guess_${i}`, '192.0.2.7')).status, 401);
    t.clock.now += 5 * MIN;
    const limited = await exchange(t, 'plt_guess_31', '192.0.2.7');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), String(10 * 60));
    const body = await limited.json();
    assert.equal(body.error.type, 'rate_limit_error');
    assert.equal(body.error.code, 'rate_limited');
    // Even a good token waits: the limit is on the address.
    const token = tokenOf((await linkFor(t)).url);
    assert.equal((await exchange(t, token, '192.0.2.7')).status, 429);
    // Another address is not affected.
    assert.equal((await exchange(t, 'plt_other', '192.0.2.8')).status, 401);
    t.clock.now += 10 * MIN;
    assert.equal((await exchange(t, token, '192.0.2.7')).status, 201);
    await t.close();
  });
});

describe('POST /v1/login', () => {
  it('answers known and unknown emails identically: status, body and headers (but Date)', async () => {
    const t = await testApp();
    const headers = { Origin: 'https://shop.example.com' };
    const known = await from(t, '203.0.113.9', '/v1/login', { business_id: 'biz_demo', email: 'demo@example.com' }, headers);
    const unknown = await from(t, '203.0.113.9', '/v1/login', { business_id: 'biz_demo', email: 'nobody@example.com' }, headers);
    const otherBusiness = await from(t, '203.0.113.9', '/v1/login', { business_id: 'biz_nope', email: 'demo@example.com' }, headers);
    const snapshot = async (r: Response) => ({
      status: r.status,
      body: await r.text(),
      headers: [...r.headers.entries()].filter(([k]) => k !== 'date').sort(),
    });
    const k = await snapshot(known);
    assert.equal(k.status, 202);
    assert.deepEqual(JSON.parse(k.body), { object: 'login_request', message: MESSAGE });
    assert.deepEqual(await snapshot(unknown), k);
    assert.deepEqual(await snapshot(otherBusiness), k);
    assert.ok(k.headers.some(([name, value]) => name === 'access-control-allow-origin' && value === 'https://shop.example.com'));
    // Only the known email got a link.
    const mail = await outbox(t);
    assert.equal(mail.data.length, 1);
    assert.equal(mail.data[0]!.to, 'demo@example.com');
    await t.close();
  });

  it('emails a known customer a one-time link (any case of the address) that signs them in', async () => {
    const t = await testApp();
    const response = await login(t, '  Demo@Example.COM ');
    assert.equal(response.status, 202);
    const mail = await outbox(t, 'demo@example.com');
    assert.equal(mail.data.length, 1);
    const email = mail.data[0]!;
    assert.equal(email.kind, 'login_link');
    assert.equal(email.subject, 'Your sign-in link for Acme Cloud');
    assert.match(email.text, /^Hello Dana Demo,/);
    assert.match(email.text, /expires in 24 hours/);
    const url = /(http:\/\/localhost:4400\/#portal_login=plt_[A-Za-z0-9_-]{43})/.exec(email.text)?.[1];
    assert.ok(url, email.text);
    const link = await t.db.get<{ source: string; expires_at: number }>(
      `SELECT source, expires_at FROM login_links WHERE customer_id = 'cus_demo' ORDER BY created_at DESC`,
    );
    assert.equal(link!.source, 'email');
    assert.equal(Number(link!.expires_at), t.clock.now + 24 * HOUR);
    const session = await exchange(t, tokenOf(url));
    assert.equal(session.status, 201);
    assert.equal((await session.json()).customer, 'cus_demo');
    assert.equal((await exchange(t, tokenOf(url))).status, 401);
    await t.close();
  });

  it("writes the email in the customer's language", async () => {
    const t = await testApp();
    await t.db.run(`UPDATE customers SET locale = 'fr-CA' WHERE id = 'cus_invoice_only'`);
    await login(t, 'invoices@example.com');
    const [email] = (await outbox(t, 'invoices@example.com')).data;
    assert.equal(email!.subject, 'Votre lien de connexion à Acme Cloud');
    assert.match(email!.text, /^Bonjour Ines Invoice,/);
    assert.match(email!.text, /#portal_login=plt_/);
    await t.close();
  });

  it('validates the request, naming the field', async () => {
    const t = await testApp();
    const bad = await login(t, 'not an email');
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).error.param, 'email');
    const missing = await from(t, '203.0.113.1', '/v1/login', { email: 'demo@example.com' });
    assert.equal((await missing.json()).error.param, 'business_id');
    await t.close();
  });

  it('limits 5 requests per email per 15 minutes, the same for known and unknown emails', async () => {
    const t = await testApp();
    for (const email of ['demo@example.com', 'ghost@example.com']) {
      for (let i = 0; i < 5; i++) assert.equal((await login(t, email, `198.51.100.${i}`)).status, 202);
      const limited = await login(t, email.toUpperCase(), '198.51.100.99');
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), '900');
      assert.equal((await limited.json()).error.type, 'rate_limit_error');
    }
    assert.equal((await outbox(t, 'demo@example.com')).data.length, 5);
    t.clock.now += 15 * MIN;
    assert.equal((await login(t, 'demo@example.com')).status, 202);
    assert.equal((await outbox(t, 'demo@example.com')).data.length, 6);
    await t.close();
  });

  it('limits 20 requests per address per 15 minutes, with Retry-After counting down', async () => {
    const t = await testApp();
    for (let i = 0; i < 20; i++) assert.equal((await login(t, `user${i}@example.com`, '192.0.2.50')).status, 202);
    t.clock.now += 14 * MIN;
    const limited = await login(t, 'user99@example.com', '192.0.2.50');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '60');
    assert.equal((await login(t, 'user99@example.com', '192.0.2.51')).status, 202);
    t.clock.now += MIN;
    assert.equal((await login(t, 'user99@example.com', '192.0.2.50')).status, 202);
    await t.close();
  });

  it('keeps the counts in the database, shared by every instance on it', async () => {
    const t = await testApp();
    const second = createApp({ db: t.db, config: t.config, now: () => t.clock.now });
    const ask = (app: typeof second) =>
      app.request(
        '/v1/login',
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ business_id: 'biz_demo', email: 'demo@example.com' }) },
        { incoming: { socket: { remoteAddress: '192.0.2.80' } } },
      );
    for (let i = 0; i < 5; i++) assert.equal((await ask(i % 2 ? second : t.app)).status, 202);
    assert.equal((await ask(second)).status, 429);
    assert.equal((await ask(t.app)).status, 429);
    const rows = await t.db.all<{ key: string }>(`SELECT key FROM rate_limits`);
    assert.ok(rows.length >= 2);
    assert.ok(!rows.some((r) => r.key.includes('demo@example.com')), 'no email addresses in the rate-limit table');
    await t.close();
  });
});

describe('POST /v1/logout', () => {
  it('revokes the session at once', async () => {
    const t = await testApp();
    const { token, id } = await t.session();
    assert.equal((await t.customer('/v1/bootstrap', token)).status, 200);
    const response = await t.customer('/v1/logout', token, { method: 'POST' });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { object: 'logout', revoked: true });
    const row = await t.db.get<{ revoked_at: number }>(`SELECT revoked_at FROM portal_sessions WHERE id = $1`, [id]);
    assert.equal(Number(row!.revoked_at), t.clock.now);
    const after = await t.customer('/v1/bootstrap', token);
    assert.equal(after.status, 401);
    assert.equal((await after.json()).error.code, 'session_expired');
    assert.equal((await t.customer('/v1/invoices?limit=1', token)).status, 401);
    assert.equal((await t.customer('/v1/logout', token, { method: 'POST' })).status, 401);
    await t.close();
  });

  it('needs a session token', async () => {
    const t = await testApp();
    assert.equal((await t.app.request('/v1/logout', { method: 'POST' })).status, 401);
    assert.equal((await t.customer('/v1/logout', SECRET, { method: 'POST' })).status, 401);
    await t.close();
  });
});

describe('GET /v1/dev/outbox', () => {
  it('lists email newest first, filtered by recipient, for the secret key only', async () => {
    const t = await testApp();
    await queueEmail(t.db, t.clock.now, { customerId: null, kind: 'generic', to: 'a@example.com', subject: 'First', text: 'one' });
    t.clock.now += 1000;
    await queueEmail(t.db, t.clock.now, { customerId: null, kind: 'generic', to: 'B@example.com', subject: 'Second', text: 'two' });
    t.clock.now += 1000;
    await login(t, 'demo@example.com');
    const all = await outbox(t);
    assert.equal(all.object, 'list');
    assert.deepEqual(all.data.map((e) => e.subject), ['Your sign-in link for Acme Cloud', 'Second', 'First']);
    assert.deepEqual(Object.keys(all.data[0]!).sort(), ['created_at', 'id', 'kind', 'subject', 'text', 'to']);
    assert.equal(all.data[2]!.created_at, new Date(START).toISOString());
    assert.deepEqual(all.data[2], { id: all.data[2]!.id, to: 'a@example.com', subject: 'First', text: 'one', kind: 'generic', created_at: new Date(START).toISOString() });
    assert.deepEqual((await outbox(t, 'b@example.com')).data.map((e) => e.subject), ['Second']);
    assert.equal((await outbox(t, 'nobody@example.com')).data.length, 0);
    const noKey = await t.app.request('/v1/dev/outbox');
    assert.equal(noKey.status, 401);
    await t.close();
  });

  it('does not exist outside demo mode', async () => {
    const t = await testApp({ PORTAL_DEMO: '0' });
    const response = await t.app.request('/v1/dev/outbox', { headers: { Authorization: `Bearer ${SECRET}` } });
    assert.equal(response.status, 404);
    await t.close();
  });
});

describe('email delivery', () => {
  it('prints each queued email as one block in demo mode without SMTP', async () => {
    const t = await testApp();
    const lines: string[] = [];
    const stop = startEmailDelivery(t.db, t.config, { log: (line) => lines.push(line) });
    await login(t, 'demo@example.com');
    stop();
    await queueEmail(t.db, t.clock.now, { customerId: null, kind: 'generic', to: 'x@example.com', subject: 'After stop', text: '-' });
    assert.equal(lines.length, 1);
    const block = lines[0]!;
    assert.match(block, /To: +demo@example\.com/);
    assert.match(block, /Subject: Your sign-in link for Acme Cloud/);
    assert.match(block, /#portal_login=plt_[A-Za-z0-9_-]{43}/);
    await t.close();
  });

  it('does not print outside demo mode', async () => {
    const t = await testApp({ PORTAL_DEMO: '0' });
    const lines: string[] = [];
    const stop = startEmailDelivery(t.db, t.config, { log: (line) => lines.push(line) });
    await queueEmail(t.db, t.clock.now, { customerId: null, kind: 'generic', to: 'x@example.com', subject: 'S', text: '-' });
    stop();
    assert.equal(lines.length, 0);
    await t.close();
  });

  it('sends the outbox, marks sent_at, and retries a failure with backoff, a bounded number of times', async () => {
    const t = await testApp();
    const id = await queueEmail(t.db, t.clock.now, { customerId: null, kind: 'generic', to: 'r@example.com', subject: 'Hi', text: 'body' });
    const sent: unknown[] = [];
    let failNext = 1;
    const transport: MailTransport = {
      sendMail: async (message) => {
        if (failNext-- > 0) throw new Error('421 try later');
        sent.push(message);
      },
    };
    const now = () => t.clock.now;
    assert.deepEqual(await deliverOutbox(t.db, transport, 'Portal <p@example.com>', now), { sent: 0, failed: 1 });
    let row = await t.db.get<{ sent_at: number | null; attempts: number; last_error: string }>(`SELECT sent_at, attempts, last_error FROM outbox WHERE id = $1`, [id]);
    assert.deepEqual({ ...row, attempts: Number(row!.attempts) }, { sent_at: null, attempts: 1, last_error: '421 try later' });
    // Not again before the backoff ends.
    t.clock.now += emailBackoffMs(1) - 1;
    assert.deepEqual(await deliverOutbox(t.db, transport, 'Portal <p@example.com>', now), { sent: 0, failed: 0 });
    t.clock.now += 1;
    assert.deepEqual(await deliverOutbox(t.db, transport, 'Portal <p@example.com>', now), { sent: 1, failed: 0 });
    assert.deepEqual(sent, [{ from: 'Portal <p@example.com>', to: 'r@example.com', subject: 'Hi', text: 'body' }]);
    row = await t.db.get(`SELECT sent_at, attempts, last_error FROM outbox WHERE id = $1`, [id]);
    assert.equal(Number(row!.sent_at), t.clock.now);
    assert.equal(Number(row!.attempts), 2);
    assert.equal(row!.last_error, null);
    assert.deepEqual(await deliverOutbox(t.db, transport, 'x', now), { sent: 0, failed: 0 });

    // A message that always fails stops after MAX_EMAIL_ATTEMPTS.
    const doomed = await queueEmail(t.db, t.clock.now, { customerId: null, kind: 'generic', to: 'd@example.com', subject: 'D', text: 'd' });
    const broken: MailTransport = { sendMail: async () => { throw new Error('550 no such user'); } };
    let tries = 0;
    for (let i = 0; i < MAX_EMAIL_ATTEMPTS + 3; i++) {
      tries += (await deliverOutbox(t.db, broken, 'x', now)).failed;
      t.clock.now += 2 * HOUR;
    }
    assert.equal(tries, MAX_EMAIL_ATTEMPTS);
    const dead = await t.db.get<{ attempts: number; sent_at: null; last_error: string }>(`SELECT attempts, sent_at, last_error FROM outbox WHERE id = $1`, [doomed]);
    assert.equal(Number(dead!.attempts), MAX_EMAIL_ATTEMPTS);
    assert.equal(dead!.sent_at, null);
    assert.equal(dead!.last_error, '550 no such user');
    assert.deepEqual([1, 2, 3, 10].map(emailBackoffMs), [30_000, 60_000, 120_000, HOUR]);
    await t.close();
  });

  it('delivers over SMTP_URL with nodemailer', async () => {
    // A minimal SMTP server on loopback that records what it receives.
    const received: { from: string; to: string[]; data: string }[] = [];
    const server = createServer((socket: Socket) => {
      let buffer = '';
      let inData = false;
      let current = { from: '', to: [] as string[], data: '' };
      socket.write('220 test ESMTP\r\n');
      socket.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        let index: number;
        while ((index = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, index);
          buffer = buffer.slice(index + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              received.push(current);
              current = { from: '', to: [], data: '' };
              socket.write('250 queued\r\n');
            } else current.data += `${line}\n`;
            continue;
          }
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n');
          else if (verb === 'MAIL') (current.from = line), socket.write('250 ok\r\n');
          else if (verb === 'RCPT') current.to.push(line), socket.write('250 ok\r\n');
          else if (verb === 'DATA') (inData = true), socket.write('354 go\r\n');
          else if (verb === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const t = await testApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, PORTAL_EMAIL_FROM: 'Acme <billing@acme.example>' });
    assert.equal(t.config.smtpUrl, `smtp://127.0.0.1:${port}`);
    await login(t, 'demo@example.com');
    const lines: string[] = [];
    const stop = startEmailDelivery(t.db, t.config, { now: () => t.clock.now, intervalMs: 20, log: (l) => lines.push(l) });
    const deadline = Date.now() + 10_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    let row: { sent_at: number | null } | undefined;
    while (Date.now() < deadline) {
      row = await t.db.get<{ sent_at: number | null }>(`SELECT sent_at FROM outbox WHERE to_address = 'demo@example.com'`);
      if (row?.sent_at !== null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    stop();
    server.close();
    assert.equal(lines.length, 0, lines.join('\n'));
    assert.equal(received.length, 1);
    assert.match(received[0]!.from, /billing@acme\.example/);
    assert.match(received[0]!.to[0]!, /demo@example\.com/);
    assert.match(received[0]!.data, /Subject: Your sign-in link for Acme Cloud/);
    assert.match(received[0]!.data, /portal_login=3Dplt_|portal_login=plt_/);
    assert.equal(Number(row!.sent_at), t.clock.now);
    await t.close();
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://', async () => {
    const config = readConfig({ SMTP_URL: 'http://mail.example.com' });
    const t = await testApp();
    assert.throws(() => startEmailDelivery(t.db, config), /SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
    await t.close();
  });
});
