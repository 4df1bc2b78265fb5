import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { PortalApiClient } from '../src/state/api-client.js';
import { PortalError } from '../src/state/errors.js';
import type { PortalStore } from '../src/state/store.js';
import { check } from '../src/state/validate.js';
import { freshCustomer, listsOnTheirOwn, requestsTo, serverApiBase, sessionToken, sessionReady } from './support/portal.js';

interface Sent {
  method: string;
  url: string;
  key: string | null;
  at: number;
}

/** Wraps the real fetch, recording what was sent; `fault(n)` may replace the n-th call. */
function recordingFetch(fault?: (call: number, input: RequestInfo | URL, init?: RequestInit) => Promise<Response> | undefined) {
  const sent: Sent[] = [];
  const answers: Response[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ method: init?.method ?? 'GET', url: String(input), key: headers.get('idempotency-key'), at: performance.now() });
    const injected = fault?.(sent.length, input, init);
    if (injected) return injected;
    const response = await fetch(input, init);
    answers.push(response.clone());
    return response;
  };
  return { fetch: wrapped, sent, answers };
}

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('PortalApiClient', () => {
  it('re-sends a mutation whose answer was lost with the same Idempotency-Key; the server does it once', async () => {
    const apiBase = await serverApiBase();
    const { token } = await freshCustomer('cus_new'); // it changes the customer: a copy of its own
    const recorder = recordingFetch((call, input, init) => {
      if (call !== 1) return undefined;
      // The server receives and commits the first attempt; the connection drops before the answer.
      return fetch(input, init).then(() => Promise.reject(new TypeError('Failed to fetch')));
    });
    const client = new PortalApiClient({ apiBase, token, fetch: recorder.fetch, backoffMs: 20 });
    const phone = `+1 415 555 ${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const customer = await client.call('post', '/v1/customer', { body: { phone } });
    expect(customer.phone).to.equal(phone);
    expect(recorder.sent).to.have.length(2);
    expect(recorder.sent[0]!.key).to.be.a('string').and.have.length.greaterThan(15);
    expect(recorder.sent[1]!.key).to.equal(recorder.sent[0]!.key);
    // The second answer is the first one, stored: the update was not applied twice.
    expect(recorder.answers[0]!.headers.get('idempotent-replayed')).to.equal('true');
  });

  it('uses a new key for each new action', async () => {
    const apiBase = await serverApiBase();
    const recorder = recordingFetch();
    const client = new PortalApiClient({ apiBase, token: (await freshCustomer('cus_new')).token, fetch: recorder.fetch });
    await client.call('post', '/v1/customer', { body: { phone: '+1 415 555 0100' } });
    await client.call('post', '/v1/customer', { body: { phone: '+1 415 555 0101' } });
    expect(recorder.sent[0]!.key).not.to.equal(recorder.sent[1]!.key);
  });

  it('never retries a 400, and reports the field', async () => {
    const apiBase = await serverApiBase();
    const recorder = recordingFetch();
    const client = new PortalApiClient({ apiBase, fetch: recorder.fetch, backoffMs: 10 });
    const error = await client.call('post', '/v1/login', { body: { business_id: 'biz_demo', email: 'not-an-email' } }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(PortalError);
    expect((error as PortalError).kind).to.equal('validation');
    expect((error as PortalError).details.param).to.equal('email');
    expect(recorder.sent).to.have.length(1);
  });

  it('retries 5xx with backoff and then succeeds; reads carry no key', async () => {
    const apiBase = await serverApiBase();
    const recorder = recordingFetch((call) =>
      call <= 2 ? Promise.resolve(jsonResponse(503, { error: { type: 'api_error', code: 'unavailable', message: 'busy' } })) : undefined,
    );
    const client = new PortalApiClient({ apiBase, token: await sessionToken('cus_demo'), fetch: recorder.fetch, backoffMs: 50 });
    const list = await client.listInvoices({ limit: 3 });
    expect(list.data).to.have.length(3);
    expect(recorder.sent).to.have.length(3);
    expect(recorder.sent.every((s) => s.key === null)).to.be.true;
    // Waits of 50–100 ms, then 100–200 ms (backoff plus jitter); 2 ms off for the clocks'
    // coarsening (performance.now and timers are rounded differently, Firefox's to 1 ms).
    expect(recorder.sent[1]!.at - recorder.sent[0]!.at).to.be.at.least(48);
    expect(recorder.sent[2]!.at - recorder.sent[1]!.at).to.be.at.least(98);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const apiBase = await serverApiBase();
    const recorder = recordingFetch((call) =>
      call === 1
        ? Promise.resolve(jsonResponse(429, { error: { type: 'rate_limit_error', code: 'rate_limited', message: 'slow down' } }, { 'Retry-After': '1' }))
        : undefined,
    );
    const client = new PortalApiClient({ apiBase, token: await sessionToken('cus_demo'), fetch: recorder.fetch, backoffMs: 10 });
    await client.listInvoices({ limit: 1 });
    expect(recorder.sent).to.have.length(2);
    expect(recorder.sent[1]!.at - recorder.sent[0]!.at).to.be.at.least(950);
  });

  it('marks a mutation that never got an answer as outcome unknown, having re-sent only its own key', async () => {
    const apiBase = await serverApiBase();
    const recorder = recordingFetch(
      (_call, _input, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('timed out', 'TimeoutError'))),
        ),
    );
    const client = new PortalApiClient({ apiBase, token: await sessionToken('cus_new'), fetch: recorder.fetch, timeoutMs: 150, backoffMs: 10, retries: 2 });
    const error = (await client.call('post', '/v1/customer', { body: { name: 'Nina New' } }).catch((e: unknown) => e)) as PortalError;
    expect(error.kind).to.equal('timeout');
    expect(error.details.outcomeUnknown).to.be.true;
    expect(recorder.sent).to.have.length(3);
    expect(new Set(recorder.sent.map((s) => s.key)).size).to.equal(1);
  });

  it('turns a response missing a field into a clear error naming it', async () => {
    const apiBase = await serverApiBase();
    const client = new PortalApiClient({
      apiBase,
      token: 'pst_x',
      fetch: async () => jsonResponse(200, { object: 'list', data: [], has_more: false }),
    });
    const error = (await client.listInvoices().catch((e: unknown) => e)) as PortalError;
    expect(error.kind).to.equal('malformed');
    expect(error.message).to.contain('next_cursor');
  });

  it('stops when the caller aborts, without retrying', async () => {
    const apiBase = await serverApiBase();
    const recorder = recordingFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const client = new PortalApiClient({ apiBase, token: 'pst_x', fetch: recorder.fetch, backoffMs: 500 });
    const controller = new AbortController();
    const pending = client.listInvoices({ signal: controller.signal }).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 50);
    const error = (await pending) as PortalError;
    expect(error.kind).to.equal('aborted');
    expect(recorder.sent).to.have.length(1);
  });
});

describe('Response checks', () => {
  type Json = Record<string, any>;

  /** A client whose every answer is the real server's, changed by `alter` first; counts requests. */
  async function altered(customer: string, alter: (body: Json) => void) {
    const sent: string[] = [];
    const fetchAltered: typeof fetch = async (input, init) => {
      sent.push(String(input));
      const real = await fetch(input, init);
      const body = (await real.json()) as Json;
      alter(body);
      return jsonResponse(real.status, body);
    };
    const client = new PortalApiClient({ apiBase: await serverApiBase(), token: await sessionToken(customer), fetch: fetchAltered, backoffMs: 10 });
    return { client, sent };
  }

  /** The error of GET `path` once `alter` has changed the real answer; it must be a malformed-response error, not retried. */
  async function rejected(customer: string, path: '/v1/invoices' | '/v1/subscriptions' | '/v1/payment-methods' | '/v1/bootstrap', alter: (body: Json) => void) {
    const { client, sent } = await altered(customer, alter);
    const error = (await client.call('get', path).catch((e: unknown) => e)) as PortalError;
    expect(error).to.be.instanceOf(PortalError);
    expect(error.kind).to.equal('malformed');
    expect(sent).to.have.length(1);
    return error.message;
  }

  it('accepts the real answer of every GET the kit makes, for customers with every kind of data', async () => {
    const apiBase = await serverApiBase();
    let total = 0;
    for (const customer of ['cus_demo', 'cus_methods', 'cus_invoice_only', 'cus_new']) {
      const recorder = recordingFetch();
      const client = new PortalApiClient({ apiBase, token: await sessionToken(customer), fetch: recorder.fetch });
      expect((await client.call('get', '/v1/bootstrap')).object).to.equal('bootstrap');
      const all = ['subscriptions', 'payment_methods', 'invoices', 'customer', 'license_keys'].join(',');
      expect((await client.call('get', '/v1/bootstrap', { query: { include: all } })).included).to.have.keys('subscriptions', 'payment_methods', 'invoices', 'customer', 'license_keys');
      expect((await client.listInvoices()).object).to.equal('list');
      expect((await client.call('get', '/v1/payment-methods')).object).to.equal('list');
      expect((await client.call('get', '/v1/customer')).object).to.equal('customer');
      expect((await client.call('get', '/v1/license-keys')).object).to.equal('list');
      expect((await client.call('get', '/v1/plans')).object).to.equal('list');
      const subscriptions = await client.call('get', '/v1/subscriptions');
      let calls = 8;
      for (const sub of subscriptions.data) {
        expect((await client.call('get', '/v1/subscriptions/{id}', { params: { id: sub.id } })).id).to.equal(sub.id);
        calls++;
        if (!sub.allowed_actions.cancel) continue;
        expect((await client.call('get', '/v1/subscriptions/{id}/cancel-options', { params: { id: sub.id } })).subscription).to.equal(sub.id);
        calls++;
      }
      // One request per call: nothing was refused and tried again.
      expect(recorder.sent).to.have.length(calls);
      total += calls;
    }
    expect(total).to.be.greaterThan(40);
    // Every kind of session flow, each a different shape of `flow`.
    const flows = [
      { type: 'payment_method_update' },
      { type: 'subscription_cancel', subscription: 'sub_demo_pro' },
      { type: 'subscription_update', subscription: 'sub_demo_team' },
      { type: 'subscription_update_confirm', subscription: 'sub_demo_team', items: [{ price: 'price_team_monthly', quantity: 6 }] },
    ];
    for (const flow of flows) {
      const client = new PortalApiClient({ apiBase, token: await sessionToken('cus_demo', 'default', { flow }) });
      expect((await client.call('get', '/v1/bootstrap')).flow).to.deep.include(flow);
    }
  });

  it('names a missing required field by its path', async () => {
    const message = await rejected('cus_demo', '/v1/invoices', (body) => delete body.data[3].amount_due);
    expect(message).to.contain('($.data[3].amount_due: missing)');
  });

  it('names a field of the wrong type, and what it should be', async () => {
    const message = await rejected('cus_demo', '/v1/invoices', (body) => (body.data[3].total = String(body.data[3].total)));
    expect(message).to.contain('($.data[3].total: expected integer, got string)');
  });

  it('refuses null where the contract does not allow it, and takes it where it does', async () => {
    const message = await rejected('cus_demo', '/v1/bootstrap', (body) => (body.customer.name = null));
    expect(message).to.contain('($.customer.name: expected string, got null)');
    const { client } = await altered('cus_demo', (body) => {
      body.data[0].description = null;
      body.data[0].hosted_invoice_url = null;
    });
    expect((await client.listInvoices()).data[0]!.description).to.equal(null);
  });

  it('refuses a value outside an enum, naming the allowed ones', async () => {
    const message = await rejected('cus_demo', '/v1/subscriptions', (body) => (body.data[0].status = 'expired'));
    expect(message).to.contain(
      '($.data[0].status: expected "active" or "trialing" or "past_due" or "on_hold" or "paused" or "canceled", got "expired")',
    );
  });

  it('gives the full path of a problem deep in an array', async () => {
    const inPrice = await rejected('cus_demo', '/v1/subscriptions', (body) => (body.data[2].price.unit_amount = 12.5));
    expect(inPrice).to.contain('($.data[2].price.unit_amount: expected integer, got number)');
    const inInvoices = await rejected('cus_demo', '/v1/invoices', (body) => (body.data[5].period_end = 'next month'));
    expect(inInvoices).to.contain('($.data[5].period_end: expected timestamp, got "next month")');
  });

  it('refuses a currency the formatters could not use', async () => {
    const message = await rejected('cus_demo', '/v1/invoices', (body) => (body.data[0].currency = 'US$'));
    expect(message).to.contain('($.data[0].currency: expected currency code, got "US$")');
  });

  it('tells union members apart by their type: an unknown one, and a known one with a bad field', async () => {
    const unknownType = await rejected('cus_methods', '/v1/payment-methods', (body) => (body.data[1].type = 'crypto'));
    expect(unknownType).to.match(/\(\$\.data\[1\]\.type: expected "card" or "us_bank_account" or .*, got "crypto"\)/);
    const badField = await rejected('cus_methods', '/v1/payment-methods', (body) => {
      const pm = body.data.find((m: Json) => m.type === 'sepa_debit');
      pm.sepa_debit.last4 = 1234;
      body.data = [pm];
    });
    expect(badField).to.contain('($.data[0].sepa_debit.last4: expected string, got integer)');
    const badFlow = await rejected('cus_demo', '/v1/bootstrap', (body) => (body.flow = { type: 'subscription_cancel' }));
    expect(badFlow).to.contain('($.flow.subscription: missing)');
    // A union told apart by nothing reports that no member fits.
    expect(check('|s i', true)).to.equal('$: matches none of the allowed shapes');
    expect(check('|s i', 3)).to.equal(undefined);
  });

  it('accepts fields it does not know, and keeps them', async () => {
    const { client } = await altered('cus_demo', (body) => {
      body.total_count = 36;
      body.data[0].tax_breakdown = [{ rate: 0.2 }];
    });
    const list = (await client.listInvoices()) as unknown as Json;
    expect(list.total_count).to.equal(36);
    expect(list.data[0].tax_breakdown).to.deep.equal([{ rate: 0.2 }]);
  });

  it('reads the compact shapes: null, arrays, literals, intersections, optional fields', () => {
    expect(check('s?', null)).to.equal(undefined);
    expect(check('i?', 'x')).to.equal('$: expected integer or null, got string');
    expect(check('n', 3)).to.equal(undefined);
    expect(check('[i', [1, 2, 'x'])).to.equal('$[2]: expected integer, got string');
    expect(check('[i', { 0: 1 })).to.equal('$: expected array, got object');
    expect(check('~[true,null]', false)).to.equal('$: expected true or null, got false');
    expect(check('&o [*', {})).to.equal('$: expected array, got object');
    expect(check('@kind a:o b:o', ['a'])).to.equal('$: expected object, got array');
    expect(check('@kind a:o b:o', { kind: 'b' })).to.equal(undefined);
    expect(check('@kind a:o b:o', {})).to.equal('$.kind: missing');
    expect(check('*', undefined)).to.equal(undefined);
    // Each type is read once and kept: the same types again, nested, give the same answers.
    expect(check('[i?', null)).to.equal(undefined); // `?` makes the whole array nullable
    expect(check('[i?', [1, null])).to.equal('$[1]: expected integer, got null');
    expect(check('{s? a,[i b', { a: 1, b: [] })).to.equal('$.a: expected string or null, got integer');
    expect(check('{s? a,[i b', { a: null, b: [1, 2.5] })).to.equal('$.b[1]: expected integer, got number');
    expect(check('{s? a,[i b', { a: 'x', b: [3] })).to.equal(undefined);
    expect(check('i?', 'x')).to.equal('$: expected integer or null, got string');
  });

  it('shows the customer that the answer could not be read, with a way to try again', async () => {
    const apiBase = await serverApiBase();
    // The invoices load on their own (no `include`), and their answer lacks a field.
    const broken = listsOnTheirOwn(async (input, init) => {
      const real = await fetch(input, init);
      if (!new URL(String(input)).pathname.endsWith('/invoices')) return real;
      const body = (await real.json()) as Json;
      delete body.data[0].number;
      return jsonResponse(real.status, body);
    });
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${await sessionToken('cus_demo')} .fetch=${broken}><portal-invoices></portal-invoices></portal-session>
    `);
    await sessionReady(session);
    const invoices = session.querySelector('portal-invoices')!;
    await waitUntil(() => invoices.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(invoices.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('The billing service sent something we couldn’t read.');
    expect(invoices.shadowRoot!.querySelector('[part="retry"]')).to.exist;
    await expect(session).to.be.accessible();
  });
});

describe('PortalStore', () => {
  const storeOf = (session: PortalSession) => (session as unknown as { store: PortalStore }).store;

  it('after a mutation refreshes exactly the resources it affects', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${(await freshCustomer('cus_new')).token}><portal-invoices></portal-invoices></portal-session>
    `);
    await sessionReady(session);
    const store = storeOf(session);
    await waitUntil(() => store.invoices.state.status === 'ready');
    performance.clearResourceTimings();
    await store.mutate((signal) => store.client.call('post', '/v1/customer', { body: { name: 'Nina N.' }, signal }), { affects: ['bootstrap'] });
    await waitUntil(() => requestsTo(apiBase, /\/bootstrap$/) === 1, 'bootstrap not refreshed');
    expect(requestsTo(apiBase, /\/invoices$/)).to.equal(0);
    expect(store.bootstrap.state.data!.customer.name).to.equal('Nina N.');
  });

  it('while the API cannot be reached: a notice, billing actions refused unsent, nothing replayed on reconnect', async () => {
    const apiBase = await serverApiBase();
    let down = false;
    const posts: string[] = [];
    const flaky: typeof fetch = async (input, init) => {
      if (init?.method === 'POST') posts.push(String(input));
      if (down) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${await sessionToken('cus_demo')} .fetch=${flaky}>
        <portal-invoices></portal-invoices>
      </portal-session>
    `);
    await sessionReady(session);
    const store = storeOf(session);
    down = true;
    await store.bootstrap.load();
    await session.updateComplete;
    const notice = session.shadowRoot!.querySelector('[part="offline"]')!;
    expect(notice.textContent).to.contain('You’re offline');
    expect(notice.closest('[role="status"]')).to.exist;
    expect(store.canMutate).to.be.false;
    const refused = (await store
      .mutate((signal) => store.client.call('post', '/v1/customer', { body: { name: 'x' }, signal }), { affects: ['customer'] })
      .catch((e: unknown) => e)) as PortalError;
    expect(refused.kind).to.equal('offline');
    expect(posts).to.have.length(0);
    await expect(session).to.be.accessible();

    down = false;
    performance.clearResourceTimings();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => requestsTo(apiBase, /\/invoices$/) === 1, 'reads did not refresh on reconnect');
    await session.updateComplete;
    expect(session.shadowRoot!.querySelector('[part="offline"]')).to.equal(null);
    expect(store.canMutate).to.be.true;
    expect(posts).to.have.length(0);
  });
});
