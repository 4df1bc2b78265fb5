import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { START, testApp } from './helpers.js';

const DAY = 86_400_000;

async function setup(customer = 'cus_demo') {
  const t = await testApp();
  const { token } = await t.session(customer);
  const get = async (path: string) => {
    const response = await t.customer(path, token);
    return { status: response.status, body: await response.json() };
  };
  const update = async (body: unknown) => {
    const response = await t.customer('/v1/customer', token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const events = () =>
    t.db.all<{ payload: string }>(`SELECT payload FROM events WHERE type = 'customer.updated'`).then((rows) => rows.map((r) => JSON.parse(r.payload)));
  return { t, token, get, update, events };
}

const address = { line1: '1 Main St', line2: null, city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' };

describe('GET /v1/customer', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  it("answers the customer's profile and the fields they may change", async () => {
    const { status, body } = await s.get('/v1/customer');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      id: 'cus_demo',
      object: 'customer',
      name: 'Dana Demo',
      email: 'demo@example.com',
      phone: '+1 415 555 0132',
      address: { line1: '510 Townsend St', line2: null, city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' },
      shipping: {
        name: 'Dana Demo',
        phone: null,
        address: { line1: '510 Townsend St', line2: 'Floor 2', city: 'San Francisco', state: 'CA', postal_code: '94103', country: 'US' },
      },
      tax_ids: [{ id: 'txi_demo_vat', type: 'eu_vat', value: 'DE123456789' }],
      locale: null,
      allowed_updates: ['name', 'email', 'phone', 'address', 'shipping', 'tax_id'],
    });
  });

  it('answers a customer without details with nulls and an empty list', async () => {
    const other = await setup('cus_new');
    try {
      const { body } = await other.get('/v1/customer');
      assert.deepEqual([body.phone, body.address, body.shipping, body.tax_ids], [null, null, null, []]);
    } finally {
      await other.t.close();
    }
  });
});

describe('POST /v1/customer', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  it('saves the phone number in one request, answers the profile and reports customer.updated', async () => {
    const { status, body } = await s.update({ phone: '+44 20 7946 0958' });
    assert.equal(status, 200);
    assert.equal(body.phone, '+44 20 7946 0958');
    assert.equal(body.address.city, 'San Francisco'); // untouched
    const row = await s.t.db.get<{ phone: string; address: string }>(`SELECT phone, address FROM customer_details WHERE customer_id = 'cus_demo'`);
    assert.equal(row!.phone, '+44 20 7946 0958');
    assert.equal(JSON.parse(row!.address).postal_code, '94103');
    const [event] = await s.events();
    assert.deepEqual(event.data.changes, ['phone']);
    assert.equal(event.data.object.phone, '+44 20 7946 0958');
    assert.equal(event.data.customer, 'cus_demo');
  });

  it('saves every field together', async () => {
    const { status, body } = await s.update({
      name: 'Dana D. Demo',
      email: 'Dana@Example.org',
      phone: '(415) 555-0199',
      address: { line1: '10 Downing St', city: 'London', postal_code: 'sw1a 2aa', country: 'gb' },
      shipping: { name: 'Dana at work', address: { line1: '1 Rue de Rivoli', city: 'Paris', postal_code: '75001', country: 'FR' } },
      tax_ids: [{ type: 'gb_vat', value: 'GB123456789' }, { type: 'eu_vat', value: 'fr12345678901' }],
    });
    assert.equal(status, 200);
    assert.equal(body.name, 'Dana D. Demo');
    assert.equal(body.email, 'dana@example.org');
    assert.equal(body.phone, '(415) 555-0199');
    assert.deepEqual(body.address, { line1: '10 Downing St', line2: null, city: 'London', state: null, postal_code: 'SW1A 2AA', country: 'GB' });
    assert.deepEqual(body.shipping, {
      name: 'Dana at work',
      phone: null,
      address: { line1: '1 Rue de Rivoli', line2: null, city: 'Paris', state: null, postal_code: '75001', country: 'FR' },
    });
    assert.deepEqual(body.tax_ids.map((x: { type: string; value: string }) => [x.type, x.value]), [['gb_vat', 'GB123456789'], ['eu_vat', 'FR12345678901']]);
    const customer = await s.t.db.get<{ name: string; email: string }>(`SELECT name, email FROM customers WHERE id = 'cus_demo'`);
    assert.deepEqual({ ...customer }, { name: 'Dana D. Demo', email: 'dana@example.org' });
    assert.deepEqual((await s.events())[0].data.changes, ['name', 'email', 'phone', 'address', 'shipping', 'tax_ids']);
    // A fresh read agrees.
    assert.deepEqual((await s.get('/v1/customer')).body, body);
  });

  it('replaces the tax ID list, keeping the ids of unchanged entries; null clears a field', async () => {
    const { body } = await s.update({ tax_ids: [{ type: 'eu_vat', value: 'DE123456789' }, { type: 'us_ein', value: '12-3456789' }], address: null });
    assert.equal(body.tax_ids[0].id, 'txi_demo_vat');
    assert.match(body.tax_ids[1].id, /^txi_/);
    assert.equal(body.address, null);
    const cleared = await s.update({ tax_ids: [] });
    assert.deepEqual(cleared.body.tax_ids, []);
    assert.equal((await s.t.db.all(`SELECT id FROM customer_tax_ids WHERE customer_id = 'cus_demo'`)).length, 0);
  });

  it('accepts the postal code formats of US, CA, GB, DE and FR', async () => {
    for (const [country, postal_code] of [['US', '94103-1234'], ['CA', 'K1A 0B1'], ['GB', 'EC1A 1BB'], ['DE', '10115'], ['FR', '75008'], ['IE', 'D02 X285']]) {
      const { status, body } = await s.update({ address: { ...address, country, postal_code } });
      assert.equal(status, 200, `${country} ${postal_code}: ${JSON.stringify(body)}`);
    }
  });

  it('refuses invalid values with a 400 naming the exact field, and stores nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ email: 'not-an-email' }, 'email'],
      [{ name: '' }, 'name'],
      [{ phone: 'call me' }, 'phone'],
      [{ phone: '12345' }, 'phone'],
      [{ phone: '+1 (415) 555-0132 ext 99999999' }, 'phone'],
      [{ address: { ...address, country: 'XX' } }, 'address.country'],
      [{ address: { ...address, country: 'USA' } }, 'address.country'],
      [{ address: { ...address, postal_code: '1234' } }, 'address.postal_code'],
      [{ address: { ...address, postal_code: null } }, 'address.postal_code'],
      [{ address: { ...address, country: 'CA', postal_code: '12345' } }, 'address.postal_code'],
      [{ address: { ...address, country: 'GB', postal_code: '123 456' } }, 'address.postal_code'],
      [{ address: { ...address, country: 'DE', postal_code: '1011' } }, 'address.postal_code'],
      [{ address: { ...address, country: 'FR', postal_code: '7500A' } }, 'address.postal_code'],
      [{ address: { ...address, line1: '' } }, 'address.line1'],
      [{ address: { ...address, extra: 1 } }, 'address.extra'],
      [{ shipping: { name: 'Dana', address: { ...address, country: 'GB', postal_code: 'nope' } } }, 'shipping.address.postal_code'],
      [{ shipping: { name: 'Dana', phone: 'x', address } }, 'shipping.phone'],
      [{ tax_ids: [{ type: 'eu_vat', value: 'DE123456789' }, { type: 'eu_vat', value: 'US123456789' }] }, 'tax_ids.1.value'],
      [{ tax_ids: [{ type: 'eu_vat', value: 'DE1' }] }, 'tax_ids.0.value'],
      [{ tax_ids: [{ type: 'gb_vat', value: 'GB12' }] }, 'tax_ids.0.value'],
      [{ tax_ids: [{ type: 'xx_vat', value: '123' }] }, 'tax_ids.0.type'],
      [{ nickname: 'Dee' }, 'nickname'],
    ];
    for (const [body, param] of cases) {
      const { status, body: answer } = await s.update(body);
      assert.equal(status, 400, JSON.stringify(body));
      assert.equal(answer.error.param, param, JSON.stringify(body));
      assert.ok(answer.error.message.includes(param), answer.error.message);
    }
    assert.equal((await s.events()).length, 0);
    const { body: profile } = await s.get('/v1/customer');
    assert.equal(profile.phone, '+1 415 555 0132');
    assert.equal(profile.address.postal_code, '94103');
    assert.equal(profile.tax_ids.length, 1);
  });

  it("refuses an email that belongs to another of the business's customers", async () => {
    const { status, body } = await s.update({ email: 'INVOICES@example.com' });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'email_in_use');
    assert.equal(body.error.param, 'email');
    const customer = await s.t.db.get<{ email: string }>(`SELECT email FROM customers WHERE id = 'cus_demo'`);
    assert.equal(customer!.email, 'demo@example.com');
  });

  it('changes only the fields the configuration allows (field_not_allowed names the field)', async () => {
    await s.t.merchant('/v1/portal-configuration', { features: { customer_update: { enabled: true, allowed_updates: ['phone', 'tax_id'] } } });
    assert.deepEqual((await s.get('/v1/customer')).body.allowed_updates, ['phone', 'tax_id']);
    for (const [field, value] of [['name', 'X'], ['email', 'x@example.com'], ['address', address], ['shipping', null]] as const) {
      const { status, body } = await s.update({ phone: '+1 415 555 0100', [field]: value });
      assert.equal(status, 400, field);
      assert.equal(body.error.code, 'field_not_allowed');
      assert.equal(body.error.param, field);
    }
    assert.equal((await s.get('/v1/customer')).body.phone, '+1 415 555 0132');
    assert.equal((await s.update({ phone: '+1 415 555 0100', tax_ids: [] })).status, 200);
  });

  it('is refused when customer updates are turned off', async () => {
    await s.t.merchant('/v1/portal-configuration', { features: { customer_update: { enabled: false, allowed_updates: ['phone'] } } });
    const { status, body } = await s.update({ phone: '+1 415 555 0100' });
    assert.equal(status, 403);
    assert.equal(body.error.code, 'feature_disabled');
    assert.deepEqual((await s.get('/v1/customer')).body.allowed_updates, []);
  });
});

describe('GET /v1/license-keys', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  it("lists the customer's keys, newest first, with product, activations and expiry", async () => {
    const { status, body } = await s.get('/v1/license-keys');
    assert.equal(status, 200);
    assert.deepEqual(body, {
      object: 'list',
      data: [
        {
          id: 'lk_demo_team',
          object: 'license_key',
          product: { id: 'prod_team', name: 'Team' },
          key: 'TEAM-M2VB-6HJN-Q9RP-3WKE',
          status: 'active',
          activations_used: 1,
          activation_limit: 10,
          expires_at: new Date(START + 10 * DAY).toISOString(),
          created_at: new Date(START - 4 * DAY).toISOString(),
        },
        {
          id: 'lk_demo_pro',
          object: 'license_key',
          product: { id: 'prod_pro', name: 'Pro' },
          key: 'PRO-7F3K-92QD-L8XM-4TZC',
          status: 'active',
          activations_used: 2,
          activation_limit: 5,
          expires_at: null,
          created_at: new Date(START - 2 * 365 * DAY).toISOString(),
        },
      ],
    });
  });

  it('reports a key past its expiry as expired', async () => {
    s.t.clock.now = START + 11 * DAY;
    const { token } = await s.t.session();
    const body = await (await s.t.customer('/v1/license-keys', token)).json();
    assert.equal(body.data[0].status, 'expired');
    assert.equal(body.data[1].status, 'active');
  });

  it("shows only the customer's own keys", async () => {
    const other = await setup('cus_invoice_only');
    try {
      assert.deepEqual((await other.get('/v1/license-keys')).body, { object: 'list', data: [] });
    } finally {
      await other.t.close();
    }
  });

  it('is 403 feature_disabled when license keys are turned off', async () => {
    await s.t.merchant('/v1/portal-configuration', { features: { license_keys: { enabled: false } } });
    const { status, body } = await s.get('/v1/license-keys');
    assert.equal(status, 403);
    assert.equal(body.error.code, 'feature_disabled');
    assert.equal(body.error.type, 'permission_error');
  });

  it('needs a session', async () => {
    assert.equal((await s.t.app.request('/v1/license-keys')).status, 401);
    assert.equal((await s.t.app.request('/v1/customer')).status, 401);
  });
});
