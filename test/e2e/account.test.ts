/**
 * End to end in Chromium: the account elements on the portal page, as a customer uses
 * them — invoices (a real PDF, 200 of cus_heavy's 10,000), the profile (its details
 * read-only; Edit, whose code loads on first use, and a new phone number the server
 * stores) and license keys (copied to the real clipboard).
 * Needs `npx vite build --mode bundle` first (dist/portal-kit.js).
 */
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';

describe('account elements on the portal page', () => {
  const e2e = useServerAndBrowser();

  /** A new copy of cus_demo, for a test that changes it. */
  const freshCustomer = async (): Promise<string> => (await e2e.server.copyCustomer()).id;

  /** Opens the portal page with a new session for `customer` (the link carries the token in its fragment). */
  async function open(customer: string, options: Parameters<Browser['newContext']>[0] = {}) {
    const session = await e2e.server.createSession(customer);
    const context = await e2e.browser.newContext({ locale: 'en-US', ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(session.url);
    return { page, context, token: session.token, errors };
  }

  const invoiceRows = (page: Page) => page.locator('portal-invoices tbody tr');
  const invoiceNumbers = (page: Page) =>
    page.evaluate(() => [...(document.querySelector('portal-app')?.shadowRoot ?? document).querySelector('portal-invoices')!.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim()));

  it('downloads an invoice PDF, and it is one', async () => {
    const { page, context, errors } = await open('cus_demo', { acceptDownloads: true });
    await invoiceRows(page).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download invoice DEMO-0035 as PDF' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'invoice-DEMO-0035.pdf');
    const bytes = await readFile((await download.path())!);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.subarray(-8).toString().includes('%%EOF'));
    assert.ok(bytes.length > 1000);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens cus_heavy’s 10,000 invoices at once and pages through 200, keeping the page bounded', async () => {
    const { page, context, errors } = await open('cus_heavy');
    const started = Date.now();
    await invoiceRows(page).first().waitFor();
    assert.ok(Date.now() - started < 5000, 'the first page shows at once');
    assert.equal(await invoiceRows(page).count(), 20);
    const more = page.getByRole('button', { name: 'Show more invoices' });
    for (let shown = 40; shown <= 200; shown += 20) {
      await more.click();
      await page.waitForFunction((n) => (document.querySelector('portal-app')?.shadowRoot ?? document).querySelector('portal-invoices')!.shadowRoot!.querySelectorAll('tbody tr').length === n, shown);
    }
    const numbers = await invoiceNumbers(page);
    assert.equal(numbers.length, 200);
    assert.deepEqual(
      numbers,
      Array.from({ length: 200 }, (_, i) => `HVY-${String(10_000 - i).padStart(5, '0')}`),
      'newest first, without gaps or repeats',
    );
    assert.equal(await page.getByRole('status').filter({ hasText: 'invoices shown' }).textContent(), '200 invoices shown, more available.');

    // Past the 200 rows kept, older pages let the newest go: the page never holds them all.
    for (let i = 0; i < 3; i++) {
      await more.click();
      await page.getByText(`Showing invoices ${20 * (i + 1) + 1}–${200 + 20 * (i + 1)}`, { exact: true }).waitFor();
      assert.equal(await invoiceRows(page).count(), 200);
    }
    assert.equal((await invoiceNumbers(page))[0], 'HVY-09940');
    await page.getByRole('button', { name: 'Back to newest' }).click();
    await page.waitForFunction(() => (document.querySelector('portal-app')?.shadowRoot ?? document).querySelector('portal-invoices')!.shadowRoot!.querySelector('tbody th')!.textContent!.trim() === 'HVY-10000');
    assert.equal(await invoiceRows(page).count(), 20);
    assert.deepEqual(errors, []);
    await context.close();
  });

  const profile = (page: Page) => page.locator('portal-profile');
  const phoneShown = (page: Page) => profile(page).locator('[part="details"] [data-field="phone"] dd');

  it('updates the phone number, and the server stores it', async () => {
    const customer = await freshCustomer();
    const { page, context, token, errors } = await open(customer);
    await phoneShown(page).getByText('+1 415 555 0132').waitFor();
    await profile(page).getByRole('button', { name: 'Edit details' }).click();
    const phone = page.getByLabel('Phone (optional)', { exact: true });
    await phone.waitFor();
    assert.equal(await phone.inputValue(), '+1 415 555 0132');
    await phone.fill('+44 20 7946 0958');
    await profile(page).getByRole('button', { name: 'Save' }).click();
    await profile(page).getByRole('status').getByText('Saved.').waitFor();
    // Back to the details, showing what the server stored.
    await phoneShown(page).getByText('+44 20 7946 0958').waitFor();
    assert.equal(await profile(page).locator('form').count(), 0);
    const stored = await fetch(`${e2e.server.url}/v1/customer`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(stored.status, 200);
    assert.equal(((await stored.json()) as { phone: string }).phone, '+44 20 7946 0958');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('loads the profile form’s code when the customer heads for Edit, not with the page; when it cannot load, says so and the next press opens the form', async () => {
    const FORM = /\/portal-kit\/profile-form-[\w-]{8}\.js$/;
    const { page, context, errors } = await open('cus_demo');
    const edit = profile(page).getByRole('button', { name: 'Edit details' });
    await edit.waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(scripts.some((s) => /\/portal-kit\.js$/.test(s)), 'the page loaded the kit');
    assert.equal(scripts.filter((s) => FORM.test(s)).length, 0, `the form's code came with the page: ${scripts.join(', ')}`);

    // Its chunk cannot load: Edit says so, stays usable, nothing else changes.
    await page.route(FORM, (route) => route.abort('internetdisconnected'));
    await edit.click();
    const alert = profile(page).getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /reach the billing service/);
    assert.equal(await profile(page).locator('form').count(), 0);
    assert.equal(await edit.getAttribute('aria-busy'), 'false');
    assert.equal(await phoneShown(page).textContent(), '+1 415 555 0132');

    // The network is back: pointing at Edit fetches it; pressing it opens the form, focus on the first field.
    await page.unroute(FORM);
    const fetched = page.waitForRequest(FORM);
    await page.mouse.move(0, 0);
    await edit.hover();
    await fetched;
    await edit.click();
    await profile(page).locator('form').waitFor();
    assert.equal(await alert.count(), 0, 'the message goes once the form opens');
    assert.equal(await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('name');
    }), 'name');
    // Cancel: the details again, focus on Edit.
    await profile(page).getByRole('button', { name: 'Cancel' }).click();
    await profile(page).locator('[part="details"]').waitFor();
    assert.equal(await edit.evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('copies a license key to the clipboard', async () => {
    const { page, context, errors } = await open('cus_demo', { permissions: ['clipboard-read', 'clipboard-write'] });
    const copy = page.locator('portal-license-keys').getByRole('button', { name: 'Copy Pro' });
    await copy.click();
    await page.getByText('Copied the Pro license key.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'PRO-7F3K-92QD-L8XM-4TZC');
    assert.equal(await page.getByText('PRO-7F3K-92QD-L8XM-4TZC').count(), 0, 'copied without being shown');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
