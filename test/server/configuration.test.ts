import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { SECRET, START, testApp } from './helpers.js';

type T = Awaited<ReturnType<typeof testApp>>;

const get = async (t: T) => {
  const response = await t.app.request('/v1/portal-configuration', { headers: { Authorization: `Bearer ${SECRET}` } });
  assert.equal(response.status, 200);
  return response.json();
};

/** Posts a change that must be refused, and returns the field the error names. */
const refused = async (t: T, patch: unknown) => {
  const before = await get(t);
  const response = await t.merchant('/v1/portal-configuration', patch);
  assert.equal(response.status, 400, await response.clone().text());
  const body = await response.json();
  assert.equal(body.error.type, 'invalid_request_error');
  assert.deepEqual(await get(t), before, 'a refused change stores nothing');
  return body.error.param as string;
};

const product = (i: number) => ({ product: 'prod_starter', prices: ['price_starter_monthly'], adjustable_quantity: { enabled: false, minimum: 1 }, i });

describe('GET /v1/portal-configuration', () => {
  it("returns the business's configuration", async () => {
    const t = await testApp();
    const body = await get(t);
    assert.equal(body.object, 'portal_configuration');
    assert.equal(body.business_id, 'biz_demo');
    assert.equal(body.updated_at, new Date(START).toISOString());
    assert.equal(body.business_profile.name, 'Acme Cloud');
    assert.deepEqual(body.features.subscription_update.products.map((p: { product: string }) => p.product), ['prod_starter', 'prod_pro', 'prod_team']);
    assert.deepEqual(body.allowed_origins, []);
    assert.equal(body.default_return_url, 'http://localhost:4400/');
    await t.close();
  });

  it('needs the secret key', async () => {
    const t = await testApp();
    assert.equal((await t.app.request('/v1/portal-configuration')).status, 401);
    const { token } = await t.session();
    assert.equal((await t.app.request('/v1/portal-configuration', { headers: { Authorization: `Bearer ${token}` } })).status, 401);
    assert.equal((await t.merchant('/v1/portal-configuration', {}, 'sk_wrong')).status, 401);
    await t.close();
  });
});

describe('POST /v1/portal-configuration', () => {
  it('merges objects at every depth, replaces arrays, stores and returns the result with updated_at', async () => {
    const t = await testApp();
    const before = await get(t);
    t.clock.now += 60_000;
    const response = await t.merchant('/v1/portal-configuration', {
      features: { invoice_history: { enabled: false }, customer_update: { allowed_updates: ['name'] } },
      business_profile: { headline: 'Billing, simply' },
    });
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.updated_at, new Date(START + 60_000).toISOString());
    assert.equal(body.features.invoice_history.enabled, false);
    assert.deepEqual(body.features.customer_update, { enabled: true, allowed_updates: ['name'] });
    assert.equal(body.business_profile.headline, 'Billing, simply');
    assert.equal(body.business_profile.name, 'Acme Cloud');
    assert.deepEqual(body.features.subscription_cancel, before.features.subscription_cancel);
    assert.deepEqual(body.retention_offers, before.retention_offers);
    assert.deepEqual(await get(t), body);
    const row = await t.db.get<{ body: string; updated_at: number }>(`SELECT body, updated_at FROM portal_configurations WHERE business_id = 'biz_demo'`);
    assert.equal(Number(row!.updated_at), START + 60_000);
    assert.equal(JSON.parse(row!.body).features.invoice_history.enabled, false);
    await t.close();
  });

  it('replaces the product list and the retention offers as wholes, filling defaults', async () => {
    const t = await testApp();
    const response = await t.merchant('/v1/portal-configuration', {
      features: { subscription_update: { products: [{ product: 'prod_team', prices: ['price_team_monthly'] }] } },
      retention_offers: [{ reason: 'too_expensive', offer: { type: 'switch_price', price: 'price_starter_monthly' } }],
    });
    assert.equal(response.status, 200, await response.clone().text());
    const body = await response.json();
    assert.deepEqual(body.features.subscription_update.products, [
      { product: 'prod_team', prices: ['price_team_monthly'], adjustable_quantity: { enabled: false, minimum: 1 } },
    ]);
    assert.equal(body.features.subscription_update.proration_behavior, 'create_prorations');
    assert.equal(body.retention_offers.length, 1);
    await t.close();
  });

  it('names unknown fields, at any depth', async () => {
    const t = await testApp();
    assert.equal(await refused(t, { colour: 'red' }), 'colour');
    assert.equal(await refused(t, { features: { invoice_history: { enabled: true, extra: 1 } } }), 'features.invoice_history.extra');
    assert.equal(await refused(t, { features: { teleport: { enabled: true } } }), 'features.teleport');
    assert.equal(await refused(t, { branding: { brand_color: 'blue' } }), 'branding.brand_color');
    assert.equal(await refused(t, { features: { subscription_cancel: { mode: 'whenever' } } }), 'features.subscription_cancel.mode');
    await t.close();
  });

  it('allows at most 10 products', async () => {
    const t = await testApp();
    const products = Array.from({ length: 11 }, (_, i) => {
      const { i: _i, ...p } = product(i);
      return p;
    });
    assert.equal(await refused(t, { features: { subscription_update: { products } } }), 'features.subscription_update.products');
    await t.close();
  });

  it('checks products and prices against the catalog', async () => {
    const t = await testApp();
    const P = 'features.subscription_update.products';
    const set = (products: unknown) => ({ features: { subscription_update: { products } } });
    assert.equal(await refused(t, set([{ product: 'prod_nope', prices: ['price_starter_monthly'] }])), `${P}.0.product`);
    assert.equal(await refused(t, set([{ product: 'prod_starter', prices: ['price_starter_monthly', 'price_nope'] }])), `${P}.0.prices.1`);
    assert.equal(await refused(t, set([{ product: 'prod_starter', prices: ['price_starter_monthly', 'price_pro_monthly'] }])), `${P}.0.prices.1`);
    assert.equal(
      await refused(t, set([{ product: 'prod_team', prices: ['price_team_monthly'] }, { product: 'prod_team', prices: ['price_team_yearly'] }])),
      `${P}.1`,
    );
    assert.equal(await refused(t, set([])), P); // plan changes are enabled: something to change to
    assert.equal(
      await refused(t, set([{ product: 'prod_team', prices: ['price_team_monthly'], adjustable_quantity: { enabled: true, minimum: 10, maximum: 5 } }])),
      `${P}.0.adjustable_quantity.minimum`,
    );
    const ok = await t.merchant('/v1/portal-configuration', {
      features: { subscription_update: { enabled: false, products: [] } },
    });
    assert.equal(ok.status, 200);
    await t.close();
  });

  it('checks retention offers: coupons and prices must exist, one offer per reason', async () => {
    const t = await testApp();
    assert.equal(
      await refused(t, { retention_offers: [{ reason: 'too_expensive', offer: { type: 'coupon', coupon: 'nope' } }] }),
      'retention_offers.0.offer.coupon',
    );
    assert.equal(
      await refused(t, { retention_offers: [{ reason: 'unused', offer: { type: 'switch_price', price: 'price_nope' } }] }),
      'retention_offers.0.offer.price',
    );
    assert.equal(
      await refused(t, {
        retention_offers: [
          { reason: 'unused', offer: { type: 'pause', months: 2 } },
          { reason: 'unused', offer: { type: 'coupon', coupon: 'retention_25' } },
        ],
      }),
      'retention_offers.1.reason',
    );
    assert.equal(await refused(t, { retention_offers: [{ reason: 'unused', offer: { type: 'pause', months: 13 } }] }), 'retention_offers.0.offer.months');
    await t.close();
  });

  it('checks cancellation reasons and duplicates in lists', async () => {
    const t = await testApp();
    assert.equal(
      await refused(t, { features: { subscription_cancel: { cancellation_reason: { enabled: true, options: [] } } } }),
      'features.subscription_cancel.cancellation_reason.options',
    );
    assert.equal(
      await refused(t, { features: { subscription_cancel: { cancellation_reason: { options: ['other', 'other'] } } } }),
      'features.subscription_cancel.cancellation_reason.options.1',
    );
    assert.equal(
      await refused(t, { features: { subscription_cancel: { cancellation_reason: { options: ['bored'] } } } }),
      'features.subscription_cancel.cancellation_reason.options.0',
    );
    await t.close();
  });

  it('requires https URLs', async () => {
    const t = await testApp({ PORTAL_DEMO: '0' });
    assert.equal(await refused(t, { business_profile: { privacy_policy_url: 'http://acme.example.com/privacy' } }), 'business_profile.privacy_policy_url');
    assert.equal(await refused(t, { business_profile: { terms_of_service_url: 'javascript:alert(1)' } }), 'business_profile.terms_of_service_url');
    assert.equal(await refused(t, { branding: { logo_url: 'ftp://acme.example.com/logo.png' } }), 'branding.logo_url');
    assert.equal(await refused(t, { allowed_origins: ['http://shop.example.org'] }), 'allowed_origins.0');
    const ok = await t.merchant('/v1/portal-configuration', { branding: { logo_url: 'https://cdn.example.com/logo.png' }, default_return_url: null });
    assert.equal(ok.status, 200);
    await t.close();
  });

  it('accepts http on localhost only in demo mode', async () => {
    const t = await testApp();
    const ok = await t.merchant('/v1/portal-configuration', { branding: { icon_url: 'http://localhost:4400/favicon.svg' } });
    assert.equal(ok.status, 200);
    assert.equal(await refused(t, { branding: { icon_url: 'http://cdn.example.com/icon.svg' } }), 'branding.icon_url');
    await t.close();
  });

  it('keeps the portal page and default return URL on allowed origins; origins are origins', async () => {
    const t = await testApp();
    assert.equal(await refused(t, { portal_url: 'https://billing.example.org/portal' }), 'portal_url');
    assert.equal(await refused(t, { default_return_url: 'https://app.example.org/' }), 'default_return_url');
    assert.equal(await refused(t, { allowed_origins: ['https://app.example.org/some/path'] }), 'allowed_origins.0');
    assert.equal(await refused(t, { allowed_origins: ['https://app.example.org', 'https://app.example.org/'] }), 'allowed_origins.1');
    const ok = await t.merchant('/v1/portal-configuration', {
      allowed_origins: ['https://billing.example.org/'],
      portal_url: 'https://billing.example.org/portal',
      default_return_url: 'https://billing.example.org/account',
    });
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.deepEqual((await ok.json()).allowed_origins, ['https://billing.example.org']);
    await t.close();
  });

  it('points session and login URLs at the configured portal page', async () => {
    const t = await testApp();
    await t.merchant('/v1/portal-configuration', { allowed_origins: ['https://billing.example.org'], portal_url: 'https://billing.example.org/portal' });
    const session = await t.session('cus_demo', { return_url: 'https://billing.example.org/account' });
    assert.match(session.url, /^https:\/\/billing\.example\.org\/portal#portal_session=pst_/);
    const link = await (await t.merchant('/v1/login-links', { customer: 'cus_demo' })).json();
    assert.match(link.url, /^https:\/\/billing\.example\.org\/portal#portal_login=plt_/);
    await t.close();
  });

  it("admits the configuration's allowed origins to the customer API at once, and stops when removed", async () => {
    const t = await testApp();
    const { token } = await t.session();
    const origin = 'https://billing.example.org';
    const corsFor = async () =>
      (await t.customer('/v1/bootstrap', token, { headers: { Origin: origin } })).headers.get('access-control-allow-origin');
    const preflight = async (path: string) =>
      (
        await t.app.request(path, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } })
      ).headers.get('access-control-allow-origin');
    assert.equal(await corsFor(), null);
    assert.equal(await preflight('/v1/login'), null);
    assert.equal((await t.merchant('/v1/portal-configuration', { allowed_origins: [origin] })).status, 200);
    assert.equal(await corsFor(), origin);
    assert.equal(await preflight('/v1/login'), origin);
    assert.equal(await preflight('/v1/sessions/exchange'), origin);
    // The server's own allowed origins stay allowed.
    assert.equal(
      (await t.customer('/v1/bootstrap', token, { headers: { Origin: 'https://shop.example.com' } })).headers.get('access-control-allow-origin'),
      'https://shop.example.com',
    );
    assert.equal((await t.merchant('/v1/portal-configuration', { allowed_origins: [] })).status, 200);
    assert.equal(await corsFor(), null);
    // A return URL on a configured origin is accepted for sessions.
    await t.merchant('/v1/portal-configuration', { allowed_origins: [origin] });
    assert.equal((await t.merchant('/v1/portal-sessions', { customer: 'cus_demo', return_url: `${origin}/done` })).status, 201);
    await t.close();
  });

  it('picks up origins saved by another instance within 30 seconds', async () => {
    const t = await testApp();
    const { token } = await t.session();
    const origin = 'https://other.example.org';
    const cors = async () =>
      (await t.customer('/v1/bootstrap', token, { headers: { Origin: origin } })).headers.get('access-control-allow-origin');
    assert.equal(await cors(), null);
    // Another instance writes the configuration straight to the shared store.
    const row = await t.db.get<{ body: string }>(`SELECT body FROM portal_configurations WHERE business_id = 'biz_demo'`);
    const body = JSON.parse(row!.body);
    body.allowed_origins = [origin];
    await t.db.run(`UPDATE portal_configurations SET body = $1 WHERE business_id = 'biz_demo'`, [JSON.stringify(body)]);
    assert.equal(await cors(), null);
    t.clock.now += 30_000;
    assert.equal(await cors(), origin);
    await t.close();
  });
});
