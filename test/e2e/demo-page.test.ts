/**
 * End to end in Chromium: `npm start`'s server and the demo merchant page, as a
 * customer sees them.
 */
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { useServerAndBrowser } from '../support/e2e.js';

describe('demo merchant page', () => {
  const e2e = useServerAndBrowser();

  it('prints the URLs it serves', () => {
    assert.match(e2e.server.output(), new RegExp(`demo portal: ${e2e.server.url}/`));
    assert.match(e2e.server.output(), new RegExp(`portal API:  ${e2e.server.url}/v1`));
  });

  it('shows the demo customer’s invoices, pages on, and downloads a real PDF', async () => {
    const context = await e2e.browser.newContext({ acceptDownloads: true, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`));
    // The page's strict CSP (Trusted Types included) must not stop anything the kit does.
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(`${e2e.server.url}/`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self'.*frame-ancestors 'none'.*require-trusted-types-for 'script'/);
    const rows = page.locator('portal-invoices tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20);
    assert.equal((await rows.first().locator('th').textContent())?.trim(), 'DEMO-0036');

    await page.getByRole('button', { name: 'Show more invoices' }).click();
    await page.waitForFunction(
      () => (document.querySelector('portal-app')?.shadowRoot ?? document).querySelector('portal-invoices')!.shadowRoot!.querySelectorAll('tbody tr').length === 36,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download invoice DEMO-0036 as PDF' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'invoice-DEMO-0036.pdf');
    const bytes = await readFile((await download.path())!);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
    await context.close();
  });

  it('signs each page view in with a fresh session and never caches the page', async () => {
    const first = await fetch(`${e2e.server.url}/`);
    const second = await fetch(`${e2e.server.url}/`);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const token = (html: string) => html.match(/token="(pst_[^"]+)"/)?.[1];
    const [a, b] = [token(await first.text()), token(await second.text())];
    assert.ok(a && b && a !== b);
  });
});
