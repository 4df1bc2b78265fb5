import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/portal-app.js';
import type { PortalApp } from '../src/components/portal-app/portal-app.js';
import { requestsTo, serverApiBase, sessionToken, sessionReady } from './support/portal.js';

async function mount(customer: string, width = '') {
  const apiBase = await serverApiBase();
  const token = await sessionToken(customer);
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US" style=${width ? `inline-size: ${width}` : ''}>
      <portal-app api-base=${apiBase} token=${token} return-url="https://shop.example.com/account"></portal-app>
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
    // One session, shared: the bootstrap and the subscriptions are each read once.
    expect(requestsTo(apiBase, /\/bootstrap$/)).to.equal(1);
    expect(requestsTo(apiBase, /\/subscriptions$/)).to.equal(1);
    await expect(app).to.be.accessible();
  });

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

  it('fits 320 px without horizontal scrolling, and passes axe there', async () => {
    const { app, root } = await mount('cus_demo', '320px');
    await settled(root);
    expect(app.scrollWidth).to.be.at.most(app.clientWidth + 1);
    await expect(app).to.be.accessible();
  });
});
