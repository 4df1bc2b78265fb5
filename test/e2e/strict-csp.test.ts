/**
 * End to end in Chromium: a merchant's page on its own origin (127.0.0.1, the API on
 * localhost) under the strictest CSP a merchant would deploy — a fresh nonce per
 * response, `'strict-dynamic'`, `style-src 'self'`, Trusted Types for lit-html only — runs
 * `<portal-app>` in German (its locale chunks arrive by dynamic import) with not one
 * `securitypolicyviolation`, and makes a payment method the default. An inline script
 * and an inline style injected without the nonce are blocked on the same page, so the
 * policy is known to be in force.
 *
 * Needs `npx vite build --mode bundle` first (the page loads dist/portal-kit.js).
 */
import { strict as assert } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';
import { freePort, root } from '../support/reference-server.js';

const csp = (nonce: string) =>
  `script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'; require-trusted-types-for 'script'; ` +
  `trusted-types lit-html; object-src 'none'; base-uri 'none'`;

/** What an attacker's markup would try, if it reached the page without the nonce. */
const INJECTED =
  `<script>document.documentElement.dataset.injected = 'ran';</script>` +
  `<p id="injected-style" style="color: rgb(255, 0, 0)">Injected</p>`;

type Watched = Page & { errors: string[]; scripts: Array<{ path: string; status: number }> };

describe('the kit under a strict CSP (nonce, strict-dynamic, Trusted Types)', () => {
  let site: Server;
  let sitePort = 0;
  let siteUrl = '';
  let customer: { id: string; ids: Record<string, string> };
  /** The nonces the site handed out and the session token of the latest page. */
  const nonces: string[] = [];
  let token = '';
  const e2e = useServerAndBrowser(async () => {
    sitePort = await freePort();
    siteUrl = `http://127.0.0.1:${sitePort}`;
    return { env: { PORTAL_ALLOWED_ORIGINS: siteUrl } };
  });

  before(async () => {
    customer = await e2e.server.copyCustomer();

    // The merchant's site: its billing page (a new session per view, as the merchant's
    // server would mint it), the kit's file and its lazy chunks beside it.
    site = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', siteUrl);
      // Its chunks, in folders beside it (`portal-kit/de/common.js`); no `..` can match.
      const chunk = /^\/portal-kit\/((?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\.js)$/.exec(url.pathname)?.[1];
      if (url.pathname === '/portal-kit.js' || chunk) {
        try {
          const js = await readFile(join(root, 'dist', chunk ? `portal-kit/${chunk}` : 'portal-kit.js'));
          res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(js);
        } catch {
          res.writeHead(404).end();
        }
        return;
      }
      if (url.pathname !== '/') {
        res.writeHead(404).end();
        return;
      }
      const nonce = randomBytes(16).toString('base64');
      nonces.push(nonce);
      token = (await e2e.server.createSession(customer.id)).token;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': csp(nonce) });
      res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ihr Konto</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
        <script type="module" nonce="${nonce}" src="/portal-kit.js"></script></head>
        <body><main><h1>Ihr Konto</h1>
        <portal-app api-base="${e2e.server.apiBase}" token="${token}"></portal-app>
        ${url.searchParams.has('inject') ? INJECTED : ''}</main></body></html>`);
    });
    await new Promise<void>((resolve) => site.listen(sitePort, '127.0.0.1', resolve));
  });
  after(() => {
    site?.close();
  });

  /** A page (browser in English: the German comes from the page) recording violations from the first byte. */
  async function watchedPage(): Promise<Watched> {
    const context = await e2e.browser.newContext({ locale: 'en-US' });
    const page = (await context.newPage()) as Watched;
    page.errors = [];
    page.scripts = [];
    page.on('pageerror', (e) => page.errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && page.errors.push(`${m.text()} ${m.location().url}`));
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') page.scripts.push({ path: new URL(r.url()).pathname, status: r.status() });
    });
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
    });
    return page;
  }
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  it('shows the customer’s portal in German and makes a method the default, with no violation', async () => {
    const page = await watchedPage();
    const response = await page.goto(`${siteUrl}/`);
    assert.equal(response!.headers()['content-security-policy'], csp(nonces.at(-1)!));

    // Subscriptions, payment method and invoices: this customer's, in German.
    const app = page.locator('portal-app');
    await app.getByRole('navigation', { name: 'Abrechnungsbereiche' }).waitFor();
    for (const name of ['Abonnements', 'Zahlungsmethoden', 'Rechnungen']) {
      await app.getByRole('link', { name, exact: true }).waitFor();
    }
    const subscriptions = page.locator('portal-subscriptions [data-subscription]');
    await subscriptions.first().waitFor();
    const shown = await subscriptions.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-subscription')));
    const own = Object.values(customer.ids).filter((id) => id.startsWith('sub_'));
    assert.deepEqual([...shown].sort(), [...own].sort());
    await page.locator('portal-payment-method [part="method"] .name').filter({ hasText: 'Visa, endet auf 4242' }).waitFor();
    const rows = page.locator('portal-invoices tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20);
    assert.equal((await rows.first().locator('th').textContent())?.trim(), 'DEMO-0036');
    assert.equal((await rows.nth(1).locator('td').nth(1).textContent())?.trim(), '31,32\u00a0$'); // German format, a no-break space

    // One action, end to end: the Mastercard becomes the default, and the server stores it.
    await page.getByRole('button', { name: 'Standard-Zahlungsmethode bearbeiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ihre Zahlungsmethoden' });
    await dialog.getByRole('radio', { name: /Mastercard, endet auf 4444/ }).check();
    await dialog.getByRole('button', { name: 'Als Standard festlegen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Mastercard, endet auf 4444 ist jetzt Ihre Standard-Zahlungsmethode.' }).waitFor();
    const methods = await fetch(`${e2e.server.apiBase}/payment-methods`, { headers: { Authorization: `Bearer ${token}` } });
    const { data } = (await methods.json()) as { data: Array<{ id: string; is_default: boolean }> };
    assert.deepEqual(data.filter((m) => m.is_default).map((m) => m.id), [customer.ids['pm_demo_mastercard']]);

    // The kit's file came with the nonce; its German chunks by dynamic import, trusted through strict-dynamic.
    assert.equal(page.scripts[0]?.path, '/portal-kit.js');
    const chunks = page.scripts.filter((s) => s.path.startsWith('/portal-kit/'));
    assert.ok(chunks.length > 0, 'no locale chunk was loaded');
    assert.deepEqual(page.scripts.filter((s) => s.status !== 200), []);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('blocks an inline script and an inline style injected without the nonce, and only those', async () => {
    const page = await watchedPage();
    await page.goto(`${siteUrl}/?inject`);
    await page.locator('portal-invoices tbody tr').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.injected), undefined);
    assert.notEqual(await page.locator('#injected-style').evaluate((p) => getComputedStyle(p).color), 'rgb(255, 0, 0)');
    assert.deepEqual((await violations(page)).sort(), ['script-src-elem inline', 'style-src-attr inline']);
    // A fresh nonce for every response.
    assert.equal(new Set(nonces).size, nonces.length);
    assert.ok(nonces.length >= 2);
    await page.context().close();
  });
});
