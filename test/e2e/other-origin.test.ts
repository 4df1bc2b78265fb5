/**
 * End to end in Chromium: a plain HTML page on another origin that loads only
 * dist/portal-kit.js shows the invoices; a page on an origin the server does not allow
 * shows a clear error instead.
 */
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { useServerAndBrowser } from '../support/e2e.js';
import { kitFile } from '../support/kit-files.js';
import { freePort } from '../support/reference-server.js';

/** A merchant's static site: one HTML page and the kit (portal-kit.js and its folder). */
async function merchantSite(port: number, page: () => Promise<string>): Promise<Server> {
  const site = createServer(async (req, res) => {
    const kit = await kitFile(new URL(req.url ?? '/', 'http://site').pathname);
    if (kit) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(kit);
    } else if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(await page());
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve));
  return site;
}

describe('the kit on another origin, from one script tag', () => {
  let allowedPort: number;
  let blockedPort: number;
  const sites: Server[] = [];
  const e2e = useServerAndBrowser(async () => {
    allowedPort = await freePort();
    blockedPort = await freePort();
    return { env: { PORTAL_ALLOWED_ORIGINS: `http://localhost:${allowedPort}` } };
  });

  before(async () => {
    const page = async () => {
      const { token } = await e2e.server.createSession('cus_demo');
      return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Shop</title>
        <script type="module" src="/portal-kit.js"></script></head><body>
        <portal-session api-base="${e2e.server.apiBase}" token="${token}"><portal-invoices></portal-invoices></portal-session>
        </body></html>`;
    };
    sites.push(await merchantSite(allowedPort, page), await merchantSite(blockedPort, page));
  });
  after(() => {
    for (const site of sites) site.close();
  });

  it('shows the invoices on an allowed origin', async () => {
    const page = await e2e.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`http://localhost:${allowedPort}/`);
    const rows = page.locator('portal-invoices tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20);
    assert.equal((await rows.nth(1).locator('td').nth(1).textContent())?.trim(), '$31.32');
    // The page's one script and the kit chunk it imports; in English, no language file, and no dialog code yet.
    assert.equal(scripts.length, 2, scripts.join(', '));
    assert.equal(scripts[0], '/portal-kit.js');
    assert.match(scripts[1]!, /^\/portal-kit\/kit-[\w-]{8}\.js$/);
    await page.close();
  });

  it('shows a clear error on an origin the server does not allow', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`http://localhost:${blockedPort}/`);
    const alert = page.locator('portal-invoices [role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    assert.match((await alert.textContent()) ?? '', /couldn’t reach the billing service/);
    assert.equal(await page.locator('portal-invoices tbody tr').count(), 0);
    await page.close();
  });
});
