import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { SECRET, testApp } from './helpers.js';

describe('POST /v1/portal-sessions', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  before(async () => (t = await testApp()));
  after(() => t.close());

  it('creates a session for a customer: id, token, url with the token in the fragment, expiry', async () => {
    const response = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo', locale: 'fr-CA' });
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.match(body.id, /^bps_[0-9a-f]{24}$/);
    assert.match(body.token, /^pst_[A-Za-z0-9_-]{43}$/); // 256 random bits
    assert.equal(body.url, `http://localhost:4400/#portal_session=${body.token}`);
    assert.equal(body.customer, 'cus_demo');
    assert.equal(body.locale, 'fr-CA');
    assert.equal(Date.parse(body.expires_at) - Date.parse(body.created_at), 5 * 60_000);
  });

  it('stores the token only as a hash', async () => {
    const { token, id } = await t.session();
    const row = await t.db.get<Record<string, unknown>>(`SELECT * FROM portal_sessions WHERE id = $1`, [id]);
    assert.ok(row);
    assert.ok(!Object.values(row).some((v) => String(v).includes(token.slice(4))));
  });

  it('refuses a missing or wrong secret key with 401 in the error shape', async () => {
    const wrong = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo' }, 'sk_wrong');
    assert.equal(wrong.status, 401);
    assert.deepEqual(await wrong.json(), {
      error: { type: 'authentication_error', code: 'unauthenticated', message: 'The secret key is missing or wrong.' },
    });
    const missing = await t.app.request('/v1/portal-sessions', { method: 'POST', body: '{}' });
    assert.equal(missing.status, 401);
  });

  it('a session token is not a secret key', async () => {
    const { token } = await t.session();
    const response = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo' }, token);
    assert.equal(response.status, 401);
  });

  it('names the field that is wrong', async () => {
    const unknown = await t.merchant('/v1/portal-sessions', { customer: 'cus_nobody' });
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).error.param, 'customer');

    const extra = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo', colour: 'red' });
    assert.equal(extra.status, 400);
    const extraBody = await extra.json();
    assert.equal(extraBody.error.type, 'invalid_request_error');
    assert.equal(extraBody.error.param, 'colour');

    const missing = await t.merchant('/v1/portal-sessions', {});
    assert.equal((await missing.json()).error.param, 'customer');

    const badLocale = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo', locale: 'not a locale' });
    assert.equal(badLocale.status, 400);
    assert.equal((await badLocale.json()).error.param, 'locale');
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await t.app.request('/v1/portal-sessions', {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: '{"customer":',
    });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error.type, 'invalid_request_error');
  });

  it('accepts a return URL only on an allowed origin, over https', async () => {
    const ok = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo', return_url: 'https://shop.example.com/account' });
    assert.equal(ok.status, 201);
    const offList = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo', return_url: 'https://evil.example.net/' });
    assert.equal(offList.status, 400);
    assert.equal((await offList.json()).error.param, 'return_url');
    const script = await t.merchant('/v1/portal-sessions', { customer: 'cus_demo', return_url: 'javascript:alert(1)' });
    assert.equal(script.status, 400);
  });
});

describe('session lifetimes', () => {
  const MIN = 60_000;

  it('expires 5 minutes after creation when never used', async () => {
    const t = await testApp();
    const { token } = await t.session();
    t.clock.now += 5 * MIN - 1;
    const fresh = await t.session();
    t.clock.now += 1;
    const response = await t.customer('/v1/invoices', token);
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error.code, 'session_expired');
    assert.equal((await t.customer('/v1/invoices', fresh.token)).status, 200);
    await t.close();
  });

  it('once used, lives 1 hour after the last request, and never past 12 hours', async () => {
    const t = await testApp();
    const { token } = await t.session();
    for (let hour = 0; hour < 11; hour++) {
      assert.equal((await t.customer('/v1/invoices?limit=1', token)).status, 200, `hour ${hour}`);
      t.clock.now += 59 * MIN;
    }
    // 10 h 49 min in, still in use; the absolute cap ends it at 12 h whatever the activity.
    assert.equal((await t.customer('/v1/invoices?limit=1', token)).status, 200);
    t.clock.now += 59 * MIN;
    assert.equal((await t.customer('/v1/invoices?limit=1', token)).status, 200);
    t.clock.now += 13 * MIN; // 12 h 1 min after creation
    assert.equal((await t.customer('/v1/invoices?limit=1', token)).status, 401);
    await t.close();
  });

  it('ends an idle session 1 hour after its last request', async () => {
    const t = await testApp();
    const { token } = await t.session();
    assert.equal((await t.customer('/v1/invoices?limit=1', token)).status, 200);
    t.clock.now += 60 * MIN;
    assert.equal((await t.customer('/v1/invoices?limit=1', token)).status, 401);
    await t.close();
  });

  it('takes each duration from the environment', async () => {
    const t = await testApp({ PORTAL_SESSION_UNUSED_TTL_S: '2', PORTAL_SESSION_IDLE_TTL_S: '3', PORTAL_SESSION_MAX_TTL_S: '5' });
    const unused = await t.session();
    const used = await t.session();
    assert.equal((await t.customer('/v1/invoices?limit=1', used.token)).status, 200);
    t.clock.now += 2000;
    assert.equal((await t.customer('/v1/invoices?limit=1', unused.token)).status, 401);
    assert.equal((await t.customer('/v1/invoices?limit=1', used.token)).status, 200);
    t.clock.now += 2500;
    assert.equal((await t.customer('/v1/invoices?limit=1', used.token)).status, 200);
    t.clock.now += 600; // 5.1 s after creation: past the cap
    assert.equal((await t.customer('/v1/invoices?limit=1', used.token)).status, 401);
    await t.close();
  });
});
