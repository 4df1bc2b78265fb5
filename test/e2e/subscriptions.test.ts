/**
 * End to end in Chromium: the portal page (`/portal#portal_session=…`) with
 * `<portal-subscriptions>`, for fresh copies of cus_demo, as a customer uses it.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';

interface Subscription {
  id: string;
  status: string;
  quantity: number;
  cancel_at_period_end: boolean;
  discount: { coupon: { id: string } } | null;
}

describe('subscriptions, end to end', () => {
  const e2e = useServerAndBrowser();

  /** A fresh copy of cus_demo, signed in on the portal page. */
  async function signedIn(): Promise<{ page: Page; ids: Record<string, string>; token: string; errors: string[] }> {
    const copy = await e2e.server.copyCustomer();
    const session = await e2e.server.createSession(copy.id);
    const page = await e2e.browser.newPage({ locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(session.url);
    await page.locator('portal-subscriptions [data-subscription]').first().waitFor();
    return { page, ids: copy.ids, token: session.token, errors };
  }

  async function stored(token: string, id: string): Promise<Subscription> {
    const response = await fetch(`${e2e.server.url}/v1/subscriptions/${id}`, { headers: { Authorization: `Bearer ${token}` } });
    return (await response.json()) as Subscription;
  }

  const card = (page: Page, id: string) => page.locator(`portal-subscriptions [data-subscription="${id}"]`);
  const status = (page: Page) => page.locator('portal-subscriptions [part="announcement"]');

  it('cancels the Pro subscription giving "too expensive", and takes the offer instead', async () => {
    const { page, ids, token, errors } = await signedIn();
    const pro = ids['sub_demo_pro']!;
    await page.getByRole('button', { name: 'Cancel Pro monthly' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel Pro monthly' });
    await dialog.getByLabel('It’s too expensive').check();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const offer = page.getByRole('dialog', { name: 'Before you go: 25% off for 3 months' });
    await offer.getByText('You save $21.75').waitFor();
    await offer.getByRole('button', { name: 'Accept offer' }).click();
    await offer.waitFor({ state: 'hidden' });
    await status(page).getByText('Offer applied: 25% off for 3 months. Your Pro monthly subscription continues.').waitFor();
    await card(page, pro).getByText(/^25% off for 3 months, until /).waitFor();
    const after = await stored(token, pro);
    assert.equal(after.discount?.coupon.id, 'retention_25');
    assert.equal(after.cancel_at_period_end, false);
    assert.equal(after.status, 'active');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('cancels another subscription at period end, then undoes it with Resume', async () => {
    const { page, ids, token, errors } = await signedIn();
    const team = ids['sub_demo_team']!;
    await page.getByRole('button', { name: 'Cancel Team monthly, per seat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel Team monthly, per seat' });
    await dialog.getByLabel('Another reason').check();
    await dialog.getByLabel('Anything else you’d like to tell us? (optional)').fill('Moving to a bigger plan elsewhere');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel Team monthly, per seat?' });
    await confirm.getByText(/^Your subscription stays active until .+, then ends\./).waitFor();
    await confirm.getByRole('button', { name: 'Cancel subscription' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await card(page, team).getByText(/^Cancels on /).waitFor();
    assert.equal((await stored(token, team)).cancel_at_period_end, true);

    await page.getByRole('button', { name: 'Resume Team monthly, per seat' }).click();
    await card(page, team).getByText(/^Trial ends on /).waitFor();
    await status(page).getByText(/^Your Team monthly, per seat subscription is no longer set to cancel\./).waitFor();
    assert.equal((await stored(token, team)).cancel_at_period_end, false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('changes the Team seats with a preview first', async () => {
    const { page, ids, token, errors } = await signedIn();
    const team = ids['sub_demo_team']!;
    await page.getByRole('button', { name: 'Change plan Team monthly, per seat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change Team monthly, per seat' });
    const seats = dialog.getByRole('spinbutton', { name: 'Quantity' });
    assert.equal(await seats.inputValue(), '5');
    await dialog.getByRole('button', { name: 'Increase quantity' }).click();
    await dialog.getByRole('button', { name: 'Increase quantity' }).click();
    assert.equal(await seats.inputValue(), '7');
    await dialog.getByRole('button', { name: 'Review change' }).click();
    const review = page.getByRole('dialog', { name: 'Review your change' });
    await review.getByText('This ends your free trial.').waitFor();
    assert.equal((await review.getByRole('row', { name: /^Due today/ }).textContent())?.replace(/\s+/g, ' ').trim(), 'Due today $105.00');
    await review.getByRole('button', { name: 'Confirm change' }).click();
    await review.waitFor({ state: 'hidden' });
    await status(page).getByText(/^Your subscription is now 7 × Team monthly, per seat\. \$105\.00 was charged/).waitFor();
    await card(page, team).getByText('$105.00 per month').waitFor();
    const after = await stored(token, team);
    assert.equal(after.quantity, 7);
    assert.equal(after.status, 'active');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('offers only cancellation for the subscription on a schedule, and says why', async () => {
    const { page, ids, errors } = await signedIn();
    const scheduled = card(page, ids['sub_demo_scheduled']!);
    await scheduled.getByText('This subscription follows a billing schedule, so here it can only be canceled.').waitFor();
    const buttons = await scheduled.getByRole('button').allTextContents();
    assert.deepEqual(
      buttons.map((b) => b.replace(/\s+/g, ' ').trim()),
      ['Cancel Pro yearly'],
    );
    await page.getByRole('button', { name: 'Cancel Pro yearly' }).click();
    await page.getByRole('dialog', { name: 'Cancel Pro yearly' }).getByLabel('It’s too expensive').waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
