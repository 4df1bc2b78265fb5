import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { loginLinkToken, requestsTo, serverApiBase, sessionToken, sessionReady } from './support/portal.js';

const firstNumber = (el: Element) => el.shadowRoot!.querySelector('tbody th')?.textContent?.trim();
const rowCount = (el: Element) => el.shadowRoot!.querySelectorAll('tbody tr').length;
const part = (session: PortalSession, name: string) => session.shadowRoot!.querySelector(`[part~="${name}"]`);

/** Everything the page could have persisted, as one string. */
async function persisted(): Promise<string> {
  const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
  return [
    ...Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
    ...Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
    document.cookie,
    JSON.stringify(databases),
    location.href,
    JSON.stringify(history.state),
  ].join('\n');
}

describe('<portal-session>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('provides the session to portal elements added after it is ready', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(
      html`<portal-session lang="en-US" api-base=${apiBase} token=${await sessionToken('cus_demo')}></portal-session>`,
    );
    await sessionReady(session);
    const later = document.createElement('portal-invoices');
    const wrapper = document.createElement('div');
    wrapper.append(later);
    session.append(wrapper);
    await waitUntil(() => firstNumber(later) === 'DEMO-0036', 'late element never got the session', { timeout: 8000 });
  });

  it('fires portal-session-ready with the customer, bubbling out of shadow roots', async () => {
    const apiBase = await serverApiBase();
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const heard = new Promise<CustomEvent>((resolve) => document.addEventListener('portal-session-ready', resolve as EventListener, { once: true }));
    const session = document.createElement('portal-session');
    session.apiBase = apiBase;
    session.token = await sessionToken('cus_invoice_only');
    shadow.append(session);
    document.body.append(host);
    const event = await heard;
    expect(event.detail).to.deep.equal({ customer: 'cus_invoice_only', renewed: false });
    host.remove();
  });

  it('switches every element to the new customer when the token changes', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${await sessionToken('cus_demo')}>
        <portal-invoices></portal-invoices>
      </portal-session>
    `);
    const invoices = session.querySelector('portal-invoices')!;
    await waitUntil(() => firstNumber(invoices) === 'DEMO-0036', 'first customer never shown', { timeout: 8000 });
    session.token = await sessionToken('cus_invoice_only');
    await waitUntil(() => firstNumber(invoices) === 'IO-1005', 'second customer never shown', { timeout: 8000 });
    expect(rowCount(invoices)).to.equal(5);
  });

  it('uses a #portal_session token from the address bar, removes it, and keeps it in memory only', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    history.replaceState(null, '', `${location.pathname}#portal_session=${token}&tab=billing`);
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase}><portal-invoices></portal-invoices></portal-session>
    `);
    expect(location.hash).to.equal('#tab=billing');
    await waitUntil(() => firstNumber(session.querySelector('portal-invoices')!) === 'DEMO-0036', 'never loaded', { timeout: 8000 });
    expect(await persisted()).not.to.contain(token);
    expect(session.getAttribute('token')).to.equal(null);
  });

  it('exchanges a #portal_login link once for a session, and strips it', async () => {
    const apiBase = await serverApiBase();
    const loginToken = await loginLinkToken('cus_demo');
    history.replaceState(null, '', `${location.pathname}#portal_login=${loginToken}`);
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase}><portal-invoices></portal-invoices></portal-session>
    `);
    expect(location.hash).to.equal('');
    const ready = await oneEvent(session, 'portal-session-ready');
    expect(ready.detail.customer).to.equal('cus_demo');
    await waitUntil(() => firstNumber(session.querySelector('portal-invoices')!) === 'DEMO-0036', 'never loaded', { timeout: 8000 });
    expect(requestsTo(apiBase, /\/sessions\/exchange$/)).to.be.at.least(1);
    const stored = await persisted();
    expect(stored).not.to.contain(loginToken);
    expect(stored).not.to.contain(session.token);
  });

  it('says plainly when a login link was already used, and offers to send a new one', async () => {
    const apiBase = await serverApiBase();
    const loginToken = await loginLinkToken('cus_demo');
    const first = await fetch(`${apiBase}/sessions/exchange`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login_token: loginToken }),
    });
    expect(first.status).to.equal(201);
    history.replaceState(null, '', `${location.pathname}#portal_login=${loginToken}`);
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} business-id="biz_demo"><portal-invoices></portal-invoices></portal-session>
    `);
    const ended = await oneEvent(session, 'portal-session-expired');
    expect(ended.detail.reason).to.equal('invalid_link');
    await session.updateComplete;
    const panel = part(session, 'ended')!;
    expect(panel.querySelector('h2')!.textContent).to.equal('This sign-in link can’t be used');
    expect(panel.textContent).to.contain('It has expired or was already used.');
    const login = panel.querySelector('portal-login')!;
    expect(login.getAttribute('business-id')).to.equal('biz_demo');
    expect((session.shadowRoot!.querySelector('.content') as HTMLElement).hidden).to.be.true;
    await expect(session).to.be.accessible();
  });

  it('asks for the customer’s email when it has no token and knows the business', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} business-id="biz_demo"><portal-invoices></portal-invoices></portal-session>
    `);
    const login = part(session, 'ended')!.querySelector('portal-login')!;
    await (login as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(login.shadowRoot!.querySelector('label')!.textContent).to.equal('Email');
    await expect(session).to.be.accessible();
  });

  it('warns a minute before the session idles out, and one action keeps the customer signed in', async () => {
    const apiBase = await serverApiBase('short'); // sessions idle out after 63 s
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${await sessionToken('cus_demo', 'short')}>
        <portal-invoices></portal-invoices>
      </portal-session>
    `);
    await sessionReady(session);
    await waitUntil(() => part(session, 'notice'), 'no warning shown', { timeout: 10_000 });
    const notice = part(session, 'notice')!;
    expect(notice.closest('[role="alert"]')).to.exist;
    expect(notice.textContent).to.contain('your session will end in about a minute');
    await expect(session).to.be.accessible();
    const before = requestsTo(apiBase, /\/bootstrap$/);
    (notice.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => !part(session, 'notice'), 'warning did not go away', { timeout: 5000 });
    expect(requestsTo(apiBase, /\/bootstrap$/)).to.equal(before + 1);
    expect(rowCount(session.querySelector('portal-invoices')!)).to.equal(20);
  });

  it('at the end clears every element’s data, fires portal-session-expired, and shows the way back', async () => {
    const apiBase = await serverApiBase('brief'); // sessions end 6 s after creation
    const session = await fixture<PortalSession>(html`
      <portal-session
        lang="en-US"
        api-base=${apiBase}
        business-id="biz_demo"
        return-url="https://shop.example.com/account"
        token=${await sessionToken('cus_demo', 'brief')}
      >
        <portal-invoices></portal-invoices>
      </portal-session>
    `);
    // Listening from the start: on a slow machine the 6 s may be up before the checks below are.
    const ending = oneEvent(session, 'portal-session-expired');
    const invoices = session.querySelector('portal-invoices')!;
    await waitUntil(() => rowCount(invoices) === 20, 'never loaded', { timeout: 8000 });
    // Near the absolute cap, activity cannot help: the notice says so and offers no button.
    await waitUntil(() => part(session, 'notice'), 'no warning shown', { timeout: 5000 });
    expect(part(session, 'notice')!.querySelector('button')).to.equal(null);
    const ended = await ending;
    expect(ended.detail.reason).to.equal('expired');
    await session.updateComplete;
    await invoices.updateComplete;
    expect(rowCount(invoices)).to.equal(0);
    expect(invoices.shadowRoot!.textContent).not.to.contain('DEMO-0036');
    const panel = part(session, 'ended')!;
    expect(panel.querySelector('h2')!.textContent).to.equal('Your session has ended');
    expect(panel.querySelector('portal-login')).to.exist;
    expect((panel.querySelector('a.return') as HTMLAnchorElement).href).to.equal('https://shop.example.com/account');
    await expect(session).to.be.accessible();
  }).timeout(20_000);

  it('renews silently through fetchToken when the session ends, keeping what is shown', async () => {
    const apiBase = await serverApiBase('brief');
    let minted = 0;
    const expired: Event[] = [];
    const ready: CustomEvent[] = [];
    const session = await fixture<PortalSession>(html`
      <portal-session
        lang="en-US"
        api-base=${apiBase}
        .fetchToken=${async () => {
          minted++;
          return sessionToken('cus_demo', 'brief');
        }}
        @portal-session-expired=${(e: Event) => expired.push(e)}
        @portal-session-ready=${(e: CustomEvent) => ready.push(e)}
      >
        <portal-invoices></portal-invoices>
      </portal-session>
    `);
    const invoices = session.querySelector('portal-invoices')!;
    await waitUntil(() => rowCount(invoices) === 20, 'never loaded', { timeout: 8000 });
    expect(minted, 'one token for the first load').to.equal(ready.some((e) => e.detail.renewed) ? 2 : 1);
    expect(ready[0]?.detail).to.deep.equal({ customer: 'cus_demo', renewed: false });
    await waitUntil(() => ready.some((e) => e.detail.renewed), 'never renewed', { timeout: 15_000 });
    const renewed = ready.find((e) => e.detail.renewed)!;
    expect(renewed.detail).to.deep.equal({ customer: 'cus_demo', renewed: true });
    expect(minted).to.equal(2);
    expect(expired).to.have.length(0);
    expect(part(session, 'ended')).to.equal(null);
    expect(part(session, 'notice')).to.equal(null);
    expect(rowCount(invoices)).to.equal(20);
    // The new token works: a fresh read succeeds.
    await (session as unknown as { store: { bootstrap: { load(): Promise<void>; state: { status: string } } } }).store.bootstrap.load();
  }).timeout(20_000);

  it('signs out at once: the token stops working on the server', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${token}><portal-invoices></portal-invoices></portal-session>
    `);
    await sessionReady(session);
    setTimeout(() => void session.logout());
    const ended = await oneEvent(session, 'portal-session-expired');
    expect(ended.detail.reason).to.equal('logged_out');
    const after = await fetch(`${apiBase}/invoices`, { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status).to.equal(401);
  });

  it('renders its children and nothing else when signed in, and passes axe', async () => {
    const session = await fixture<PortalSession>(html`<portal-session><p>Merchant content</p></portal-session>`);
    expect(session.shadowRoot!.querySelector('slot')).to.exist;
    expect(session.textContent!.trim()).to.equal('Merchant content');
    await expect(session).to.be.accessible();
  });
});
