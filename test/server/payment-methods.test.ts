import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { chargeInvoice, type PaymentMethodRow } from '../../server/domain/charges.js';
import { START, testApp } from './helpers.js';

type T = Awaited<ReturnType<typeof testApp>>;

interface PaymentMethod {
  id: string;
  type: string;
  is_default: boolean;
  expired: boolean;
  expires_soon: boolean;
  used_by: string[];
  [key: string]: unknown;
}

const DAY = 86_400_000;

async function setup(customer = 'cus_demo') {
  const t = await testApp();
  const { token } = await t.session(customer);
  const get = async (path: string) => {
    const response = await t.customer(path, token);
    return { status: response.status, body: await response.json() };
  };
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await t.customer(path, token, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const methods = async () => (await get('/v1/payment-methods')).body.data as PaymentMethod[];
  const sub = (id: string) =>
    t.db.get<{ status: string; version: number; payment_method_id: string | null; current_period_start: number; current_period_end: number }>(
      `SELECT status, version, payment_method_id, current_period_start, current_period_end FROM subscriptions WHERE id = $1`,
      [id],
    );
  const charges = (status?: string) =>
    t.db.all<{ id: string; status: string; amount: number; invoice_id: string; payment_method_id: string; failure_code: string | null }>(
      `SELECT * FROM charges ${status ? 'WHERE status = $1' : ''} ORDER BY created_at, id`,
      status ? [status] : [],
    );
  const events = (type: string) =>
    t.db.all<{ payload: string }>(`SELECT payload FROM events WHERE type = $1 ORDER BY created_at, id`, [type]).then((rows) =>
      rows.map((r) => JSON.parse(r.payload) as { type: string; data: { object: Record<string, unknown>; [k: string]: unknown } }),
    );
  const outbox = () =>
    t.db.all<{ kind: string; to_address: string; subject: string; body_text: string }>(`SELECT * FROM outbox ORDER BY created_at, id`);
  return { t, token, get, send, methods, sub, charges, events, outbox };
}

async function insertMethod(t: T, row: { id: string; customer: string; type: string; details: object; isDefault?: boolean; decline?: string; created?: number }) {
  await t.db.run(
    `INSERT INTO payment_methods (id, customer_id, type, details, is_default, decline_code, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.id, row.customer, row.type, JSON.stringify(row.details), row.isDefault ? 1 : 0, row.decline ?? null, row.created ?? START],
  );
}

describe('GET /v1/payment-methods', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  it("lists cus_demo's cards with default, expiry state and the subscriptions each pays for", async () => {
    const { status, body } = await s.get('/v1/payment-methods');
    assert.equal(status, 200);
    assert.equal(body.object, 'list');
    const byId = Object.fromEntries((body.data as PaymentMethod[]).map((m) => [m.id, m]));
    assert.deepEqual(Object.keys(byId).sort(), ['pm_demo_expired', 'pm_demo_mastercard', 'pm_demo_visa']);
    assert.deepEqual(byId.pm_demo_visa, {
      id: 'pm_demo_visa',
      object: 'payment_method',
      type: 'card',
      is_default: true,
      created_at: new Date(START - 365 * DAY).toISOString(),
      expired: false,
      expires_soon: false,
      used_by: byId.pm_demo_visa!.used_by,
      card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2029, funding: 'credit' },
    });
    assert.deepEqual([...byId.pm_demo_visa!.used_by].sort(), ['sub_demo_pro', 'sub_demo_scheduled', 'sub_demo_team']);
    assert.deepEqual(byId.pm_demo_mastercard!.used_by, ['sub_demo_addon']);
    assert.equal(byId.pm_demo_mastercard!.is_default, false);
    assert.equal(byId.pm_demo_expired!.expired, true);
    assert.equal(byId.pm_demo_expired!.expires_soon, false);
    assert.deepEqual(byId.pm_demo_expired!.used_by, ['sub_demo_starter']);
    assert.equal((body.data as PaymentMethod[]).filter((m) => m.is_default).length, 1);
  });

  it('calls out a card expiring within 30 days, and not one expiring later', async () => {
    // START is 2026-06-15: a card valid through 06/2026 expires in 16 days, 08/2026 in 78.
    await insertMethod(s.t, { id: 'pm_soon', customer: 'cus_demo', type: 'card', details: { brand: 'visa', last4: '1111', exp_month: 6, exp_year: 2026, funding: 'debit' } });
    await insertMethod(s.t, { id: 'pm_later', customer: 'cus_demo', type: 'card', details: { brand: 'visa', last4: '2222', exp_month: 8, exp_year: 2026, funding: 'debit' } });
    const list = await s.methods();
    const soon = list.find((m) => m.id === 'pm_soon')!;
    const later = list.find((m) => m.id === 'pm_later')!;
    assert.deepEqual([soon.expired, soon.expires_soon], [false, true]);
    assert.deepEqual([later.expired, later.expires_soon], [false, false]);
    s.t.clock.now = Date.UTC(2026, 6, 1); // 1 July 2026: 06/2026 has expired
    const { token } = await s.t.session();
    const data = (await (await s.t.customer('/v1/payment-methods', token)).json()).data as PaymentMethod[];
    const moved = data.find((m) => m.id === 'pm_soon')!;
    assert.deepEqual([moved.expired, moved.expires_soon], [true, false]);
  });

  it("models every type of Stripe's portal table, with the detail a customer recognises it by", async () => {
    const t = s.t;
    const rows: Array<[string, object]> = [
      ['us_bank_account', { bank_name: 'STRIPE TEST BANK', last4: '6789', account_type: 'checking', routing_number: '110000000' }],
      ['au_becs_debit', { bsb_number: '000000', last4: '3456' }],
      ['sepa_debit', { bank_name: 'Deutsche Bank', bank_code: '37040044', country: 'DE', last4: '3000' }],
      ['bacs_debit', { sort_code: '108800', last4: '2345' }],
      ['acss_debit', { bank_name: 'TD Canada Trust', institution_number: '004', transit_number: '11000', last4: '6789' }],
      ['paypal', { payer_email: 'pal@example.com' }],
      ['amazon_pay', { email: 'amazon@example.com' }],
      ['cashapp', { cashtag: '$dana' }],
      ['link', { email: 'link@example.com' }],
      ['boleto', { tax_id: '000.000.000-00' }],
    ];
    for (const [i, [type, details]] of rows.entries()) {
      await insertMethod(t, { id: `pm_new_${type}`, customer: 'cus_new', type, details, created: START + i });
    }
    const { token } = await t.session('cus_new');
    const body = await (await t.customer('/v1/payment-methods', token)).json();
    const byType = Object.fromEntries((body.data as PaymentMethod[]).map((m) => [m.type, m]));
    assert.equal(body.data.length, rows.length);
    assert.deepEqual(byType.us_bank_account!.us_bank_account, { bank_name: 'STRIPE TEST BANK', last4: '6789', account_type: 'checking', routing_number: '110000000' });
    assert.deepEqual(byType.au_becs_debit!.au_becs_debit, { bank_name: null, last4: '3456', bsb_number: '000000' });
    assert.deepEqual(byType.sepa_debit!.sepa_debit, { bank_name: 'Deutsche Bank', last4: '3000', bank_code: '37040044', country: 'DE' });
    assert.deepEqual(byType.bacs_debit!.bacs_debit, { bank_name: null, last4: '2345', sort_code: '108800' });
    assert.deepEqual(byType.acss_debit!.acss_debit, { bank_name: 'TD Canada Trust', last4: '6789', institution_number: '004', transit_number: '11000' });
    assert.deepEqual(byType.paypal!.paypal, { email: 'pal@example.com' });
    assert.deepEqual(byType.amazon_pay!.amazon_pay, { email: 'amazon@example.com' });
    assert.deepEqual(byType.cashapp!.cashapp, { cashtag: '$dana' });
    assert.deepEqual(byType.link!.link, { email: 'link@example.com' });
    assert.deepEqual(byType.boleto!.boleto, { tax_id_last4: '0000' });
    for (const m of body.data as PaymentMethod[]) {
      assert.deepEqual([m.expired, m.expires_soon, m.is_default], [false, false, false]);
      assert.equal(m.card, undefined);
    }
    // Newest first.
    assert.equal(body.data[0].type, 'boleto');
  });

  it('needs a session token on every route', async () => {
    for (const [method, path] of [
      ['GET', '/v1/payment-methods'],
      ['POST', '/v1/payment-methods/setup'],
      ['POST', '/v1/payment-methods/pm_demo_visa/default'],
      ['DELETE', '/v1/payment-methods/pm_demo_visa'],
      ['POST', '/v1/subscriptions/sub_demo_starter/payment-method'],
    ]) {
      const response = await s.t.app.request(path!, { method });
      assert.equal(response.status, 401, `${method} ${path}`);
    }
  });

  it('does not list detached methods, nor other customers’ methods', async () => {
    await s.t.db.run(`UPDATE payment_methods SET detached_at = $1 WHERE id = 'pm_demo_expired'`, [START]);
    const ids = (await s.methods()).map((m) => m.id);
    assert.ok(!ids.includes('pm_demo_expired'));
    assert.ok(!ids.includes('pm_io_sepa'));
  });
});

describe('default and removal', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  it('makes a method the default, leaving exactly one default, and reports the change', async () => {
    const { status, body } = await s.send('POST', '/v1/payment-methods/pm_demo_mastercard/default');
    assert.equal(status, 200);
    assert.deepEqual(
      (body.data as PaymentMethod[]).filter((m) => m.is_default).map((m) => m.id),
      ['pm_demo_mastercard'],
    );
    const stored = await s.t.db.all<{ id: string }>(`SELECT id FROM payment_methods WHERE customer_id = 'cus_demo' AND is_default = 1`);
    assert.deepEqual(stored.map((r) => r.id), ['pm_demo_mastercard']);
    const [event] = await s.events('payment_method.default_changed');
    assert.equal(event!.data.object.id, 'pm_demo_mastercard');
    // Again: nothing changes, no second event.
    assert.equal((await s.send('POST', '/v1/payment-methods/pm_demo_mastercard/default')).status, 200);
    assert.equal((await s.events('payment_method.default_changed')).length, 1);
  });

  it("refuses another customer's method and an unknown one with 404", async () => {
    for (const path of ['/v1/payment-methods/pm_io_sepa/default', '/v1/payment-methods/pm_nope/default']) {
      const { status, body } = await s.send('POST', path);
      assert.equal(status, 404);
      assert.equal(body.error.code, 'resource_missing');
    }
    const { status } = await s.send('DELETE', '/v1/payment-methods/pm_io_sepa');
    assert.equal(status, 404);
    const sepa = await s.t.db.get<{ detached_at: number | null }>(`SELECT detached_at FROM payment_methods WHERE id = 'pm_io_sepa'`);
    assert.equal(sepa!.detached_at, null);
  });

  it('removes a method (detached), moving the subscription it paid for to the default method', async () => {
    const before = await s.sub('sub_demo_addon');
    const { status, body } = await s.send('DELETE', '/v1/payment-methods/pm_demo_mastercard');
    assert.equal(status, 200);
    assert.deepEqual((body.data as PaymentMethod[]).map((m) => m.id).sort(), ['pm_demo_expired', 'pm_demo_visa']);
    const row = await s.t.db.get<{ detached_at: number }>(`SELECT detached_at FROM payment_methods WHERE id = 'pm_demo_mastercard'`);
    assert.equal(Number(row!.detached_at), START);
    const after = await s.sub('sub_demo_addon');
    assert.equal(after!.payment_method_id, 'pm_demo_visa');
    assert.equal(Number(after!.version), Number(before!.version) + 1);
    const visa = (body.data as PaymentMethod[]).find((m) => m.id === 'pm_demo_visa')!;
    assert.ok(visa.used_by.includes('sub_demo_addon'));
    assert.equal((await s.events('payment_method.detached'))[0]!.data.object.id, 'pm_demo_mastercard');
    const [moved] = await s.events('subscription.updated');
    assert.equal(moved!.data.object.id, 'sub_demo_addon');
    // Removed means gone: a second removal is a 404.
    assert.equal((await s.send('DELETE', '/v1/payment-methods/pm_demo_mastercard')).status, 404);
  });

  it('removing the default makes the newest remaining method the default, and its subscriptions follow', async () => {
    await s.t.db.run(`UPDATE payment_methods SET created_at = $1 WHERE id = 'pm_demo_mastercard'`, [START - DAY]);
    const { status, body } = await s.send('DELETE', '/v1/payment-methods/pm_demo_visa');
    assert.equal(status, 200);
    const list = body.data as PaymentMethod[];
    assert.deepEqual(list.filter((m) => m.is_default).map((m) => m.id), ['pm_demo_mastercard']);
    for (const id of ['sub_demo_pro', 'sub_demo_team', 'sub_demo_scheduled']) {
      assert.equal((await s.sub(id))!.payment_method_id, 'pm_demo_mastercard', id);
    }
  });

  it('refuses to remove the last method while a subscription needs one, with a clear message', async () => {
    assert.equal((await s.send('DELETE', '/v1/payment-methods/pm_demo_expired')).status, 200);
    assert.equal((await s.send('DELETE', '/v1/payment-methods/pm_demo_mastercard')).status, 200);
    const { status, body } = await s.send('DELETE', '/v1/payment-methods/pm_demo_visa');
    assert.equal(status, 400);
    assert.equal(body.error.code, 'payment_method_required');
    assert.match(body.error.message, /only payment method/);
    assert.match(body.error.message, /Add another/);
    const visa = await s.t.db.get<{ detached_at: number | null; is_default: number }>(`SELECT detached_at, is_default FROM payment_methods WHERE id = 'pm_demo_visa'`);
    assert.equal(visa!.detached_at, null);
    assert.equal(Number(visa!.is_default), 1);
  });

  it('lets a customer without subscriptions remove every method', async () => {
    const io = await setup('cus_invoice_only');
    try {
      assert.equal((await io.send('DELETE', '/v1/payment-methods/pm_io_paypal')).status, 200);
      const last = await io.send('DELETE', '/v1/payment-methods/pm_io_sepa');
      assert.equal(last.status, 200);
      assert.deepEqual(last.body.data, []);
    } finally {
      await io.t.close();
    }
  });

  it('is refused when payment method updates are turned off', async () => {
    await s.t.merchant('/v1/portal-configuration', { features: { payment_method_update: { enabled: false } } });
    for (const [method, path, body] of [
      ['POST', '/v1/payment-methods/pm_demo_mastercard/default', undefined],
      ['DELETE', '/v1/payment-methods/pm_demo_mastercard', undefined],
      ['POST', '/v1/payment-methods/setup', { return_url: 'https://shop.example.com/account' }],
      ['POST', '/v1/subscriptions/sub_demo_pro/payment-method', { payment_method: 'pm_demo_mastercard', version: 1 }],
    ] as const) {
      const { status, body: answer } = await s.send(method, path, body);
      assert.equal(status, 403, path);
      assert.equal(answer.error.code, 'feature_disabled');
    }
    assert.equal((await s.sub('sub_demo_pro'))!.payment_method_id, 'pm_demo_visa');
    assert.equal((await s.get('/v1/payment-methods')).status, 200);
  });
});

describe('POST /v1/payment-methods/setup', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  it("answers a one-time link to the provider's hosted page on this server, valid for an hour", async () => {
    const { status, body } = await s.send('POST', '/v1/payment-methods/setup', { return_url: 'https://shop.example.com/account?tab=billing' });
    assert.equal(status, 201);
    assert.equal(body.object, 'setup_session');
    assert.match(body.id, /^seti_[0-9a-f]{32}$/);
    assert.equal(body.url, `http://localhost:4400/hosted/setup/${body.id}`);
    assert.equal(body.expires_at, new Date(START + 3_600_000).toISOString());
    assert.equal(body.subscription, null);
    const row = await s.t.db.get<{ customer_id: string; return_url: string; used_at: number | null }>(`SELECT * FROM setup_sessions WHERE id = $1`, [body.id]);
    assert.deepEqual({ ...row }, { ...row, customer_id: 'cus_demo', return_url: 'https://shop.example.com/account?tab=billing', used_at: null });
  });

  it('refuses a return URL off the allowed origins, or not https', async () => {
    for (const url of ['https://evil.example.net/', 'http://shop.example.com/', 'javascript:alert(1)', 'not a url']) {
      const { status, body } = await s.send('POST', '/v1/payment-methods/setup', { return_url: url });
      assert.equal(status, 400, url);
      assert.equal(body.error.param, 'return_url');
    }
    assert.equal((await s.t.db.all(`SELECT id FROM setup_sessions`)).length, 0);
  });

  it("takes one of the customer's subscriptions, not another's", async () => {
    const ok = await s.send('POST', '/v1/payment-methods/setup', { return_url: 'https://shop.example.com/', subscription: 'sub_demo_starter' });
    assert.equal(ok.status, 201);
    assert.equal(ok.body.subscription, 'sub_demo_starter');
    const other = await setup('cus_invoice_only');
    try {
      const { status, body } = await other.send('POST', '/v1/payment-methods/setup', { return_url: 'https://shop.example.com/', subscription: 'sub_demo_starter' });
      assert.equal(status, 404);
      assert.equal(body.error.param, 'subscription');
    } finally {
      await other.t.close();
    }
  });
});

describe('POST /v1/subscriptions/{id}/payment-method: on_hold reactivation', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  const reactivate = (payment_method: string, version = 1) =>
    s.send('POST', '/v1/subscriptions/sub_demo_starter/payment-method', { payment_method, version });

  const invoice = () =>
    s.t.db.get<{ status: string; amount_due: number; amount_paid: number }>(`SELECT status, amount_due, amount_paid FROM invoices WHERE id = 'in_demo_0036'`);

  it('a decline records a failed charge, leaves the subscription on_hold and the invoice open, and answers 402', async () => {
    const { status, body } = await reactivate('pm_demo_expired');
    assert.equal(status, 402);
    assert.equal(body.error.type, 'card_error');
    assert.equal(body.error.code, 'payment_failed');
    assert.equal(body.error.decline_code, 'expired_card');
    assert.match(body.error.message, /expired/);
    const sub = await s.sub('sub_demo_starter');
    assert.equal(sub!.status, 'on_hold');
    assert.equal(Number(sub!.version), 1);
    assert.equal(sub!.payment_method_id, 'pm_demo_expired');
    assert.deepEqual({ ...(await invoice()) }, { status: 'open', amount_due: 900, amount_paid: 0 });
    const charges = await s.charges();
    assert.equal(charges.length, 1);
    assert.equal(charges[0]!.status, 'failed');
    assert.equal(charges[0]!.failure_code, 'expired_card');
    assert.equal(body.error.charge, charges[0]!.id);
    assert.equal((await s.charges('succeeded')).length, 0);
    assert.deepEqual(await s.outbox(), []);
    assert.equal((await s.events('invoice.payment_failed')).length, 1);
    assert.equal((await s.events('invoice.paid')).length, 0);
    assert.equal((await s.events('subscription.reactivated')).length, 0);
  });

  it("declines with the method's own decline code (card_declined, insufficient_funds)", async () => {
    await insertMethod(s.t, { id: 'pm_declines', customer: 'cus_demo', type: 'card', details: { brand: 'visa', last4: '0002', exp_month: 1, exp_year: 2030, funding: 'credit' }, decline: 'card_declined' });
    await insertMethod(s.t, { id: 'pm_broke', customer: 'cus_demo', type: 'card', details: { brand: 'visa', last4: '9995', exp_month: 1, exp_year: 2030, funding: 'credit' }, decline: 'insufficient_funds' });
    const first = await reactivate('pm_declines');
    assert.equal(first.status, 402);
    assert.equal(first.body.error.decline_code, 'card_declined');
    assert.equal(first.body.error.message, 'Your card was declined. Use another payment method.');
    const second = await reactivate('pm_broke');
    assert.equal(second.body.error.decline_code, 'insufficient_funds');
    assert.equal((await s.sub('sub_demo_starter'))!.status, 'on_hold');
    assert.equal((await s.charges('failed')).length, 2);
    assert.equal((await s.charges('succeeded')).length, 0);
  });

  it('success: one charge, the invoice paid, the subscription active with a new period, two emails, two events', async () => {
    s.t.clock.now = START + 60_000;
    const { status, body } = await reactivate('pm_demo_mastercard');
    assert.equal(status, 200);
    assert.equal(body.object, 'reactivation');
    assert.equal(body.subscription_id, 'sub_demo_starter');
    assert.equal(body.status, 'active');
    assert.equal(body.version, 2);
    assert.equal(body.payment_method, 'pm_demo_mastercard');
    assert.equal(body.invoice.id, 'in_demo_0036');
    assert.equal(body.invoice.status, 'paid');
    assert.equal(body.invoice.amount_paid, 900);
    assert.equal(body.invoice.amount_due, 0);
    assert.match(body.invoice.pdf_url, /\/v1\/invoices\/in_demo_0036\/pdf\?expires=\d+&signature=/);
    assert.equal(body.invoice.hosted_invoice_url, null);
    assert.equal(body.charge.status, 'succeeded');
    assert.equal(body.charge.amount, 900);
    assert.equal(body.charge.currency, 'usd');
    assert.equal(body.subscription.status, 'active');
    assert.equal(body.subscription.version, 2);

    const sub = await s.sub('sub_demo_starter');
    assert.equal(sub!.status, 'active');
    assert.equal(Number(sub!.version), 2);
    assert.equal(sub!.payment_method_id, 'pm_demo_mastercard');
    assert.equal(Number(sub!.current_period_start), START + 60_000);
    assert.equal(new Date(Number(sub!.current_period_end)).toISOString(), '2026-07-15T12:01:00.000Z');
    assert.deepEqual({ ...(await invoice()) }, { status: 'paid', amount_due: 0, amount_paid: 900 });

    const succeeded = await s.charges('succeeded');
    assert.equal(succeeded.length, 1);
    assert.deepEqual(
      [succeeded[0]!.id, Number(succeeded[0]!.amount), succeeded[0]!.invoice_id, succeeded[0]!.payment_method_id],
      [body.charge.id, 900, 'in_demo_0036', 'pm_demo_mastercard'],
    );

    const mail = (await s.outbox()).sort((a, b) => a.kind.localeCompare(b.kind));
    assert.deepEqual(mail.map((m) => m.kind), ['payment_succeeded', 'subscription_reactivated']);
    for (const m of mail) assert.equal(m.to_address, 'demo@example.com');
    assert.match(mail[0]!.subject, /\$9\.00/);
    assert.match(mail[0]!.subject, /DEMO-0036/);
    assert.match(mail[0]!.body_text, /Mastercard ending in 4444/);
    assert.match(mail[1]!.subject, /Starter subscription is active again/);

    const paid = await s.events('invoice.paid');
    assert.equal(paid.length, 1);
    assert.equal(paid[0]!.data.object.id, 'in_demo_0036');
    const reactivated = await s.events('subscription.reactivated');
    assert.equal(reactivated.length, 1);
    assert.equal(reactivated[0]!.data.object.id, 'sub_demo_starter');
    assert.equal(reactivated[0]!.data.object.status, 'active');

    // The invoice list agrees: paid, no pay link any more.
    const listed = (await s.get('/v1/invoices?limit=1')).body.data[0];
    assert.equal(listed.id, 'in_demo_0036');
    assert.equal(listed.status, 'paid');
    assert.equal(listed.hosted_invoice_url, null);
  });

  it('a decline and then a good card: exactly one succeeded charge', async () => {
    assert.equal((await reactivate('pm_demo_expired')).status, 402);
    s.t.clock.now += 1000;
    assert.equal((await reactivate('pm_demo_mastercard')).status, 200);
    assert.deepEqual((await s.charges()).map((c) => c.status), ['failed', 'succeeded']);
  });

  it('the same request sent twice charges once: the retry gets 409 with the current subscription', async () => {
    const first = await reactivate('pm_demo_mastercard');
    assert.equal(first.status, 200);
    const retry = await reactivate('pm_demo_mastercard');
    assert.equal(retry.status, 409);
    assert.equal(retry.body.error.code, 'subscription_version_conflict');
    assert.equal(retry.body.subscription.status, 'active');
    assert.equal(retry.body.subscription.version, 2);
    assert.equal((await s.charges('succeeded')).length, 1);
    assert.equal((await s.outbox()).length, 2);
  });

  it('the same request sent twice at once charges once', async () => {
    const answers = await Promise.all([reactivate('pm_demo_mastercard'), reactivate('pm_demo_mastercard')]);
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409]);
    assert.equal((await s.charges('succeeded')).length, 1);
    assert.equal((await s.events('invoice.paid')).length, 1);
  });

  it('the same request with one Idempotency-Key is answered again without a second effect', async () => {
    const send = () =>
      s.t.customer('/v1/subscriptions/sub_demo_starter/payment-method', s.token, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'reactivate-1' },
        body: JSON.stringify({ payment_method: 'pm_demo_mastercard', version: 1 }),
      });
    const first = await send();
    const again = await send();
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.equal((await again.json()).charge.id, (await first.json()).charge.id);
    assert.equal((await s.charges('succeeded')).length, 1);
  });

  it('the invoice is charged only while it is open (the guard against a second charge)', async () => {
    const pm = (await s.t.db.get<PaymentMethodRow>(`SELECT * FROM payment_methods WHERE id = 'pm_demo_mastercard'`))!;
    const charge = () => s.t.db.transaction((tx) => chargeInvoice(tx, START, { customerId: 'cus_demo', invoiceId: 'in_demo_0036', paymentMethod: pm }));
    const [a, b] = await Promise.all([charge(), charge()]);
    assert.deepEqual([a.kind, b.kind].sort(), ['not_open', 'paid']);
    assert.equal((await charge()).kind, 'not_open');
    assert.equal((await s.charges()).length, 1);
    // Nor is someone else's invoice charged.
    const foreign = await s.t.db.transaction((tx) => chargeInvoice(tx, START, { customerId: 'cus_demo', invoiceId: 'in_io_5', paymentMethod: pm }));
    assert.equal(foreign.kind, 'not_open');
  });

  it('a stale version gets 409 and charges nothing', async () => {
    await s.t.db.run(`UPDATE subscriptions SET version = 3 WHERE id = 'sub_demo_starter'`);
    const { status, body } = await reactivate('pm_demo_mastercard', 2);
    assert.equal(status, 409);
    assert.equal(body.error.code, 'subscription_version_conflict');
    assert.equal(body.subscription.id, 'sub_demo_starter');
    assert.equal(body.subscription.version, 3);
    assert.equal((await s.charges()).length, 0);
    assert.equal((await s.sub('sub_demo_starter'))!.status, 'on_hold');
  });

  it("refuses another customer's method (404) and another customer's subscription (404)", async () => {
    const foreign = await reactivate('pm_io_sepa');
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error.param, 'payment_method');
    const io = await setup('cus_invoice_only');
    try {
      const { status } = await io.send('POST', '/v1/subscriptions/sub_demo_starter/payment-method', { payment_method: 'pm_io_sepa', version: 1 });
      assert.equal(status, 404);
    } finally {
      await io.t.close();
    }
    assert.equal((await s.charges()).length, 0);
  });

  it('for a subscription in good standing only sets the method (no charge) and bumps the version', async () => {
    const { status, body } = await s.send('POST', '/v1/subscriptions/sub_demo_pro/payment-method', { payment_method: 'pm_demo_mastercard', version: 1 });
    assert.equal(status, 200);
    assert.equal(body.object, 'subscription_payment_method');
    assert.equal(body.status, 'active');
    assert.equal(body.version, 2);
    assert.equal(body.payment_method, 'pm_demo_mastercard');
    assert.equal(body.subscription.version, 2);
    const sub = await s.sub('sub_demo_pro');
    assert.equal(sub!.payment_method_id, 'pm_demo_mastercard');
    assert.equal(Number(sub!.version), 2);
    assert.equal((await s.charges()).length, 0);
    const [event] = await s.events('subscription.updated');
    assert.equal(event!.data.object.id, 'sub_demo_pro');
    assert.deepEqual(event!.data.changes, ['payment_method']);
    const list = await s.methods();
    assert.ok(list.find((m) => m.id === 'pm_demo_mastercard')!.used_by.includes('sub_demo_pro'));
  });
});

