/**
 * The late-provider case, on a page of its own: portal elements upgraded before
 * `<portal-session>` is even defined still receive the session once it is.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-invoices.js';
import { serverApiBase, sessionToken } from './support/portal.js';

describe('<portal-session> defined after its elements', () => {
  it('provides the session to elements that were defined and connected before it', async () => {
    expect(customElements.get('portal-session')).to.equal(undefined);
    const apiBase = await serverApiBase();
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${await sessionToken('cus_demo')}><portal-invoices></portal-invoices></portal-session>
      </div>
    `);
    const invoices = wrapper.querySelector('portal-invoices')!;
    await invoices.updateComplete;
    expect(invoices.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal('Sign in to see your invoices.');
    await import('../src/define/portal-session.js');
    await waitUntil(() => invoices.shadowRoot!.querySelector('tbody tr'), 'the late session never reached the element', { timeout: 8000 });
    expect(invoices.shadowRoot!.querySelector('tbody th')!.textContent!.trim()).to.equal('DEMO-0036');
  });
});
