/**
 * End to end in Chromium, by keyboard only: every flow of the portal page for a fresh
 * copy of cus_demo, driven with Tab, Shift+Tab, Enter, Space, Escape and the arrow keys
 * (`page.keyboard` only: no clicks, no `focus()`, no events dispatched from scripts).
 * After each step: where focus is (through shadow roots), that it shows, that dialogs
 * keep it and give it back to their opener, and what the server stored.
 *
 * Needs `npx vite build --mode bundle` first (the page loads dist/portal-kit.js).
 */
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';
import { kitFile } from '../support/kit-files.js';
import { assertTrapped, deepActive, describeFocus, expectFocus, press, tabCycle, tabTo, type Focus } from '../support/keyboard.js';
import { freePort } from '../support/reference-server.js';
import { NAME_SHIM } from '../support/settle.js';

interface Subscription {
  id: string;
  status: string;
  quantity: number;
  cancel_at_period_end: boolean;
  cancellation_details: { reason: string | null; comment: string | null } | null;
  price: { id: string };
  pause: { resumes_at: string | null } | null;
}

describe('every flow by keyboard only', () => {
  /** A merchant's own page (another origin) with its own "Sign out" button, for logging out. */
  let merchant: Server;
  let merchantPort = 0;
  let merchantUrl = '';
  /** The session token the merchant page was last rendered with. */
  let merchantToken = '';
  const e2e = useServerAndBrowser(async () => {
    merchantPort = await freePort();
    merchantUrl = `http://localhost:${merchantPort}`;
    return { env: { PORTAL_ALLOWED_ORIGINS: merchantUrl } };
  });

  before(async () => {
    merchant = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', merchantUrl);
      const kit = await kitFile(url.pathname);
      if (kit) return void res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(kit);
      if (url.pathname === '/sign-out.js') {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        return void res.end(`document.querySelector('#sign-out').addEventListener('click', () => document.querySelector('portal-app').logout());`);
      }
      if (url.pathname !== '/account') return void res.writeHead(404).end();
      const session = await e2e.server.createSession(url.searchParams.get('customer') ?? 'cus_demo');
      merchantToken = session.token;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Account</title></head>
        <body><main><h1>Your account</h1>
        <portal-app api-base="${e2e.server.apiBase}" business-id="biz_demo" token="${session.token}">
          <p><button type="button" id="sign-out">Sign out</button></p>
        </portal-app></main>
        <script type="module" src="/portal-kit.js"></script><script type="module" src="/sign-out.js"></script></body></html>`);
    });
    await new Promise<void>((resolve) => merchant.listen(merchantPort, '127.0.0.1', resolve));
  });
  after(() => {
    merchant?.close();
  });

  /** A fresh copy of cus_demo (its ids by the seed's names). */
  const freshCustomer = () => e2e.server.copyCustomer();

  /** A page in its own context that records uncaught errors. */
  async function newPage(options: BrowserContextOptions = {}): Promise<Page & { errors: string[] }> {
    const context = await e2e.browser.newContext({ locale: 'en-US', ...options });
    await context.addInitScript(NAME_SHIM);
    const page = (await context.newPage()) as Page & { errors: string[] };
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(e.message));
    return page;
  }

  /** The portal page signed in as a fresh copy of cus_demo, everything loaded, nothing focused yet. */
  async function signedIn(options: BrowserContextOptions = {}) {
    const customer = await freshCustomer();
    const session = await e2e.server.createSession(customer.id);
    const page = await newPage(options);
    await page.goto(session.url);
    await page.locator('portal-subscriptions [data-subscription]').first().waitFor();
    await page.locator('portal-invoices tbody tr').first().waitFor();
    await page.locator('portal-license-keys [data-key]').first().waitFor();
    const api = async <T>(path: string): Promise<T> => {
      const response = await fetch(`${e2e.server.url}/v1${path}`, { headers: { Authorization: `Bearer ${session.token}` } });
      assert.equal(response.status, 200, `${path}: ${response.status}`);
      return (await response.json()) as T;
    };
    return { page, customer, ids: customer.ids, token: session.token, api };
  }

  /** Waits until `element`'s live region says `text`. */
  const announced = (page: Page, element: string, text: string | RegExp) =>
    page.locator(`${element} [role="status"]`).getByText(text).first().waitFor();

  it('goes round the whole page and back with Tab and Shift+Tab: no trap, every stop visible', async () => {
    const { page } = await signedIn();
    await press(page, 'Tab');
    const forward = await tabCycle(page);
    const backward = await tabCycle(page, { back: true });
    const names = forward.map((f) => f.name);
    for (const name of ['Skip to billing', 'Subscriptions', 'Cancel Pro monthly', 'Edit default payment method', 'Status', 'Show more invoices', 'Edit details', 'Copy Pro', 'Terms of service', 'Brand colour']) {
      assert.ok(names.includes(name), `Tab never reaches "${name}"`);
    }
    assert.deepEqual(
      backward.slice(1).map((f) => f.key).reverse(),
      forward.slice(1).map((f) => f.key),
      'Shift+Tab goes through the same stops in reverse',
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('cancels with the retention flow (declines the offer, gives a reason, confirms), then resumes', async () => {
    const { page, ids, api } = await signedIn();
    const pro = ids['sub_demo_pro']!;
    await tabTo(page, { name: 'Cancel Pro monthly', role: 'button' });
    await press(page, 'Enter');
    await expectFocus(page, { role: 'heading', name: 'Cancel Pro monthly', dialog: 'Cancel Pro monthly' });
    const stops = await assertTrapped(page, 'Cancel Pro monthly');
    assert.ok(stops.includes('Continue') && stops.includes('Keep subscription') && stops.includes('Close'), stops.join(', '));

    // Escape closes it, with nothing done, and focus is back on the button that opened it.
    await press(page, 'Escape');
    await expectFocus(page, { name: 'Cancel Pro monthly', role: 'button', dialog: null });
    assert.equal((await deepActive(page))?.openDialog, null);
    assert.equal((await api<Subscription>(`/subscriptions/${pro}`)).cancel_at_period_end, false);

    await press(page, 'Enter');
    await expectFocus(page, { role: 'heading', name: 'Cancel Pro monthly' });
    // The reasons are one radio group: Tab enters it (none chosen yet), the arrows choose.
    let focus: Focus | null = await tabTo(page, { role: 'radio' });
    assert.equal(focus.checked, false);
    for (let i = 0; i < 8 && focus?.name !== 'It’s too expensive'; i++) focus = await press(page, 'ArrowDown');
    assert.equal(focus?.name, 'It’s too expensive');
    assert.equal(focus?.checked, true);
    await tabTo(page, { role: 'textbox', name: 'Anything else you’d like to tell us? (optional)' });
    await page.keyboard.type('Too dear for us right now');
    await tabTo(page, { name: 'Continue' });
    await press(page, 'Enter');

    // The offer: declined.
    await expectFocus(page, { role: 'heading', name: 'Before you go: 25% off for 3 months', dialog: 'Before you go: 25% off for 3 months' });
    await tabTo(page, { name: 'No thanks, continue canceling' });
    await press(page, 'Enter');

    // Confirm.
    await expectFocus(page, { role: 'heading', name: 'Cancel Pro monthly?', dialog: 'Cancel Pro monthly?' });
    await tabTo(page, { name: 'Cancel subscription' });
    await press(page, 'Enter');
    await announced(page, 'portal-subscriptions', /^Your Pro monthly subscription will be canceled on /);
    // Its Cancel button is gone (the subscription is set to cancel): focus is on the card's heading.
    await expectFocus(page, { role: 'heading', name: 'Pro', host: 'portal-subscriptions', dialog: null });
    let stored = await api<Subscription>(`/subscriptions/${pro}`);
    assert.equal(stored.cancel_at_period_end, true);
    assert.deepEqual(stored.cancellation_details, { reason: 'too_expensive', comment: 'Too dear for us right now' });

    // Resume (undo the cancellation): the next stop in the card.
    await tabTo(page, { name: 'Resume Pro monthly' });
    await press(page, 'Enter');
    await announced(page, 'portal-subscriptions', /^Your Pro monthly subscription is no longer set to cancel/);
    await expectFocus(page, { role: 'heading', name: 'Pro', host: 'portal-subscriptions' });
    stored = await api<Subscription>(`/subscriptions/${pro}`);
    assert.equal(stored.cancel_at_period_end, false);
    assert.equal(stored.status, 'active');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('changes plan with the arrow keys, reviews the proration, confirms', async () => {
    const { page, ids, api } = await signedIn();
    const pro = ids['sub_demo_pro']!;
    await tabTo(page, { name: 'Change plan Pro monthly' });
    await press(page, 'Enter');
    await expectFocus(page, { role: 'heading', name: 'Change Pro monthly', dialog: 'Change Pro monthly' });
    await assertTrapped(page, 'Change Pro monthly');

    // Billing period: Monthly → Yearly with an arrow key.
    await tabTo(page, { role: 'radio', name: 'Monthly' });
    await press(page, 'ArrowRight');
    const yearly = await expectFocus(page, { role: 'radio', name: 'Yearly' });
    assert.equal(yearly.checked, true);
    // The plans: Tab into the group, then the arrows (past prices that cannot be chosen) to Pro yearly.
    let focus = await press(page, 'Tab');
    assert.equal(focus?.role, 'radio', `Tab after the period goes to the plans, not ${describeFocus(focus)}`);
    for (let i = 0; i < 6 && !/^Pro\b.*Pro yearly/.test(focus?.name ?? ''); i++) focus = await press(page, 'ArrowDown');
    assert.match(focus?.name ?? '', /^Pro\b.*Pro yearly/);
    assert.equal(focus?.checked, true);
    await tabTo(page, { name: 'Review change' });
    await press(page, 'Enter');

    await expectFocus(page, { role: 'heading', name: 'Review your change', dialog: 'Review your change' });
    const due = page.locator('portal-subscriptions [data-total="due"]');
    assert.match((await due.textContent()) ?? '', /^\$\d+\.\d\d$/);
    await assertTrapped(page, 'Review your change');
    await tabTo(page, { name: 'Confirm change' });
    await press(page, 'Enter');
    await announced(page, 'portal-subscriptions', /^Your subscription is now Pro yearly\./);
    // Back on the button that opened the dialog (it names the new plan now).
    await expectFocus(page, { name: 'Change plan Pro yearly', dialog: null });
    assert.equal((await api<Subscription>(`/subscriptions/${pro}`)).price.id, 'price_pro_yearly');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('changes the Team seats with the arrow keys and the stepper', async () => {
    const { page, ids, api } = await signedIn();
    const team = ids['sub_demo_team']!;
    await tabTo(page, { name: 'Change plan Team monthly, per seat' });
    await press(page, 'Enter');
    await expectFocus(page, { role: 'heading', name: 'Change Team monthly, per seat' });
    let seats: Focus | null = await tabTo(page, { role: 'spinbutton', name: 'Quantity' });
    assert.equal(seats.value, '5');
    await press(page, 'ArrowUp');
    seats = await press(page, 'ArrowUp');
    assert.equal(seats?.value, '7');
    // The stepper's buttons work with Space and Enter too.
    await tabTo(page, { name: 'Increase quantity' });
    await press(page, 'Space');
    await tabTo(page, { name: 'Decrease quantity' }, { back: true });
    await press(page, 'Enter');
    assert.equal(await page.locator('portal-subscriptions #quantity').inputValue(), '7');
    await tabTo(page, { name: 'Review change' });
    await press(page, 'Enter');
    await expectFocus(page, { role: 'heading', name: 'Review your change' });
    await page.locator('portal-subscriptions').getByText('This ends your free trial.').waitFor();
    await tabTo(page, { name: 'Confirm change' });
    await press(page, 'Enter');
    await announced(page, 'portal-subscriptions', /^Your subscription is now 7 × Team monthly, per seat/);
    await expectFocus(page, { name: 'Change plan Team monthly, per seat', dialog: null });
    const stored = await api<Subscription>(`/subscriptions/${team}`);
    assert.equal(stored.quantity, 7);
    assert.equal(stored.status, 'active');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('pauses until resumed, then resumes', async () => {
    const { page, ids, api } = await signedIn();
    const pro = ids['sub_demo_pro']!;
    await tabTo(page, { name: 'Pause Pro monthly' });
    await press(page, 'Enter');
    await expectFocus(page, { dialog: 'Pause Pro monthly' });
    await assertTrapped(page, 'Pause Pro monthly');
    await tabTo(page, { role: 'radio', name: 'A date' });
    await press(page, 'ArrowDown');
    const until = await expectFocus(page, { role: 'radio', name: 'I resume it' });
    assert.equal(until.checked, true);
    await tabTo(page, { name: 'Pause subscription', dialog: 'Pause Pro monthly' });
    await press(page, 'Enter');
    await announced(page, 'portal-subscriptions', /^Your Pro monthly subscription is paused/);
    // Pause is gone from the card (it is paused): focus is on its heading.
    await expectFocus(page, { role: 'heading', name: 'Pro', dialog: null });
    let stored = await api<Subscription>(`/subscriptions/${pro}`);
    assert.equal(stored.status, 'paused');
    assert.equal(stored.pause?.resumes_at, null);

    await tabTo(page, { name: 'Resume Pro monthly' });
    await press(page, 'Enter');
    await announced(page, 'portal-subscriptions', 'Your Pro monthly subscription is running again.');
    await expectFocus(page, { role: 'heading', name: 'Pro' });
    stored = await api<Subscription>(`/subscriptions/${pro}`);
    assert.equal(stored.status, 'active');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('payment methods: arrows between them, Escape, make default, add a card on the hosted page and come back', async () => {
    const { page, ids, api } = await signedIn();
    const defaults = async () =>
      (await api<{ data: Array<{ id: string; is_default: boolean; card?: { last4: string } }> }>('/payment-methods')).data.filter((m) => m.is_default);
    await tabTo(page, { name: 'Edit default payment method' });
    await press(page, 'Enter');
    // Focus on the chosen method, so the arrows move through the choice at once.
    let focus: Focus | null = await expectFocus(page, { role: 'radio', name: /^Visa ending in 4242/, dialog: 'Your payment methods' });
    assert.equal(focus.checked, true);
    await assertTrapped(page, 'Your payment methods');
    await tabTo(page, { role: 'radio', name: /^Visa ending in 4242/ });
    focus = await press(page, 'ArrowDown');
    assert.match(focus?.name ?? '', /^Mastercard ending in 4444/);
    assert.equal(focus?.checked, true);

    // Escape: closed, nothing changed, focus back on Edit.
    await press(page, 'Escape');
    await expectFocus(page, { name: 'Edit default payment method', dialog: null });
    assert.deepEqual((await defaults()).map((m) => m.id), [ids['pm_demo_visa']]);

    await press(page, 'Enter');
    await expectFocus(page, { role: 'radio', name: /^Visa ending in 4242/ });
    await press(page, 'ArrowDown');
    await tabTo(page, { name: 'Make default' });
    await press(page, 'Enter');
    await announced(page, 'portal-payment-method', 'Mastercard ending in 4444 is now your default payment method.');
    await expectFocus(page, { name: 'Edit default payment method', dialog: null });
    assert.deepEqual((await defaults()).map((m) => m.id), [ids['pm_demo_mastercard']]);

    // Add: the provider's hosted page, filled in by keyboard too.
    await press(page, 'Enter');
    await expectFocus(page, { role: 'radio', dialog: 'Your payment methods' });
    await tabTo(page, { name: 'Add a new payment method' });
    await page.keyboard.press('Enter'); // leaves the page
    await page.waitForURL(/\/hosted\/setup\/seti_/);
    await page.getByRole('heading', { name: 'Add a card' }).waitFor();
    await tabTo(page, { name: 'Card number' });
    await page.keyboard.type('6011 1111 1111 1117');
    await tabTo(page, { name: 'Expiry (MM/YY)' });
    await page.keyboard.type('12/34');
    await tabTo(page, { name: 'Security code (CVC)' });
    await page.keyboard.type('123');
    await tabTo(page, { name: 'Name on card' });
    await page.keyboard.type('Dana Demo');
    await tabTo(page, { name: 'Save card' });
    await page.keyboard.press('Enter'); // back to the portal page

    // Back on the portal page: the dialog, the new card chosen and focused, announced.
    await page.waitForURL(`${e2e.server.url}/portal`);
    focus = await expectFocus(page, { role: 'radio', name: /^Discover ending in 1117/, dialog: 'Your payment methods' });
    assert.equal(focus.checked, true);
    await announced(page, 'portal-payment-method dialog', 'Discover ending in 1117 was added.');
    await press(page, 'Escape');
    await expectFocus(page, { name: 'Edit default payment method', dialog: null });
    assert.deepEqual((await defaults()).map((m) => m.card?.last4), ['1117']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('brings the on-hold subscription back by paying, and focus follows to the receipt', async () => {
    const { page, ids, api } = await signedIn();
    const starter = ids['sub_demo_starter']!;
    await tabTo(page, { name: 'Update payment method Starter monthly' });
    await press(page, 'Enter');
    let focus: Focus | null = await expectFocus(page, { role: 'radio', name: /^American Express ending in 8431/, dialog: 'Reactivate Starter monthly' });
    assert.equal(focus.checked, true);
    await assertTrapped(page, 'Reactivate Starter monthly');
    focus = await tabTo(page, { role: 'radio' });
    for (let i = 0; i < 4 && !/^Visa ending in 4242/.test(focus?.name ?? ''); i++) focus = await press(page, 'ArrowUp');
    assert.match(focus?.name ?? '', /^Visa ending in 4242/);
    await tabTo(page, { name: 'Pay $9.00 and reactivate' });
    await press(page, 'Enter');
    await expectFocus(page, { role: 'heading', name: 'Payment received', dialog: 'Reactivate Starter monthly' });
    const receipt = await press(page, 'Tab');
    assert.match(receipt?.name ?? '', /^Receipt: invoice \S+ \(PDF\)$/);
    assert.match(receipt?.href ?? '', new RegExp(`^${e2e.server.url}/v1/invoices/in_[\\w]+/pdf\\?`));
    await tabTo(page, { name: 'Done' });
    await press(page, 'Enter');
    await announced(page, 'portal-payment-method', 'Paid $9.00. Your Starter monthly subscription is active again.');
    // The button that opened it is gone (nothing is owed): focus on the payment method's Edit.
    await expectFocus(page, { name: /^Edit /, host: 'portal-payment-method', dialog: null });
    assert.equal((await api<Subscription>(`/subscriptions/${starter}`)).status, 'active');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('invoices: filters with the arrow keys, shows more, and links each PDF', async () => {
    const { page } = await signedIn();
    const rows = page.locator('portal-invoices tbody tr');
    await tabTo(page, { role: 'combobox', name: 'Status' });
    let filter = await press(page, 'ArrowDown');
    assert.equal(filter?.value, 'paid');
    await page.waitForFunction(() => {
      const root = document.querySelector('portal-app')!.shadowRoot!.querySelector('portal-invoices')!.shadowRoot!;
      const statuses = [...root.querySelectorAll('tbody [part="status"]')].map((s) => s.textContent!.trim());
      return statuses.length > 0 && statuses.every((s) => s === 'Paid');
    });
    filter = await press(page, 'ArrowUp');
    assert.equal(filter?.value, 'all');
    await page.locator('portal-invoices [part="status"]').filter({ hasText: 'Open' }).first().waitFor();
    assert.equal(await rows.count(), 20);

    await tabTo(page, { name: 'Show more invoices' });
    await press(page, 'Enter');
    // Focus moves to the first new row, so the next Tab continues from there.
    await expectFocus(page, { role: 'rowheader', name: 'DEMO-0016', host: 'portal-invoices' });
    assert.equal(await rows.count(), 36);
    const pdf = await press(page, 'Tab');
    assert.equal(pdf?.name, 'Download invoice DEMO-0016 as PDF');
    assert.match(pdf?.href ?? '', new RegExp(`^${e2e.server.url}/v1/invoices/in_\\w+/pdf\\?expires=\\d+&signature=`));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('edits the profile: Edit, Cancel, fields, a tax ID added and one removed, the first invalid field focused, saved', async () => {
    const { page, api } = await signedIn();
    // Edit opens the form in place, focus on its first field; Escape leaves it open; Cancel drops the draft.
    await tabTo(page, { role: 'button', name: 'Edit details' });
    await press(page, 'Enter');
    await expectFocus(page, { role: 'textbox', name: 'Name', host: 'portal-profile' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Not Kept');
    await press(page, 'Escape');
    await expectFocus(page, { role: 'textbox', name: 'Name', host: 'portal-profile' });
    await tabTo(page, { role: 'button', name: 'Cancel' });
    await press(page, 'Enter');
    await expectFocus(page, { role: 'button', name: 'Edit details' });
    await page.locator('portal-profile [part="details"] [data-field="name"] dd').getByText('Dana Demo', { exact: true }).waitFor();
    assert.equal((await api<{ name: string }>('/customer')).name, 'Dana Demo');

    await press(page, 'Enter');
    await expectFocus(page, { role: 'textbox', name: 'Name', host: 'portal-profile' });
    await tabTo(page, { role: 'textbox', name: 'Phone (optional)' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('+44 20 7946 0958');

    await tabTo(page, { name: 'Add tax ID' });
    await press(page, 'Enter');
    // The new row's first field has focus; the type with an arrow key, then its number.
    let focus: Focus | null = await expectFocus(page, { role: 'combobox', name: 'Type', host: 'portal-profile' });
    assert.equal(focus.value, 'eu_vat');
    focus = await press(page, 'ArrowDown');
    assert.equal(focus?.value, 'gb_vat');
    await tabTo(page, { role: 'textbox', name: 'Number' });
    await page.keyboard.type('GB123456789');

    // Remove the first tax ID: focus goes to the remove button of the row that took its place.
    await tabTo(page, { name: 'Remove Tax ID 1' }, { back: true });
    await press(page, 'Enter');
    await expectFocus(page, { name: 'Remove Tax ID 1' });
    await announced(page, 'portal-profile', 'Tax ID 1 removed. Save to keep the change.');

    // Name emptied and the form sent with Enter: refused here, focus on the field.
    await tabTo(page, { role: 'textbox', name: 'Name' }, { back: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await press(page, 'Enter');
    await page.locator('portal-profile [role="alert"]').waitFor();
    await expectFocus(page, { role: 'textbox', name: 'Name' });
    assert.equal(await page.locator('portal-profile #f-name').getAttribute('aria-invalid'), 'true');
    await page.keyboard.type('Dana Keyboard');

    await tabTo(page, { name: 'Save' });
    await press(page, 'Enter');
    await announced(page, 'portal-profile', 'Saved.');
    // The details again, with what was saved; focus back on Edit.
    await expectFocus(page, { role: 'button', name: 'Edit details' });
    await page.locator('portal-profile [part="details"] [data-field="name"] dd').getByText('Dana Keyboard', { exact: true }).waitFor();
    const stored = await api<{ name: string; phone: string; tax_ids: Array<{ type: string; value: string }> }>('/customer');
    assert.equal(stored.name, 'Dana Keyboard');
    assert.equal(stored.phone, '+44 20 7946 0958');
    assert.deepEqual(stored.tax_ids.map((t) => [t.type, t.value]), [['gb_vat', 'GB123456789']]);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('license keys: shows and hides a key with Enter and Space, copies one', async () => {
    const { page, api } = await signedIn({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { data: keys } = await api<{ data: Array<{ key: string; product: { name: string } }> }>('/license-keys');
    const key = keys.find((k) => k.product.name === 'Pro')!.key;
    let focus: Focus | null = await tabTo(page, { name: 'Show key Pro' });
    assert.equal(focus.pressed, 'false');
    focus = await press(page, 'Enter');
    assert.equal(focus?.pressed, 'true');
    await page.locator('portal-license-keys').getByText(key).waitFor();
    focus = await press(page, 'Space');
    assert.equal(focus?.pressed, 'false');
    assert.equal(await page.getByText(key).count(), 0);
    await tabTo(page, { name: 'Copy Pro' });
    await press(page, 'Enter');
    await announced(page, 'portal-license-keys', 'Copied the Pro license key.');
    await expectFocus(page, { name: 'Copy Pro' });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('signs in by email link: the form by keyboard, an invalid address caught on the field, the link from the outbox', async () => {
    const customer = await freshCustomer();
    const page = await newPage();
    await page.goto(`${e2e.server.url}/portal`);
    await page.locator('portal-login').waitFor();
    await tabTo(page, { role: 'textbox', name: 'Email', host: 'portal-login' });
    await page.keyboard.type('not-an-email');
    await press(page, 'Enter');
    await page.getByText('Enter an email address like name@example.com.').waitFor();
    const field = await expectFocus(page, { role: 'textbox', name: 'Email', host: 'portal-login' });
    assert.equal(field.value, 'not-an-email');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(customer.email);
    await press(page, 'Enter');
    await expectFocus(page, { role: 'heading', name: 'Check your inbox', host: 'portal-login' });

    const outbox = await fetch(`${e2e.server.url}/v1/dev/outbox?to=${encodeURIComponent(customer.email)}`, {
      headers: { Authorization: `Bearer ${e2e.server.secretKey}` },
    });
    const { data } = (await outbox.json()) as { data: Array<{ text: string }> };
    const link = data[0]?.text.match(/https?:\/\/\S+#portal_login=[\w-]+/)?.[0];
    assert.ok(link, 'no sign-in link in the outbox');
    await page.goto(link);
    await page.locator('portal-subscriptions [data-subscription]').first().waitFor();
    // Signed in: the portal is there for the keyboard.
    await tabTo(page, { name: 'Edit default payment method' });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('signs out with the merchant’s button: focus lands on the signed-out panel, the session is over', async () => {
    const customer = await freshCustomer();
    const page = await newPage();
    await page.goto(`${merchantUrl}/account?customer=${customer.id}`);
    await page.locator('portal-subscriptions [data-subscription]').first().waitFor();
    await tabTo(page, { name: 'Sign out' });
    await press(page, 'Enter');
    // The button was inside the portal, which is gone: focus is not lost, it is on the panel's heading.
    await expectFocus(page, { role: 'heading', name: 'You’re signed out', host: 'portal-app' });
    await tabTo(page, { role: 'textbox', name: 'Email', host: 'portal-login' });
    const response = await fetch(`${e2e.server.url}/v1/customer`, { headers: { Authorization: `Bearer ${merchantToken}` } });
    assert.equal(response.status, 401);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
