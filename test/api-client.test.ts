import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { PortalApiClient } from '../src/state/api-client.js';
import { PortalError } from '../src/state/errors.js';
import type { PortalStore } from '../src/state/store.js';
import { requestsTo, serverApiBase, sessionToken, sessionReady } from './support/portal.js';

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
    const token = await sessionToken('cus_new');
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
    const client = new PortalApiClient({ apiBase, token: await sessionToken('cus_new'), fetch: recorder.fetch });
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
    expect(recorder.sent[1]!.at - recorder.sent[0]!.at).to.be.at.least(50);
    expect(recorder.sent[2]!.at - recorder.sent[1]!.at).to.be.at.least(100);
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

describe('PortalStore', () => {
  const storeOf = (session: PortalSession) => (session as unknown as { store: PortalStore }).store;

  it('after a mutation refreshes exactly the resources it affects', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${await sessionToken('cus_new')}><portal-invoices></portal-invoices></portal-session>
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
