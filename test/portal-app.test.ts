import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/portal-app.js';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import '../src/define/portal-license-keys.js';
import type { PortalApp } from '../src/components/portal-app/portal-app.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { holdMutations, pressEnterTwice } from './support/held.js';
import { requestsTo, serverApiBase, sessionToken, sessionReady, sessionEnded } from './support/portal.js';

async function mount(customer: string, width = '', fetcher?: typeof fetch) {
  const apiBase = await serverApiBase();
  const token = await sessionToken(customer);
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US" style=${width ? `inline-size: ${width}` : ''}>
      <portal-app api-base=${apiBase} token=${token} return-url="https://shop.example.com/account" .fetch=${fetcher}></portal-app>
    </div>
  `);
  const app = wrapper.querySelector<PortalApp>('portal-app')!;
  await sessionReady(app);
  await app.updateComplete;
  return { app, root: app.shadowRoot!, apiBase };
}

const sections = (root: ShadowRoot) => [...root.querySelectorAll('[part="section"]')].map((s) => s.id);
const settled = (root: ShadowRoot) =>
  waitUntil(() => root.querySelector('portal-invoices')?.shadowRoot?.querySelector('tbody tr'), 'the portal never settled', { timeout: 10_000 });

describe('<portal-app>', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('shows the whole portal: the business’s header, every section, its links and the way back', async () => {
    const { app, root, apiBase } = await mount('cus_demo');
    await settled(root);
    expect(root.querySelector('.business')!.textContent).to.equal('Acme Cloud');
    expect(root.querySelector('.headline')!.textContent).to.equal('Manage your Acme Cloud billing');
    expect(sections(root)).to.deep.equal([
      'section-subscriptions',
      'section-paymentMethods',
      'section-invoices',
      'section-profile',
      'section-licenseKeys',
    ]);
    expect([...root.querySelectorAll('[part="nav-item"]')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Subscriptions',
      'Payment methods',
      'Invoices',
      'Account details',
      'License keys',
    ]);
    for (const tag of ['portal-subscriptions', 'portal-payment-method', 'portal-invoices', 'portal-profile', 'portal-license-keys']) {
      expect(root.querySelector(tag), tag).to.exist;
    }
    const footer = root.querySelector('[part="footer"]')!;
    expect((footer.querySelector('a.return') as HTMLAnchorElement).href).to.equal('https://shop.example.com/account');
    expect(footer.querySelector('a.return')!.textContent).to.equal('Return to Acme Cloud');
    expect([...footer.querySelectorAll('.links a')].map((a) => (a as HTMLAnchorElement).href)).to.deep.equal([
      'https://acme.example.com/privacy',
      'https://acme.example.com/terms',
    ]);
    // One session, shared: the bootstrap is read once and brings the subscriptions along.
    expect(requestsTo(apiBase, /\/bootstrap$/)).to.equal(1);
    expect(requestsTo(apiBase, /\/subscriptions$/)).to.equal(0);
    await expect(app).to.be.accessible();
  }).timeout(30_000); // the first axe run in a page takes 5–15 s here

  it('gives a customer with invoices but no subscriptions a complete page without the subscriptions section', async () => {
    const { root } = await mount('cus_invoice_only');
    await settled(root);
    await waitUntil(() => !sections(root).includes('section-subscriptions'), 'the empty subscriptions section stayed');
    expect(sections(root)).to.include('section-invoices');
    expect(sections(root)).to.include('section-paymentMethods');
  });

  it('moves to a section from the navigation with the keyboard, and marks it current', async () => {
    const { root } = await mount('cus_demo');
    await settled(root);
    const link = [...root.querySelectorAll<HTMLAnchorElement>('[part="nav-item"]')].find((a) => a.textContent!.trim() === 'Invoices')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.activeElement?.id === 'section-invoices', 'focus did not move to the section');
    expect(link.getAttribute('aria-current')).to.equal('true');
  });

  it('signs out from its header: five presses end the session once on the server, and the page says so', async () => {
    const { app, root, apiBase } = await mount('cus_demo');
    await settled(root);
    const token = app.token!;
    const button = root.querySelector<HTMLButtonElement>('[part="sign-out"]')!;
    expect(button.textContent!.trim()).to.equal('Sign out');
    for (let i = 0; i < 5; i++) button.click();
    await sessionEnded(app);
    await app.updateComplete;
    expect(requestsTo(apiBase, /\/logout$/)).to.equal(1);
    expect(root.textContent).to.contain('You’re signed out');
    expect(root.querySelector('portal-invoices')?.shadowRoot?.querySelector('tbody tr') ?? null).to.equal(null);
    const after = await fetch(`${apiBase}/bootstrap`, { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status, 'the old token still works').to.equal(401);
    await expect(app).to.be.accessible();
  });

  it('signs out with two Enters on a slow network: one request, the session ends on the server, the page says so', async () => {
    const net = holdMutations();
    const { app, root, apiBase } = await mount('cus_demo', '', net.fetch);
    await settled(root);
    const token = app.token!;
    const button = root.querySelector<HTMLButtonElement>('[part="sign-out"]')!;

    await pressEnterTwice(button);
    await net.until('POST', '/logout');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(root.textContent).not.to.contain('You’re signed out');
    net.release();
    await sessionEnded(app);
    await app.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(net.count('POST', '/logout')).to.equal(1);
    expect(root.textContent).to.contain('You’re signed out');
    const after = await fetch(`${apiBase}/bootstrap`, { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status, 'the old token still works').to.equal(401);
  });

  it('draws Sign out as a quiet button, not in the brand colour of the primary actions', async () => {
    const { app, root } = await mount('cus_demo');
    app.style.setProperty('--portal-color-brand', 'rgb(1, 2, 3)');
    await settled(root);
    const signOut = getComputedStyle(root.querySelector('[part="sign-out"]')!);
    expect(signOut.backgroundColor).not.to.equal('rgb(1, 2, 3)');
    expect(signOut.borderColor).not.to.equal('rgb(1, 2, 3)');
    expect(signOut.color).to.equal(getComputedStyle(root.querySelector('.business')!).color);
    // The primary actions still are in the brand colour.
    const update = inner(root, 'portal-subscriptions')!.querySelector('button.primary');
    if (update) expect(getComputedStyle(update).backgroundColor).to.equal('rgb(1, 2, 3)');
    app.style.removeProperty('--portal-color-brand');
  });

  it('fits 320 px without horizontal scrolling, and passes axe there', async () => {
    const { app, root } = await mount('cus_demo', '320px');
    await settled(root);
    expect(app.scrollWidth).to.be.at.most(app.clientWidth + 1);
    await expect(app).to.be.accessible();
  });
});

/** The shadow root of the element `tag` inside `root`. */
const inner = (root: ShadowRoot, tag: string) => root.querySelector(tag)?.shadowRoot ?? undefined;

/** Resolves once every list of cus_demo's portal shows. */
const everyList = (root: ShadowRoot) =>
  waitUntil(
    () =>
      inner(root, 'portal-subscriptions')?.querySelectorAll('[part="subscription"]').length === 5 &&
      inner(root, 'portal-payment-method')?.querySelector('[part="method"]') &&
      inner(root, 'portal-invoices')?.querySelectorAll('tbody tr').length === 20 &&
      inner(root, 'portal-profile')?.querySelector('[part="details"]') &&
      inner(root, 'portal-license-keys')?.querySelectorAll('[part="key"]').length === 2,
    'not every list showed',
    { timeout: 10_000 },
  );

/** The requests the page made to the API, as paths with their query. */
const requests = (apiBase: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(apiBase))
    .map((name) => decodeURIComponent(name.slice(apiBase.length)));

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** A fetch that answers GET /bootstrap as the real server does, but without `included` (a server from before it). */
const withoutIncluded: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (!new URL(String(input instanceof Request ? input.url : input)).pathname.endsWith('/bootstrap') || !response.ok) return response;
  const { included: _dropped, ...body } = (await response.json()) as Record<string, unknown>;
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
};

async function mountSession(content: (session: string) => unknown, fetcher?: typeof fetch) {
  const apiBase = await serverApiBase();
  const token = await sessionToken('cus_demo');
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US"><portal-session api-base=${apiBase} token=${token} .fetch=${fetcher}>${content(token)}</portal-session></div>
  `);
  return { apiBase, session: wrapper.querySelector<PortalSession>('portal-session')!, root: wrapper };
}

describe('requests (issue #9: the whole portal in at most 4)', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('<portal-app> shows cus_demo’s whole portal in at most 4 requests, none made twice', async () => {
    const { root, apiBase } = await mount('cus_demo');
    await everyList(root);
    await settle(); // nothing still on its way
    const made = requests(apiBase);
    expect(made.length, made.join(' ')).to.be.at.most(4);
    expect(new Set(made.map((r) => r.split('?')[0])).size, made.join(' ')).to.equal(made.length);
    // The one bootstrap brings every section's list along.
    expect(made).to.deep.equal(['/bootstrap?include=subscriptions,payment_methods,invoices,customer,license_keys']);
    const email = inner(root, 'portal-profile')!.querySelector('[part="details"] [data-field="email"] dd')!;
    expect(email.textContent!.trim()).to.equal('demo@example.com');
  });

  it('<portal-app> sends its one request at once: it asks for every list, so it waits for no other element to join', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    let laterTask = false;
    let waitedATask: boolean | undefined;
    const watching: typeof fetch = (input, init) => {
      if (String(input).includes('/bootstrap')) waitedATask ??= laterTask;
      return fetch(input, init);
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-US"></div>`);
    const app = document.createElement('portal-app') as PortalApp;
    app.setAttribute('api-base', apiBase);
    app.setAttribute('token', token);
    app.fetch = watching;
    wrapper.append(app);
    setTimeout(() => (laterTask = true)); // the next task: a lone element's batch waits this long for others
    await sessionReady(app);
    expect(waitedATask).to.equal(false);
    await everyList(app.shadowRoot!);
  });

  it('a page with only <portal-invoices> reads the session and the invoices in one request, and no subscriptions', async () => {
    const { apiBase, root } = await mountSession(() => html`<portal-invoices></portal-invoices>`);
    const invoices = root.querySelector('portal-invoices')!.shadowRoot!;
    await waitUntil(() => invoices.querySelectorAll('tbody tr').length === 20, 'no invoices', { timeout: 8000 });
    await settle();
    expect(requests(apiBase)).to.deep.equal(['/bootstrap?include=invoices']);
    expect(requestsTo(apiBase, /\/subscriptions$/)).to.equal(0);
    expect(requestsTo(apiBase, /\/invoices$/)).to.equal(0);
  });

  it('a list first asked for after that request loads on its own, once', async () => {
    const { apiBase, root, session } = await mountSession(() => html`<portal-invoices></portal-invoices>`);
    const invoices = root.querySelector('portal-invoices')!.shadowRoot!;
    await waitUntil(() => invoices.querySelectorAll('tbody tr').length === 20, 'no invoices', { timeout: 8000 });
    const keys = document.createElement('portal-license-keys');
    session.append(keys);
    await waitUntil(() => keys.shadowRoot?.querySelectorAll('[part="key"]').length === 2, 'no license keys', { timeout: 8000 });
    await settle();
    expect(requests(apiBase)).to.deep.equal(['/bootstrap?include=invoices', '/license-keys']);
  });

  it('with a server that ignores include, each list loads on its own, once', async () => {
    const { root, apiBase } = await mount('cus_demo', '', withoutIncluded);
    await everyList(root);
    await settle();
    const made = requests(apiBase).map((r) => r.split('?')[0]).sort();
    expect(made).to.deep.equal(['/bootstrap', '/customer', '/invoices', '/license-keys', '/payment-methods', '/subscriptions']);
  });

  it('a failed first request fails the lists waiting for it (none stays loading), and Try again reads each on its own', async () => {
    let down = true;
    const failing: typeof fetch = async (input, init) => {
      if (down && String(input instanceof Request ? input.url : input).includes('/bootstrap')) {
        return new Response(JSON.stringify({ error: { type: 'api_error', code: 'internal_error', message: 'Down for a moment.' } }), {
          status: 503,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return fetch(input, init);
    };
    const { apiBase, root } = await mountSession(() => html`<portal-invoices></portal-invoices><portal-license-keys></portal-license-keys>`, failing);
    const invoices = root.querySelector('portal-invoices')!.shadowRoot!;
    const keys = root.querySelector('portal-license-keys')!.shadowRoot!;
    const retry = (r: ShadowRoot) => r.querySelector<HTMLButtonElement>('[role="alert"] button, button[part~="retry"]');
    await waitUntil(() => retry(invoices) && retry(keys), 'the lists did not show the error', { timeout: 8000 });
    expect(invoices.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(keys.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(requestsTo(apiBase, /\/invoices$/) + requestsTo(apiBase, /\/license-keys$/)).to.equal(0);
    down = false;
    retry(invoices)!.click();
    retry(keys)!.click();
    await waitUntil(() => invoices.querySelectorAll('tbody tr').length === 20, 'invoices did not load on retry', { timeout: 8000 });
    await waitUntil(() => keys.querySelectorAll('[part="key"]').length === 2, 'keys did not load on retry', { timeout: 8000 });
    expect(requestsTo(apiBase, /\/invoices$/)).to.equal(1);
    expect(requestsTo(apiBase, /\/license-keys$/)).to.equal(1);
  });

  it('an expired session ends at the first request, with no list requested or left loading', async () => {
    const calls: string[] = [];
    const expired: typeof fetch = async (input) => {
      calls.push(new URL(String(input instanceof Request ? input.url : input)).pathname);
      return new Response(JSON.stringify({ error: { type: 'authentication_error', code: 'session_expired', message: 'The portal session has expired.' } }), {
        status: 401,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    const { session, root } = await mountSession(() => html`<portal-invoices></portal-invoices><portal-license-keys></portal-license-keys>`, expired);
    await sessionEnded(session);
    await settle();
    expect(calls).to.deep.equal(['/v1/bootstrap']);
    for (const tag of ['portal-invoices', 'portal-license-keys']) {
      expect(root.querySelector(tag)!.shadowRoot!.querySelector('[aria-busy="true"]'), tag).to.equal(null);
    }
  });
});
