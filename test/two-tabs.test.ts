/**
 * Two tabs (issue #10): the same customer's subscription open in two independent
 * sessions (two `<portal-session>`s, two stores), loaded from the same state. One tab
 * cancels it (declining the retention offer), the other changes its plan — both
 * confirmed in the same tick, or one after the other without a refresh. Exactly one
 * change is stored, nothing is charged twice, and the other tab says the subscription
 * changed elsewhere and shows its current state, with its buttons usable.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-subscriptions.js';
import type { Schemas } from '../src/state/api-client.js';
import { freshCustomer, serverApiBase, sessionToken, type FreshCustomer } from './support/portal.js';

type Subscription = Schemas['Subscription'];
type Invoice = Schemas['Invoice'];

const CONFLICT = 'This subscription changed since it was loaded. It now shows its current state: review it and try again.';
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** One tab: its own session and store, showing the customer's subscriptions. */
async function tab(customer: FreshCustomer) {
  const apiBase = await serverApiBase();
  const token = await sessionToken(customer.customer);
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US">
      <portal-session api-base=${apiBase} token=${token}><portal-subscriptions></portal-subscriptions></portal-session>
    </div>
  `);
  const el = wrapper.querySelector('portal-subscriptions')!;
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelectorAll('[part="subscription"]').length === 5, 'never loaded', { timeout: 8000 });
  const sub = customer.ids['sub_demo_pro']!;
  const card = () => root.querySelector<HTMLElement>(`[data-subscription="${sub}"]`)!;
  const dialog = (id: 'cancel-dialog' | 'change-dialog') => root.querySelector<HTMLDialogElement>(`#${id}`)!;
  const action = (scope: ParentNode, name: string) => scope.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  return { el, root, card, dialog, action, sub };
}
type Tab = Awaited<ReturnType<typeof tab>>;

/** Tab A: cancel, "too expensive", the offer declined — up to the confirmation. */
async function readyToCancel(a: Tab): Promise<HTMLButtonElement> {
  a.action(a.card(), 'cancel').click();
  const d = a.dialog('cancel-dialog');
  await waitUntil(() => d.querySelector('input[name="reason"]'), 'no reasons', { timeout: 8000 });
  [...d.querySelectorAll<HTMLInputElement>('input[name="reason"]')].find((r) => r.value === 'too_expensive')!.click();
  a.action(d, 'continue').click();
  await waitUntil(() => a.action(d, 'decline'), 'no offer', { timeout: 8000 });
  a.action(d, 'decline').click();
  await waitUntil(() => a.action(d, 'cancel'), 'no confirmation', { timeout: 8000 });
  return a.action(d, 'cancel');
}

/** Tab B: change plan to Pro yearly — up to the preview's confirmation. */
async function readyToChange(b: Tab): Promise<HTMLButtonElement> {
  b.action(b.card(), 'update').click();
  const d = b.dialog('change-dialog');
  await waitUntil(() => d.querySelector('input[name="interval"]'), 'no plans', { timeout: 8000 });
  d.querySelectorAll<HTMLInputElement>('input[name="interval"]')[1]!.click(); // yearly
  await b.el.updateComplete;
  const yearly = [...d.querySelectorAll<HTMLInputElement>('input[name="price"]')].find((r) => r.value === `price_pro_yearly`)!;
  yearly.click();
  await b.el.updateComplete;
  b.action(d, 'preview').click();
  await waitUntil(() => d.querySelector('[part="preview"]'), 'no preview', { timeout: 8000 });
  return b.action(d, 'confirm');
}

/** What the server stored, read back with the customer's own session. */
async function server(customer: FreshCustomer) {
  const apiBase = await serverApiBase();
  const get = async <T>(path: string) => (await (await fetch(`${apiBase}${path}`, { headers: { Authorization: `Bearer ${customer.token}` } })).json()) as T;
  const sub = await get<Subscription>(`/subscriptions/${customer.ids['sub_demo_pro']}`);
  const invoices = (await get<{ data: Invoice[] }>('/invoices?limit=100')).data;
  return { sub, invoices };
}

const settledDialog = (t: Tab, id: 'cancel-dialog' | 'change-dialog') =>
  waitUntil(() => !t.dialog(id).open || t.dialog(id).querySelector('.alert'), `${id} never settled`, { timeout: 10_000 });

/** The tab that lost: it says so, shows the subscription as it is now, and its buttons work. */
async function expectLoser(t: Tab, id: 'cancel-dialog' | 'change-dialog', now: Subscription) {
  const d = t.dialog(id);
  expect(d.open, `${id} stays open for the loser`).to.equal(true);
  expect(text(d.querySelector('[role="alert"]'))).to.equal(CONFLICT);
  await waitUntil(() => !d.querySelector('[aria-busy="true"]'), `${id} stays busy`, { timeout: 8000 });
  for (const button of d.querySelectorAll('button')) expect(button.getAttribute('aria-disabled'), text(button)).not.to.equal('true');
  // The card behind shows the current state.
  await waitUntil(() => text(t.card().querySelector('[part="date"]')).startsWith(now.cancel_at_period_end ? 'Cancels on' : 'Renews on'), 'the card is stale', { timeout: 8000 });
  expect(text(t.card().querySelector('.plan-line'))).to.contain(now.price.nickname!);
  const date = text(t.card().querySelector('[part="date"]')).replace(/^(Cancels|Renews) on /, '');
  if (id === 'change-dialog') {
    // Canceled elsewhere: its plan cannot change now, and the dialog says so instead of offering plans.
    expect(text(d)).to.contain('can’t be changed here right now');
    expect(d.querySelector('input[name="price"], [data-action="preview"], [data-action="confirm"]')).to.equal(null);
  } else {
    // Its plan changed elsewhere: the confirmation says what cancelling means now (the new period's end).
    await waitUntil(() => text(d.querySelector('.what-happens')).includes(date), 'the confirmation is stale', { timeout: 8000 });
    expect(t.action(d, 'cancel').getAttribute('aria-busy')).to.equal('false');
  }
  expect(t.el.shadowRoot!.activeElement?.closest('dialog'), 'focus stays in the dialog').to.equal(d);
  await expect(t.el).to.be.accessible();
}

describe('two tabs', () => {
  it('cancel in one, change plan in the other, confirmed in the same tick: exactly one wins, the other shows why and the fresh state', async () => {
    const customer = await freshCustomer('cus_demo');
    const before = await server(customer);
    const [a, b] = [await tab(customer), await tab(customer)];
    const [cancel, change] = [await readyToCancel(a), await readyToChange(b)];
    cancel.click();
    change.click();
    await Promise.all([settledDialog(a, 'cancel-dialog'), settledDialog(b, 'change-dialog')]);

    const after = await server(customer);
    const canceled = after.sub.cancel_at_period_end;
    const changed = after.sub.price.id === 'price_pro_yearly';
    expect(canceled !== changed, 'exactly one change is stored').to.equal(true);
    expect(after.sub.version).to.equal(before.sub.version + 1);
    // A plan change to yearly is charged at once, once; a cancellation charges nothing.
    expect(after.invoices.length).to.equal(before.invoices.length + (changed ? 1 : 0));
    if (canceled) {
      expect(a.dialog('cancel-dialog').open).to.equal(false);
      await expectLoser(b, 'change-dialog', after.sub);
    } else {
      expect(b.dialog('change-dialog').open).to.equal(false);
      await expectLoser(a, 'cancel-dialog', after.sub);
    }
  }).timeout(30_000);

  it('cancel first, then the plan change from the stale tab: refused, and that tab shows the cancellation', async () => {
    const customer = await freshCustomer('cus_demo');
    const before = await server(customer);
    const [a, b] = [await tab(customer), await tab(customer)];
    const change = await readyToChange(b);
    (await readyToCancel(a)).click();
    await waitUntil(() => !a.dialog('cancel-dialog').open, 'the cancellation did not finish', { timeout: 10_000 });
    change.click();
    await settledDialog(b, 'change-dialog');

    const after = await server(customer);
    expect(after.sub.cancel_at_period_end).to.equal(true);
    expect(after.sub.price.id).to.equal('price_pro_monthly');
    expect(after.sub.version).to.equal(before.sub.version + 1);
    expect(after.invoices.length).to.equal(before.invoices.length);
    await expectLoser(b, 'change-dialog', after.sub);
  }).timeout(30_000);

  it('plan change first, then the cancellation from the stale tab: refused, and that tab shows the new plan', async () => {
    const customer = await freshCustomer('cus_demo');
    const before = await server(customer);
    const [a, b] = [await tab(customer), await tab(customer)];
    const cancel = await readyToCancel(a);
    (await readyToChange(b)).click();
    await waitUntil(() => !b.dialog('change-dialog').open, 'the plan change did not finish', { timeout: 10_000 });
    cancel.click();
    await settledDialog(a, 'cancel-dialog');

    const after = await server(customer);
    expect(after.sub.cancel_at_period_end).to.equal(false);
    expect(after.sub.price.id).to.equal('price_pro_yearly');
    expect(after.sub.version).to.equal(before.sub.version + 1);
    expect(after.invoices.length).to.equal(before.invoices.length + 1);
    await expectLoser(a, 'cancel-dialog', after.sub);
  }).timeout(30_000);
});
