import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { START, testApp } from './helpers.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
type T = Awaited<ReturnType<typeof testApp>>;

const bootstrap = async (t: T, token: string, query = '') => {
  const response = await t.customer(`/v1/bootstrap${query}`, token);
  assert.equal(response.status, 200, await response.clone().text());
  return response.json();
};

describe('GET /v1/bootstrap', () => {
  it('gives the customer, the business, branding, features, locale, session, flow and return URL', async () => {
    const t = await testApp();
    const { token } = await t.session();
    const body = await bootstrap(t, token);
    assert.deepEqual(Object.keys(body).sort(), [
      'branding',
      'business_profile',
      'customer',
      'features',
      'flow',
      'link_origins',
      'locale',
      'object',
      'return_url',
      'session',
    ]);
    assert.equal(body.object, 'bootstrap');
    assert.deepEqual(body.customer, { id: 'cus_demo', email: 'demo@example.com', name: 'Dana Demo', locale: null });
    assert.deepEqual(body.business_profile, {
      name: 'Acme Cloud',
      headline: 'Manage your Acme Cloud billing',
      privacy_policy_url: 'https://acme.example.com/privacy',
      terms_of_service_url: 'https://acme.example.com/terms',
    });
    assert.deepEqual(body.branding, { logo_url: null, icon_url: null, brand_color: '#4f46e5', accent_color: '#0ea5e9' });
    assert.equal(body.features.subscription_update.products.length, 3);
    assert.equal(body.features.invoice_history.enabled, true);
    assert.equal(body.locale, null);
    assert.deepEqual(body.session, {
      expires_at: new Date(START + HOUR).toISOString(),
      idle_timeout_seconds: 3600,
      absolute_expires_at: new Date(START + 12 * HOUR).toISOString(),
      warn_before_seconds: 60,
    });
    assert.equal(body.flow, null);
    assert.equal(body.return_url, 'http://localhost:4400/'); // the configuration's default_return_url
    await t.close();
  });

  it('follows the configuration: features, branding and the business profile as stored', async () => {
    const t = await testApp();
    const saved = await t.merchant('/v1/portal-configuration', {
      branding: { brand_color: '#112233' },
      business_profile: { headline: null },
      features: { invoice_history: { enabled: false } },
    });
    assert.equal(saved.status, 200);
    const body = await bootstrap(t, (await t.session()).token);
    assert.equal(body.branding.brand_color, '#112233');
    assert.equal(body.business_profile.headline, null);
    assert.equal(body.features.invoice_history.enabled, false);
    await t.close();
  });

  it("takes the session's locale, else the customer's, else none; the session's return URL, else the default", async () => {
    const t = await testApp();
    const withLocale = await t.session('cus_demo', { locale: 'de', return_url: 'https://shop.example.com/account' });
    const a = await bootstrap(t, withLocale.token);
    assert.equal(a.locale, 'de');
    assert.equal(a.return_url, 'https://shop.example.com/account');
    await t.db.run(`UPDATE customers SET locale = 'fr-CA' WHERE id = 'cus_demo'`);
    const b = await bootstrap(t, (await t.session()).token);
    assert.equal(b.locale, 'fr-CA');
    assert.equal(b.customer.locale, 'fr-CA');
    const c = await bootstrap(t, withLocale.token);
    assert.equal(c.locale, 'de');
    await t.merchant('/v1/portal-configuration', { default_return_url: null });
    const d = await bootstrap(t, (await t.session()).token);
    assert.equal(d.return_url, null);
    await t.close();
  });

  it('moves expires_at with activity, never past the absolute cap', async () => {
    const t = await testApp();
    const { token } = await t.session();
    t.clock.now += 4 * MIN; // unused for 4 minutes: still alive (5-minute limit)
    let body = await bootstrap(t, token);
    assert.equal(body.session.expires_at, new Date(t.clock.now + HOUR).toISOString());
    t.clock.now += 50 * MIN;
    body = await bootstrap(t, token);
    assert.equal(body.session.expires_at, new Date(t.clock.now + HOUR).toISOString());
    // Keep it busy until the last hour: expiry is then the cap.
    for (let i = 0; i < 12; i++) {
      t.clock.now += 55 * MIN;
      body = await bootstrap(t, token);
    }
    assert.ok(t.clock.now > START + 11 * HOUR);
    assert.equal(body.session.expires_at, new Date(START + 12 * HOUR).toISOString());
    assert.equal(body.session.absolute_expires_at, new Date(START + 12 * HOUR).toISOString());
    await t.close();
  });

  it('reports the durations set by the environment', async () => {
    const t = await testApp({ PORTAL_SESSION_IDLE_TTL_S: '120', PORTAL_SESSION_MAX_TTL_S: '600' });
    const body = await bootstrap(t, (await t.session()).token);
    assert.equal(body.session.idle_timeout_seconds, 120);
    assert.equal(body.session.expires_at, new Date(START + 120_000).toISOString());
    assert.equal(body.session.absolute_expires_at, new Date(START + 600_000).toISOString());
    await t.close();
  });

  it('needs a live session token', async () => {
    const t = await testApp();
    assert.equal((await t.app.request('/v1/bootstrap')).status, 401);
    const { token } = await t.session();
    t.clock.now += 5 * MIN;
    const expired = await t.customer('/v1/bootstrap', token);
    assert.equal(expired.status, 401);
    assert.equal((await expired.json()).error.code, 'session_expired');
    await t.close();
  });
});

describe('GET /v1/bootstrap?include', () => {
  let t: T;
  before(async () => (t = await testApp()));
  after(() => t.close());

  const LISTS = {
    subscriptions: '/v1/subscriptions',
    payment_methods: '/v1/payment-methods',
    invoices: '/v1/invoices',
    customer: '/v1/customer',
    license_keys: '/v1/license-keys',
  } as const;

  const own = async (path: string, token: string) => {
    const response = await t.customer(path, token);
    assert.equal(response.status, 200, await response.clone().text());
    return response.json();
  };

  it('includes each list exactly as its own endpoint answers it', async () => {
    const { token } = await t.session();
    for (const [name, path] of Object.entries(LISTS)) {
      const body = await bootstrap(t, token, `?include=${name}`);
      assert.deepEqual(Object.keys(body.included), [name]);
      assert.deepEqual(body.included[name], await own(path, token), name);
    }
    const all = await bootstrap(t, token, `?include=${Object.keys(LISTS).join(',')}`);
    assert.deepEqual(Object.keys(all.included).sort(), Object.keys(LISTS).sort());
    for (const [name, path] of Object.entries(LISTS)) assert.deepEqual(all.included[name], await own(path, token), name);
    // cus_demo's lists, so the equality above is about something.
    assert.equal(all.included.subscriptions.data.length, 5);
    assert.equal(all.included.payment_methods.data.length, 3);
    assert.equal(all.included.invoices.data.length, 20); // the first page, the endpoint's default size
    assert.equal(all.included.invoices.has_more, true);
    assert.equal(all.included.customer.email, 'demo@example.com');
    assert.equal(all.included.license_keys.data.length, 2);
  });

  it('takes the names comma-separated or repeated, once each; without include there is no `included`', async () => {
    const { token } = await t.session();
    const repeated = await bootstrap(t, token, '?include=invoices&include=customer,invoices&include=');
    assert.deepEqual(Object.keys(repeated.included).sort(), ['customer', 'invoices']);
    assert.equal('included' in (await bootstrap(t, token)), false);
    assert.deepEqual((await bootstrap(t, token, '?include=')).included, {});
  });

  it('refuses a name it cannot include with a 400 naming it and the ones it can', async () => {
    const { token } = await t.session();
    for (const query of ['?include=plans', '?include=subscriptions,nope', '?include=invoices&include=Invoices']) {
      const response = await t.customer(`/v1/bootstrap${query}`, token);
      assert.equal(response.status, 400, query);
      const { error } = await response.json();
      assert.equal(error.code, 'parameter_invalid');
      assert.equal(error.param, 'include');
      assert.match(error.message, /"(plans|nope|Invoices)" cannot be included/);
      assert.match(error.message, /subscriptions, payment_methods, invoices, customer, license_keys/);
    }
  });

  it('gives a customer without subscriptions, methods, invoices or keys empty lists', async () => {
    const { token } = await t.session('cus_new');
    const body = await bootstrap(t, token, `?include=${Object.keys(LISTS).join(',')}`);
    assert.deepEqual(body.included.subscriptions, { object: 'list', data: [] });
    assert.deepEqual(body.included.payment_methods, { object: 'list', data: [] });
    assert.deepEqual(body.included.invoices, { object: 'list', data: [], has_more: false, next_cursor: null });
    assert.deepEqual(body.included.license_keys, { object: 'list', data: [] });
    assert.equal(body.included.customer.id, 'cus_new');
  });

  it('leaves out license keys when the configuration turns them off, as their endpoint refuses them', async () => {
    const local = await testApp();
    await local.merchant('/v1/portal-configuration', { features: { license_keys: { enabled: false } } });
    const { token } = await local.session();
    const body = await bootstrap(local, token, '?include=license_keys,subscriptions');
    assert.deepEqual(Object.keys(body.included), ['subscriptions']);
    const refused = await local.customer('/v1/license-keys', token);
    assert.equal(refused.status, 403);
    assert.equal((await refused.json()).error.code, 'feature_disabled');
    await local.close();
  });

  it('needs a live session token whatever it includes', async () => {
    const { token } = await t.session();
    assert.equal((await t.app.request('/v1/bootstrap?include=invoices')).status, 401);
    t.clock.now += 5 * MIN;
    const expired = await t.customer('/v1/bootstrap?include=invoices', token);
    t.clock.now -= 5 * MIN;
    assert.equal(expired.status, 401);
    assert.equal((await expired.json()).error.code, 'session_expired');
  });
});

describe('portal session flows', () => {
  let t: T;
  before(async () => (t = await testApp()));
  after(() => t.close());

  const create = (flow: unknown, customer = 'cus_demo') => t.merchant('/v1/portal-sessions', { customer, flow });
  const paramOf = async (response: Response) => {
    assert.equal(response.status, 400, await response.clone().text());
    return (await response.json()).error.param;
  };

  it('stores each flow type and returns it from the session and from bootstrap', async () => {
    const flows = [
      { type: 'payment_method_update' },
      { type: 'subscription_cancel', subscription: 'sub_demo_pro', retention: { coupon: 'retention_25' } },
      { type: 'subscription_cancel', subscription: 'sub_demo_pro', after_completion: { type: 'hosted_confirmation' } },
      { type: 'subscription_update', subscription: 'sub_demo_team', after_completion: { type: 'portal_homepage' } },
      {
        type: 'subscription_update_confirm',
        subscription: 'sub_demo_team',
        items: [{ price: 'price_team_yearly', quantity: 8 }],
        after_completion: { type: 'redirect', redirect: { return_url: 'https://shop.example.com/thanks' } },
      },
    ];
    for (const flow of flows) {
      const response = await create(flow);
      assert.equal(response.status, 201, await response.clone().text());
      const session = await response.json();
      assert.deepEqual(session.flow, flow);
      assert.match(session.url, /^http:\/\/localhost:4400\/#portal_session=pst_/);
      const row = await t.db.get<{ flow: string }>(`SELECT flow FROM session_flows WHERE session_id = $1`, [session.id]);
      assert.deepEqual(JSON.parse(row!.flow), flow);
      assert.deepEqual((await bootstrap(t, session.token)).flow, flow);
    }
    const plain = await t.session();
    assert.equal(await t.db.get(`SELECT flow FROM session_flows WHERE session_id = $1`, [plain.id]), undefined);
  });

  it("refuses a subscription that is not the customer's, naming flow.subscription", async () => {
    assert.equal(await paramOf(await create({ type: 'subscription_cancel', subscription: 'sub_demo_pro' }, 'cus_invoice_only')), 'flow.subscription');
    assert.equal(await paramOf(await create({ type: 'subscription_update', subscription: 'sub_nope' })), 'flow.subscription');
    assert.equal(await paramOf(await create({ type: 'subscription_cancel' })), 'flow.subscription');
  });

  it('refuses what the portal could not do, naming the field', async () => {
    // A subscription on a schedule can only be canceled.
    assert.equal(await paramOf(await create({ type: 'subscription_update', subscription: 'sub_demo_scheduled' })), 'flow.subscription');
    assert.equal((await create({ type: 'subscription_cancel', subscription: 'sub_demo_scheduled' })).status, 201);
    // Already set to cancel.
    assert.equal(await paramOf(await create({ type: 'subscription_cancel', subscription: 'sub_demo_addon' })), 'flow.subscription');
    assert.equal(
      await paramOf(await create({ type: 'subscription_cancel', subscription: 'sub_demo_pro', retention: { coupon: 'nope' } })),
      'flow.retention.coupon',
    );
    const confirm = (items: unknown) => create({ type: 'subscription_update_confirm', subscription: 'sub_demo_team', items });
    assert.equal(await paramOf(await confirm([{ price: 'price_nope' }])), 'flow.items.0.price');
    assert.equal(await paramOf(await confirm([{ price: 'price_team_monthly', quantity: 51 }])), 'flow.items.0.quantity');
    assert.equal(await paramOf(await confirm([{ price: 'price_team_monthly', quantity: 5 }])), 'flow.items.0');
    assert.equal(await paramOf(await confirm([])), 'flow.items');
    // Pro in EUR is tax-inclusive; the Pro subscription's price is tax-exclusive.
    assert.equal(
      await paramOf(await create({ type: 'subscription_update_confirm', subscription: 'sub_demo_pro', items: [{ price: 'price_pro_monthly_eur' }] })),
      'flow.items.0.price',
    );
    assert.equal(
      await paramOf(await create({ type: 'subscription_update_confirm', subscription: 'sub_demo_pro', items: [{ price: 'price_pro_yearly', quantity: 3 }] })),
      'flow.items.0.quantity',
    );
    assert.equal(await paramOf(await create({ type: 'refund_everything' })), 'flow.type');
    assert.equal(await paramOf(await create({ type: 'payment_method_update', colour: 'red' })), 'flow.colour');
  });

  it('checks after_completion: a redirect needs an https return URL on an allowed origin', async () => {
    const flow = (after_completion: unknown) => create({ type: 'payment_method_update', after_completion });
    assert.equal(await paramOf(await flow({ type: 'redirect' })), 'flow.after_completion.redirect');
    assert.equal(
      await paramOf(await flow({ type: 'redirect', redirect: { return_url: 'https://evil.example.net/' } })),
      'flow.after_completion.redirect.return_url',
    );
    assert.equal(
      await paramOf(await flow({ type: 'portal_homepage', redirect: { return_url: 'https://shop.example.com/' } })),
      'flow.after_completion.redirect',
    );
    assert.equal(await paramOf(await flow({ type: 'elsewhere' })), 'flow.after_completion.type');
  });

  it('refuses a flow whose feature the configuration turns off', async () => {
    const local = await testApp();
    await local.merchant('/v1/portal-configuration', { features: { payment_method_update: { enabled: false } } });
    const response = await local.merchant('/v1/portal-sessions', { customer: 'cus_demo', flow: { type: 'payment_method_update' } });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error.param, 'flow.type');
    await local.close();
  });
});
