import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { DEV_TEXT_FIELDS } from '../../server/domain/clone.js';
import { testApp } from './helpers.js';

/** A distinct, hostile text for every field. */
const texts = Object.fromEntries(DEV_TEXT_FIELDS.map((field, i) => [field, `<img src=x onerror=alert(${i})>"'${field}\u202e`]));

describe('POST /v1/dev/customers with texts and links (demo mode)', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  before(async () => (t = await testApp()));
  after(() => t.close());

  const clone = async (body: Record<string, unknown>) => {
    const response = await t.merchant('/v1/dev/customers', { template: 'cus_demo', ...body });
    return { status: response.status, body: await response.json() };
  };
  const get = async (path: string, token: string) => (await t.customer(path, token)).json();

  it('puts every text, exactly as given, into every field of the copy the portal shows', async () => {
    const { status, body: copy } = await clone({ texts, every_payment_method: true, discount: { subscription: 'sub_demo_team', coupon: 'save10' } });
    assert.equal(status, 201);
    const { token } = await t.session(copy.id);
    const boot = await get('/v1/bootstrap', token);
    assert.equal(boot.business_profile.name, texts.business_name);
    assert.equal(boot.business_profile.headline, texts.business_headline);
    assert.equal(boot.customer.name, texts.customer_name);
    const profile = await get('/v1/customer', token);
    assert.equal(profile.email, texts.customer_email);
    assert.equal(profile.phone, texts.customer_phone);
    assert.deepEqual(profile.address, {
      line1: texts.address_line1,
      line2: texts.address_line2,
      city: texts.address_city,
      state: texts.address_state,
      postal_code: texts.address_postal_code,
      country: 'US',
    });
    assert.equal(profile.shipping.name, texts.shipping_name);
    assert.equal(profile.shipping.phone, texts.shipping_phone);
    assert.equal(profile.shipping.address.city, texts.shipping_city);
    assert.equal(profile.tax_ids[0].value, texts.tax_id_value);
    const subs = (await get('/v1/subscriptions', token)).data;
    assert.equal(subs.length, 5);
    for (const sub of subs) {
      assert.equal(sub.product.name, texts.product_name);
      assert.equal(sub.price.nickname, texts.price_nickname);
    }
    assert.equal(subs.find((s: { id: string }) => s.id === copy.ids.sub_demo_team).discount.coupon.name, texts.coupon_name);
    const plans = (await get('/v1/plans', token)).data;
    assert.equal(plans.length, 3);
    assert.ok(plans.every((p: { product: { name: string; description: string } }) => p.product.name === texts.product_name && p.product.description === texts.product_description));
    const pro = copy.ids.sub_demo_pro;
    const offers = (await get(`/v1/subscriptions/${pro}/cancel-options`, token)).offers;
    assert.equal(offers.find((o: { reason: string }) => o.reason === 'too_expensive').offer.coupon.name, texts.coupon_name);
    const invoices = (await get('/v1/invoices?limit=100', token)).data;
    assert.ok(invoices.every((i: { number: string; description: string }) => i.number === texts.invoice_number && i.description === texts.invoice_description));
    const methods = (await get('/v1/payment-methods', token)).data as Array<Record<string, Record<string, string>> & { type: string }>;
    assert.equal(methods.length, 3 + 10);
    assert.equal(methods.find((m) => m.type === 'sepa_debit')!.sepa_debit!.bank_name, texts.bank_name);
    assert.equal(methods.find((m) => m.type === 'paypal')!.paypal!.email, texts.wallet_email);
    assert.equal(methods.find((m) => m.type === 'link')!.link!.email, texts.wallet_email);
    assert.equal(methods.find((m) => m.type === 'cashapp')!.cashapp!.cashtag, texts.cashtag);
    const keys = (await get('/v1/license-keys', token)).data;
    assert.ok(keys.every((k: { key: string; product: { name: string } }) => k.key === texts.license_key && k.product.name === texts.product_name));
  });

  it('changes nothing of anyone else: the template, its business and the catalog', async () => {
    await clone({ texts });
    const { token } = await t.session('cus_demo');
    const boot = await get('/v1/bootstrap', token);
    assert.equal(boot.business_profile.name, 'Acme Cloud');
    const subs = (await get('/v1/subscriptions', token)).data;
    assert.equal(subs.find((s: { id: string }) => s.id === 'sub_demo_pro').product.name, 'Pro');
    assert.equal((await get('/v1/invoices', token)).data[0].number, 'DEMO-0036');
  });

  it('a copy with its texts still works: a plan change on its own catalog', async () => {
    const { body: copy } = await clone({ texts });
    const { token } = await t.session(copy.id);
    const sub = await get(`/v1/subscriptions/${copy.ids.sub_demo_pro}`, token);
    const yearly = (await get('/v1/plans', token)).data.flatMap((p: { prices: Array<{ id: string; interval: string }> }) => p.prices).find(
      (p: { id: string }) => p.id.startsWith('price_pro_yearly_'),
    );
    const response = await t.customer(`/v1/subscriptions/${sub.id}/update`, token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ price: yearly.id, version: sub.version }),
    });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).price.id, yearly.id);
  });

  it('refuses cleanly what the API would not accept: control characters, blank, too long, a lone surrogate, unknown fields or rows', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ texts: { customer_name: 'a\u0007b' } }, 'texts.customer_name'],
      [{ texts: { invoice_number: 'line\nbreak' } }, 'texts.invoice_number'],
      [{ texts: { product_name: '   ' } }, 'texts.product_name'],
      [{ texts: { bank_name: 'x'.repeat(257) } }, 'texts.bank_name'],
      [{ texts: { cashtag: 'a\ud800b' } }, 'texts.cashtag'],
      [{ texts: { nickname: 'x' } }, 'texts.nickname'],
      [{ discount: { subscription: 'sub_demo_pro', coupon: 'nope' } }, 'discount.coupon'],
      [{ discount: { subscription: 'sub_nope', coupon: 'save10' } }, 'discount.subscription'],
    ];
    for (const [body, param] of cases) {
      const { status, body: error } = await clone(body);
      assert.equal(status, 400, param);
      assert.equal(error.error.type, 'invalid_request_error');
      assert.equal(error.error.param, param);
    }
  });

  it('declares the origins links may lead to in the bootstrap: allowed origins and those of the configured links', async () => {
    const { token } = await t.session('cus_demo', { return_url: 'https://shop.example.com/account' });
    const boot = await get('/v1/bootstrap', token);
    assert.deepEqual(boot.link_origins.sort(), ['http://localhost:4400', 'https://acme.example.com', 'https://shop.example.com']);
    // Unchecked links of a copy: only http(s) ones give an origin.
    const { body: copy } = await clone({
      links: { privacy_policy_url: 'javascript:alert(1)', terms_of_service_url: '//evil.example/terms', logo_url: 'https://cdn.example.net/logo.png', default_return_url: null },
    });
    const other = await get('/v1/bootstrap', (await t.session(copy.id)).token);
    assert.equal(other.business_profile.privacy_policy_url, 'javascript:alert(1)');
    assert.equal(other.return_url, null);
    assert.deepEqual(other.link_origins.sort(), ['http://localhost:4400', 'https://cdn.example.net', 'https://shop.example.com']);
  });
});
