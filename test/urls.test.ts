/**
 * Hostile URLs (issue #10): `javascript:`, `data:`, protocol-relative and off-list
 * origins in any link the kit renders or navigates to — PDFs, hosted pages, the way
 * back, the logo, privacy and terms, the receipt, a flow's redirect — are refused; the
 * legitimate ones work. Links are allowed on the API's origin, on the origins the server
 * declares in the bootstrap (`link_origins`), and, for a way back, on the page's own.
 *
 * Unchecked links come from the real server where it can be made to send them (the dev
 * endpoint's `links`); where it cannot (it computes or checks them), a fetch wrapper
 * rewrites the real server's answer.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/portal-app.js';
import '../src/define/portal-invoices.js';
import '../src/define/portal-payment-method.js';
import '../src/define/portal-session.js';
import '../src/define/portal-subscriptions.js';
import type { PortalApp } from '../src/components/portal-app/portal-app.js';
import type { PortalPaymentMethod } from '../src/components/portal-payment-method/portal-payment-method.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { linkOrigins, returnOrigins, safeHttpUrl } from '../src/state/urls.js';
import { devCustomer, freshCustomer, serverApiBase, sessionToken } from './support/portal.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Json = Record<string, any>;

/** Sends every request to the real server, and lets `edit` change every object of its JSON answers. */
function rewriting(edit: (object: Json) => void): typeof fetch {
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      edit(value as Json);
      Object.values(value).forEach(walk);
    }
  };
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.headers.get('content-type')?.includes('application/json')) return response;
    const body = await response.json();
    walk(body);
    return new Response(JSON.stringify(body), { status: response.status, headers: { 'Content-Type': 'application/json' } });
  };
}

const HOSTILE = ['javascript:window.__pwned=1', 'data:text/html,<script>parent.__pwned=1</script>', '//evil.example/x', 'https://evil.example/x'];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const MALFORMED = 'The billing service sent something we couldn’t read. Try again in a moment.';

/** Every link and image address under `host`, through every shadow root. */
function addresses(host: Element): string[] {
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      for (const name of ['href', 'src']) if (el.hasAttribute(name)) out.push(el.getAttribute(name)!);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return out;
}
const expectNoHostile = (host: Element) => {
  for (const address of addresses(host)) expect(address, address).not.to.match(/evil\.example|^javascript:|^data:|^\/\//i);
  expect(window.__pwned, 'a payload ran').to.equal(undefined);
};

describe('safeHttpUrl', () => {
  const allowed = new Set(['https://billing.example.com']);

  it('refuses every address that is not absolute http(s) on an allowed origin', () => {
    for (const raw of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//billing.example.com/x',
      '/relative',
      'billing.example.com/x',
      'https://evil.example/x',
      'http://billing.example.com/x',
      'https://billing.example.com:8443/x',
      'https://billing.example.com.evil.example/x',
      'https://billing.example.com@evil.example/x',
      'https:\\\\evil.example/x',
      'https://evil.example\\@billing.example.com/x',
      'ftp://billing.example.com/x',
      42,
      undefined,
    ]) {
      expect(safeHttpUrl(raw, allowed), String(raw)).to.equal(undefined);
    }
  });

  it('takes the allowed ones, as the URL parser writes them', () => {
    expect(safeHttpUrl('https://billing.example.com/v1/invoices/in_1/pdf?x=1#y', allowed)).to.equal('https://billing.example.com/v1/invoices/in_1/pdf?x=1#y');
    expect(safeHttpUrl('HTTPS://Billing.Example.com:443/a', allowed)).to.equal('https://billing.example.com/a');
  });

  it('allows the API’s origin and the declared ones; a way back also the page’s own', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(html`<portal-session api-base=${apiBase} token=${await sessionToken('cus_demo')}></portal-session>`);
    await waitUntil(() => session['store']?.bootstrap.state.status === 'ready', 'no session');
    const store = session['store'];
    const api = new URL(apiBase).origin;
    expect([...linkOrigins(store)].sort()).to.deep.equal([...new Set([api, location.origin, 'https://acme.example.com', 'https://shop.example.com'])].sort());
    expect(returnOrigins(undefined, [apiBase]).has(location.origin)).to.equal(true);
    expect(linkOrigins(undefined, [apiBase]).has(location.origin)).to.equal(location.origin === api);
  });
});

describe('links the portal renders and follows', () => {
  beforeEach(() => delete window.__pwned);

  async function app(token: string, options: { returnUrl?: string; fetch?: typeof fetch } = {}) {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-app api-base=${await serverApiBase()} token=${token} return-url=${ifDefined(options.returnUrl)} .fetch=${options.fetch}></portal-app>
      </div>
    `);
    const el = wrapper.querySelector<PortalApp>('portal-app')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('portal-subscriptions')?.shadowRoot?.querySelector('[part="subscription"]'), 'the portal never showed', { timeout: 10_000 });
    await el.updateComplete;
    return { el, root, footer: root.querySelector('[part="footer"]')!, header: root.querySelector('[part="header"]')! };
  }

  it('<portal-app>: privacy, terms, logo, icon and the way back that are not http(s) are not rendered; the portal works', async () => {
    const customer = await devCustomer({
      links: {
        privacy_policy_url: HOSTILE[0]!,
        terms_of_service_url: HOSTILE[1]!,
        logo_url: '//evil.example/logo.png',
        icon_url: '/logo.png',
        default_return_url: HOSTILE[0]!,
      },
    });
    const { el, footer, header } = await app(customer.token);
    expect(footer.querySelectorAll('a')).to.have.length(0);
    expect(header.querySelector('img')).to.equal(null);
    expect(text(header.querySelector('.monogram'))).to.equal('A'); // Acme Cloud's monogram instead
    expectNoHostile(el);
  });

  it('<portal-app>: privacy, terms, logo and the way back on origins the server did not declare are refused', async () => {
    const offList = rewriting((o) => {
      if (o.object !== 'bootstrap') return;
      o.business_profile.privacy_policy_url = 'https://evil.example/privacy';
      o.business_profile.terms_of_service_url = 'https://acme.example.com.evil.example/terms';
      o.branding.logo_url = 'https://evil.example/logo.png';
      o.branding.icon_url = 'https://evil.example/icon.png';
      o.return_url = 'https://evil.example/back';
    });
    const { el, footer, header } = await app(await sessionToken('cus_demo'), { fetch: offList, returnUrl: 'https://evil.example/account' });
    expect(footer.querySelectorAll('a')).to.have.length(0);
    expect(header.querySelector('img')).to.equal(null);
    expectNoHostile(el);
  });

  it('<portal-app>: the legitimate links work — declared privacy and terms, a logo on the API, the way back to the page or a declared site', async () => {
    const apiOrigin = new URL(await serverApiBase()).origin;
    const customer = await devCustomer({ links: { logo_url: `${apiOrigin}/logo.png`, default_return_url: null } });
    const { el, root, footer, header } = await app(customer.token);
    expect(header.querySelector<HTMLImageElement>('img[part="logo"]')!.getAttribute('src')).to.equal(`${apiOrigin}/logo.png`);
    expect([...footer.querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.href)).to.deep.equal([
      'https://acme.example.com/privacy',
      'https://acme.example.com/terms',
    ]);
    const back = () => root.querySelector<HTMLAnchorElement>('a.return')?.href;
    expect(back(), 'no return URL anywhere').to.equal(undefined);
    // The merchant's return-url attribute: the page's own origin, or one the server declared.
    for (const [returnUrl, shown] of [
      [`${location.origin}/account`, `${location.origin}/account`],
      ['https://shop.example.com/account?tab=billing', 'https://shop.example.com/account?tab=billing'],
      ...HOSTILE.map((url) => [url, undefined]),
      ['https://evil.example/account', undefined],
    ] as Array<[string, string | undefined]>) {
      el.returnUrl = returnUrl;
      await el.updateComplete;
      expect(back(), returnUrl).to.equal(shown);
    }
    expectNoHostile(el);
  });

  it('<portal-session>: once a session ended, the way back only to the page’s origin or the API’s', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(html`<portal-session lang="en-US" api-base=${apiBase} token="pst_not_a_session"></portal-session>`);
    await waitUntil(() => session.shadowRoot!.querySelector('[part="ended"]'), 'the session never ended', { timeout: 8000 });
    const back = () => session.shadowRoot!.querySelector<HTMLAnchorElement>('[part="ended"] a.return')?.href;
    for (const [returnUrl, shown] of [
      [`${location.origin}/account`, `${location.origin}/account`],
      ...HOSTILE.map((url) => [url, undefined]),
      // Never declared: the server was never heard from.
      ['https://shop.example.com/account', undefined],
    ] as Array<[string, string | undefined]>) {
      session.returnUrl = returnUrl;
      await session.updateComplete;
      expect(back(), returnUrl).to.equal(shown);
    }
    expect(window.__pwned).to.equal(undefined);
  });

  it('<portal-invoices>: a PDF or Pay link off the allowed origins is not rendered; the others are', async () => {
    const apiBase = await serverApiBase();
    const apiOrigin = new URL(apiBase).origin;
    const otherHost = apiOrigin.replace('localhost', '127.0.0.1');
    const hostile: Record<string, string> = {
      'DEMO-0036': HOSTILE[0]!,
      'DEMO-0035': 'data:application/pdf;base64,JVBERi0=',
      'DEMO-0034': '//evil.example/in.pdf',
      'DEMO-0033': 'https://evil.example/in.pdf',
      'DEMO-0032': `${otherHost}/v1/invoices/x/pdf`,
    };
    const fetch = rewriting((o) => {
      if (o.object !== 'invoice' || !(o.number in hostile)) return;
      o.pdf_url = hostile[o.number];
      if (o.hosted_invoice_url) o.hosted_invoice_url = 'https://evil.example/pay';
    });
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${await sessionToken('cus_demo')} .fetch=${fetch}><portal-invoices></portal-invoices></portal-session>
      </div>
    `);
    const invoices = wrapper.querySelector('portal-invoices')!;
    const root = invoices.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 20, 'never loaded', { timeout: 8000 });
    const row = (number: string) => [...root.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === number)!;
    for (const number of Object.keys(hostile)) {
      expect(row(number).querySelector('a[part="download"]'), number).to.equal(null);
      expect(row(number).querySelector('a[part="pay"]'), number).to.equal(null);
      expect(text(row(number).querySelector('.description')), number).not.to.equal(''); // the row itself is shown
    }
    const pdf = row('DEMO-0031').querySelector<HTMLAnchorElement>('a[part="download"]')!;
    expect(pdf.href.startsWith(`${apiOrigin}/v1/invoices/`)).to.equal(true);
    expectNoHostile(invoices);
  });

  describe('<portal-payment-method>', () => {
    async function mount(token: string, options: { fetch?: typeof fetch; subscription?: string } = {}) {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="en-US">
          <portal-session api-base=${await serverApiBase()} token=${token} .fetch=${options.fetch}>
            <portal-payment-method subscription=${ifDefined(options.subscription)}></portal-payment-method>
          </portal-session>
        </div>
      `);
      const el = wrapper.querySelector<PortalPaymentMethod>('portal-payment-method')!;
      const navigations: string[] = [];
      (el as unknown as { navigate: (url: string) => void }).navigate = (url) => navigations.push(url);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="method"] [data-action="edit"]'), 'never loaded', { timeout: 8000 });
      return { el, root, navigations };
    }
    const action = (root: ShadowRoot, name: string) => root.querySelector<HTMLElement>(`[data-action="${name}"]`)!;

    it('adding a method: a hosted page off the allowed origins is not visited, and the customer is told; the real one is', async () => {
      const customer = await freshCustomer('cus_demo');
      let setupUrl: string | undefined;
      const fetch = rewriting((o) => {
        if (o.object === 'setup_session' && setupUrl) o.url = setupUrl;
      });
      const { el, root, navigations } = await mount(customer.token, { fetch });
      action(root, 'edit').click();
      await waitUntil(() => root.querySelector('dialog')!.open, 'the dialog did not open');
      for (const url of HOSTILE) {
        setupUrl = url;
        action(root, 'add').click();
        await el.updateComplete; // the last message goes while it runs
        await waitUntil(() => root.querySelector('dialog .notice.danger[role="alert"]'), `no message for ${url}`, { timeout: 8000 });
        expect(text(root.querySelector('dialog .notice.danger'))).to.equal(MALFORMED);
        expect(action(root, 'add').getAttribute('aria-busy'), url).to.equal('false');
        expect(navigations, url).to.deep.equal([]);
      }
      await expect(el).to.be.accessible();
      setupUrl = undefined;
      action(root, 'add').click();
      await waitUntil(() => navigations.length === 1, 'the hosted page was not visited', { timeout: 8000 });
      expect(navigations[0]!.startsWith(`${new URL(await serverApiBase()).origin}/hosted/setup/`)).to.equal(true);
      expectNoHostile(el);
    }).timeout(20_000);

    it('reactivating: a receipt off the allowed origins is not linked; the payment is still confirmed', async () => {
      const customer = await freshCustomer('cus_demo');
      const fetch = rewriting((o) => {
        if (o.object === 'reactivation') o.invoice.pdf_url = 'https://evil.example/receipt.pdf';
      });
      const { el, root } = await mount(customer.token, { fetch, subscription: customer.ids['sub_demo_starter'] });
      action(root, 'edit').click();
      await waitUntil(() => root.querySelector('dialog')!.open, 'the dialog did not open');
      root.querySelector<HTMLInputElement>(`.option[data-method="${customer.ids['pm_demo_visa']}"] input`)!.click();
      await el.updateComplete;
      action(root, 'pay').click();
      await waitUntil(() => root.querySelector('.result.success'), 'no success shown', { timeout: 8000 });
      expect(text(root.querySelector('.result.success'))).to.contain('Payment received');
      expect(root.querySelector('a[part="receipt"]')).to.equal(null);
      expectNoHostile(el);
    });

    it('a payment-method flow’s redirect is followed only to an allowed origin', async () => {
      const back = `${location.origin}${location.pathname}#pm-flow-done`;
      for (const [redirect, followed] of [
        [undefined, back],
        ['https://evil.example/done', undefined],
        [HOSTILE[0], undefined],
      ] as Array<[string | undefined, string | undefined]>) {
        const customer = await freshCustomer('cus_demo', 'default', {
          flow: { type: 'payment_method_update', after_completion: { type: 'redirect', redirect: { return_url: back } } },
        });
        const fetch = rewriting((o) => {
          if (o.object === 'bootstrap' && redirect) o.flow.after_completion.redirect.return_url = redirect;
        });
        const { el, root, navigations } = await mount(customer.token, { fetch });
        await waitUntil(() => root.querySelector('dialog')?.open, 'the flow did not open the dialog', { timeout: 8000 });
        root.querySelector<HTMLInputElement>(`.option[data-method="${customer.ids['pm_demo_mastercard']}"] input`)!.click();
        await el.updateComplete;
        action(root, 'default').click();
        await waitUntil(() => !root.querySelector('dialog')!.open, 'the dialog stayed open', { timeout: 8000 });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(navigations, String(redirect)).to.deep.equal(followed ? [followed] : []);
        expectNoHostile(el);
        el.closest('div')!.remove();
      }
    }).timeout(30_000);
  });

  it('<portal-subscriptions>: a cancel flow’s redirect is followed only to an allowed origin', async () => {
    const apiBase = await serverApiBase();
    const customer = await freshCustomer('cus_demo');
    const back = `${location.origin}${location.pathname}${location.search}#cancel-flow-done`;
    for (const [sub, redirect, followed] of [
      ['sub_demo_pro', 'https://evil.example/done', false],
      ['sub_demo_team', HOSTILE[0], false],
      ['sub_demo_scheduled', undefined, true],
    ] as Array<[string, string | undefined, boolean]>) {
      const flow = { type: 'subscription_cancel', subscription: customer.ids[sub], after_completion: { type: 'redirect', redirect: { return_url: back } } };
      const token = await sessionToken(customer.customer, 'default', { flow });
      const fetch = rewriting((o) => {
        if (o.object === 'bootstrap' && redirect) o.flow.after_completion.redirect.return_url = redirect;
      });
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="en-US">
          <portal-session api-base=${apiBase} token=${token} .fetch=${fetch}><portal-subscriptions></portal-subscriptions></portal-session>
        </div>
      `);
      const el = wrapper.querySelector('portal-subscriptions')!;
      const root = el.shadowRoot!;
      const dialog = () => root.querySelector<HTMLDialogElement>('#cancel-dialog')!;
      await waitUntil(() => dialog().open && dialog().querySelector('input[name="reason"]'), 'the flow did not open', { timeout: 8000 });
      [...dialog().querySelectorAll<HTMLInputElement>('input[name="reason"]')].find((r) => r.value === 'other')!.click();
      dialog().querySelector<HTMLElement>('[data-action="continue"]')!.click();
      await waitUntil(() => dialog().querySelector('[data-action="cancel"]'), 'no confirmation step', { timeout: 8000 });
      dialog().querySelector<HTMLElement>('[data-action="cancel"]')!.click();
      await waitUntil(() => !dialog().open, 'the flow did not end', { timeout: 8000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.hash === '#cancel-flow-done', `${sub}: followed`).to.equal(followed);
      expect(text(root.querySelector('[part="announcement"]')), sub).to.contain('will be canceled on'); // the outcome is said either way
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      expectNoHostile(el);
      wrapper.remove();
    }
  }).timeout(30_000);
});
