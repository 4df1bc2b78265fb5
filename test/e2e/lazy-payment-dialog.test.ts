/**
 * End to end in Chromium, on the bundle (dist/portal-kit.js): the payment method's dialog
 * is a chunk loaded when the customer first heads for it (Edit, or the subscriptions'
 * "Update payment method"), not with the page; its opener is busy while it loads; when it
 * cannot load the element says so, nothing changes and the next press opens it; a session
 * created for a payment method update opens it once it has arrived.
 *
 * Needs `npx vite build --mode bundle` first.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';

const DIALOG = /\/portal-kit\/dialog-[\w-]{8}\.js$/;

describe('the payment method dialog loads on first use', () => {
  const e2e = useServerAndBrowser();

  /** A fresh copy of cus_demo signed in on the portal page (or on a page of the test's own), its payment method shown. */
  async function signedIn(options: { html?: (token: string) => string; session?: Record<string, unknown> } = {}) {
    const copy = await e2e.server.copyCustomer();
    const session = await e2e.server.createSession(copy.id, options.session);
    const page = await e2e.browser.newPage({ locale: 'en-US' });
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname)));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    if (options.html) {
      const html = options.html;
      await page.route(`${e2e.server.url}/test-page`, (route) => route.fulfill({ contentType: 'text/html', body: html(session.token) }));
      await page.goto(`${e2e.server.url}/test-page`);
    } else {
      await page.goto(session.url);
    }
    return { page, copy, token: session.token, scripts, errors };
  }

  const dialogRequests = (scripts: string[]) => scripts.filter((s) => DIALOG.test(s)).length;
  const edit = (page: Page) => page.locator('portal-payment-method [data-action="edit"]');
  const dialog = (page: Page) => page.locator('portal-payment-method dialog');
  const isOpen = (page: Page) => dialog(page).evaluate((d: HTMLDialogElement) => d.open);

  async function defaults(token: string): Promise<string[]> {
    const response = await fetch(`${e2e.server.url}/v1/payment-methods`, { headers: { Authorization: `Bearer ${token}` } });
    const { data } = (await response.json()) as { data: Array<{ id: string; is_default: boolean }> };
    return data.filter((m) => m.is_default).map((m) => m.id);
  }

  it('the page loads without it; hovering Edit fetches it once; the dialog works, in English', async () => {
    const { page, copy, token, scripts, errors } = await signedIn();
    await edit(page).waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(dialogRequests(scripts), 0, `scripts loaded with the page: ${scripts.join(', ')}`);

    const fetched = page.waitForRequest(DIALOG);
    await edit(page).hover();
    await fetched;
    await edit(page).click();
    const title = dialog(page).locator('#dialog-title');
    await title.waitFor();
    assert.equal(await isOpen(page), true);
    assert.equal((await title.textContent())?.trim(), 'Your payment methods');
    // Its strings came with it: no key shows.
    const text = (await dialog(page).textContent()) ?? '';
    assert.doesNotMatch(text, /paymentMethod(Dialog)?\./);
    assert.match(text, /Saved payment methods/);
    assert.match(text, /Add a new payment method/);

    // It works: the mastercard becomes the default, and the server stores it.
    await dialog(page).getByRole('radio', { name: /Mastercard ending in 4444/ }).check();
    await dialog(page).getByRole('button', { name: 'Make default' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    await page.locator('portal-payment-method [role="status"]').filter({ hasText: 'Mastercard ending in 4444 is now your default payment method.' }).waitFor();
    assert.deepEqual(await defaults(token), [copy.ids['pm_demo_mastercard']]);

    await edit(page).click();
    await title.waitFor();
    assert.equal(dialogRequests(scripts), 1, 'the chunk is fetched once');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('while it loads, Edit is busy and a second press does nothing more; then the dialog opens with focus on the chosen method', async () => {
    const { page, scripts, errors } = await signedIn();
    await edit(page).waitFor();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(DIALOG, async (route) => {
      await held; // a slow network
      await route.continue();
    });
    await edit(page).click();
    await page.locator('portal-payment-method [data-action="edit"][aria-busy="true"]').waitFor();
    await edit(page).click();
    assert.equal(await isOpen(page), false);
    release();
    await dialog(page).locator('#dialog-title').waitFor();
    assert.equal(await edit(page).getAttribute('aria-busy'), 'false');
    const focused = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active instanceof HTMLInputElement ? `${active.type} ${active.checked}` : active?.localName;
    });
    assert.equal(focused, 'radio true');
    assert.equal(dialogRequests(scripts), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('when it cannot load, the element says so, Edit still works, and the next press opens the dialog', async () => {
    const { page, copy, token, scripts } = await signedIn();
    await edit(page).waitFor();
    await page.route(DIALOG, (route) => route.abort('internetdisconnected'));
    await edit(page).click();
    const alert = page.locator('portal-payment-method section > [role="alert"]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /connect|network|reach/i);
    assert.equal(await isOpen(page), false);
    assert.equal(await edit(page).getAttribute('aria-busy'), 'false');
    assert.notEqual(await edit(page).getAttribute('aria-disabled'), 'true');
    assert.ok(dialogRequests(scripts) >= 1);

    await page.unroute(DIALOG);
    await edit(page).click();
    await dialog(page).locator('#dialog-title').waitFor();
    assert.equal(await isOpen(page), true);
    assert.equal(await alert.count(), 0, 'the message goes once the dialog opens');
    assert.deepEqual(await defaults(token), [copy.ids['pm_demo_visa']], 'nothing changed');
    await page.close();
  });

  it('the subscriptions’ "Update payment method" fetches it when hovered, is busy until it arrives, and opens it', async () => {
    const { page, copy, scripts, errors } = await signedIn();
    const starter = copy.ids['sub_demo_starter']!;
    const update = page.locator(`portal-subscriptions [data-subscription="${starter}"] [data-action="update-payment-method"]`);
    await update.waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(dialogRequests(scripts), 0);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(DIALOG, async (route) => {
      await held; // a slow network
      await route.continue();
    });
    const fetched = page.waitForRequest(DIALOG);
    await update.hover();
    await fetched;
    await update.click();
    assert.equal(await update.getAttribute('aria-busy'), 'true');
    assert.equal(await isOpen(page), false);
    release();
    const title = dialog(page).locator('#dialog-title');
    await title.waitFor();
    assert.equal(await update.getAttribute('aria-busy'), null);
    assert.equal((await title.textContent())?.trim(), 'Reactivate Starter monthly');
    await dialog(page).getByRole('button', { name: 'Pay $9.00 and reactivate' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    assert.equal(dialogRequests(scripts), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a session created for a payment method update opens the dialog once it has arrived', async () => {
    const { page, scripts, errors } = await signedIn({ session: { flow: { type: 'payment_method_update' } } });
    const title = dialog(page).locator('#dialog-title');
    await title.waitFor();
    assert.equal(await isOpen(page), true);
    assert.equal((await title.textContent())?.trim(), 'Your payment methods');
    assert.equal(dialogRequests(scripts), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('in German, the dialog speaks German at once (its strings loaded with the element’s)', async () => {
    const { page, errors } = await signedIn({
      html: (t) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Shop</title>
        <script type="module" src="/portal-kit.js"></script></head>
        <body><main><portal-app api-base="/v1" token="${t}"></portal-app></main></body></html>`,
    });
    await edit(page).click();
    const title = dialog(page).locator('#dialog-title');
    await title.waitFor();
    const german = (await import('../../src/i18n/locales/de/paymentMethodDialog.js')).default;
    assert.equal((await title.textContent())?.trim(), german['paymentMethodDialog.dialog.title']);
    assert.ok(((await dialog(page).textContent()) ?? '').includes(german['paymentMethodDialog.dialog.saved']!));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
