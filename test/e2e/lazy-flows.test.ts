/**
 * End to end in Chromium, on the bundle (dist/portal-kit.js): the subscription dialogs'
 * code is a chunk loaded when the customer first heads for an action, not with the page;
 * when it cannot load the card says so and nothing changes; a page that loads the kit
 * under another URL (`portal-kit.js?v=…`) still gets one copy of the kit.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';

const FLOWS = /\/portal-kit\/flows-[\w-]{8}\.js$/;
/** The response shapes of the dialogs' own operations (contract-schemas-later.gen.ts). */
const SHAPES = /\/portal-kit\/contract-schemas-later-[\w-]{8}\.js$/;

describe('subscription dialogs load on first use', () => {
  const e2e = useServerAndBrowser();

  /** A fresh copy of cus_demo signed in, on the portal page or on a page of the test's own. */
  async function signedIn(html?: (token: string) => string) {
    const copy = await e2e.server.copyCustomer();
    const session = await e2e.server.createSession(copy.id);
    const page = await e2e.browser.newPage({ locale: 'en-US' });
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname + new URL(r.url()).search)));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    if (html) {
      await page.route(`${e2e.server.url}/test-page`, (route) => route.fulfill({ contentType: 'text/html', body: html(session.token) }));
      await page.goto(`${e2e.server.url}/test-page`);
    } else {
      await page.goto(session.url);
    }
    const pro = copy.ids['sub_demo_pro']!;
    await page.locator(`portal-subscriptions [data-subscription="${pro}"] h3`).waitFor();
    return { page, pro, token: session.token, scripts, errors };
  }

  const card = (page: Page, id: string) => page.locator(`portal-subscriptions [data-subscription="${id}"]`);
  const flowRequests = (scripts: string[]) => scripts.filter((s) => FLOWS.test(s)).length;

  it('the page loads without the dialogs; heading for an action fetches them once; the dialog works', async () => {
    const { page, pro, scripts, errors } = await signedIn();
    await page.waitForLoadState('networkidle');
    assert.equal(flowRequests(scripts), 0, `scripts loaded with the page: ${scripts.join(', ')}`);
    assert.ok(scripts.some((s) => /\/portal-kit\/kit-[\w-]{8}\.js$/.test(s)), 'the shared kit chunk loads with the page');

    const fetched = page.waitForRequest(FLOWS);
    await card(page, pro).locator('[data-action="cancel"]').hover();
    await fetched;
    await card(page, pro).locator('[data-action="cancel"]').click();
    const dialog = page.locator('portal-subscriptions #cancel-dialog');
    await dialog.locator('h2').waitFor();
    assert.equal(await dialog.evaluate((d: HTMLDialogElement) => d.open), true);
    // In English: the dialogs' strings come with their chunk.
    assert.match((await dialog.locator('h2').textContent())?.trim() ?? '', /^Cancel \S/);
    assert.doesNotMatch((await dialog.textContent()) ?? '', /subscriptions\./);
    await page.keyboard.press('Escape');
    await card(page, pro).locator('[data-action="update"]').click();
    await page.locator('portal-subscriptions #change-dialog h2').waitFor();
    assert.match((await page.locator('portal-subscriptions #change-dialog h2').textContent())?.trim() ?? '', /^Change \S/);
    assert.equal(flowRequests(scripts), 1, 'the chunk is fetched once for every dialog');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('when the chunk cannot load, the card says so and the next press opens the dialog', async () => {
    const { page, pro, token, scripts } = await signedIn();
    await page.route(FLOWS, (route) => route.abort('internetdisconnected'));
    await card(page, pro).locator('[data-action="cancel"]').click();
    const alert = card(page, pro).locator('[role="alert"]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /connect|network|reach/i);
    assert.equal(await page.locator('portal-subscriptions #cancel-dialog').evaluate((d: HTMLDialogElement) => d.open), false);
    assert.ok(flowRequests(scripts) >= 1);

    await page.unroute(FLOWS);
    await card(page, pro).locator('[data-action="cancel"]').click();
    await page.locator('portal-subscriptions #cancel-dialog h2').waitFor();
    assert.equal(await alert.count(), 0, 'the message goes once the dialog opens');
    const stored = (await (await fetch(`${e2e.server.url}/v1/subscriptions/${pro}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      status: string;
      cancel_at_period_end: boolean;
    };
    assert.equal(stored.status, 'active');
    assert.equal(stored.cancel_at_period_end, false);
    await page.close();
  });

  it("the dialogs' response checks come with their first request; when they cannot load, the dialog says so and Try again works", async () => {
    const { page, pro, scripts, errors } = await signedIn();
    await page.waitForLoadState('networkidle');
    assert.equal(scripts.filter((s) => SHAPES.test(s)).length, 0, `scripts loaded with the page: ${scripts.join(', ')}`);
    await page.route(SHAPES, (route) => route.abort('internetdisconnected'));
    await card(page, pro).locator('[data-action="cancel"]').click();
    const dialog = page.locator('portal-subscriptions #cancel-dialog');
    const alert = dialog.locator('[role="alert"]');
    // The options arrived, but unchecked they are not shown: tried again (with backoff), then the network message.
    await alert.waitFor({ timeout: 20_000 });
    assert.match((await alert.textContent()) ?? '', /connect|network|reach/i);
    assert.equal(await dialog.locator('input[type="radio"]').count(), 0);
    assert.ok(scripts.filter((s) => SHAPES.test(s)).length >= 1);

    await page.unroute(SHAPES);
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await dialog.locator('input[type="radio"]').first().waitFor();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(
      errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)),
      [],
    );
    await page.close();
  });

  it('in German, the dialog speaks German at once (its strings loaded with the element\'s)', async () => {
    const { page, pro, errors } = await signedIn(
      (t) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Shop</title>
        <script type="module" src="/portal-kit.js"></script></head>
        <body><main><portal-app api-base="/v1" token="${t}"></portal-app></main></body></html>`,
    );
    await card(page, pro).locator('[data-action="cancel"]').click();
    const heading = page.locator('portal-subscriptions #cancel-dialog h2');
    await heading.waitFor();
    assert.match((await heading.textContent())?.trim() ?? '', / kündigen$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a page that loads portal-kit.js under another URL gets one copy of the kit, and its dialogs work', async () => {
    const { page, pro, token, scripts, errors } = await signedIn(
      (t) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
        <script type="module" src="/portal-kit.js?v=2026-11"></script></head>
        <body><main><portal-app api-base="/v1" token="${t}"></portal-app></main></body></html>`,
    );
    // Cancel at period end from the dialog: the flow's code and the page's kit must share one state layer.
    await card(page, pro).locator('[data-action="cancel"]').click();
    const dialog = page.locator('portal-subscriptions #cancel-dialog');
    await dialog.locator('h2').waitFor();
    await dialog.locator('input[type="radio"]').first().check();
    await dialog.locator('[data-action="continue"], [data-action="next"]').first().click();
    const confirm = dialog.locator('[data-action="cancel"], [data-action="decline"]');
    await confirm.first().waitFor();
    if ((await dialog.locator('[data-action="decline"]').count()) > 0) await dialog.locator('[data-action="decline"]').click();
    await dialog.locator('[data-action="cancel"]').click();
    await card(page, pro).locator('[data-action="undo-cancel"]').waitFor();
    const stored = (await (await fetch(`${e2e.server.url}/v1/subscriptions/${pro}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      cancel_at_period_end: boolean;
    };
    assert.equal(stored.cancel_at_period_end, true);
    assert.equal(scripts.filter((s) => s.startsWith('/portal-kit.js')).length, 1, `scripts: ${scripts.join(', ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
