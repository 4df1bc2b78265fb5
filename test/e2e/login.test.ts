/**
 * End to end in Chromium: a customer asks for a sign-in link on the portal page, the
 * link arrives (the dev outbox), and opening it lands them signed in, the token gone
 * from the address bar; the same link a second time is refused plainly.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../support/browsers.js';
import { startReferenceServer, type RunningServer } from '../support/reference-server.js';

describe('sign in by email link', () => {
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    server = await startReferenceServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function latestLink(to: string): Promise<string> {
    const response = await fetch(`${server.url}/v1/dev/outbox?to=${encodeURIComponent(to)}`, {
      headers: { Authorization: `Bearer ${server.secretKey}` },
    });
    const { data } = (await response.json()) as { data: Array<{ text: string }> };
    const link = data[0]?.text.match(/https?:\/\/\S+#portal_login=[A-Za-z0-9_-]+/)?.[0];
    assert.ok(link, 'no sign-in link in the outbox');
    return link;
  }

  it('requests a link in <portal-login>, opens it from the outbox, and lands signed in', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${server.url}/portal`);
    await page.getByLabel('Email').fill('demo@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    const link = await latestLink('demo@example.com');
    assert.ok(link.startsWith(`${server.url}/portal#portal_login=`));
    await page.goto(link);
    const rows = page.locator('portal-invoices tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20);
    assert.equal(new URL(page.url()).hash, '');
    assert.ok(!page.url().includes('portal_login'));
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
    assert.ok(!stored.includes('pst_'));

    // The same link again: used once already.
    const second = await browser.newPage({ locale: 'en-US' });
    await second.goto(link);
    await second.getByRole('heading', { name: 'This sign-in link can’t be used' }).waitFor();
    assert.equal(await second.getByLabel('Email').count(), 1);
    await page.close();
    await second.close();
  });
});
