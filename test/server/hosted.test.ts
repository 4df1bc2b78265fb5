import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { cardBrand, luhnValid } from '../../server/routes/hosted.js';
import { START, testApp } from './helpers.js';

const RETURN = 'https://shop.example.com/account?tab=billing';
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' https://shop.example.com; base-uri 'none'; frame-ancestors 'none'";
/** The server's own origin (PORTAL_PUBLIC_URL in testApp), which the card forms must come from. */
const OWN = 'http://localhost:4400';

async function setup(customer = 'cus_demo') {
  const t = await testApp();
  const { token } = await t.session(customer);
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await t.customer(path, token, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  // Posted from the page itself unless a test says otherwise.
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = { Origin: OWN }) =>
    t.app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  const page = (path: string) => t.app.request(path);
  const newSetup = async (extra: Record<string, unknown> = {}) => {
    const { status, body } = await api('POST', '/v1/payment-methods/setup', { return_url: RETURN, ...extra });
    assert.equal(status, 201);
    return { id: body.id as string, path: new URL(body.url as string).pathname };
  };
  const cards = () =>
    t.db.all<{ id: string; details: string; is_default: number; decline_code: string | null; detached_at: number | null }>(
      `SELECT * FROM payment_methods WHERE customer_id = $1 ORDER BY created_at, id`,
      [customer],
    );
  const charges = (status?: string) =>
    t.db.all<{ id: string; status: string; payment_method_id: string; amount: number }>(
      `SELECT * FROM charges ${status ? 'WHERE status = $1' : ''}`,
      status ? [status] : [],
    );
  return { t, token, api, post, page, newSetup, cards, charges };
}

const good = { card_number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123', name: 'Dana Demo' };

describe('card checks', () => {
  it('Luhn and brands from the number prefix', () => {
    assert.ok(luhnValid('4242424242424242'));
    assert.ok(luhnValid('4000000000000002'));
    assert.ok(!luhnValid('4242424242424241'));
    assert.equal(cardBrand('4242424242424242'), 'visa');
    assert.equal(cardBrand('5555555555554444'), 'mastercard');
    assert.equal(cardBrand('2223003122003222'), 'mastercard');
    assert.equal(cardBrand('378282246310005'), 'amex');
    assert.equal(cardBrand('6011111111111117'), 'discover');
    assert.equal(cardBrand('3566002020360505'), 'jcb');
    assert.equal(cardBrand('36227206271667'), 'diners');
    assert.equal(cardBrand('6200000000000005'), 'unionpay');
    assert.equal(cardBrand('9999999999999995'), 'unknown');
  });
});

describe('/hosted/setup/<id>: add a payment method', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  it('shows a test-mode card form: labels, autocomplete, the test cards, strict headers', async () => {
    const { path } = await s.newSetup();
    const response = await s.page(path);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/html/);
    assert.equal(response.headers.get('content-security-policy'), CSP);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    const html = await response.text();
    assert.match(html, /Test mode/);
    assert.match(html, /4242 4242 4242 4242 \(succeeds\)/);
    assert.match(html, /4000 0000 0000 0002 \(declines\)/);
    for (const [id, autocomplete] of [['card_number', 'cc-number'], ['expiry', 'cc-exp'], ['cvc', 'cc-csc'], ['name', 'cc-name']]) {
      assert.match(html, new RegExp(`<label for="${id}">`), id);
      assert.match(html, new RegExp(`<input type="text" id="${id}" name="${id}" [^>]*autocomplete="${autocomplete}"`), id);
    }
    assert.match(html, new RegExp(`<form method="post" action="${path}"`));
    assert.doesNotMatch(html, /<script|<iframe|<link|src=|https?:\/\/(?!shop\.example\.com)/i);
    assert.match(html, /Acme Cloud/);
  });

  it('escapes every text: a hostile name on the card and a hostile business name', async () => {
    await s.t.merchant('/v1/portal-configuration', { business_profile: { name: '<img src=x onerror=alert(1)>' } });
    const { path } = await s.newSetup();
    const hostile = '"><script>alert(1)</script>';
    const response = await s.post(path, { ...good, card_number: '4242 4242 4242 4241', name: hostile });
    assert.equal(response.status, 400);
    const html = await response.text();
    assert.doesNotMatch(html, /<script>/);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    // The card number is never echoed back.
    assert.doesNotMatch(html, /4241/);
  });

  it('validates: Luhn, a future expiry, a 3–4 digit CVC, a name — each error on its field, nothing saved', async () => {
    const { path } = await s.newSetup();
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ card_number: '4242 4242 4242 4241' }, 'card_number', /not valid/],
      [{ card_number: '' }, 'card_number', /Enter the card number/],
      [{ expiry: '05/26' }, 'expiry', /expired/],
      [{ expiry: '13/30' }, 'expiry', /between 01 and 12/],
      [{ expiry: '1230' }, 'expiry', /MM\/YY/],
      [{ cvc: '12' }, 'cvc', /3 or 4 digits/],
      [{ cvc: '12345' }, 'cvc', /3 or 4 digits/],
      [{ name: '  ' }, 'name', /name on the card/],
    ];
    for (const [change, fieldId, message] of cases) {
      const response = await s.post(path, { ...good, ...change });
      assert.equal(response.status, 400, JSON.stringify(change));
      const html = await response.text();
      assert.match(html, new RegExp(`id="${fieldId}" [^>]*aria-invalid="true" aria-describedby="${fieldId}-error"`));
      const error = html.match(new RegExp(`<p class="error" id="${fieldId}-error">([^<]*)</p>`));
      assert.ok(error, fieldId);
      assert.match(error![1]!, message);
    }
    assert.equal((await s.cards()).length, 3);
    const row = await s.t.db.get<{ used_at: number | null }>(`SELECT used_at FROM setup_sessions`);
    assert.equal(row!.used_at, null);
  });

  it('the declining test card shows the form again with "Your card was declined." and saves nothing', async () => {
    const { path } = await s.newSetup();
    const response = await s.post(path, { ...good, card_number: '4000 0000 0000 0002' });
    assert.equal(response.status, 402);
    const html = await response.text();
    assert.match(html, /<p class="alert" role="alert">Your card was declined\./);
    assert.match(html, /<form method="post"/);
    assert.equal((await s.cards()).length, 3);
    // The link still works for another card.
    const retry = await s.post(path, good);
    assert.equal(retry.status, 303);
  });

  it('a good card is saved (brand, last4, expiry), becomes the default, and the page returns with #portal_setup', async () => {
    const { id, path } = await s.newSetup();
    s.t.clock.now = START + 60_000;
    const response = await s.post(path, { ...good, card_number: '5555-5555-5555-4444', expiry: '07 / 2031' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const location = new URL(response.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}${location.search}`, RETURN);
    const fragment = new URLSearchParams(location.hash.slice(1));
    const pmId = fragment.get('portal_setup');
    assert.match(pmId ?? '', /^pm_[0-9a-f]+$/, location.hash);
    // The customer comes back signed in: a new session for the same customer, in the fragment.
    const resumed = fragment.get('portal_session')!;
    assert.match(resumed, /^pst_[A-Za-z0-9_-]{43}$/);
    const bootstrap = await s.t.customer('/v1/bootstrap', resumed);
    assert.equal(bootstrap.status, 200);
    assert.equal((await bootstrap.json()).customer.id, 'cus_demo');
    const row = (await s.cards()).find((c) => c.id === pmId)!;
    assert.deepEqual(JSON.parse(row.details), { brand: 'mastercard', last4: '4444', exp_month: 7, exp_year: 2031, funding: 'credit' });
    assert.equal(row.decline_code, null);
    assert.equal(Number(row.is_default), 1);
    const session = await s.t.db.get<{ used_at: number; payment_method_id: string }>(`SELECT * FROM setup_sessions WHERE id = $1`, [id]);
    assert.equal(Number(session!.used_at), START + 60_000);
    assert.equal(session!.payment_method_id, pmId);

    const list = await s.api('GET', '/v1/payment-methods');
    assert.equal(list.body.data[0].id, pmId);
    assert.deepEqual(
      list.body.data.filter((m: { is_default: boolean }) => m.is_default).map((m: { id: string }) => m.id),
      [pmId],
    );
    const events = await s.t.db.all<{ payload: string }>(`SELECT payload FROM events WHERE type = 'payment_method.attached'`);
    assert.equal(JSON.parse(events[0]!.payload).data.object.id, pmId);
  });

  it('works once: a used link shows a clear page, and saves nothing more', async () => {
    const { path } = await s.newSetup();
    assert.equal((await s.post(path, good)).status, 303);
    const again = await s.post(path, good);
    assert.equal(again.status, 410);
    assert.match(await again.text(), /This link has already been used/);
    const view = await s.page(path);
    assert.equal(view.status, 410);
    assert.equal((await s.cards()).length, 4);
  });

  it('expires after an hour, and an unknown id is a clear 404 page', async () => {
    const { path } = await s.newSetup();
    s.t.clock.now = START + 3_600_000;
    const expired = await s.page(path);
    assert.equal(expired.status, 410);
    assert.match(await expired.text(), /This link has expired/);
    assert.equal((await s.post(path, good)).status, 410);
    const unknown = await s.page('/hosted/setup/seti_00000000000000000000000000000000');
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /This link is not valid/);
    assert.equal((await s.page('/hosted/setup/%3Cscript%3E')).status, 404);
    assert.equal((await s.cards()).length, 3);
  });

  it("for a subscription: sets that subscription's method, charging nothing", async () => {
    const { path } = await s.newSetup({ subscription: 'sub_demo_starter' });
    const response = await s.post(path, good);
    assert.equal(response.status, 303);
    const pmId = new URLSearchParams(new URL(response.headers.get('location')!).hash.slice(1)).get('portal_setup');
    const sub = await s.t.db.get<{ status: string; payment_method_id: string; version: number }>(
      `SELECT status, payment_method_id, version FROM subscriptions WHERE id = 'sub_demo_starter'`,
    );
    assert.deepEqual({ ...sub, version: Number(sub!.version) }, { status: 'on_hold', payment_method_id: pmId, version: 2 });
    assert.equal((await s.charges()).length, 0);
    const invoice = await s.t.db.get<{ status: string }>(`SELECT status FROM invoices WHERE id = 'in_demo_0036'`);
    assert.equal(invoice!.status, 'open');
    // Added for one subscription while a default exists: the default stays.
    const row = (await s.cards()).find((c) => c.id === pmId)!;
    assert.equal(Number(row.is_default), 0);
  });

  it('keeps a fragment already in the return URL', async () => {
    const { body } = await s.api('POST', '/v1/payment-methods/setup', { return_url: 'https://shop.example.com/account#billing' });
    const response = await s.post(new URL(body.url).pathname, good);
    assert.match(response.headers.get('location')!, /^https:\/\/shop\.example\.com\/account#billing&portal_setup=pm_[0-9a-f]+&portal_session=pst_[A-Za-z0-9_-]+$/);
  });

  it('refuses a form posted from anywhere but its own page, with a clear page; saves nothing', async () => {
    const { path } = await s.newSetup();
    const refusedFrom: Array<Record<string, string>> = [
      { Origin: 'https://evil.example.net' },
      { Origin: 'https://shop.example.com' }, // even the merchant's (allowed) origin
      { Origin: 'http://localhost:4401' },
      { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }, // a sandboxed frame
      { Origin: 'null' }, // null, and nothing says where from
      { 'Sec-Fetch-Site': 'same-site' },
      {}, // neither header
    ];
    for (const headers of refusedFrom) {
      const response = await s.post(path, good, headers);
      assert.equal(response.status, 403, JSON.stringify(headers));
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.match(response.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
      const html = await response.text();
      assert.match(html, /<h1>This form was sent from another page<\/h1>/);
      assert.match(html, /Nothing was saved or charged/);
    }
    assert.equal((await s.cards()).length, 3);
    // Our own form under no-referrer: Chromium sends Origin: null with Sec-Fetch-Site: same-origin.
    assert.equal((await s.post(path, good, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })).status, 303);
    assert.equal((await s.cards()).length, 4);
  });

  it('accepts its own origin, and a missing Origin when Sec-Fetch-Site is same-origin', async () => {
    assert.equal((await s.post((await s.newSetup()).path, good, { Origin: OWN })).status, 303);
    assert.equal((await s.post((await s.newSetup()).path, good, { 'Sec-Fetch-Site': 'same-origin' })).status, 303);
    assert.equal((await s.cards()).length, 5);
  });
});

describe('/hosted/pay/<invoice>: pay an open invoice', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => (s = await setup()));
  afterEach(() => s.t.close());

  const payUrl = async (returnUrl?: string) => {
    const { body } = await s.api('GET', '/v1/invoices?limit=1');
    const invoice = body.data[0];
    assert.equal(invoice.id, 'in_demo_0036');
    const url = new URL(invoice.hosted_invoice_url);
    if (returnUrl) url.searchParams.set('return_url', returnUrl);
    return url;
  };

  it('open invoices carry a signed hosted_invoice_url and their subscription; others none', async () => {
    const { body } = await s.api('GET', '/v1/invoices?limit=5');
    const [open, ...rest] = body.data;
    assert.equal(open.status, 'open');
    assert.equal(open.subscription, 'sub_demo_starter');
    const url = new URL(open.hosted_invoice_url);
    assert.equal(url.origin, 'http://localhost:4400');
    assert.equal(url.pathname, '/hosted/pay/in_demo_0036');
    assert.equal(Number(url.searchParams.get('expires')), Math.floor((START + 3_600_000) / 1000));
    assert.match(url.searchParams.get('signature')!, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(url.searchParams.get('return_url'), 'http://localhost:4400/');
    for (const invoice of rest) {
      assert.notEqual(invoice.status, 'open');
      assert.equal(invoice.hosted_invoice_url, null);
      assert.equal(invoice.subscription, 'sub_demo_pro');
    }
  });

  it('shows the amount, the invoice and a choice of saved methods or a new card', async () => {
    const url = await payUrl(RETURN);
    const response = await s.page(url.pathname + url.search);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-security-policy'), CSP);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const html = await response.text();
    assert.match(html, /Pay invoice DEMO-0036/);
    assert.match(html, /<p class="amount">\$9\.00<\/p>/);
    assert.match(html, /Visa ending in 4242, expires 12\/2029 \(default\)/);
    assert.match(html, /Mastercard ending in 4444/);
    assert.match(html, /value="pm_demo_visa" checked/);
    assert.match(html, /value="new"/);
    assert.match(html, /autocomplete="cc-number"/);
    assert.match(html, /Test mode/);
    assert.doesNotMatch(html, /<script/i);
  });

  it('refuses forged, expired or foreign-return links', async () => {
    const url = await payUrl();
    const forged = new URL(url);
    forged.searchParams.set('signature', 'A'.repeat(43));
    assert.equal((await s.page(forged.pathname + forged.search)).status, 403);
    const otherInvoice = `/hosted/pay/in_demo_0035${url.search}`;
    assert.equal((await s.page(otherInvoice)).status, 403);
    const evil = new URL(url);
    evil.searchParams.set('return_url', 'https://evil.example.net/');
    const refused = await s.page(evil.pathname + evil.search);
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /not an allowed origin/);
    assert.equal((await s.post(evil.pathname + evil.search, { method: 'pm_demo_mastercard' })).status, 400);
    s.t.clock.now = START + 3_600_000 + 1000;
    const expired = await s.page(url.pathname + url.search);
    assert.equal(expired.status, 410);
    assert.match(await expired.text(), /expired/);
    assert.equal((await s.charges()).length, 0);
  });

  it('a declining saved method: the reason, a failed charge, the invoice still open', async () => {
    const url = await payUrl(RETURN);
    const response = await s.post(url.pathname + url.search, { method: 'pm_demo_expired' });
    assert.equal(response.status, 402);
    assert.match(await response.text(), /role="alert">Your card has expired/);
    assert.deepEqual((await s.charges()).map((c) => c.status), ['failed']);
    const invoice = await s.t.db.get<{ status: string }>(`SELECT status FROM invoices WHERE id = 'in_demo_0036'`);
    assert.equal(invoice!.status, 'open');
    const sub = await s.t.db.get<{ status: string }>(`SELECT status FROM subscriptions WHERE id = 'sub_demo_starter'`);
    assert.equal(sub!.status, 'on_hold');
  });

  it('the declining test card: declined, nothing saved or charged', async () => {
    const url = await payUrl(RETURN);
    const response = await s.post(url.pathname + url.search, { method: 'new', ...good, card_number: '4000000000000002', save_card: '1' });
    assert.equal(response.status, 402);
    assert.match(await response.text(), /Your card was declined\./);
    assert.equal((await s.charges()).length, 0);
    assert.equal((await s.cards()).length, 3);
  });

  it("paying with a saved method: paid, the on_hold subscription reactivated, back with #portal_paid; once only", async () => {
    const url = await payUrl(RETURN);
    const path = url.pathname + url.search;
    const response = await s.post(path, { method: 'pm_demo_mastercard' });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${RETURN}#portal_paid=in_demo_0036`);
    const invoice = await s.t.db.get<{ status: string; amount_paid: number; amount_due: number }>(
      `SELECT status, amount_paid, amount_due FROM invoices WHERE id = 'in_demo_0036'`,
    );
    assert.deepEqual({ ...invoice, amount_paid: Number(invoice!.amount_paid), amount_due: Number(invoice!.amount_due) }, { status: 'paid', amount_paid: 900, amount_due: 0 });
    const sub = await s.t.db.get<{ status: string; version: number }>(`SELECT status, version FROM subscriptions WHERE id = 'sub_demo_starter'`);
    assert.equal(sub!.status, 'active');
    assert.equal(Number(sub!.version), 2);
    const kinds = (await s.t.db.all<{ kind: string }>(`SELECT kind FROM outbox`)).map((m) => m.kind).sort();
    assert.deepEqual(kinds, ['payment_succeeded', 'subscription_reactivated']);

    // Sent again (a double submit): no second charge, a clear page.
    const again = await s.post(path, { method: 'pm_demo_mastercard' });
    assert.equal(again.status, 200);
    assert.match(await again.text(), /Invoice DEMO-0036 is paid/);
    const succeeded = await s.charges('succeeded');
    assert.equal(succeeded.length, 1);
    assert.equal(succeeded[0]!.payment_method_id, 'pm_demo_mastercard');
    assert.match(await (await s.page(path)).text(), /is paid/);
  });

  it('paying with a new card that is not to be kept: charged, recorded, not listed', async () => {
    const io = await setup('cus_invoice_only');
    try {
      const { body } = await io.api('GET', '/v1/invoices');
      const open = body.data.find((i: { status: string }) => i.status === 'open');
      assert.equal(open.id, 'in_io_5');
      assert.equal(open.subscription, null);
      const url = new URL(open.hosted_invoice_url);
      url.searchParams.set('return_url', RETURN);
      const page = await io.page(url.pathname + url.search);
      assert.match(await page.text(), /€/);
      const response = await io.post(url.pathname + url.search, { method: 'new', ...good });
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), `${RETURN}#portal_paid=in_io_5`);
      const [charge] = await io.charges('succeeded');
      assert.equal(Number(charge!.amount), Number(open.amount_due));
      const card = (await io.cards()).find((c) => c.id === charge!.payment_method_id)!;
      assert.notEqual(card.detached_at, null);
      const listed = await io.api('GET', '/v1/payment-methods');
      assert.deepEqual(listed.body.data.map((m: { id: string }) => m.id).sort(), ['pm_io_paypal', 'pm_io_sepa']);
    } finally {
      await io.t.close();
    }
  });

  it('a new card can be kept for future payments', async () => {
    const url = await payUrl(RETURN);
    const response = await s.post(url.pathname + url.search, { method: 'new', ...good, save_card: '1' });
    assert.equal(response.status, 303);
    const [charge] = await s.charges('succeeded');
    const listed = await s.api('GET', '/v1/payment-methods');
    const saved = listed.body.data.find((m: { id: string }) => m.id === charge!.payment_method_id);
    assert.ok(saved);
    assert.equal(saved.card.last4, '4242');
    assert.equal(saved.is_default, false);
  });

  it('refuses a payment posted from anywhere but its own page; charges nothing', async () => {
    const url = await payUrl(RETURN);
    const path = url.pathname + url.search;
    const refusedFrom: Array<Record<string, string>> = [{ Origin: 'https://shop.example.com' }, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'null' }, {}];
    for (const headers of refusedFrom) {
      const response = await s.post(path, { method: 'pm_demo_mastercard' }, headers);
      assert.equal(response.status, 403, JSON.stringify(headers));
      assert.match(await response.text(), /This form was sent from another page/);
    }
    assert.equal((await s.charges()).length, 0);
    const invoice = await s.t.db.get<{ status: string }>(`SELECT status FROM invoices WHERE id = 'in_demo_0036'`);
    assert.equal(invoice!.status, 'open');
    assert.equal((await s.post(path, { method: 'pm_demo_mastercard' }, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' })).status, 303);
    assert.equal((await s.charges('succeeded')).length, 1);
  });

  it("refuses a method that is not the invoice's customer's", async () => {
    const url = await payUrl(RETURN);
    const response = await s.post(url.pathname + url.search, { method: 'pm_io_sepa' });
    assert.equal(response.status, 400);
    assert.equal((await s.charges()).length, 0);
  });

  it('a paid invoice has nothing to pay', async () => {
    const url = await payUrl(RETURN);
    await s.t.db.run(`UPDATE invoices SET status = 'void' WHERE id = 'in_demo_0036'`);
    const response = await s.page(url.pathname + url.search);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /cannot be paid/);
  });
});
