/**
 * End to end in Chromium: the account elements on the portal page, as a customer uses
 * them — invoices (a real PDF, 200 of cus_heavy's 10,000), the profile (a new phone
 * number the server stores) and license keys (copied to the real clipboard).
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

  it('updates the phone number, and the server stores it', async () => {
    const customer = await freshCustomer();
    const { page, context, token, errors } = await open(customer);
    const phone = page.getByLabel('Phone (optional)', { exact: true });
    await phone.waitFor();
    assert.equal(await phone.inputValue(), '+1 415 555 0132');
    await phone.fill('+44 20 7946 0958');
    await page.locator('portal-profile').getByRole('button', { name: 'Save' }).click();
    await page.locator('portal-profile').getByRole('status').getByText('Saved.').waitFor();
    const stored = await fetch(`${e2e.server.url}/v1/customer`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(stored.status, 200);
    assert.equal(((await stored.json()) as { phone: string }).phone, '+44 20 7946 0958');
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
