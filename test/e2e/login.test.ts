/**
 * End to end in Chromium: a customer asks for a sign-in link on the portal page, the
 * link arrives (the dev outbox), and opening it lands them signed in, the token gone
 * from the address bar; the same link a second time is refused plainly.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { useServerAndBrowser } from '../support/e2e.js';

describe('sign in by email link', () => {
  const e2e = useServerAndBrowser();

  async function latestLink(to: string): Promise<string> {
    const response = await fetch(`${e2e.server.url}/v1/dev/outbox?to=${encodeURIComponent(to)}`, {
      headers: { Authorization: `Bearer ${e2e.server.secretKey}` },
    });
    const { data } = (await response.json()) as { data: Array<{ text: string }> };
    const link = data[0]?.text.match(/https?:\/\/\S+#portal_login=[A-Za-z0-9_-]+/)?.[0];
    assert.ok(link, 'no sign-in link in the outbox');
    return link;
  }

  it('requests a link in <portal-login>, opens it from the outbox, and lands signed in', async () => {
    const page = await e2e.browser.newPage({ locale: 'en-US' });
    await page.goto(`${e2e.server.url}/portal`);
    await page.getByLabel('Email').fill('demo@example.com');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    const link = await latestLink('demo@example.com');
    assert.ok(link.startsWith(`${e2e.server.url}/portal#portal_login=`));
    await page.goto(link);
    const rows = page.locator('portal-invoices tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 20);
    assert.equal(new URL(page.url()).hash, '');
    assert.ok(!page.url().includes('portal_login'));
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie);
    assert.ok(!stored.includes('pst_'));

    // The same link again: used once already.
    const second = await e2e.browser.newPage({ locale: 'en-US' });
    await second.goto(link);
    await second.getByRole('heading', { name: 'This sign-in link can’t be used' }).waitFor();
    assert.equal(await second.getByLabel('Email').count(), 1);
    await page.close();
    await second.close();
  });
});
