import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { serverApiBase, sessionToken } from './support/portal.js';

const firstNumber = (el: Element) => el.shadowRoot!.querySelector('tbody th')?.textContent?.trim();

describe('<portal-session>', () => {
  it('provides the session to portal elements added after it is ready', async () => {
    const apiBase = await serverApiBase();
    const session = await fixture<PortalSession>(
      html`<portal-session lang="en-US" api-base=${apiBase} token=${await sessionToken('cus_demo')}></portal-session>`,
    );
    const later = document.createElement('portal-invoices');
    const wrapper = document.createElement('div');
    wrapper.append(later);
    session.append(wrapper);
    await waitUntil(() => firstNumber(later) === 'DEMO-0036', 'late element never got the session', { timeout: 8000 });
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
    expect(invoices.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(5);
  });

  it('keeps the token in memory only: nothing in web storage or cookies', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    const session = await fixture<PortalSession>(html`
      <portal-session lang="en-US" api-base=${apiBase} token=${token}><portal-invoices></portal-invoices></portal-session>
    `);
    await waitUntil(() => firstNumber(session.querySelector('portal-invoices')!) === 'DEMO-0036', 'never loaded', { timeout: 8000 });
    const stored = [
      ...Object.keys(localStorage).map((k) => localStorage.getItem(k)),
      ...Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)),
      document.cookie,
    ].join('\n');
    expect(stored).not.to.contain(token);
    expect(location.href).not.to.contain(token);
  });

  it('renders its children and nothing else, and passes axe', async () => {
    const session = await fixture<PortalSession>(html`<portal-session><p>Merchant content</p></portal-session>`);
    expect(session.shadowRoot!.querySelector('slot')).to.exist;
    expect(session.textContent!.trim()).to.equal('Merchant content');
    await expect(session).to.be.accessible();
  });
});
