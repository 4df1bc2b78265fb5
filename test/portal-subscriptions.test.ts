import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/portal-session.js';
import '../src/define/portal-subscriptions.js';
import type { PortalSubscriptions } from '../src/components/portal-subscriptions/portal-subscriptions.js';
import type { Schemas } from '../src/state/api-client.js';
import { holdMutations, twoEntersSendOne } from './support/held.js';
import { freshCustomer, listsOnTheirOwn, requestsTo, serverApiBase, sessionToken } from './support/portal.js';

type Subscription = Schemas['Subscription'];

interface MountOptions {
  subscription?: string;
  flow?: string;
  fetch?: typeof fetch;
}

async function mount(token: string, options: MountOptions = {}) {
  const apiBase = await serverApiBase();
  // A stub injects its fault on a list's own endpoint, so with one the bootstrap brings no list along.
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US">
      <portal-session api-base=${apiBase} token=${token} .fetch=${options.fetch && listsOnTheirOwn(options.fetch)}>
        <portal-subscriptions subscription=${options.subscription ?? ''} flow=${options.flow ?? ''}></portal-subscriptions>
      </portal-session>
    </div>
  `);
  const el = wrapper.querySelector('portal-subscriptions') as PortalSubscriptions;
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('.list, .message'), 'never loaded', { timeout: 8000 });
  return { apiBase, el, root, token };
}

const card = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`[data-subscription="${id}"]`)!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const action = (scope: ParentNode, name: string) => scope.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
const dialog = (root: ShadowRoot, id: string) => root.querySelector<HTMLDialogElement>(`#${id}`)!;
const heading = (d: HTMLDialogElement) => text(d.querySelector('h2'));

/** The subscription as the server has it now. */
async function stored(apiBase: string, token: string, id: string): Promise<Subscription> {
  const response = await fetch(`${apiBase}/subscriptions/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()) as Subscription;
}

/** How many invoices the customer has on the server. */
async function invoiceCount(apiBase: string, token: string): Promise<number> {
  const response = await fetch(`${apiBase}/invoices?limit=100`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as { data: unknown[] }).data.length;
}

/** A change made elsewhere (another tab), behind the element's back. */
async function elsewhere(apiBase: string, token: string, path: string, body: unknown) {
  const response = await fetch(`${apiBase}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  expect(response.status).to.equal(200);
}

/** Lets any request still in flight finish, so Resource Timing has counted it. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

function clickFive(button: HTMLElement) {
  for (let i = 0; i < 5; i++) button.click();
}

const events = (el: EventTarget, type: string) => {
  const heard: CustomEvent[] = [];
  el.addEventListener(type, (e) => heard.push(e as CustomEvent));
  return heard;
};

/** Opens the cancel flow of `id` and continues with `reason`: to its offer, or to the confirm step. */
async function cancelFlowAt(root: ShadowRoot, id: string, reason: string): Promise<HTMLDialogElement> {
  action(card(root, id), 'cancel').click();
  const d = dialog(root, 'cancel-dialog');
  await waitUntil(() => d.querySelector(`input[value="${reason}"]`), 'no reasons', { timeout: 8000 });
  d.querySelector<HTMLInputElement>(`input[value="${reason}"]`)!.click();
  action(d, 'continue').click();
  await waitUntil(() => d.querySelector('.offer') || action(d, 'cancel'), 'did not go on');
  return d;
}

describe('<portal-subscriptions>', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('tells every subscription apart: plan, amount per interval, quantity, status, date and payment method', async () => {
    const { root, apiBase } = await mount(await sessionToken('cus_demo'));
    const cards = [...root.querySelectorAll('[data-subscription]')];
    expect(cards).to.have.length(5);

    const pro = card(root, 'sub_demo_pro');
    expect(text(pro.querySelector('h3'))).to.equal('Pro');
    expect(text(pro.querySelector('[part="status"]'))).to.equal('Active');
    expect(text(pro.querySelector('.plan-line'))).to.equal('Pro monthly $29.00 per month');
    expect(text(pro.querySelector('[part="date"]'))).to.match(/^Renews on [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(text(pro.querySelector('.facts'))).to.contain('Payment method Visa ending in 4242');
    expect(['update', 'pause', 'cancel'].every((a) => action(pro, a))).to.be.true;
    expect(text(action(pro, 'cancel'))).to.equal('Cancel Pro monthly');

    const team = card(root, 'sub_demo_team');
    expect(text(team.querySelector('[part="status"]'))).to.equal('Trial');
    expect(text(team.querySelector('.plan-line'))).to.equal('Team monthly, per seat $75.00 per month 5 × $15.00');
    expect(text(team.querySelector('[part="date"]'))).to.match(/^Trial ends on /);
    expect(text(team.querySelector('.facts'))).to.contain('Quantity 5');

    const starter = card(root, 'sub_demo_starter');
    expect(text(starter.querySelector('[part="status"]'))).to.equal('On hold');
    expect(text(starter.querySelector('[part="notice"]'))).to.contain('$9.00 is due');
    expect(text(starter.querySelector('.facts'))).to.contain('American Express ending in 8431 (expired)');
    expect(action(starter, 'update')).to.equal(null);
    expect(action(starter, 'pause')).to.equal(null);

    const addon = card(root, 'sub_demo_addon');
    expect(text(addon.querySelector('[part="status"]'))).to.equal('Canceling');
    expect(text(addon.querySelector('[part="date"]'))).to.match(/^Cancels on /);
    expect(action(addon, 'undo-cancel')).to.exist;
    expect(action(addon, 'cancel')).to.equal(null);

    const scheduled = card(root, 'sub_demo_scheduled');
    expect(text(scheduled.querySelector('.plan-line'))).to.equal('Pro yearly $290.00 per year');
    expect(text(scheduled.querySelector('.note'))).to.equal('This subscription follows a billing schedule, so here it can only be canceled.');
    expect(action(scheduled, 'update')).to.equal(null);
    expect(action(scheduled, 'pause')).to.equal(null);
    expect(action(scheduled, 'cancel')).to.exist;
    expect(requestsTo(apiBase, /\/v1\/subscriptions$/)).to.equal(0); // they came with the bootstrap
    expect(requestsTo(apiBase, /\/v1\/bootstrap$/)).to.equal(1);
    await expect(root.host).to.be.accessible();
  });

  it('on hold: asks for a new payment method with one button that fires a composed, cancelable event', async () => {
    const { root, el } = await mount(await sessionToken('cus_demo'));
    const heard = events(document, 'portal-payment-method-update-requested');
    const button = action(card(root, 'sub_demo_starter'), 'update-payment-method');
    expect(text(button)).to.equal('Update payment method Starter monthly');
    let cancelable = false;
    el.addEventListener('portal-payment-method-update-requested', (e) => (cancelable = e.cancelable), { once: true });
    button.click();
    expect(heard).to.have.length(1);
    expect(heard[0]!.detail.subscription.id).to.equal('sub_demo_starter');
    expect(heard[0]!.detail.subscription.outstanding.amount_due).to.equal(900);
    expect(heard[0]!.composed && heard[0]!.bubbles && cancelable).to.be.true;
  });

  it('cancel: "too expensive" shows the exact saving; accepting applies it once, however often pressed, and ends the flow', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const { root, apiBase, el } = await mount(fresh.token);
    const accepted = events(el, 'portal-retention-offer-accepted');
    const opener = action(card(root, id), 'cancel');
    opener.click();
    const d = dialog(root, 'cancel-dialog');
    await waitUntil(() => d.querySelector('input[name="reason"]'), 'no reasons', { timeout: 8000 });
    expect(d.open).to.be.true;
    expect(heading(d)).to.equal('Cancel Pro monthly');
    expect(d.querySelectorAll('input[name="reason"]')).to.have.length(8);
    await expect(root.host).to.be.accessible();

    const tooExpensive = [...d.querySelectorAll<HTMLLabelElement>('label.choice')].find((l) => text(l) === 'It’s too expensive')!;
    tooExpensive.querySelector('input')!.click();
    action(d, 'continue').click();
    await waitUntil(() => d.querySelector('.offer'), 'no offer');
    expect(heading(d)).to.equal('Before you go: 25% off for 3 months');
    expect(text(d.querySelector('.saving'))).to.equal('You save $21.75');
    await expect(root.host).to.be.accessible();

    clickFive(action(d, 'accept'));
    await waitUntil(() => !d.open, 'the flow did not end', { timeout: 8000 });
    await settle();
    expect(requestsTo(apiBase, /\/accept-offer$/)).to.equal(1);
    expect(accepted).to.have.length(1);
    expect(accepted[0]!.detail.subscription.discount.coupon.id).to.equal('retention_25');
    expect(text(root.querySelector('[role="status"]'))).to.equal('Offer applied: 25% off for 3 months. Your Pro monthly subscription continues.');
    await waitUntil(() => text(card(root, id).querySelector('.facts')).includes('Discount 25% off for 3 months, until'));
    const server = await stored(apiBase, fresh.token, id);
    expect(server.discount?.coupon.id).to.equal('retention_25');
    expect(server.cancel_at_period_end).to.be.false;
    await waitUntil(() => root.activeElement === action(card(root, id), 'cancel'), 'focus did not return to Cancel');
    await expect(root.host).to.be.accessible();
  });

  it('cancel: two Enters on “accept the offer” on a slow network apply it once', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const net = holdMutations();
    const { root, apiBase, el } = await mount(fresh.token, { fetch: net.fetch });
    const accepted = events(el, 'portal-retention-offer-accepted');
    const d = await cancelFlowAt(root, id, 'too_expensive');
    await waitUntil(() => d.querySelector('.offer'), 'no offer');
    const accept = action(d, 'accept');

    await twoEntersSendOne(net, accept, 'POST', '/accept-offer', { dialog: d, done: () => !d.open, message: 'the flow did not end' });
    expect(accepted).to.have.length(1);
    expect(text(root.querySelector('[role="status"]'))).to.equal('Offer applied: 25% off for 3 months. Your Pro monthly subscription continues.');
    await waitUntil(() => text(card(root, id).querySelector('.facts')).includes('Discount 25% off for 3 months, until'));
    const server = await stored(apiBase, fresh.token, id);
    expect(server.discount?.coupon.id).to.equal('retention_25');
    expect(server.cancel_at_period_end).to.be.false;
  });

  it('cancel: declining the offer, confirming sends one request; then Resume undoes it', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const { root, apiBase, el } = await mount(fresh.token);
    const canceled = events(el, 'portal-subscription-canceled');
    const resumed = events(el, 'portal-subscription-resumed');
    action(card(root, id), 'cancel').click();
    const d = dialog(root, 'cancel-dialog');
    await waitUntil(() => d.querySelector('input[value="unused"]'), 'no reasons', { timeout: 8000 });
    d.querySelector<HTMLInputElement>('input[value="unused"]')!.click();
    const comment = d.querySelector('textarea')!;
    comment.value = 'Back in spring';
    comment.dispatchEvent(new Event('input'));
    action(d, 'continue').click();
    await waitUntil(() => d.querySelector('.offer'), 'no offer');
    expect(heading(d)).to.equal('Pause for 3 months instead');
    action(d, 'decline').click();
    await waitUntil(() => action(d, 'cancel'), 'no confirm step');
    expect(heading(d)).to.equal('Cancel Pro monthly?');
    expect(text(d.querySelector('.what-happens'))).to.match(/^Your subscription stays active until [A-Z][a-z]{2} \d{1,2}, \d{4}, then ends\./);
    expect(root.activeElement).to.equal(d.querySelector('h2'));
    await expect(root.host).to.be.accessible();

    clickFive(action(d, 'cancel'));
    await waitUntil(() => !d.open, 'still open', { timeout: 8000 });
    await settle();
    expect(requestsTo(apiBase, /\/cancel$/)).to.equal(1);
    expect(canceled).to.have.length(1);
    const pro = card(root, id);
    expect(text(pro.querySelector('[part="status"]'))).to.equal('Canceling');
    expect(text(pro.querySelector('[part="date"]'))).to.match(/^Cancels on /);
    expect(text(root.querySelector('[role="status"]'))).to.match(/^Your Pro monthly subscription will be canceled on .+\. You can resume it until then\.$/);
    await waitUntil(() => root.activeElement === pro.querySelector('h3'), 'focus did not land on the card (its Cancel button is gone)');
    const server = await stored(apiBase, fresh.token, id);
    expect(server.cancel_at_period_end).to.be.true;
    expect(server.cancellation_details).to.deep.equal({ reason: 'unused', comment: 'Back in spring' });
    await expect(root.host).to.be.accessible();

    clickFive(action(pro, 'undo-cancel'));
    await waitUntil(() => text(card(root, id).querySelector('[part="date"]')).startsWith('Renews on'), 'not undone', { timeout: 8000 });
    await settle();
    expect(requestsTo(apiBase, /\/undo-cancel$/)).to.equal(1);
    expect(resumed).to.have.length(1);
    expect(text(card(root, id).querySelector('[part="status"]'))).to.equal('Active');
    expect((await stored(apiBase, fresh.token, id)).cancel_at_period_end).to.be.false;
    await expect(root.host).to.be.accessible();
  });

  it('cancel: two Enters on the confirm button on a slow network cancel once', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const net = holdMutations();
    const { root, apiBase, el } = await mount(fresh.token, { fetch: net.fetch });
    const canceled = events(el, 'portal-subscription-canceled');
    const d = await cancelFlowAt(root, id, 'other');
    await waitUntil(() => action(d, 'cancel'), 'no confirm step');
    const confirm = action(d, 'cancel');

    await twoEntersSendOne(net, confirm, 'POST', '/cancel', { dialog: d, done: () => !d.open, message: 'still open' });
    expect(canceled).to.have.length(1);
    expect(text(card(root, id).querySelector('[part="status"]'))).to.equal('Canceling');
    expect(text(root.querySelector('[role="status"]'))).to.match(/^Your Pro monthly subscription will be canceled on .+\. You can resume it until then\.$/);
    const server = await stored(apiBase, fresh.token, id);
    expect(server.cancel_at_period_end).to.be.true;
    expect(server.cancellation_details?.reason).to.equal('other');
    expect(server.version).to.equal(2); // one change
  });

  it('cancel: five clicks and two Enters on the confirm button, mixed, cancel once', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_scheduled']!;
    const net = holdMutations();
    const { root, apiBase } = await mount(fresh.token, { fetch: net.fetch });
    const d = await cancelFlowAt(root, id, 'other');
    await waitUntil(() => action(d, 'cancel'), 'no confirm step');
    const confirm = action(d, 'cancel');

    clickFive(confirm);
    await twoEntersSendOne(net, confirm, 'POST', '/cancel', { done: () => !d.open, message: 'still open' });
    expect(text(card(root, id).querySelector('[part="status"]'))).to.equal('Canceling');
    expect((await stored(apiBase, fresh.token, id)).cancel_at_period_end).to.be.true;
  });

  it('undo: two Enters on Resume of a subscription set to cancel, on a slow network, undo it once', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_addon']!;
    const net = holdMutations();
    const { root, apiBase, el } = await mount(fresh.token, { fetch: net.fetch });
    const resumed = events(el, 'portal-subscription-resumed');
    const undo = action(card(root, id), 'undo-cancel');
    const version = (await stored(apiBase, fresh.token, id)).version;

    await twoEntersSendOne(net, undo, 'POST', '/undo-cancel', { done: () => text(card(root, id).querySelector('[part="date"]')).startsWith('Renews on'), message: 'not undone' });
    expect(resumed).to.have.length(1);
    expect(text(root.querySelector('[role="status"]'))).to.match(/^Your .+ subscription is no longer set to cancel\. It renews on .+\.$/);
    const server = await stored(apiBase, fresh.token, id);
    expect(server.cancel_at_period_end).to.be.false;
    expect(server.version).to.equal(version + 1);
  });

  it('the dialogs come styled: their rules load with their code and join the element\'s', async () => {
    const { root } = await mount(await sessionToken('cus_demo'));
    action(card(root, 'sub_demo_pro'), 'cancel').click();
    const d = dialog(root, 'cancel-dialog');
    await waitUntil(() => d.querySelector('input[name="reason"]'), 'no reasons', { timeout: 8000 });
    // The form lays out its steps as a grid, from the dialogs' own rules (a form is a block without them)…
    expect(getComputedStyle(d.querySelector('.flow-form')!).display).to.equal('grid');
    // …after the element's and the shared controls' (the dialog frame is still the controls').
    expect(getComputedStyle(d).position).to.equal('fixed');
    expect(getComputedStyle(root.querySelector('.card')!).display).not.to.equal('inline');
    await expect(root.host).to.be.accessible();
  });

  it('Escape closes a dialog and focus returns to the button that opened it', async () => {
    const { root } = await mount(await sessionToken('cus_demo'));
    const opener = action(card(root, 'sub_demo_pro'), 'cancel');
    opener.focus();
    opener.click();
    const d = dialog(root, 'cancel-dialog');
    await waitUntil(() => d.querySelector('input[name="reason"]'), 'no reasons', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !d.open, 'Escape did not close it');
    await waitUntil(() => root.activeElement === opener, 'focus did not return');

    const change = action(card(root, 'sub_demo_pro'), 'update');
    change.focus();
    change.click();
    const c = dialog(root, 'change-dialog');
    await waitUntil(() => c.querySelector('input[name="price"]'), 'no plans', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !c.open && root.activeElement === change, 'Escape did not close the plan picker');
  });

  it('change plan: monthly/yearly switch, current plan marked, another tax behaviour disabled with the reason', async () => {
    const { root, apiBase } = await mount(await sessionToken('cus_demo'));
    action(card(root, 'sub_demo_pro'), 'update').click();
    const d = dialog(root, 'change-dialog');
    await waitUntil(() => d.querySelector('input[name="price"]'), 'no plans', { timeout: 8000 });
    const labels = () => [...d.querySelectorAll<HTMLLabelElement>('label.plan')];
    expect(labels().map((l) => text(l.querySelector('.plan-name')))).to.deep.equal([
      'Starter Starter monthly',
      'Pro Pro monthly Current plan',
      'Pro Pro monthly (EUR)',
      'Team Team monthly, per seat',
    ]);
    const eur = labels()[2]!;
    expect(eur.querySelector('input')!.disabled).to.be.true;
    expect(text(eur.querySelector('.why'))).to.equal('Not available: its price includes tax, and your current price doesn’t.');
    expect(text(labels()[3]!.querySelector('.plan-price'))).to.equal('$15.00 per seat per month');
    expect(d.querySelector('#quantity')).to.equal(null);
    expect(d.querySelector('#promotion-code')).to.exist;
    await expect(root.host).to.be.accessible();

    const yearly = [...d.querySelectorAll<HTMLLabelElement>('.segmented label')].find((l) => text(l) === 'Yearly')!;
    yearly.querySelector('input')!.click();
    await waitUntil(() => text(labels()[1]) .includes('Pro yearly'));
    expect(labels().some((l) => l.hasAttribute('data-current'))).to.be.false;
    labels()[1]!.querySelector('input')!.click();
    action(d, 'preview').click();
    await waitUntil(() => d.querySelector('table.preview'), 'no preview', { timeout: 8000 });
    expect(heading(d)).to.equal('Review your change');
    expect(text(d.querySelector('.summary'))).to.equal('From Pro monthly to Pro yearly.');
    expect(text(d.querySelector('[data-total="due"]'))).to.match(/^\$\d+\.\d\d$/);
    expect(d.querySelectorAll('tbody tr').length).to.be.at.least(2);
    expect(requestsTo(apiBase, /\/preview-update$/)).to.equal(1);
    await expect(root.host).to.be.accessible();
    action(d, 'back').click();
    await waitUntil(() => d.querySelector('input[name="price"]'), 'Back did not go back');
    d.close();
  });

  it('change plan: a wrong promotion code is explained at the field', async () => {
    const { root } = await mount(await sessionToken('cus_demo'));
    action(card(root, 'sub_demo_pro'), 'update').click();
    const d = dialog(root, 'change-dialog');
    await waitUntil(() => d.querySelector('#promotion-code'), 'no plans', { timeout: 8000 });
    const code = d.querySelector<HTMLInputElement>('#promotion-code')!;
    code.value = 'NOPE';
    code.dispatchEvent(new Event('input'));
    action(d, 'preview').click();
    await waitUntil(() => code.getAttribute('aria-invalid') === 'true', 'not marked invalid', { timeout: 8000 });
    expect(text(d.querySelector('#promotion_code-error'))).to.equal('The promotion code NOPE is not valid.');
    expect(code.getAttribute('aria-describedby')).to.equal('promotion_code-error');
    await expect(root.host).to.be.accessible();
    d.close();
  });

  it('change seats: the stepper stays in range, the preview warns that the trial ends, confirming charges once', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_team']!;
    const { root, apiBase, el } = await mount(fresh.token);
    const updated = events(el, 'portal-subscription-updated');
    action(card(root, id), 'update').click();
    const d = dialog(root, 'change-dialog');
    await waitUntil(() => d.querySelector('#quantity'), 'no stepper', { timeout: 8000 });
    const quantity = d.querySelector<HTMLInputElement>('#quantity')!;
    expect(quantity.value).to.equal('5');
    expect(quantity.min).to.equal('1');
    expect(quantity.max).to.equal('50');
    expect(text(d.querySelector('label[for="quantity"]'))).to.equal('Quantity');
    const plus = d.querySelector<HTMLButtonElement>('button[aria-label="Increase quantity"]')!;
    plus.click();
    plus.click();
    await el.updateComplete;
    expect(quantity.value).to.equal('7');
    quantity.value = '51';
    quantity.dispatchEvent(new Event('input'));
    action(d, 'preview').click();
    await el.updateComplete;
    expect(text(d.querySelector('#quantity-error'))).to.equal('From 1 to 50.');
    expect(requestsTo(apiBase, /\/preview-update$/)).to.equal(0);
    quantity.value = '7';
    quantity.dispatchEvent(new Event('input'));
    action(d, 'preview').click();
    await waitUntil(() => d.querySelector('table.preview'), 'no preview', { timeout: 8000 });
    expect(text(d.querySelector('[part="trial-warning"]'))).to.equal('This ends your free trial. Your trial stops today and $105.00 is charged now.');
    expect(text(d.querySelector('[data-total="due"]'))).to.equal('$105.00');
    expect(text(d.querySelector('[data-total="next"]'))).to.equal('$105.00');
    expect(text(d.querySelector('.summary'))).to.equal('From 5 × Team monthly, per seat to 7 × Team monthly, per seat.');
    await expect(root.host).to.be.accessible();

    clickFive(action(d, 'confirm'));
    await waitUntil(() => !d.open, 'still open', { timeout: 8000 });
    await settle();
    expect(requestsTo(apiBase, /\/update$/)).to.equal(1);
    expect(updated).to.have.length(1);
    expect(text(root.querySelector('[role="status"]'))).to.match(/^Your subscription is now 7 × Team monthly, per seat\. \$105\.00 was charged \(invoice DEMO-0037\)\.$/);
    const team = card(root, id);
    expect(text(team.querySelector('.plan-line'))).to.contain('$105.00 per month');
    expect(text(team.querySelector('[part="status"]'))).to.equal('Active');
    const server = await stored(apiBase, fresh.token, id);
    expect(server.quantity).to.equal(7);
    expect(server.status).to.equal('active');
    await expect(root.host).to.be.accessible();
  });

  it('change seats: two Enters on Review change, then two on Confirm change, on a slow network: one preview, one charge', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_team']!;
    const net = holdMutations();
    const { root, apiBase, el } = await mount(fresh.token, { fetch: net.fetch });
    const updated = events(el, 'portal-subscription-updated');
    action(card(root, id), 'update').click();
    const d = dialog(root, 'change-dialog');
    await waitUntil(() => d.querySelector('#quantity'), 'no stepper', { timeout: 8000 });
    const quantity = d.querySelector<HTMLInputElement>('#quantity')!;
    quantity.value = '7';
    quantity.dispatchEvent(new Event('input'));
    const review = action(d, 'preview');

    await twoEntersSendOne(net, review, 'POST', '/preview-update', { done: () => d.querySelector('table.preview'), message: 'no preview' });
    expect(text(d.querySelector('[data-total="due"]'))).to.equal('$105.00');

    const invoicesBefore = await invoiceCount(apiBase, fresh.token);
    net.hold();
    const confirm = action(d, 'confirm');
    await twoEntersSendOne(net, confirm, 'POST', '/update', { dialog: d, done: () => !d.open, message: 'still open' });
    expect(net.count('POST', '/preview-update')).to.equal(1);
    expect(updated).to.have.length(1);
    expect(text(root.querySelector('[role="status"]'))).to.match(/^Your subscription is now 7 × Team monthly, per seat\. \$105\.00 was charged \(invoice [A-Z0-9-]+\)\.$/);
    expect(text(card(root, id).querySelector('.facts'))).to.contain('Quantity 7');
    const server = await stored(apiBase, fresh.token, id);
    expect(server.quantity).to.equal(7);
    expect(server.version).to.equal(2); // one change
    expect(await invoiceCount(apiBase, fresh.token)).to.equal(invoicesBefore + 1); // charged once
  });

  // Enter in a field submits: the action button is the form's submit button (the form is
  // `novalidate`, so the element's own range check runs, not the browser's).
  it('change seats: two Enters in the quantity field ask for one preview (slow network)', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_team']!;
    const net = holdMutations();
    const { root } = await mount(fresh.token, { fetch: net.fetch });
    action(card(root, id), 'update').click();
    const d = dialog(root, 'change-dialog');
    await waitUntil(() => d.querySelector('#quantity'), 'no stepper', { timeout: 8000 });
    const quantity = d.querySelector<HTMLInputElement>('#quantity')!;
    quantity.value = '7';
    quantity.dispatchEvent(new Event('input'));

    await twoEntersSendOne(net, quantity, 'POST', '/preview-update', { busy: action(d, 'preview'), done: () => d.querySelector('table.preview'), message: 'no preview' });
    expect(text(d.querySelector('.summary'))).to.equal('From 5 × Team monthly, per seat to 7 × Team monthly, per seat.');
    d.close();
  });

  it('change plan: two Enters in the promotion code field preview once; two Enters on Confirm change change it once (slow network)', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const net = holdMutations();
    const { root, apiBase, el } = await mount(fresh.token, { fetch: net.fetch });
    const updated = events(el, 'portal-subscription-updated');
    action(card(root, id), 'update').click();
    const d = dialog(root, 'change-dialog');
    await waitUntil(() => d.querySelector('input[name="price"]'), 'no plans', { timeout: 8000 });
    const yearly = [...d.querySelectorAll<HTMLLabelElement>('.segmented label')].find((l) => text(l) === 'Yearly')!;
    yearly.querySelector('input')!.click();
    const proYearly = () => [...d.querySelectorAll<HTMLLabelElement>('label.plan')].find((l) => text(l.querySelector('.plan-name')).startsWith('Pro Pro yearly'));
    await waitUntil(proYearly, 'no Pro yearly');
    proYearly()!.querySelector('input')!.click();
    await el.updateComplete;

    await twoEntersSendOne(net, d.querySelector<HTMLInputElement>('#promotion-code')!, 'POST', '/preview-update', { busy: action(d, 'preview'), done: () => d.querySelector('table.preview'), message: 'no preview' });
    expect(text(d.querySelector('.summary'))).to.equal('From Pro monthly to Pro yearly.');

    net.hold();
    await twoEntersSendOne(net, action(d, 'confirm'), 'POST', '/update', { dialog: d, done: () => !d.open, message: 'still open' });
    expect(net.count('POST', '/preview-update')).to.equal(1);
    expect(updated).to.have.length(1);
    expect(text(root.querySelector('[role="status"]'))).to.match(/^Your subscription is now Pro yearly\./);
    expect(text(card(root, id).querySelector('.plan-line'))).to.contain('Pro yearly');
    const server = await stored(apiBase, fresh.token, id);
    expect(server.price.nickname).to.equal('Pro yearly');
    expect(server.version).to.equal(2); // one change
  });

  it('pause until a date, then resume: one request each', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const { root, apiBase, el } = await mount(fresh.token);
    const paused = events(el, 'portal-subscription-paused');
    action(card(root, id), 'pause').click();
    const d = dialog(root, 'pause-dialog');
    await waitUntil(() => d.open && d.querySelector('input[type="date"]'), 'no pause dialog');
    await expect(root.host).to.be.accessible();
    const date = d.querySelector<HTMLInputElement>('input[type="date"]')!;
    const day = new Date(Date.now() + 40 * 86_400_000);
    date.value = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    date.dispatchEvent(new Event('input'));
    clickFive(action(d, 'pause'));
    await waitUntil(() => !d.open, 'still open', { timeout: 8000 });
    await settle();
    expect(requestsTo(apiBase, /\/pause$/)).to.equal(1);
    expect(paused).to.have.length(1);
    const pro = card(root, id);
    expect(text(pro.querySelector('[part="status"]'))).to.equal('Paused');
    expect(text(pro.querySelector('[part="date"]'))).to.match(/^Paused until /);
    const server = await stored(apiBase, fresh.token, id);
    expect(server.status).to.equal('paused');
    expect(new Date(server.pause!.resumes_at!).getDate()).to.equal(day.getDate());
    await expect(root.host).to.be.accessible();

    clickFive(action(pro, 'resume'));
    await waitUntil(() => text(card(root, id).querySelector('[part="status"]')) === 'Active', 'not resumed', { timeout: 8000 });
    await settle();
    expect(requestsTo(apiBase, /\/resume$/)).to.equal(1);
    expect((await stored(apiBase, fresh.token, id)).status).to.equal('active');
  });

  it('pause, then resume: two Enters on each, on a slow network, send one request each', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const net = holdMutations();
    const { root, apiBase, el } = await mount(fresh.token, { fetch: net.fetch });
    const paused = events(el, 'portal-subscription-paused');
    const resumed = events(el, 'portal-subscription-resumed');
    action(card(root, id), 'pause').click();
    const d = dialog(root, 'pause-dialog');
    await waitUntil(() => d.open && d.querySelector('input[type="date"]'), 'no pause dialog');
    const day = d.querySelector<HTMLInputElement>('input[type="date"]')!.value;
    const pause = action(d, 'pause');

    await twoEntersSendOne(net, pause, 'POST', '/pause', { dialog: d, done: () => !d.open, message: 'still open' });
    expect(paused).to.have.length(1);
    expect(text(card(root, id).querySelector('[part="status"]'))).to.equal('Paused');
    expect(text(root.querySelector('[role="status"]'))).to.match(/^Your Pro monthly subscription is paused until .+\.$/);
    let server = await stored(apiBase, fresh.token, id);
    expect(server.status).to.equal('paused');
    expect(new Date(server.pause!.resumes_at!).getDate()).to.equal(Number(day.slice(8)));

    net.hold();
    const resume = action(card(root, id), 'resume');
    await twoEntersSendOne(net, resume, 'POST', '/resume', { done: () => text(card(root, id).querySelector('[part="status"]')) === 'Active', message: 'not resumed' });
    expect(resumed).to.have.length(1);
    expect(text(root.querySelector('[role="status"]'))).to.equal('Your Pro monthly subscription is running again.');
    server = await stored(apiBase, fresh.token, id);
    expect(server.status).to.equal('active');
    expect(server.version).to.equal(3); // paused once, resumed once
  });

  // Enter in a field submits: the action button is the form's submit button (the form is
  // `novalidate`, so the element's own range check runs, not the browser's).
  it('pause: two Enters in the date field submit once (slow network)', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const net = holdMutations();
    const { root, apiBase } = await mount(fresh.token, { fetch: net.fetch });
    action(card(root, id), 'pause').click();
    const d = dialog(root, 'pause-dialog');
    await waitUntil(() => d.open && d.querySelector('input[type="date"]'), 'no pause dialog');
    const date = d.querySelector<HTMLInputElement>('input[type="date"]')!;

    await twoEntersSendOne(net, date, 'POST', '/pause', { busy: action(d, 'pause'), done: () => !d.open, message: 'still open' });
    expect(text(card(root, id).querySelector('[part="status"]'))).to.equal('Paused');
    const server = await stored(apiBase, fresh.token, id);
    expect(server.status).to.equal('paused');
    expect(server.version).to.equal(2);
  });

  it('pause until resumed', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const { root, apiBase } = await mount(fresh.token);
    action(card(root, id), 'pause').click();
    const d = dialog(root, 'pause-dialog');
    await waitUntil(() => d.open && d.querySelector('input[value="resumed"]'));
    d.querySelector<HTMLInputElement>('input[value="resumed"]')!.click();
    await waitUntil(() => !d.querySelector('input[type="date"]'));
    action(d, 'pause').click();
    await waitUntil(() => !d.open, 'still open', { timeout: 8000 });
    expect(text(card(root, id).querySelector('[part="date"]'))).to.equal('Paused until you resume it');
    expect((await stored(apiBase, fresh.token, id)).pause?.resumes_at).to.equal(null);
  });

  it('a change made elsewhere meanwhile: the 409 brings the current state, says so, and the retry works', async () => {
    const fresh = await freshCustomer();
    const id = fresh.ids['sub_demo_pro']!;
    const { root, apiBase } = await mount(fresh.token);
    action(card(root, id), 'cancel').click();
    const d = dialog(root, 'cancel-dialog');
    await waitUntil(() => d.querySelector('input[value="other"]'), 'no reasons', { timeout: 8000 });
    await elsewhere(apiBase, fresh.token, `/subscriptions/${id}/pause`, { version: 1 });
    d.querySelector<HTMLInputElement>('input[value="other"]')!.click();
    action(d, 'continue').click();
    await waitUntil(() => action(d, 'cancel'));
    action(d, 'cancel').click();
    await waitUntil(() => d.querySelector('[role="alert"]'), 'no conflict shown', { timeout: 8000 });
    expect(text(d.querySelector('[role="alert"]'))).to.equal(
      'This subscription changed since it was loaded. It now shows its current state: review it and try again.',
    );
    expect(d.open).to.be.true;
    expect(text(card(root, id).querySelector('[part="status"]'))).to.equal('Paused');
    await expect(root.host).to.be.accessible();
    action(d, 'cancel').click();
    await waitUntil(() => !d.open, 'the retry did not go through', { timeout: 8000 });
    const server = await stored(apiBase, fresh.token, id);
    expect(server.cancel_at_period_end).to.be.true;
    expect(server.version).to.equal(3);
  });

  it('subscription="…" shows that one only; with flow="cancel" the flow opens at once', async () => {
    const { root } = await mount(await sessionToken('cus_demo'), { subscription: 'sub_demo_pro', flow: 'cancel' });
    expect(root.querySelectorAll('[data-subscription]')).to.have.length(1);
    const d = dialog(root, 'cancel-dialog');
    await waitUntil(() => d.open && d.querySelector('input[name="reason"]'), 'the flow did not open', { timeout: 8000 });
    expect(heading(d)).to.equal('Cancel Pro monthly');
    await expect(root.host).to.be.accessible();
    d.close();
    await waitUntil(() => root.activeElement === card(root, 'sub_demo_pro').querySelector('h3'), 'focus did not land on the card');
  });

  it('a session created with subscription_update_confirm opens the preview of that change', async () => {
    const flow = { type: 'subscription_update_confirm', subscription: 'sub_demo_team', items: [{ price: 'price_team_monthly', quantity: 6 }] };
    const { root } = await mount(await sessionToken('cus_demo', 'default', { flow }));
    const d = dialog(root, 'change-dialog');
    await waitUntil(() => d.open && d.querySelector('table.preview'), 'no preview', { timeout: 8000 });
    expect(text(d.querySelector('[data-total="due"]'))).to.equal('$90.00');
    expect(d.querySelector('[part="trial-warning"]')).to.exist;
    await expect(root.host).to.be.accessible();
    d.close();
  });

  it('a deep link to a change the subscription does not allow explains why', async () => {
    const { root } = await mount(await sessionToken('cus_demo'), { subscription: 'sub_demo_scheduled', flow: 'update' });
    await waitUntil(() => root.querySelector('[role="alert"]'));
    expect(text(root.querySelector('[role="alert"]'))).to.equal('This subscription follows a billing schedule, so here it can only be canceled.');
    expect(dialog(root, 'change-dialog').open).to.be.false;
  });

  it('shows a clear error with Try again when loading fails, and recovers', async () => {
    let failures = 0;
    const failing: typeof fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/subscriptions') && failures < 3) {
        failures++;
        return new Response('{"error":{"type":"api_error","code":"internal_error","message":"boom"}}', { status: 500 });
      }
      return fetch(input, init);
    };
    const { root } = await mount(await sessionToken('cus_demo'), { fetch: failing });
    const alert = root.querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Something went wrong on our side. Try again in a moment.');
    await expect(root.host).to.be.accessible();
    alert.querySelector('button')!.click();
    await waitUntil(() => root.querySelectorAll('[data-subscription]').length === 5, 'did not recover', { timeout: 8000 });
  });

  it('shows a skeleton while loading and asks to sign in outside a session', async () => {
    const el = await fixture<PortalSubscriptions>(html`<portal-subscriptions lang="en"></portal-subscriptions>`);
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('Sign in to see your subscriptions.');
    await expect(el).to.be.accessible();

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: typeof fetch = async (input, init) => {
      await gate;
      return fetch(input, init);
    };
    const apiBase = await serverApiBase();
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${await sessionToken('cus_demo')} .fetch=${gated}><portal-subscriptions></portal-subscriptions></portal-session>
      </div>
    `);
    const root = wrapper.querySelector('portal-subscriptions')!.shadowRoot!;
    await waitUntil(() => root.querySelector('.skeleton'));
    expect(root.querySelector('.skeleton')!.getAttribute('aria-busy')).to.equal('true');
    await expect(root.host).to.be.accessible();
    release();
    await waitUntil(() => root.querySelectorAll('[data-subscription]').length === 5, 'never loaded', { timeout: 8000 });
  });

  it('fits a 320 px container without horizontal overflow, targets at least 24 px', async () => {
    const apiBase = await serverApiBase();
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US" style="inline-size: 320px">
        <portal-session api-base=${apiBase} token=${await sessionToken('cus_demo')}><portal-subscriptions></portal-subscriptions></portal-session>
      </div>
    `);
    const el = wrapper.querySelector('portal-subscriptions')!;
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('[data-subscription]').length === 5, 'never loaded', { timeout: 8000 });
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const button of root.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });
});
