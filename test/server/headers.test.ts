/**
 * The headers of the server's answers (`securityHeaders()` in server/http.ts): every HTML
 * page — demo, portal/login, hosted setup and pay pages in each of their states, their
 * error pages — sends a CSP that forbids framing, nosniff, no-referrer and no-store;
 * every answer (scripts, JSON, PDFs, errors, preflights) sends nosniff; every answer that
 * carries a token is never stored, while static assets keep their own caching.
 */
import { strict as assert } from 'node:assert';
import { readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { DEFAULT_PAGE_CSP, securityHeaders } from '../../server/http.js';
import { SECRET, testApp } from './helpers.js';

type T = Awaited<ReturnType<typeof testApp>>;

/** What a token looks like in a body or a Location: session, login, setup, signed links. */
const TOKEN = /pst_|plt_|seti_|signature=/;
const OWN = 'http://localhost:4400';
const RETURN = 'https://shop.example.com/account';
const good = { card_number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123', name: 'Dana Demo' };

/** Every route outside the API, and what it serves. A new one fails the first test until listed here. */
const NON_API_ROUTES: Array<[RegExp, 'page' | 'asset' | 'json']> = [
  [/^GET \/$/, 'page'],
  [/^GET \/portal$/, 'page'],
  [/^(GET|POST) \/hosted\/setup\/:id$/, 'page'],
  [/^(GET|POST) \/hosted\/pay\/:id$/, 'page'],
  [/^GET \/favicon\.svg$/, 'asset'],
  [/^GET \/demo\/:file$/, 'asset'],
  [/^GET \/portal-kit\/:/, 'asset'], // the bundle's lazy chunks
  [/^GET \/portal-kit\.js$/, 'asset'],
  [/^GET \/healthz$/, 'json'],
];

interface Seen {
  label: string;
  status: number;
  headers: Headers;
  body: string;
}

describe('security headers', () => {
  let t: T;
  let token: string;
  /** Every answer the tests below received, for the checks that hold for all of them. */
  const seen: Seen[] = [];

  const record = async (label: string, response: Response): Promise<Seen> => {
    const type = response.headers.get('content-type') ?? '';
    const body = /pdf|javascript|svg/.test(type) ? '' : await response.text();
    const entry = { label, status: response.status, headers: response.headers, body };
    seen.push(entry);
    return entry;
  };
  const get = async (path: string, headers: Record<string, string> = {}) => record(`GET ${path}`, await t.app.request(path, { headers }));
  const form = async (path: string, fields: Record<string, string>, headers: Record<string, string>) =>
    record(
      `POST ${path} ${JSON.stringify(headers)}`,
      await t.app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
    );
  const api = async (method: string, path: string, body?: unknown) =>
    record(
      `${method} ${path}`,
      await t.customer(path, token, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
  const newSetupPath = async () => new URL(JSON.parse((await api('POST', '/v1/payment-methods/setup', { return_url: RETURN })).body).url).pathname;
  const payPath = async () => {
    const invoices = JSON.parse((await api('GET', '/v1/invoices?limit=1')).body);
    const url = new URL(invoices.data[0].hosted_invoice_url);
    url.searchParams.set('return_url', RETURN);
    return url.pathname + url.search;
  };

  before(async () => {
    t = await testApp();
    token = (await t.session()).token;
  });
  after(() => t.close());

  it('knows every route outside the API', () => {
    const routes = new Set(
      t.app.routes.filter((r) => r.method !== 'ALL' && !r.path.startsWith('/v1/')).map((r) => `${r.method} ${r.path}`),
    );
    for (const route of routes) assert.ok(NON_API_ROUTES.some(([pattern]) => pattern.test(route)), `${route}: not listed`);
    for (const [pattern] of NON_API_ROUTES) assert.ok([...routes].some((r) => pattern.test(r)), `${pattern}: no such route`);
  });

  it('every HTML page, in every state: CSP without framing, nosniff, no-referrer, no-store', async () => {
    const setup = await newSetupPath();
    const pay = await payPath();
    const forged = pay.replace(/signature=[^&]+/, `signature=${'A'.repeat(43)}`);
    const pages: Array<[Promise<Seen>, number]> = [
      [get('/'), 200],
      [get('/?customer=cus_new'), 200],
      [get('/portal'), 200],
      [get(setup), 200],
      [get('/hosted/setup/seti_00000000000000000000000000000000'), 404],
      [get('/hosted/setup/not-an-id'), 404],
      [form(setup, { ...good, card_number: '1234' }, { Origin: OWN }), 400],
      [form(setup, { ...good, card_number: '4000000000000002' }, { Origin: OWN }), 402],
      [form(setup, good, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' }), 403],
      [get(pay), 200],
      [get(forged), 403],
      [get(pay.replace(/return_url=[^&]+/, 'return_url=https%3A%2F%2Fevil.example.net%2F')), 400],
      [form(pay, { method: 'pm_demo_expired' }, { Origin: OWN }), 402],
      [form(pay, { method: 'pm_demo_visa' }, { Origin: 'https://evil.example.net' }), 403],
    ];
    for (const [answer, status] of pages) {
      const { label, headers, body, status: actual } = await answer;
      assert.equal(actual, status, label);
      assert.match(headers.get('content-type')!, /^text\/html/, label);
      assert.match(body, /^<!doctype html>/i, label);
      const csp = headers.get('content-security-policy') ?? '';
      assert.match(csp, /(^|; )frame-ancestors 'none'(;|$)/, label);
      assert.match(csp, /(^|; )base-uri 'none'(;|$)/, label);
      assert.match(csp, /(^|; )default-src '(none|self)'(;|$)/, label);
      assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline|\*/, label);
      assert.equal(headers.get('x-frame-options'), 'DENY', label);
      assert.equal(headers.get('x-content-type-options'), 'nosniff', label);
      assert.equal(headers.get('referrer-policy'), 'no-referrer', label);
      assert.equal(headers.get('cache-control'), 'no-store', label);
    }
    // The demo pages carry a session token in the page itself.
    assert.match((await pages[0]![0]).body, /token="pst_/);
  });

  it('no-store on the API answers that carry a token, and on redirects that do', async () => {
    const session = await record('POST /v1/portal-sessions', await t.merchant('/v1/portal-sessions', { customer: 'cus_demo' }));
    assert.equal(session.status, 201);
    assert.match(session.body, /"token":"pst_/);
    const link = await record('POST /v1/login-links', await t.merchant('/v1/login-links', { customer: 'cus_demo' }));
    assert.equal(link.status, 201);
    assert.match(link.body, /#portal_login=plt_/);
    const loginToken = /#portal_login=(plt_[A-Za-z0-9_-]+)/.exec(link.body)![1]!;
    const post = (path: string, body: unknown) =>
      t.app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const exchanged = await record('POST /v1/sessions/exchange', await post('/v1/sessions/exchange', { login_token: loginToken }));
    assert.equal(exchanged.status, 201);
    assert.match(exchanged.body, /"token":"pst_/);
    assert.equal((await record('POST /v1/login', await post('/v1/login', { business_id: 'biz_demo', email: 'demo@example.com' }))).status, 202);
    const setup = await newSetupPath();
    const saved = await form(setup, good, { Origin: OWN });
    assert.equal(saved.status, 303);
    assert.match(saved.headers.get('location')!, /#portal_setup=pm_\w+&portal_session=pst_/);
    const paid = await form(await payPath(), { method: 'pm_demo_mastercard' }, { 'Sec-Fetch-Site': 'same-origin' });
    assert.equal(paid.status, 303);
    for (const path of ['/v1/bootstrap', '/v1/subscriptions', '/v1/payment-methods', '/v1/customer', '/v1/license-keys']) {
      assert.equal((await api('GET', path)).status, 200, path);
    }
    const invoices = await api('GET', '/v1/invoices?limit=3');
    assert.match(invoices.body, /signature=/);

    for (const answer of [session, link, exchanged, saved, paid, invoices]) {
      assert.equal(answer.headers.get('cache-control'), 'no-store', answer.label);
    }
  });

  it('nosniff on scripts, JSON, PDFs, errors and preflights; static assets keep their caching', async () => {
    const invoices = JSON.parse((await api('GET', '/v1/invoices?limit=1')).body);
    const pdfUrl = new URL(invoices.data[0].pdf_url);
    const pdf = await get(pdfUrl.pathname + pdfUrl.search);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.headers.get('cache-control'), 'private, no-store');

    const kit = await get('/portal-kit.js');
    assert.ok(kit.status === 200 || kit.status === 503, `/portal-kit.js: ${kit.status}`);
    // The lazy chunks the bundle build left (if it ran): scripts, with their own caching.
    const chunks = (await readdir('dist/portal-kit', { recursive: true }).catch(() => [] as string[])).filter((f) => f.endsWith('.js'));
    for (const chunk of [chunks.find((f) => f.includes('/')), chunks.find((f) => !f.includes('/'))]) {
      if (!chunk) continue;
      const answer = await get(`/portal-kit/${chunk}`);
      assert.equal(answer.status, 200, chunk);
      assert.match(answer.headers.get('content-type')!, /^text\/javascript/);
      assert.doesNotMatch(answer.headers.get('cache-control')!, /no-store/);
    }
    assert.equal((await get('/portal-kit/nope.js')).status, 404);
    const favicon = await get('/favicon.svg');
    assert.equal(favicon.headers.get('cache-control'), 'max-age=86400');
    assert.equal((await get('/demo/site.css')).headers.get('cache-control'), 'no-cache');
    assert.equal((await get('/demo/nope.css')).status, 404);
    assert.equal((await get('/v1/openapi.json')).status, 200);
    assert.equal((await get('/healthz')).status, 200);
    assert.equal((await get('/v1/no-such-route')).status, 404);
    assert.equal((await get('/v1/invoices')).status, 401);
    assert.equal((await get('/v1/dev/outbox', { Authorization: `Bearer ${SECRET}` })).status, 200);
    const preflight = await t.app.request('/v1/invoices', {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example.com', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal((await record('OPTIONS /v1/invoices', preflight)).status, 204);
  });

  it('holds for every answer above: nosniff and no-referrer on all, no-store on all that carry a token', () => {
    assert.ok(seen.length > 40, `${seen.length} answers`);
    for (const { label, headers, body } of seen) {
      assert.equal(headers.get('x-content-type-options'), 'nosniff', label);
      assert.equal(headers.get('referrer-policy'), 'no-referrer', label);
      if (TOKEN.test(body) || TOKEN.test(headers.get('location') ?? '')) {
        assert.match(headers.get('cache-control') ?? '', /(^|, )no-store$/, label);
      }
    }
  });

  it('gives an HTML answer without a CSP the deny-all one, and adds frame-ancestors to one without it', async () => {
    const app = new Hono()
      .use('*', securityHeaders())
      .get('/bare', (c) => c.html('<!doctype html><p>Hi</p>'))
      .get('/own', (c) => c.html('<!doctype html><p>Hi</p>', 200, { 'Content-Security-Policy': "default-src 'self'" }))
      .get('/cached', (c) => c.text('asset', 200, { 'Cache-Control': 'max-age=60' }));
    const bare = await app.request('/bare');
    assert.equal(bare.headers.get('content-security-policy'), DEFAULT_PAGE_CSP);
    assert.equal(bare.headers.get('cache-control'), 'no-store');
    const own = await app.request('/own');
    assert.equal(own.headers.get('content-security-policy'), "default-src 'self'; frame-ancestors 'none'");
    const cached = await app.request('/cached');
    assert.equal(cached.headers.get('cache-control'), 'max-age=60');
    assert.equal(cached.headers.get('content-security-policy'), null);
    assert.equal(cached.headers.get('x-content-type-options'), 'nosniff');
  });
});
