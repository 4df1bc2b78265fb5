/**
 * End to end in Chromium: <portal-payment-method> on a merchant's billing page, for a
 * fresh copy of the demo customer. Make the mastercard the default; add a card on the
 * provider's hosted page (the form really filled in) and come back to it selected;
 * bring the on-hold subscription back: the declining test card and an expired card
 * leave it on hold with nothing charged, a good card pays it once and it is active.
 *
 * Needs `npx vite build --mode bundle` first (the page loads dist/portal-kit.js).
 */
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';
import { kitFile } from '../support/kit-files.js';
import { freePort, type CustomerCopy } from '../support/reference-server.js';

describe('payment methods on a merchant page', () => {
  let customer: CustomerCopy;
  /** The latest session token the merchant page was rendered with, for checking the server's state. */
  let token = '';

  let merchant: Server;
  let merchantPort = 0;
  let merchantUrl = '';
  const e2e = useServerAndBrowser(async () => {
    merchantPort = await freePort();
    merchantUrl = `http://localhost:${merchantPort}`;
    return { env: { PORTAL_ALLOWED_ORIGINS: merchantUrl } };
  });

  before(async () => {
    // The merchant's own site, on its own origin: a billing page rendered with a new portal
    // session for the signed-in customer on every view (as a merchant's server would), so
    // the page works again when the hosted page sends the customer back.
    merchant = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', merchantUrl);
      const kit = await kitFile(url.pathname);
      if (kit) {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(kit);
        return;
      }
      if (url.pathname !== '/billing') {
        res.writeHead(404).end();
        return;
      }
      const session = await e2e.server.createSession(customer.id);
      token = session.token;
      const sub = url.searchParams.get('subscription');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Billing</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body><main><h1>Billing</h1>
        <portal-session api-base="${e2e.server.apiBase}" token="${session.token}">
          <portal-payment-method${sub ? ` subscription="${sub}"` : ''}></portal-payment-method>
        </portal-session></main>
        <script type="module" src="/portal-kit.js"></script></body></html>`);
    });
    await new Promise<void>((resolve) => merchant.listen(merchantPort, '127.0.0.1', resolve));
    customer = await e2e.server.copyCustomer();
  });
  after(() => {
    merchant?.close();
  });

  /** Opens a page that records uncaught errors. */
  async function merchantPage(): Promise<Page & { errors: string[] }> {
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = (await context.newPage()) as Page & { errors: string[] };
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(e.message));
    return page;
  }

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(`${e2e.server.url}/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200, `${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  async function fillHostedCard(page: Page, number: string) {
    await page.waitForURL(/\/hosted\/setup\/seti_/);
    await page.getByRole('heading', { name: 'Add a card' }).waitFor();
    await page.getByLabel('Card number').fill(number);
    await page.getByLabel('Expiry (MM/YY)').fill('12/34');
    await page.getByLabel('Security code (CVC)').fill('123');
    await page.getByLabel('Name on card').fill('Dana Demo');
    await page.getByRole('button', { name: 'Save card' }).click();
  }

  const summary = (page: Page) => page.locator('portal-payment-method [part="method"] .name');

  it('makes the mastercard the default', async () => {
    const page = await merchantPage();
    await page.goto(`${merchantUrl}/billing`);
    await summary(page).filter({ hasText: 'Visa ending in 4242' }).waitFor();
    await page.getByRole('button', { name: 'Edit default payment method' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your payment methods' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Mastercard ending in 4444/ }).check();
    await dialog.getByRole('button', { name: 'Make default' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await summary(page).filter({ hasText: 'Mastercard ending in 4444' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Mastercard ending in 4444 is now your default payment method.' }).waitFor();
    const methods = await api<{ data: Array<{ id: string; is_default: boolean }> }>('/payment-methods');
    assert.deepEqual(
      methods.data.filter((m) => m.is_default).map((m) => m.id),
      [customer.ids['pm_demo_mastercard']],
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('adds a card on the hosted page and comes back to it, selected', async () => {
    const page = await merchantPage();
    await page.goto(`${merchantUrl}/billing`);
    await summary(page).first().waitFor();
    await page.getByRole('button', { name: 'Edit default payment method' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add a new payment method' }).click();
    await fillHostedCard(page, '6011 1111 1111 1117');

    await page.waitForURL(`${merchantUrl}/billing`);
    const dialog = page.getByRole('dialog', { name: 'Your payment methods' });
    await dialog.waitFor();
    const added = dialog.getByRole('radio', { name: /Discover ending in 1117/ });
    assert.equal(await added.isChecked(), true);
    await dialog.getByRole('status').filter({ hasText: 'Discover ending in 1117 was added.' }).waitFor();
    // The fragment the hosted page came back with is gone from the address bar.
    assert.equal(new URL(page.url()).hash, '');
    await page.keyboard.press('Escape');
    await summary(page).filter({ hasText: 'Discover ending in 1117' }).waitFor();
    const methods = await api<{ data: Array<{ type: string; card?: { last4: string }; is_default: boolean }> }>('/payment-methods');
    assert.equal(methods.data.find((m) => m.card?.last4 === '1117')?.is_default, true);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('reactivates the on-hold subscription: declined cards leave it on hold, a good card pays it once', async () => {
    const sub = customer.ids['sub_demo_starter']!;
    const page = await merchantPage();
    await page.goto(`${merchantUrl}/billing?subscription=${sub}`);
    await summary(page).filter({ hasText: 'American Express ending in 8431' }).waitFor();
    await page.getByText('Your Starter monthly subscription is on hold: $9.00 is unpaid.').waitFor();
    const openInvoices = async () =>
      (await api<{ data: Array<{ id: string; status: string; amount_paid: number }> }>('/invoices?limit=100')).data.filter((i) => i.status === 'open');
    const [owed] = await openInvoices();
    assert.ok(owed);

    // The declining test card, on the hosted page: refused there, nothing saved or charged.
    await page.getByRole('button', { name: 'Edit payment method for Starter monthly' }).click();
    let dialog = page.getByRole('dialog', { name: 'Reactivate Starter monthly' });
    await dialog.getByText('Amount due now').waitFor();
    await dialog.getByRole('button', { name: 'Add a new payment method' }).click();
    await fillHostedCard(page, '4000 0000 0000 0002');
    await page.getByRole('alert').filter({ hasText: 'Your card was declined. Try another card.' }).waitFor();
    await page.getByRole('link', { name: /Cancel and return/ }).click();
    await page.waitForURL(`${merchantUrl}/billing?subscription=${sub}`);
    await summary(page).filter({ hasText: 'American Express ending in 8431' }).waitFor();
    assert.equal((await api<{ status: string }>(`/subscriptions/${sub}`)).status, 'on_hold');

    // Its current, expired card: declined in the portal, still on hold.
    await page.getByRole('button', { name: 'Edit payment method for Starter monthly' }).click();
    dialog = page.getByRole('dialog', { name: 'Reactivate Starter monthly' });
    await dialog.getByRole('radio', { name: /American Express ending in 8431/ }).check();
    await dialog.getByRole('button', { name: 'Pay $9.00 and reactivate' }).click();
    const declined = dialog.getByRole('alert').filter({ hasText: 'The payment didn’t go through.' });
    await declined.waitFor();
    assert.match((await declined.textContent()) ?? '', /still on hold/);
    assert.equal((await api<{ status: string }>(`/subscriptions/${sub}`)).status, 'on_hold');
    assert.equal((await openInvoices()).length, 1);

    // A good card, added on the hosted page for this subscription, then paid with.
    await dialog.getByRole('button', { name: 'Add a new payment method' }).click();
    await fillHostedCard(page, '4242 4242 4242 4242');
    await page.waitForURL(`${merchantUrl}/billing?subscription=${sub}`);
    dialog = page.getByRole('dialog', { name: 'Reactivate Starter monthly' });
    await dialog.getByRole('status').filter({ hasText: 'Visa ending in 4242 was added. Press “Pay $9.00 and reactivate” to pay with it.' }).waitFor();
    // The new card is the chosen one (the seeded visa also ends in 4242: it is the one marked Current).
    const checked = dialog.locator('input[type="radio"]:checked');
    assert.equal(await checked.count(), 1);
    assert.match((await checked.locator('xpath=..').textContent()) ?? '', /Visa ending in 4242.*Current/s);
    assert.equal((await api<{ status: string }>(`/subscriptions/${sub}`)).status, 'on_hold');
    await dialog.getByRole('button', { name: 'Pay $9.00 and reactivate' }).click();
    await dialog.getByRole('heading', { name: 'Payment received' }).waitFor();
    await dialog.getByText('$9.00 was paid and your Starter monthly subscription is active again.').waitFor();
    const receipt = dialog.getByRole('link', { name: /^Receipt: invoice / });
    const href = await receipt.getAttribute('href');
    assert.ok(href?.includes(`/invoices/${owed.id}/pdf`));

    const after = await api<{ status: string; outstanding: unknown }>(`/subscriptions/${sub}`);
    assert.equal(after.status, 'active');
    assert.equal(after.outstanding, null);
    const invoices = (await api<{ data: Array<{ id: string; status: string; amount_paid: number; total: number }> }>('/invoices?limit=100')).data;
    const paid = invoices.find((i) => i.id === owed.id)!;
    assert.equal(paid.status, 'paid');
    assert.equal(paid.amount_paid, paid.total);
    assert.equal(invoices.filter((i) => i.status === 'open').length, 0);

    const outbox = await fetch(`${e2e.server.url}/v1/dev/outbox?to=${encodeURIComponent(customer.email)}`, {
      headers: { Authorization: `Bearer ${e2e.server.secretKey}` },
    });
    const { data: emails } = (await outbox.json()) as { data: Array<{ kind: string; subject: string }> };
    assert.equal(emails.filter((e) => e.kind === 'payment_succeeded').length, 1);
    assert.equal(emails.filter((e) => e.kind === 'subscription_reactivated').length, 1);
    assert.ok(emails.some((e) => e.subject === 'Your Starter subscription is active again'));

    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('status').filter({ hasText: 'Paid $9.00. Your Starter monthly subscription is active again.' }).waitFor();
    assert.equal(await page.getByText('is on hold').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
