import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/portal-login.js';
import type { PortalLogin } from '../src/components/portal-login/portal-login.js';
import { holdMutations, pressEnterTwice } from './support/held.js';
import { freshCustomer, outbox, requestsTo, serverApiBase } from './support/portal.js';

async function mount(): Promise<{ el: PortalLogin; root: ShadowRoot; apiBase: string }> {
  const apiBase = await serverApiBase();
  const el = await fixture<PortalLogin>(html`<portal-login lang="en" api-base=${apiBase} business-id="biz_demo"></portal-login>`);
  return { el, root: el.shadowRoot!, apiBase };
}

async function type(root: ShadowRoot, text: string): Promise<void> {
  const input = root.querySelector('input')!;
  input.focus();
  input.value = '';
  await sendKeys({ type: text });
}

describe('<portal-login>', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('asks for the email with a label, email autocomplete and paste allowed; passes axe', async () => {
    const { root, el } = await mount();
    const input = root.querySelector('input')!;
    expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Email');
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    expect(input.onpaste).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends a sign-in link to a known email and says to check the inbox', async () => {
    const { el, root } = await mount();
    const email = 'demo@example.com';
    const before = (await outbox(email)).length;
    await type(root, email);
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    const requested = await oneEvent(el, 'portal-login-requested');
    expect(requested.detail.email).to.equal(email);
    await el.updateComplete;
    expect(root.querySelector('[role="status"] h2')!.textContent).to.equal('Check your inbox');
    expect(root.activeElement?.textContent).to.equal('Check your inbox');
    const mails = await outbox(email);
    expect(mails.length).to.equal(before + 1);
    expect(mails[0]!.text).to.match(/#portal_login=/);
    await expect(el).to.be.accessible();
  });

  it('says exactly the same for an unknown email, and nothing is sent', async () => {
    const { el, root } = await mount();
    const email = `nobody-${Date.now()}@example.com`;
    await type(root, email);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await oneEvent(el, 'portal-login-requested');
    await el.updateComplete;
    expect(root.querySelector('[role="status"]')!.textContent).to.contain(`If ${email} belongs to an account`);
    expect(await outbox(email)).to.have.length(0);
  });

  it('explains an invalid email on the field and sends nothing', async () => {
    const { el, root, apiBase } = await mount();
    await type(root, 'not-an-email');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = root.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Enter an email address like name@example.com.',
    );
    expect(requestsTo(apiBase, /\/login$/)).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('sends one request however fast the customer clicks', async () => {
    const { el, root, apiBase } = await mount();
    await type(root, 'demo@example.com');
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const requested = oneEvent(el, 'portal-login-requested');
    for (let i = 0; i < 5; i++) button.click();
    await sendKeys({ press: 'Enter' });
    await requested;
    await new Promise((r) => setTimeout(r, 300));
    expect(requestsTo(apiBase, /\/login$/)).to.equal(1);
  });

  it('two Enters on the button, or in the field, on a slow network send one link each time', async () => {
    for (const where of ['button', 'field'] as const) {
      const net = holdMutations();
      const apiBase = await serverApiBase();
      const el = await fixture<PortalLogin>(html`<portal-login lang="en" api-base=${apiBase} business-id="biz_demo" .fetch=${net.fetch}></portal-login>`);
      const root = el.shadowRoot!;
      // A customer of its own: demo@example.com's five links per 15 minutes are for the other tests.
      const { email } = await freshCustomer();
      const before = (await outbox(email)).length;
      await type(root, email);
      const requested = oneEvent(el, 'portal-login-requested');
      await pressEnterTwice(where === 'button' ? root.querySelector<HTMLButtonElement>('button[type="submit"]')! : root.querySelector('input')!);
      await net.until('POST', '/login');
      expect(root.querySelector('button[type="submit"]')!.getAttribute('aria-disabled'), where).to.equal('true');
      net.release();
      await requested;
      await el.updateComplete;
      expect(root.querySelector('[role="status"] h2')!.textContent, where).to.equal('Check your inbox');
      await new Promise((r) => setTimeout(r, 300));
      expect(net.count('POST', '/login'), where).to.equal(1);
      expect((await outbox(email)).length, where).to.equal(before + 1);
    }
  });

  it('shows a clear message when rate limited', async () => {
    const { el, root, apiBase } = await mount();
    const email = `limited-${Date.now()}@example.com`;
    for (let i = 0; i < 5; i++) {
      await fetch(`${apiBase}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ business_id: 'biz_demo', email }),
      });
    }
    await type(root, email);
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root.querySelector('[role="alert"] p'), 'no message', { timeout: 8000 });
    expect(root.querySelector('[role="alert"]')!.textContent).to.match(/Too many attempts\. Try again in (a minute|\d+ minutes)\./);
    expect((root.querySelector('input') as HTMLInputElement).value).to.equal(email);
    await expect(el).to.be.accessible();
  });
});
