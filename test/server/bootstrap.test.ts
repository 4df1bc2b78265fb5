import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { START, testApp } from './helpers.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
type T = Awaited<ReturnType<typeof testApp>>;

const bootstrap = async (t: T, token: string) => {
  const response = await t.customer('/v1/bootstrap', token);
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
