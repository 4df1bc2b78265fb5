import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/portal-session.js';
import '../src/define/portal-payment-method.js';
import type { PortalPaymentMethod } from '../src/components/portal-payment-method/portal-payment-method.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import type { Schemas } from '../src/state/api-client.js';
import { emit } from '../src/events.js';
import { holdMutations, pressEnterTwice, twoEntersSendOne } from './support/held.js';
import { freshCustomer, listsOnTheirOwn, outbox, requestsTo, serverApiBase, sessionToken } from './support/portal.js';

type PaymentMethod = Schemas['PaymentMethod'];
type Subscription = Schemas['Subscription'];

interface Mounted {
  apiBase: string;
  token: string;
  session: PortalSession;
  el: PortalPaymentMethod;
  root: ShadowRoot;
  /** URLs the element asked to navigate to (the hosted page), instead of leaving the test page. */
  navigations: string[];
}

async function mount(options: { customer?: string; token?: string; subscription?: string; fetch?: typeof fetch } = {}): Promise<Mounted> {
  const apiBase = await serverApiBase();
  const token = options.token ?? (await sessionToken(options.customer ?? 'cus_demo'));
  // A stub injects its fault on a list's own endpoint, so with one the bootstrap brings no list along.
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US">
      <portal-session api-base=${apiBase} token=${token} .fetch=${options.fetch && listsOnTheirOwn(options.fetch)}>
        <portal-payment-method subscription=${ifDefined(options.subscription)}></portal-payment-method>
      </portal-session>
    </div>
  `);
  const session = wrapper.querySelector('portal-session') as PortalSession;
  const el = wrapper.querySelector('portal-payment-method') as PortalPaymentMethod;
  const navigations: string[] = [];
  (el as unknown as { navigate: (url: string) => void }).navigate = (url) => navigations.push(url);
  return { apiBase, token, session, el, root: el.shadowRoot!, navigations };
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const loaded = (root: ShadowRoot) =>
  waitUntil(() => root.querySelector('[part="method"], [part="message"]') && !root.querySelector('.skeleton'), 'never loaded', { timeout: 8000 });
const dialog = (root: ShadowRoot) => root.querySelector('dialog')!;
const button = (root: ShadowRoot, action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
const option = (root: ShadowRoot, id: string) => root.querySelector<HTMLLabelElement>(`.option[data-method="${id}"]`)!;
const choose = (root: ShadowRoot, id: string) => option(root, id).querySelector('input')!.click();
const status = (root: ShadowRoot) => text(root.querySelector('.dialog-status'));

/** Lets any request still in flight finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

const events = (el: EventTarget, type: string) => {
  const heard: CustomEvent[] = [];
  el.addEventListener(type, (e) => heard.push(e as CustomEvent));
  return heard;
};

async function openEdit(root: ShadowRoot) {
  button(root, 'edit')!.click();
  await waitUntil(() => dialog(root).open, 'the dialog did not open');
}

/** The server's view, with the customer's own session token. */
async function api<T>(apiBase: string, token: string, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${apiBase}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...init.headers } });
  return (await response.json()) as T;
}
const methodsOf = (m: { apiBase: string; token: string }) => api<{ data: PaymentMethod[] }>(m.apiBase, m.token, '/payment-methods').then((r) => r.data);
const subscriptionOf = (m: { apiBase: string; token: string }, id: string) => api<Subscription>(m.apiBase, m.token, `/subscriptions/${id}`);

/** The customer fills and sends the hosted setup page's form (from that page's own origin, as its browser would). */
async function submitHostedSetup(url: string, fields: Record<string, string>): Promise<void> {
  const result = (await executeServerCommand('portal-hosted-submit', { url, fields })) as { status: number; location: string | null };
  expect(result.status, 'the hosted page refused the form').to.equal(303);
}

const monthYear = () => {
  const now = new Date();
  return { mm: String(now.getUTCMonth() + 1).padStart(2, '0'), yy: String(now.getUTCFullYear() % 100), yyyy: now.getUTCFullYear() };
};

describe('<portal-payment-method>', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('shows the default method with its mark, last four and expiry, and an Edit button that says what it edits', async () => {
    const { root, el } = await mount();
    await loaded(root);
    const shown = root.querySelector('[part="method"]')!;
    expect(text(shown.querySelector('.name'))).to.equal('Visa ending in 4242');
    expect(text(shown.querySelector('.detail'))).to.equal('Expires 12/2029');
    expect(shown.querySelector('svg.mark')!.getAttribute('data-mark')).to.equal('visa');
    expect(shown.querySelector('svg.mark')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shown.querySelector('.flag')).to.equal(null);
    const edit = button(root, 'edit')!;
    expect(text(edit)).to.equal('Edit');
    expect(edit.getAttribute('aria-label')).to.equal('Edit default payment method');
    await expect(el).to.be.accessible();
  });

  it('with subscription=…, shows that subscription’s method: an expired card called out in words, and what is owed', async () => {
    const { root, el } = await mount({ subscription: 'sub_demo_starter' });
    await loaded(root);
    const shown = root.querySelector('[part="method"]')!;
    expect(text(shown.querySelector('.name'))).to.equal('American Express ending in 8431');
    expect(text(shown.querySelector('.detail'))).to.equal('Expired 03/2025');
    expect(text(shown.querySelector('.flag.danger'))).to.equal('Expired');
    expect(text(shown.querySelector('[data-note="expired"]'))).to.equal('This card has expired. Choose or add another payment method.');
    expect(shown.querySelector('svg.mark')!.getAttribute('data-mark')).to.equal('amex');
    expect(text(root.querySelector('[part="notice"]'))).to.contain('Your Starter monthly subscription is on hold: $9.00 is unpaid.');
    expect(button(root, 'edit')!.getAttribute('aria-label')).to.equal('Edit payment method for Starter monthly');
    await expect(el).to.be.accessible();
  });

  it('renders every payment method type with its own mark and the detail the customer knows it by', async () => {
    const { root, el } = await mount({ customer: 'cus_methods' });
    await loaded(root);
    expect(text(root.querySelector('[part="method"] .name'))).to.equal('Visa ending in 1881');
    await openEdit(root);
    const expected: Record<string, [string, string, string]> = {
      pm_methods_card: ['visa', 'Visa ending in 1881', 'Expires 11/2030'],
      pm_methods_us_bank_account: ['bank', 'STRIPE TEST BANK ending in 6789', 'ACH Direct Debit (US bank account)'],
      pm_methods_au_becs_debit: ['bank', 'Commonwealth Bank ending in 3456', 'BECS Direct Debit (Australia)'],
      pm_methods_sepa_debit: ['bank', 'Deutsche Bank ending in 3000', 'SEPA Direct Debit'],
      pm_methods_bacs_debit: ['bank', 'NatWest ending in 2345', 'Bacs Direct Debit (UK)'],
      pm_methods_acss_debit: ['bank', 'TD Canada Trust ending in 6789', 'Pre-authorized debit (Canada)'],
      pm_methods_paypal: ['paypal', 'PayPal', 'mia.methods@example.com'],
      pm_methods_amazon_pay: ['amazon_pay', 'Amazon Pay', 'mia.amazon@example.com'],
      pm_methods_cashapp: ['cashapp', 'Cash App Pay', '$miamethods'],
      pm_methods_link: ['link', 'Link', 'mia.link@example.com'],
      pm_methods_boleto: ['boleto', 'Boleto', 'Tax ID ending in 0000'],
    };
    const options = [...root.querySelectorAll('.option')];
    expect(options).to.have.length(11);
    for (const [id, [mark, name, detail]] of Object.entries(expected)) {
      const row = option(root, id);
      expect(row, id).to.exist;
      expect(row.querySelector('svg.mark')!.getAttribute('data-mark'), id).to.equal(mark);
      expect(text(row.querySelector('.name')), id).to.equal(name);
      expect(text(row.querySelector('.detail')), id).to.equal(detail);
      // The radio's accessible name is the label's text: the method's name and detail.
      expect(text(row), id).to.contain(name);
    }
    // Every mark is drawn inline: no image is requested.
    expect(root.querySelectorAll('img, image')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens a modal dialog with focus on the chosen method; Escape closes it and focus returns to Edit', async () => {
    const { root, el } = await mount();
    await loaded(root);
    const edit = button(root, 'edit')!;
    edit.focus();
    await openEdit(root);
    expect(dialog(root).matches(':modal')).to.be.true;
    expect(text(root.querySelector('#dialog-title'))).to.equal('Your payment methods');
    const focused = root.activeElement as HTMLInputElement;
    expect(focused.type).to.equal('radio');
    expect(focused.value).to.equal('pm_demo_visa');
    expect(focused.closest('.option')!.textContent).to.contain('Default');
    expect(text(root.querySelector('legend'))).to.equal('Saved payment methods');
    expect(root.querySelectorAll('.option')).to.have.length(3);
    // The default one is chosen: nothing to make default, so the dialog says so.
    expect(text(root.querySelector('.dialog-actions .hint'))).to.equal('This is your default payment method.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(root).open, 'Escape did not close the dialog');
    await waitUntil(() => root.activeElement === edit, 'focus did not return to Edit');
  });

  it('opens its dialog at once when the session was created for a payment method update (deep link)', async () => {
    const fresh = await freshCustomer('cus_demo', 'default', { flow: { type: 'payment_method_update' } });
    const { root, el } = await mount({ token: fresh.token });
    await waitUntil(() => dialog(root)?.open, 'the deep link did not open the dialog', { timeout: 8000 });
    expect(text(root.querySelector('#dialog-title'))).to.equal('Your payment methods');
    await expect(el).to.be.accessible();
    // Once per session: closing it does not reopen it.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(root).open, 'Escape did not close the dialog');
    await new Promise((r) => setTimeout(r, 300));
    expect(dialog(root).open).to.be.false;
  });

  it('makes the mastercard the default: five clicks send one request, the server stores it, it is announced and shown', async () => {
    const fresh = await freshCustomer('cus_demo');
    const m = await mount({ token: fresh.token });
    const { root, el, apiBase } = m;
    await loaded(root);
    await openEdit(root);
    choose(root, fresh.ids['pm_demo_mastercard']!);
    await el.updateComplete;
    const updated = oneEvent(el, 'portal-payment-method-updated');
    const make = button(root, 'default')!;
    expect(text(make)).to.equal('Make default');
    for (let i = 0; i < 5; i++) make.click();
    await el.updateComplete;
    expect(make.getAttribute('aria-busy')).to.equal('true');
    expect(make.getAttribute('aria-disabled')).to.equal('true');
    const event = await updated;
    expect(event.detail.payment_method.id).to.equal(fresh.ids['pm_demo_mastercard']);
    expect(event.detail.change).to.equal('default');
    await waitUntil(() => !dialog(root).open, 'the dialog stayed open');
    await settle(); // any further request has finished, so Resource Timing counts it
    expect(requestsTo(apiBase, /\/payment-methods\/[^/]+\/default$/)).to.equal(1);
    expect(text(root.querySelector('[part="method"] .name'))).to.equal('Mastercard ending in 4444');
    expect(text(root.querySelector('.announcement'))).to.equal('Mastercard ending in 4444 is now your default payment method.');
    const stored = await methodsOf(m);
    expect(stored.find((pm) => pm.is_default)!.id).to.equal(fresh.ids['pm_demo_mastercard']);
    await expect(el).to.be.accessible();
  });

  it('make default: two Enters on a slow network send one request; the server stores it, it is announced and shown', async () => {
    const fresh = await freshCustomer('cus_demo');
    const net = holdMutations();
    const m = await mount({ token: fresh.token, fetch: net.fetch });
    const { root, el } = m;
    await loaded(root);
    await openEdit(root);
    choose(root, fresh.ids['pm_demo_mastercard']!);
    await el.updateComplete;
    const heard = events(el, 'portal-payment-method-updated');
    const make = button(root, 'default')!;

    await twoEntersSendOne(net, make, 'POST', /\/payment-methods\/[^/]+\/default$/, { dialog: dialog(root), done: () => !dialog(root).open, message: 'the dialog stayed open' });
    expect(heard).to.have.length(1);
    expect(text(root.querySelector('[part="method"] .name'))).to.equal('Mastercard ending in 4444');
    expect(text(root.querySelector('.announcement'))).to.equal('Mastercard ending in 4444 is now your default payment method.');
    const stored = await methodsOf(m);
    expect(stored.filter((pm) => pm.is_default).map((pm) => pm.id)).to.deep.equal([fresh.ids['pm_demo_mastercard']]);
  });

  it('for a subscription: two Enters on Make default, then two on “Use for …”, on a slow network, send one request each', async () => {
    const fresh = await freshCustomer('cus_demo');
    const sub = fresh.ids['sub_demo_pro']!;
    const mastercard = fresh.ids['pm_demo_mastercard']!;
    const net = holdMutations();
    const m = await mount({ token: fresh.token, subscription: sub, fetch: net.fetch });
    const { root, el } = m;
    await loaded(root);
    await openEdit(root);
    choose(root, mastercard);
    await el.updateComplete;
    const heard = events(el, 'portal-payment-method-updated');

    // Make default (beside Remove): the dialog stays open and says so.
    const make = button(root, 'default')!;
    expect(text(make)).to.equal('Make default');
    await twoEntersSendOne(net, make, 'POST', /\/default$/, { done: () => status(root) === 'Mastercard ending in 4444 is now your default payment method.', message: 'not announced' });
    expect((await methodsOf(m)).filter((pm) => pm.is_default).map((pm) => pm.id)).to.deep.equal([mastercard]);

    // Use it for the subscription.
    net.hold();
    const use = button(root, 'use')!;
    expect(text(use)).to.equal('Use for Pro monthly');
    await twoEntersSendOne(net, use, 'POST', /\/subscriptions\/[^/]+\/payment-method$/, { dialog: dialog(root), done: () => !dialog(root).open, message: 'the dialog stayed open' });
    expect(heard.map((e) => e.detail.change)).to.deep.equal(['default', 'subscription']);
    expect(text(root.querySelector('.announcement'))).to.equal('Pro monthly is now paid with Mastercard ending in 4444.');
    expect(text(root.querySelector('[part="method"] .name'))).to.equal('Mastercard ending in 4444');
    const stored = await subscriptionOf(m, sub);
    expect(stored.payment_method?.id).to.equal(mastercard);
    expect(stored.version).to.equal(2); // one change
  });

  it('removes a method after confirming, and refuses the last one an active subscription needs, explained before and by the server', async () => {
    const fresh = await freshCustomer('cus_demo');
    const m = await mount({ token: fresh.token });
    const { root, el, apiBase, token } = m;
    await loaded(root);
    await openEdit(root);
    // Remove the expired amex through the dialog.
    choose(root, fresh.ids['pm_demo_expired']!);
    await el.updateComplete;
    expect(text(button(root, 'ask-remove'))).to.equal('Remove American Express ending in 8431');
    button(root, 'ask-remove')!.click();
    await el.updateComplete;
    expect(text(root.querySelector('#confirm-text'))).to.contain('Remove American Express ending in 8431?');
    expect(text(root.querySelector('#confirm-text'))).to.contain('Starter monthly will be charged to your default payment method instead.');
    for (let i = 0; i < 5; i++) button(root, 'remove')!.click();
    await waitUntil(() => status(root).includes('was removed'), 'the removal was not announced');
    expect(status(root)).to.equal('American Express ending in 8431 was removed.');
    expect(requestsTo(apiBase, /\/payment-methods\/pm_[^/]+$/)).to.equal(1);
    expect(root.querySelectorAll('.option')).to.have.length(2);
    expect((await methodsOf(m)).map((pm) => pm.id)).to.not.include(fresh.ids['pm_demo_expired']);

    // Behind the dialog's back the visa goes too: the dialog still offers to remove the mastercard…
    await api(apiBase, token, `/payment-methods/${fresh.ids['pm_demo_visa']}`, { method: 'DELETE' });
    choose(root, fresh.ids['pm_demo_mastercard']!);
    await el.updateComplete;
    button(root, 'ask-remove')!.click();
    await el.updateComplete;
    button(root, 'remove')!.click();
    // …and the server's refusal is explained; the list is read again and the rule shown before the next try.
    await waitUntil(() => root.querySelector('.dialog-body [role="alert"]'), 'the refusal was not shown');
    expect(text(root.querySelector('.dialog-body [role="alert"]'))).to.contain('It wasn’t removed. This is your only payment method');
    await waitUntil(() => root.querySelectorAll('.option').length === 1, 'the list was not read again');
    const ask = button(root, 'ask-remove')!;
    expect(ask.getAttribute('aria-disabled')).to.equal('true');
    expect(ask.getAttribute('aria-describedby')).to.equal('remove-why');
    expect(text(root.querySelector('#remove-why'))).to.equal(
      'This is your only payment method and your subscriptions need one, so it can’t be removed. Add another payment method first.',
    );
    ask.click();
    await el.updateComplete;
    expect(root.querySelector('#confirm-text')).to.equal(null);
    expect((await methodsOf(m)).map((pm) => pm.id)).to.deep.equal([fresh.ids['pm_demo_mastercard']]);
    await expect(el).to.be.accessible();
  });

  it('remove: two Enters on the confirming Remove, on a slow network, send one request; the server drops it', async () => {
    const fresh = await freshCustomer('cus_demo');
    const net = holdMutations();
    const m = await mount({ token: fresh.token, fetch: net.fetch });
    const { root, el } = m;
    await loaded(root);
    await openEdit(root);
    choose(root, fresh.ids['pm_demo_expired']!);
    await el.updateComplete;
    button(root, 'ask-remove')!.click();
    await el.updateComplete;
    const remove = button(root, 'remove')!;
    expect(text(remove)).to.equal('Remove');

    await twoEntersSendOne(net, remove, 'DELETE', /\/payment-methods\/[^/]+$/, { done: () => status(root).includes('was removed'), message: 'the removal was not announced' });
    expect(status(root)).to.equal('American Express ending in 8431 was removed.');
    expect(root.querySelectorAll('.option')).to.have.length(2);
    expect(root.querySelector('.dialog-body [role="alert"]')).to.equal(null);
    const stored = (await methodsOf(m)).map((pm) => pm.id);
    expect(stored).to.not.include(fresh.ids['pm_demo_expired']);
    expect(stored).to.have.length(2);
  });

  it('reactivates an on-hold subscription: the amount first, a decline keeps it on hold, then one charge with another method', async () => {
    const fresh = await freshCustomer('cus_demo');
    const sub = fresh.ids['sub_demo_starter']!;
    const m = await mount({ token: fresh.token, subscription: sub });
    const { root, el, apiBase } = m;
    await loaded(root);
    await openEdit(root);
    expect(text(root.querySelector('#dialog-title'))).to.equal('Reactivate Starter monthly');
    expect(text(root.querySelector('[part="outstanding"]'))).to.contain('Amount due now $9.00');
    // Styled by the dialog's own rules, which came with its code: a warning panel, not bare text.
    expect(getComputedStyle(root.querySelector('[part="outstanding"]')!).display).to.equal('grid');
    expect(getComputedStyle(root.querySelector('[part="outstanding"]')!).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(text(option(root, fresh.ids['pm_demo_expired']!))).to.contain('Current');
    const pay = button(root, 'pay')!;
    expect(text(pay)).to.equal('Pay $9.00 and reactivate');
    await expect(el).to.be.accessible();

    // The expired card it has now: declined.
    pay.click();
    await waitUntil(() => root.querySelector('[data-result="declined"]'), 'no decline shown', { timeout: 8000 });
    const declined = root.querySelector('[data-result="declined"]')!;
    expect(declined.getAttribute('role')).to.equal('alert');
    expect(text(declined)).to.contain('The payment didn’t go through.');
    expect(text(declined)).to.contain('Your card has expired');
    expect(text(declined)).to.contain('Your Starter monthly subscription is still on hold. Choose another payment method');
    expect((await subscriptionOf(m, sub)).status).to.equal('on_hold');
    expect(text(root.querySelector('#dialog-title'))).to.equal('Reactivate Starter monthly');
    await expect(el).to.be.accessible();

    // Another method: five presses, one charge.
    choose(root, fresh.ids['pm_demo_visa']!);
    await el.updateComplete;
    const reactivated = oneEvent(el, 'portal-subscription-reactivated');
    performance.clearResourceTimings();
    for (let i = 0; i < 5; i++) button(root, 'pay')!.click();
    await el.updateComplete;
    expect(button(root, 'pay')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(button(root, 'pay'))).to.equal('Paying…');
    const event = await reactivated;
    expect(event.detail.subscription.status).to.equal('active');
    expect(event.detail.invoice.status).to.equal('paid');
    await settle(); // any further request has finished, so Resource Timing counts it
    expect(requestsTo(apiBase, /\/subscriptions\/[^/]+\/payment-method$/)).to.equal(1);
    await waitUntil(() => root.querySelector('.result.success'), 'no success shown');
    expect(text(root.querySelector('#dialog-title'))).to.equal('Reactivate Starter monthly');
    const result = root.querySelector('.result.success')!;
    expect(text(result)).to.contain('Payment received');
    expect(text(result)).to.contain('$9.00 was paid and your Starter monthly subscription is active again.');
    expect(text(result)).to.contain('Paid with Visa ending in 4242.');
    const receipt = result.querySelector<HTMLAnchorElement>('a[part="receipt"]')!;
    expect(text(receipt)).to.equal(`Receipt: invoice ${event.detail.invoice.number} (PDF)`);
    expect(receipt.href).to.equal(event.detail.invoice.pdf_url);
    await waitUntil(() => root.activeElement?.id === 'result-title', 'focus did not move to the result');
    await expect(el).to.be.accessible();

    const stored = await subscriptionOf(m, sub);
    expect(stored.status).to.equal('active');
    expect(stored.outstanding).to.equal(null);
    const invoices = await api<{ data: Schemas['Invoice'][] }>(apiBase, m.token, '/invoices?limit=100');
    expect(invoices.data.find((i) => i.id === event.detail.invoice.id)!.status).to.equal('paid');
    expect(invoices.data.filter((i) => i.status === 'open')).to.have.length(0);
    await waitUntil(async () => (await outbox(fresh.email)).length >= 2, 'the emails were not sent', { timeout: 8000 });

    button(root, 'done')!.click();
    await waitUntil(() => !dialog(root).open);
    await waitUntil(() => text(root.querySelector('.announcement')) === 'Paid $9.00. Your Starter monthly subscription is active again.');
    await waitUntil(() => !root.querySelector('[part="notice"]'), 'the on-hold notice stayed');
    expect(text(root.querySelector('[part="method"] .name'))).to.equal('Visa ending in 4242');
  });

  it('pay: two Enters on “Pay … and reactivate” on a slow network charge once', async () => {
    const fresh = await freshCustomer('cus_demo');
    const sub = fresh.ids['sub_demo_starter']!;
    const net = holdMutations();
    const m = await mount({ token: fresh.token, subscription: sub, fetch: net.fetch });
    const { root, el, apiBase } = m;
    await loaded(root);
    await openEdit(root);
    choose(root, fresh.ids['pm_demo_visa']!);
    await el.updateComplete;
    const reactivated = events(el, 'portal-subscription-reactivated');
    const pay = button(root, 'pay')!;

    await pressEnterTwice(pay);
    await net.until('POST', '/payment-method');
    expect(pay.getAttribute('aria-busy')).to.equal('true');
    expect(text(pay)).to.equal('Paying…');
    net.release();
    await waitUntil(() => root.querySelector('.result.success'), 'no success shown', { timeout: 8000 });
    await settle();
    expect(net.count('POST', /\/subscriptions\/[^/]+\/payment-method$/)).to.equal(1);
    expect(reactivated).to.have.length(1);
    expect(text(root.querySelector('.result.success'))).to.contain('$9.00 was paid and your Starter monthly subscription is active again.');
    const stored = await subscriptionOf(m, sub);
    expect(stored.status).to.equal('active');
    expect(stored.outstanding).to.equal(null);
    const invoices = await api<{ data: Schemas['Invoice'][] }>(apiBase, m.token, '/invoices?limit=100');
    expect(invoices.data.filter((i) => i.id === reactivated[0]!.detail.invoice.id && i.status === 'paid')).to.have.length(1);
    expect(invoices.data.filter((i) => i.status === 'open')).to.have.length(0);
  });

  it('pay: five clicks and two Enters, mixed, on a slow network charge once', async () => {
    const fresh = await freshCustomer('cus_demo');
    const sub = fresh.ids['sub_demo_starter']!;
    const net = holdMutations();
    const m = await mount({ token: fresh.token, subscription: sub, fetch: net.fetch });
    const { root, el } = m;
    await loaded(root);
    await openEdit(root);
    choose(root, fresh.ids['pm_demo_mastercard']!);
    await el.updateComplete;
    const pay = button(root, 'pay')!;

    for (let i = 0; i < 5; i++) pay.click();
    await twoEntersSendOne(net, pay, 'POST', /\/subscriptions\/[^/]+\/payment-method$/, { done: () => root.querySelector('.result.success'), message: 'no success shown' });
    expect(text(root.querySelector('.result.success'))).to.contain('Paid with Mastercard ending in 4444.');
    expect((await subscriptionOf(m, sub)).status).to.equal('active');
  });

  it('opens for <portal-subscriptions>’ "Update payment method" request, and takes it (preventDefault)', async () => {
    const { root, el, session, apiBase, token } = await mount();
    await loaded(root);
    const subs = await api<{ data: Subscription[] }>(apiBase, token, '/subscriptions');
    const onHold = subs.data.find((s) => s.status === 'on_hold')!;
    const source = document.createElement('button');
    source.textContent = 'Update payment method';
    session.append(source);
    source.focus();
    const handled = !emit(source, 'portal-payment-method-update-requested', { subscription: onHold }, true);
    expect(handled).to.be.true;
    await waitUntil(() => dialog(root).open, 'the dialog did not open');
    expect(text(root.querySelector('#dialog-title'))).to.equal('Reactivate Starter monthly');
    expect(text(button(root, 'pay'))).to.equal('Pay $9.00 and reactivate');
    await expect(el).to.be.accessible();
    button(root, 'cancel')!.click();
    await waitUntil(() => document.activeElement === source, 'focus did not return to the button that asked');
    source.remove();
  });

  it('leaves a request for another subscription to the element showing that one', async () => {
    const { root, session, apiBase, token } = await mount({ subscription: 'sub_demo_pro' });
    await loaded(root);
    const subs = await api<{ data: Subscription[] }>(apiBase, token, '/subscriptions');
    const onHold = subs.data.find((s) => s.status === 'on_hold')!;
    const handled = !emit(session, 'portal-payment-method-update-requested', { subscription: onHold }, true);
    expect(handled).to.be.false;
    expect(dialog(root).open).to.be.false;
  });

  it('adds a card on the hosted page and, back on the page, shows it selected and announced (an expiring card called out)', async () => {
    const fresh = await freshCustomer('cus_demo');
    const m = await mount({ token: fresh.token });
    const { root, el, apiBase } = m;
    await loaded(root);
    await openEdit(root);
    const add = button(root, 'add')!;
    expect(text(add)).to.equal('Add a new payment method');
    for (let i = 0; i < 5; i++) add.click();
    await waitUntil(() => m.navigations.length > 0, 'no navigation to the hosted page');
    expect(m.navigations).to.have.length(1);
    expect(requestsTo(apiBase, /\/payment-methods\/setup$/)).to.equal(1);
    const hosted = new URL(m.navigations[0]!);
    expect(hosted.origin).to.equal(new URL(apiBase).origin);
    expect(hosted.pathname).to.match(/^\/hosted\/setup\/seti_[0-9a-f]{32}$/);
    expect(add.getAttribute('aria-busy')).to.equal('true');

    // The customer fills the hosted form: a Mastercard that expires this month.
    const { mm, yy, yyyy } = monthYear();
    const before = (await methodsOf(m)).map((pm) => pm.id);
    await submitHostedSetup(hosted.href, { card_number: '5555 5555 5555 4444', expiry: `${mm}/${yy}`, cvc: '123', name: 'Dana Demo' });
    const added = (await methodsOf(m)).find((pm) => !before.includes(pm.id))!;
    expect(added, 'the hosted page did not save the card').to.exist;

    // Back on the page (as the hosted page redirects): the fragment carries the new method.
    const updated = oneEvent(el, 'portal-payment-method-updated');
    const keep = `${location.pathname}${location.search}`;
    location.hash = `other=1&portal_setup=${added.id}`;
    const event = await updated;
    expect(event.detail.change).to.equal('added');
    expect(event.detail.payment_method.id).to.equal(added.id);
    expect(`${location.pathname}${location.search}${location.hash}`).to.equal(`${keep}#other=1`);
    await waitUntil(() => dialog(root).open && option(root, added.id), 'the dialog did not show the new method');
    const input = option(root, added.id).querySelector('input')!;
    expect(input.checked).to.be.true;
    await waitUntil(() => root.activeElement === input, 'the new method is not focused');
    expect(status(root)).to.equal('Mastercard ending in 4444 was added.');
    expect(text(option(root, added.id))).to.contain(`Expires ${mm}/${yyyy}`);
    expect(text(option(root, added.id).querySelector('.flag.warning'))).to.equal('Expires soon');
    expect(text(option(root, added.id))).to.contain('Default');
    await expect(el).to.be.accessible();
    button(root, 'cancel')!.click();
    await waitUntil(() => !dialog(root).open);
    expect(text(root.querySelector('[part="method"] .name'))).to.equal('Mastercard ending in 4444');
    expect(text(root.querySelector('[part="method"] [data-note="expires-soon"]'))).to.equal(
      'This card expires within 30 days. Add a new card before it does.',
    );
    history.replaceState(null, '', keep);
  });

  it('add: two Enters on “Add a new payment method” on a slow network start one setup and leave for one hosted page', async () => {
    const fresh = await freshCustomer('cus_demo');
    const net = holdMutations();
    const m = await mount({ token: fresh.token, fetch: net.fetch });
    const { root } = m;
    await loaded(root);
    await openEdit(root);
    const add = button(root, 'add')!;

    await pressEnterTwice(add);
    await net.until('POST', '/payment-methods/setup');
    expect(add.getAttribute('aria-busy')).to.equal('true');
    expect(m.navigations).to.have.length(0);
    net.release();
    await waitUntil(() => m.navigations.length > 0, 'no navigation to the hosted page', { timeout: 8000 });
    await settle();
    expect(net.count('POST', '/payment-methods/setup')).to.equal(1);
    expect(m.navigations).to.have.length(1);
    expect(new URL(m.navigations[0]!).pathname).to.match(/^\/hosted\/setup\/seti_[0-9a-f]{32}$/);
    expect(add.getAttribute('aria-busy')).to.equal('true'); // busy until the page is gone
  });

  it('adds a card for an on-hold subscription and comes back to “Pay … and reactivate” with it', async () => {
    const fresh = await freshCustomer('cus_demo');
    const sub = fresh.ids['sub_demo_starter']!;
    const m = await mount({ token: fresh.token, subscription: sub });
    const { root, apiBase } = m;
    await loaded(root);
    await openEdit(root);
    button(root, 'add')!.click();
    await waitUntil(() => m.navigations.length > 0, 'no navigation to the hosted page');
    const before = (await methodsOf(m)).map((pm) => pm.id);
    await submitHostedSetup(m.navigations[0]!, { card_number: '4242424242424242', expiry: '12/34', cvc: '123', name: 'Dana Demo' });
    const added = (await methodsOf(m)).find((pm) => !before.includes(pm.id))!;
    expect(added.used_by).to.deep.equal([sub]);
    // Nothing was charged by adding it: still on hold.
    expect((await subscriptionOf(m, sub)).status).to.equal('on_hold');
    dialog(root).close();
    const keep = `${location.pathname}${location.search}`;
    location.hash = `portal_setup=${added.id}`;
    await waitUntil(() => dialog(root).open && status(root).includes('was added'), 'the dialog did not reopen', { timeout: 8000 });
    expect(status(root)).to.equal('Visa ending in 4242 was added. Press “Pay $9.00 and reactivate” to pay with it.');
    expect(option(root, added.id).querySelector('input')!.checked).to.be.true;
    expect(text(root.querySelector('#dialog-title'))).to.equal('Reactivate Starter monthly');
    button(root, 'pay')!.click();
    await waitUntil(() => root.querySelector('.result.success'), 'no success shown', { timeout: 8000 });
    expect((await subscriptionOf(m, sub)).status).to.equal('active');
    expect(requestsTo(apiBase, /\/subscriptions\/[^/]+\/payment-method$/)).to.equal(1);
    history.replaceState(null, '', keep);
  });

  it('offers to add a first method when the customer has none', async () => {
    const { root, el, navigations, apiBase } = await mount({ customer: 'cus_new' });
    await loaded(root);
    expect(text(root.querySelector('[part="message"] .name'))).to.equal('You have no saved payment method.');
    const add = button(root, 'add-first')!;
    expect(text(add)).to.equal('Add a payment method');
    await expect(el).to.be.accessible();
    add.click();
    await waitUntil(() => navigations.length === 1, 'no navigation');
    expect(new URL(navigations[0]!).pathname).to.match(/^\/hosted\/setup\//);
    expect(requestsTo(apiBase, /\/payment-methods\/setup$/)).to.equal(1);
  });

  it('add a first method: two Enters on a slow network start one setup and leave for one hosted page', async () => {
    const net = holdMutations();
    const { root, navigations } = await mount({ customer: 'cus_new', fetch: net.fetch });
    await loaded(root);
    const add = button(root, 'add-first')!;

    await twoEntersSendOne(net, add, 'POST', '/payment-methods/setup', { done: () => navigations.length > 0, message: 'no navigation' });
    expect(navigations).to.have.length(1);
    expect(new URL(navigations[0]!).pathname).to.match(/^\/hosted\/setup\//);
  });

  it('shows a skeleton while loading, busy for assistive technology', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: typeof fetch = async (input, init) => {
      await gate;
      return fetch(input, init);
    };
    const { root, el } = await mount({ fetch: gated });
    const skeleton = root.querySelector('.skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(text(skeleton)).to.equal('Loading payment methods…');
    await expect(el).to.be.accessible();
    release();
    await loaded(root);
    expect(text(root.querySelector('[part="method"] .name'))).to.equal('Visa ending in 4242');
  });

  it('shows a clear error with Try again when the server fails, and recovers', async () => {
    let failures = 0;
    const failing: typeof fetch = async (input, init) => {
      const url = new Request(input, init).url;
      if (url.endsWith('/payment-methods') && failures < 3) {
        failures++;
        return new Response('{"error":{"type":"api_error","code":"internal_error","message":"boom"}}', { status: 500 });
      }
      return fetch(input, init);
    };
    const { root, el } = await mount({ fetch: failing });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(failures).to.equal(3);
    expect(text(root.querySelector('[role="alert"]'))).to.contain('Something went wrong on our side. Try again in a moment.');
    expect(button(root, 'edit')).to.equal(null);
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => root.querySelector('[part="method"]'), 'did not recover', { timeout: 8000 });
    expect(root.querySelector('[role="alert"]')).to.equal(null);
  });

  it('asks the customer to sign in when it is not inside a session', async () => {
    const el = await fixture<PortalPaymentMethod>(html`<portal-payment-method lang="en"></portal-payment-method>`);
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('Sign in to see your payment method.');
    await expect(el).to.be.accessible();
  });
});
