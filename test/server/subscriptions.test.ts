/**
 * Subscriptions of the demo provider through the customer API: the Subscription shape,
 * what the configuration and the state allow, cancel / undo / pause / resume, plan and
 * quantity changes with exact prorations, retention offers, and version conflicts.
 *
 * The seed (at START = 2026-06-15T12:00Z): sub_demo_pro Pro monthly $29, period
 * 06-05 → 07-05 (10 of 30 days used); sub_demo_team trialing Team ×5 ($15/seat), trial
 * and period end 06-25; sub_demo_starter on_hold with in_demo_0036 open ($9);
 * sub_demo_addon Starter yearly set to cancel 2026-08-19; sub_demo_scheduled Pro
 * yearly on a schedule.
 */
import { strict as assert } from 'node:assert';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { PortalConfigurationBodyT } from '../../server/contract/configuration.js';
import { loadConfiguration, saveConfiguration } from '../../server/domain/configuration.js';
import { START, testApp } from './helpers.js';

const DAY = 86_400_000;
const at = (ms: number) => new Date(ms).toISOString();

type T = Awaited<ReturnType<typeof testApp>>;
type Json = Record<string, any>;

/** A fresh store and session per test, so every test starts from the seed. */
function suite() {
  const ctx = {} as { t: T; token: string; setClock: (ms: number) => Promise<void> };
  beforeEach(async () => {
    ctx.t = await testApp();
    ctx.token = (await ctx.t.session('cus_demo')).token;
    // Moving the clock far outlives a session: take a new one at the new time.
    ctx.setClock = async (ms: number) => {
      ctx.t.clock.now = ms;
      ctx.token = (await ctx.t.session('cus_demo')).token;
    };
  });
  afterEach(() => ctx.t.close());
  return ctx;
}

async function call(t: T, token: string, method: 'GET' | 'POST', path: string, body?: unknown) {
  const response = await t.customer(path, token, {
    method,
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

const get = (t: T, token: string, path: string) => call(t, token, 'GET', path);
const post = (t: T, token: string, path: string, body: unknown) => call(t, token, 'POST', path, body);

async function configure(t: T, change: (c: PortalConfigurationBodyT) => void) {
  const stored = await loadConfiguration(t.db, 'biz_demo');
  const body = structuredClone(stored!.body);
  change(body);
  await saveConfiguration(t.db, 'biz_demo', body, t.clock.now);
}

async function row(t: T, id: string): Promise<Json> {
  const r = await t.db.get<Json>(`SELECT * FROM subscriptions WHERE id = $1`, [id]);
  return { ...r!, version: Number(r!.version), quantity: Number(r!.quantity), cancel_at_period_end: Number(r!.cancel_at_period_end) };
}

async function events(t: T, type?: string): Promise<Json[]> {
  const rows = await t.db.all<{ type: string; payload: string }>(`SELECT type, payload FROM events ORDER BY created_at, id`);
  return rows.filter((r) => !type || r.type === type).map((r) => ({ type: r.type, ...(JSON.parse(r.payload) as Json) }));
}

const count = async (t: T, sql: string, params: (string | number)[] = []) =>
  Number((await t.db.get<{ n: number }>(sql, params))!.n);

describe('GET /v1/subscriptions', () => {
  const c = suite();

  it('needs a session token', async () => {
    const response = await c.t.app.request('/v1/subscriptions');
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error.code, 'unauthenticated');
  });

  it('lists every subscription, newest first, in the contract’s shape', async () => {
    const { status, body } = await get(c.t, c.token, '/v1/subscriptions');
    assert.equal(status, 200);
    assert.equal(body.object, 'list');
    assert.deepEqual(
      body.data.map((s: Json) => s.id),
      ['sub_demo_team', 'sub_demo_scheduled', 'sub_demo_starter', 'sub_demo_addon', 'sub_demo_pro'],
    );
    const pro = body.data.find((s: Json) => s.id === 'sub_demo_pro');
    assert.deepEqual(pro, {
      id: 'sub_demo_pro',
      object: 'subscription',
      status: 'active',
      product: { id: 'prod_pro', name: 'Pro' },
      price: {
        id: 'price_pro_monthly',
        nickname: 'Pro monthly',
        currency: 'usd',
        unit_amount: 2900,
        interval: 'month',
        interval_count: 1,
        tax_behavior: 'exclusive',
      },
      quantity: 1,
      current_period_start: '2026-06-05T12:00:00.000Z',
      current_period_end: '2026-07-05T12:00:00.000Z',
      trial_end: null,
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      cancellation_details: null,
      pause: null,
      payment_method: {
        id: 'pm_demo_visa',
        type: 'card',
        brand: 'visa',
        last4: '4242',
        exp_month: 12,
        exp_year: 2029,
        bank_name: null,
        email: null,
      },
      discount: null,
      outstanding: null,
      restrictions: { update_blocked_reason: null },
      allowed_actions: { cancel: true, undo_cancel: false, pause: true, resume: false, update: true },
      version: 1,
    });
  });

  it('shows each state with only the actions it allows', async () => {
    const { body } = await get(c.t, c.token, '/v1/subscriptions');
    const by = Object.fromEntries(body.data.map((s: Json) => [s.id, s]));

    const team = by.sub_demo_team;
    assert.equal(team.status, 'trialing');
    assert.equal(team.quantity, 5);
    assert.equal(team.trial_end, at(START + 10 * DAY));
    assert.deepEqual(team.allowed_actions, { cancel: true, undo_cancel: false, pause: true, resume: false, update: true });

    const starter = by.sub_demo_starter;
    assert.equal(starter.status, 'on_hold');
    assert.deepEqual(starter.outstanding, { invoice: 'in_demo_0036', amount_due: 900, currency: 'usd' });
    assert.equal(starter.payment_method.brand, 'amex');
    assert.deepEqual(starter.allowed_actions, { cancel: true, undo_cancel: false, pause: false, resume: false, update: false });

    const addon = by.sub_demo_addon;
    assert.equal(addon.status, 'active');
    assert.equal(addon.cancel_at_period_end, true);
    assert.equal(addon.cancel_at, addon.current_period_end);
    assert.equal(addon.cancel_at, at(START - 300 * DAY + 365 * DAY));
    assert.deepEqual(addon.cancellation_details, { reason: null, comment: null });
    assert.equal(addon.payment_method.brand, 'mastercard');
    assert.deepEqual(addon.allowed_actions, { cancel: false, undo_cancel: true, pause: false, resume: false, update: false });

    const scheduled = by.sub_demo_scheduled;
    assert.deepEqual(scheduled.restrictions, { update_blocked_reason: 'schedule' });
    assert.deepEqual(scheduled.allowed_actions, { cancel: true, undo_cancel: false, pause: false, resume: false, update: false });
    for (const s of body.data) assert.equal(s.outstanding === null, s.id !== 'sub_demo_starter');
  });

  it('reads one subscription, and only the customer’s own', async () => {
    const list = await get(c.t, c.token, '/v1/subscriptions');
    const one = await get(c.t, c.token, '/v1/subscriptions/sub_demo_starter');
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, list.body.data.find((s: Json) => s.id === 'sub_demo_starter'));

    const other = (await c.t.session('cus_invoice_only')).token;
    assert.deepEqual((await get(c.t, other, '/v1/subscriptions')).body, { object: 'list', data: [] });
    const foreign = await get(c.t, other, '/v1/subscriptions/sub_demo_pro');
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error.param, 'id');
    const cancel = await post(c.t, other, '/v1/subscriptions/sub_demo_pro/cancel', { version: 1 });
    assert.equal(cancel.status, 404);
    assert.equal((await row(c.t, 'sub_demo_pro')).version, 1);
  });

  it('shows bank debits and wallets by their own details', async () => {
    await c.t.db.run(`UPDATE subscriptions SET payment_method_id = 'pm_io_paypal' WHERE id = 'sub_demo_pro'`);
    await c.t.db.run(`UPDATE subscriptions SET payment_method_id = 'pm_io_sepa' WHERE id = 'sub_demo_team'`);
    const { body } = await get(c.t, c.token, '/v1/subscriptions');
    const by = Object.fromEntries(body.data.map((s: Json) => [s.id, s]));
    assert.deepEqual(by.sub_demo_pro.payment_method, {
      id: 'pm_io_paypal', type: 'paypal', brand: null, last4: null, exp_month: null, exp_year: null, bank_name: null,
      email: 'ines.invoice@example.com',
    });
    assert.deepEqual(by.sub_demo_team.payment_method, {
      id: 'pm_io_sepa', type: 'sepa_debit', brand: null, last4: '3000', exp_month: null, exp_year: null,
      bank_name: 'Deutsche Bank', email: null,
    });
  });
});

describe('GET /v1/plans', () => {
  const c = suite();

  it('lists the configured products with their active prices and quantity limits', async () => {
    const { status, body } = await get(c.t, c.token, '/v1/plans');
    assert.equal(status, 200);
    assert.deepEqual(body.allowed_updates, ['price', 'quantity', 'promotion_code']);
    assert.deepEqual(
      body.data.map((p: Json) => [p.product.id, p.prices.map((x: Json) => x.id), p.adjustable_quantity]),
      [
        ['prod_starter', ['price_starter_monthly', 'price_starter_yearly'], { enabled: false, minimum: 1, maximum: null }],
        [
          'prod_pro',
          ['price_pro_monthly', 'price_pro_yearly', 'price_pro_monthly_eur', 'price_pro_yearly_eur'],
          { enabled: false, minimum: 1, maximum: null },
        ],
        ['prod_team', ['price_team_monthly', 'price_team_yearly'], { enabled: true, minimum: 1, maximum: 50 }],
      ],
    );
    assert.deepEqual(body.data[1].prices[2], {
      id: 'price_pro_monthly_eur', nickname: 'Pro monthly (EUR)', currency: 'eur', unit_amount: 2700, interval: 'month',
      interval_count: 1, tax_behavior: 'inclusive',
    });
  });

  it('leaves out inactive prices and products the configuration drops', async () => {
    await c.t.db.run(`UPDATE prices SET active = 0 WHERE id = 'price_pro_yearly_eur'`);
    await configure(c.t, (cfg) => {
      cfg.features.subscription_update.products = cfg.features.subscription_update.products.filter((p) => p.product !== 'prod_starter');
    });
    const { body } = await get(c.t, c.token, '/v1/plans');
    assert.deepEqual(body.data.map((p: Json) => p.product.id), ['prod_pro', 'prod_team']);
    assert.deepEqual(body.data[0].prices.map((x: Json) => x.id), ['price_pro_monthly', 'price_pro_yearly', 'price_pro_monthly_eur']);
  });
});

describe('cancel and undo', () => {
  const c = suite();

  it('at period end (the default): schedules the cancellation with the reason and comment, and records the event', async () => {
    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', {
      reason: 'too_expensive',
      comment: '  Too pricey for us right now.  ',
      version: 1,
    });
    assert.equal(status, 200);
    assert.equal(body.status, 'active');
    assert.equal(body.cancel_at_period_end, true);
    assert.equal(body.cancel_at, '2026-07-05T12:00:00.000Z');
    assert.equal(body.canceled_at, at(START));
    assert.equal(body.ended_at, null);
    assert.deepEqual(body.cancellation_details, { reason: 'too_expensive', comment: 'Too pricey for us right now.' });
    assert.equal(body.proration_credit, null);
    assert.equal(body.version, 2);
    assert.deepEqual(body.allowed_actions, { cancel: false, undo_cancel: true, pause: false, resume: false, update: false });

    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.cancel_at_period_end, 1);
    assert.equal(stored.status, 'active');
    assert.equal(stored.cancellation_reason, 'too_expensive');
    assert.equal(stored.cancellation_comment, 'Too pricey for us right now.');
    assert.equal(stored.version, 2);

    const [event] = await events(c.t, 'subscription.cancellation_scheduled');
    assert.equal(event!.data.customer, 'cus_demo');
    assert.equal(event!.data.reason, 'too_expensive');
    assert.equal(event!.data.comment, 'Too pricey for us right now.');
    assert.equal(event!.data.cancel_at, '2026-07-05T12:00:00.000Z');
    assert.equal(event!.data.object.id, 'sub_demo_pro');
    assert.equal(event!.data.object.cancel_at_period_end, true);

    const again = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { version: 2 });
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'action_not_allowed');
    assert.match(again.body.error.message, /already set to cancel on 5 Jul 2026/);
  });

  it('undoes a pending cancellation, once', async () => {
    const undo = await post(c.t, c.token, '/v1/subscriptions/sub_demo_addon/undo-cancel', { version: 1 });
    assert.equal(undo.status, 200);
    assert.equal(undo.body.cancel_at_period_end, false);
    assert.equal(undo.body.cancel_at, null);
    assert.equal(undo.body.cancellation_details, null);
    assert.equal(undo.body.version, 2);
    assert.equal(undo.body.allowed_actions.cancel, true);
    const stored = await row(c.t, 'sub_demo_addon');
    assert.equal(stored.cancel_at_period_end, 0);
    assert.equal(stored.canceled_at, null);
    assert.equal((await events(c.t, 'subscription.cancellation_undone'))[0]!.data.object.id, 'sub_demo_addon');

    const twice = await post(c.t, c.token, '/v1/subscriptions/sub_demo_addon/undo-cancel', { version: 2 });
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.code, 'action_not_allowed');
    assert.match(twice.body.error.message, /No cancellation is pending/);
    const none = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/undo-cancel', { version: 1 });
    assert.equal(none.body.error.code, 'action_not_allowed');
  });

  it('takes only a configured reason, a comment of at most 500 characters, and no reason when reasons are off', async () => {
    await configure(c.t, (cfg) => (cfg.features.subscription_cancel.cancellation_reason.options = ['too_expensive', 'other']));
    const unlisted = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { reason: 'unused', version: 1 });
    assert.equal(unlisted.status, 400);
    assert.equal(unlisted.body.error.param, 'reason');
    assert.match(unlisted.body.error.message, /too_expensive, other/);
    const unknown = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { reason: 'bored', version: 1 });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.param, 'reason');
    const long = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { comment: 'x'.repeat(501), version: 1 });
    assert.equal(long.status, 400);
    assert.equal(long.body.error.param, 'comment');
    const noVersion = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { reason: 'other' });
    assert.equal(noVersion.status, 400);
    assert.equal(noVersion.body.error.param, 'version');
    const extra = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { version: 1, now: true });
    assert.equal(extra.status, 400);

    await configure(c.t, (cfg) => (cfg.features.subscription_cancel.cancellation_reason.enabled = false));
    const off = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { reason: 'other', version: 1 });
    assert.equal(off.status, 400);
    assert.equal(off.body.error.param, 'reason');
    assert.equal((await row(c.t, 'sub_demo_pro')).version, 1);

    const ok = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { comment: 'x'.repeat(500), version: 1 });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body.cancellation_details, { reason: null, comment: 'x'.repeat(500) });
  });

  it('immediately with prorations: ends now, credits the unused 20 of 30 days, and nothing is possible after', async () => {
    await configure(c.t, (cfg) => {
      cfg.features.subscription_cancel.mode = 'immediately';
      cfg.features.subscription_cancel.proration_behavior = 'create_prorations';
    });
    const options = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel-options');
    assert.equal(options.body.mode, 'immediately');
    assert.equal(options.body.effective_at, at(START));
    assert.equal(options.body.refund.amount, 1933);

    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', {
      reason: 'switched_service',
      comment: 'Moved to another tool',
      version: 1,
    });
    assert.equal(status, 200);
    assert.equal(body.status, 'canceled');
    assert.equal(body.ended_at, at(START));
    assert.equal(body.canceled_at, at(START));
    assert.equal(body.cancel_at_period_end, false);
    assert.deepEqual(body.proration_credit, {
      amount: 1933, // round(2900 × 20/30)
      currency: 'usd',
      description: 'Credit for unused time on Pro monthly after 15 Jun 2026',
    });
    assert.deepEqual(body.restrictions, { update_blocked_reason: 'canceled' });
    assert.deepEqual(body.allowed_actions, { cancel: false, undo_cancel: false, pause: false, resume: false, update: false });
    const list = await get(c.t, c.token, '/v1/subscriptions');
    const { proration_credit: _credit, ...subscription } = body;
    assert.deepEqual(list.body.data.find((s: Json) => s.id === 'sub_demo_pro'), subscription); // canceled ones are listed

    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.status, 'canceled');
    assert.equal(Number(stored.ended_at), START);
    const credit = await c.t.db.get<Json>(`SELECT kind, amount FROM subscription_adjustments WHERE subscription_id = 'sub_demo_pro'`);
    assert.deepEqual({ kind: credit!.kind, amount: Number(credit!.amount) }, { kind: 'cancellation_credit', amount: -1933 });

    const [event] = await events(c.t, 'subscription.canceled');
    assert.equal(event!.data.reason, 'switched_service');
    assert.equal(event!.data.comment, 'Moved to another tool');
    assert.equal(event!.data.proration_credit.amount, 1933);
    assert.equal(event!.data.object.status, 'canceled');

    for (const [path, extra] of [
      ['cancel', {}],
      ['undo-cancel', {}],
      ['pause', {}],
      ['resume', {}],
      ['accept-offer', { reason: 'too_expensive' }],
    ] as const) {
      const refused = await post(c.t, c.token, `/v1/subscriptions/sub_demo_pro/${path}`, { ...extra, version: 2 });
      assert.equal(refused.status, 400, path);
      assert.equal(refused.body.error.code, 'action_not_allowed', path);
    }
    const update = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_yearly' });
    assert.equal(update.body.error.code, 'subscription_update_blocked');
    assert.match(update.body.error.message, /canceled/);
    assert.equal((await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel-options')).body.error.code, 'action_not_allowed');
  });

  it('immediately without prorations: no credit; a trial is never credited', async () => {
    await configure(c.t, (cfg) => (cfg.features.subscription_cancel.mode = 'immediately'));
    const pro = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { version: 1 });
    assert.equal(pro.body.status, 'canceled');
    assert.equal(pro.body.proration_credit, null);
    await configure(c.t, (cfg) => (cfg.features.subscription_cancel.proration_behavior = 'create_prorations'));
    const team = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/cancel', { version: 1 });
    assert.equal(team.body.status, 'canceled');
    assert.equal(team.body.proration_credit, null);
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM subscription_adjustments`), 0);
    // Mode immediately also ends a subscription whose cancellation was pending.
    const addon = await post(c.t, c.token, '/v1/subscriptions/sub_demo_addon/cancel', { version: 1 });
    assert.equal(addon.body.status, 'canceled');
  });

  it('is refused when the configuration switches cancelling off', async () => {
    await configure(c.t, (cfg) => (cfg.features.subscription_cancel.enabled = false));
    const { body } = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro');
    assert.equal(body.allowed_actions.cancel, false);
    const refused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { version: 1 });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'action_not_allowed');
    assert.match(refused.body.error.message, /switched off/);
    assert.equal((await row(c.t, 'sub_demo_pro')).cancel_at_period_end, 0);
  });

  it('lets an on_hold subscription be canceled, and ends a scheduled cancellation when the period is over', async () => {
    const onHold = await post(c.t, c.token, '/v1/subscriptions/sub_demo_starter/cancel', { reason: 'unused', version: 1 });
    assert.equal(onHold.status, 200);
    assert.equal(onHold.body.cancel_at_period_end, true);

    await c.setClock(START + 65 * DAY); // the add-on's period end
    const { body } = await get(c.t, c.token, '/v1/subscriptions/sub_demo_addon');
    assert.equal(body.status, 'canceled');
    assert.equal(body.ended_at, at(START + 65 * DAY));
    assert.equal(body.cancel_at_period_end, false);
    assert.equal(body.version, 2);
    const [event] = await events(c.t, 'subscription.canceled');
    assert.equal(event!.data.object.id, 'sub_demo_addon');
    assert.equal(event!.data.automatic, true);
    // Settled once: reading again changes nothing.
    assert.equal((await get(c.t, c.token, '/v1/subscriptions')).body.data.find((s: Json) => s.id === 'sub_demo_addon').version, 2);
    assert.equal((await events(c.t, 'subscription.canceled')).length, 2); // the add-on and the on_hold Starter (period ended 07-13)
  });
});

describe('version conflicts', () => {
  const c = suite();

  it('refuses a stale version with 409 and the current state, and stores nothing', async () => {
    const first = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/pause', { version: 1 });
    assert.equal(first.body.version, 2);
    const eventsBefore = (await events(c.t)).length;

    const stale = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { reason: 'other', version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.type, 'conflict_error');
    assert.equal(stale.body.error.code, 'subscription_version_conflict');
    assert.equal(stale.body.error.param, 'version');
    assert.deepEqual(stale.body.subscription, (await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro')).body);
    assert.equal(stale.body.subscription.status, 'paused');
    assert.equal(stale.body.subscription.version, 2);

    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.version, 2);
    assert.equal(stored.cancel_at_period_end, 0);
    assert.equal(stored.cancellation_reason, null);
    assert.equal((await events(c.t)).length, eventsBefore);

    for (const [path, body] of [
      ['resume', { version: 1 }],
      ['undo-cancel', { version: 1 }],
      ['update', { price: 'price_pro_yearly', version: 1 }],
      ['accept-offer', { reason: 'too_expensive', version: 1 }],
      ['pause', { version: 3 }],
    ] as const) {
      const response = await post(c.t, c.token, `/v1/subscriptions/sub_demo_pro/${path}`, body);
      assert.equal(response.status, 409, path);
      assert.equal(response.body.subscription.version, 2, path);
    }
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM invoices WHERE customer_id = 'cus_demo'`), 36);
    assert.equal((await row(c.t, 'sub_demo_pro')).version, 2);
  });

  it('lets exactly one of two concurrent changes made from the same version through', async () => {
    const [a, b] = await Promise.all([
      post(c.t, c.token, '/v1/subscriptions/sub_demo_team/update', { quantity: 8, version: 1 }),
      post(c.t, c.token, '/v1/subscriptions/sub_demo_team/cancel', { version: 1 }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    assert.equal((await row(c.t, 'sub_demo_team')).version, 2);
  });
});

describe('pause and resume', () => {
  const c = suite();

  it('pauses until resumed, and resumes', async () => {
    const paused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/pause', { version: 1 });
    assert.equal(paused.status, 200);
    assert.equal(paused.body.status, 'paused');
    assert.deepEqual(paused.body.pause, { paused_at: at(START), resumes_at: null });
    assert.deepEqual(paused.body.allowed_actions, { cancel: true, undo_cancel: false, pause: false, resume: true, update: false });
    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.status, 'paused');
    assert.equal(Number(stored.paused_at), START);
    assert.equal(stored.pause_resumes_at, null);
    assert.equal((await events(c.t, 'subscription.paused'))[0]!.data.resumes_at, null);

    await c.setClock(c.t.clock.now + 3 * DAY);
    const resumed = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/resume', { version: 2 });
    assert.equal(resumed.status, 200);
    assert.equal(resumed.body.status, 'active');
    assert.equal(resumed.body.pause, null);
    assert.equal(resumed.body.version, 3);
    assert.equal((await row(c.t, 'sub_demo_pro')).paused_at, null);
    assert.equal((await events(c.t, 'subscription.resumed'))[0]!.data.object.status, 'active');

    const notPaused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/resume', { version: 3 });
    assert.equal(notPaused.status, 400);
    assert.equal(notPaused.body.error.code, 'action_not_allowed');
    assert.match(notPaused.body.error.message, /not paused/);
  });

  it('resumes by itself on the date asked for, and a trial resumes as a trial', async () => {
    const resumesAt = at(START + 7 * DAY);
    const paused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/pause', { resumes_at: resumesAt, version: 1 });
    assert.equal(paused.body.status, 'paused');
    assert.deepEqual(paused.body.pause, { paused_at: at(START), resumes_at: resumesAt });

    await c.setClock(START + 7 * DAY - 1000);
    assert.equal((await get(c.t, c.token, '/v1/subscriptions/sub_demo_team')).body.status, 'paused');
    await c.setClock(START + 7 * DAY);
    const { body } = await get(c.t, c.token, '/v1/subscriptions/sub_demo_team');
    assert.equal(body.status, 'trialing');
    assert.equal(body.pause, null);
    assert.equal(body.version, 3);
    const [event] = await events(c.t, 'subscription.resumed');
    assert.equal(event!.data.automatic, true);
    assert.equal(event!.data.object.id, 'sub_demo_team');
  });

  it('validates resumes_at', async () => {
    for (const [value, pattern] of [
      [at(START - 1000), /future/],
      [at(START), /future/],
      [at(START + 400 * DAY), /12 months/],
      ['next tuesday', /resumes_at/],
    ] as const) {
      const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/pause', { resumes_at: value, version: 1 });
      assert.equal(status, 400, value);
      assert.equal(body.error.param, 'resumes_at', value);
      assert.match(body.error.message, pattern);
    }
    assert.equal((await row(c.t, 'sub_demo_pro')).status, 'active');
  });

  it('pauses only active or trialing subscriptions that are not bound to a schedule or cancelling', async () => {
    const cases: [string, RegExp][] = [
      ['sub_demo_starter', /on hold/],
      ['sub_demo_scheduled', /schedule/],
      ['sub_demo_addon', /set to cancel/],
    ];
    for (const [id, pattern] of cases) {
      const { status, body } = await post(c.t, c.token, `/v1/subscriptions/${id}/pause`, { version: 1 });
      assert.equal(status, 400, id);
      assert.equal(body.error.code, 'action_not_allowed', id);
      assert.match(body.error.message, pattern, id);
      assert.equal((await row(c.t, id)).version, 1);
    }
  });

  it('is refused, and not offered, when the configuration switches pausing off (a paused one can still resume)', async () => {
    await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/pause', { version: 1 });
    await configure(c.t, (cfg) => (cfg.features.subscription_pause.enabled = false));
    const team = await get(c.t, c.token, '/v1/subscriptions/sub_demo_team');
    assert.equal(team.body.allowed_actions.resume, true);
    assert.equal((await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/resume', { version: 2 })).body.status, 'trialing');
    const { body } = await get(c.t, c.token, '/v1/subscriptions');
    assert.ok(body.data.every((s: Json) => s.allowed_actions.pause === false));
    const refused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/pause', { version: 1 });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'action_not_allowed');
    assert.match(refused.body.error.message, /switched off/);
    assert.equal((await row(c.t, 'sub_demo_pro')).status, 'active');
  });
});

describe('plan and quantity changes', () => {
  const c = suite();

  /** Team as if its trial had converted: active, 10 of its 30 days used. */
  const activeTeam = () =>
    c.t.db.run(
      `UPDATE subscriptions SET status = 'active', trial_end = NULL, current_period_start = $1, current_period_end = $2 WHERE id = 'sub_demo_team'`,
      [START - 10 * DAY, START + 20 * DAY],
    );

  it('Team 5 → 8 seats mid-period: credit for 5 seats, charge for 8, by the 20 of 30 days left, on the next invoice', async () => {
    await activeTeam();
    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 8 });
    assert.equal(preview.status, 200);
    assert.deepEqual(preview.body, {
      object: 'subscription_update_preview',
      subscription: 'sub_demo_team',
      price: {
        id: 'price_team_monthly', nickname: 'Team monthly, per seat', currency: 'usd', unit_amount: 1500, interval: 'month',
        interval_count: 1, tax_behavior: 'exclusive',
      },
      quantity: 8,
      currency: 'usd',
      proration_date: at(START),
      proration_lines: [
        {
          kind: 'unused_time',
          description: 'Unused time on 5 × Team monthly, per seat after 15 Jun 2026',
          amount: -5000, // 5 × 1500 × 20/30
          price: 'price_team_monthly',
          quantity: 5,
          period_start: at(START),
          period_end: at(START + 20 * DAY),
        },
        {
          kind: 'remaining_time',
          description: 'Remaining time on 8 × Team monthly, per seat after 15 Jun 2026',
          amount: 8000, // 8 × 1500 × 20/30
          price: 'price_team_monthly',
          quantity: 8,
          period_start: at(START),
          period_end: at(START + 20 * DAY),
        },
      ],
      amount_due_now: 0, // create_prorations: on the next invoice
      next_invoice: { amount: 15_000, date: at(START + 20 * DAY) }, // 8 × 1500 + 3000
      ends_trial: false,
      new_period: null,
      discount: null,
    });

    // Five days later (15 of 30 days left) the same change costs less.
    await c.setClock(START + 5 * DAY);
    const later = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 8 });
    assert.deepEqual(later.body.proration_lines.map((l: Json) => l.amount), [-3750, 6000]);
    assert.equal(later.body.next_invoice.amount, 14_250);

    const updated = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/update', {
      quantity: 8,
      proration_date: later.body.proration_date,
      version: 1,
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.quantity, 8);
    assert.equal(updated.body.invoice, null);
    assert.equal(updated.body.version, 2);
    assert.equal(updated.body.current_period_end, at(START + 20 * DAY));
    const lines = await c.t.db.all<Json>(
      `SELECT kind, amount, invoice_id FROM subscription_adjustments WHERE subscription_id = 'sub_demo_team' ORDER BY amount`,
    );
    assert.deepEqual(lines.map((l) => [l.kind, Number(l.amount), l.invoice_id]), [
      ['unused_time', -3750, null],
      ['remaining_time', 6000, null],
    ]);
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM invoices WHERE customer_id = 'cus_demo'`), 36);
    const [event] = await events(c.t, 'subscription.updated');
    assert.deepEqual(event!.data.previous, { price: 'price_team_monthly', quantity: 5, status: 'active' });
    assert.equal(event!.data.object.quantity, 8);

    // The pending prorations stay on the next invoice of any later preview.
    const next = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 10 });
    assert.equal(next.body.next_invoice.amount, 15_000 + 2250 + (-6000 + 7500)); // 10 seats + pending + new prorations
  });

  it('with always_invoice: charges the prorations now, invoices and records the charge; a downgrade credits the next invoice', async () => {
    await activeTeam();
    await configure(c.t, (cfg) => (cfg.features.subscription_update.proration_behavior = 'always_invoice'));
    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 8 });
    assert.equal(preview.body.amount_due_now, 3000);
    assert.deepEqual(preview.body.next_invoice, { amount: 12_000, date: at(START + 20 * DAY) });

    const { body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/update', { quantity: 8, version: 1 });
    assert.deepEqual(body.invoice, { id: body.invoice.id, number: 'DEMO-0037', total: 3000, currency: 'usd', status: 'paid' });
    const invoice = await c.t.db.get<Json>(`SELECT * FROM invoices WHERE id = $1`, [body.invoice.id]);
    assert.equal(invoice!.status, 'paid');
    assert.equal(Number(invoice!.total), 3000);
    assert.equal(Number(invoice!.amount_paid), 3000);
    assert.equal(Number(invoice!.amount_due), 0);
    assert.equal(invoice!.subscription_id, 'sub_demo_team');
    assert.equal(Number(invoice!.seq), 37);
    const charge = await c.t.db.get<Json>(`SELECT * FROM charges WHERE invoice_id = $1`, [body.invoice.id]);
    assert.equal(charge!.status, 'succeeded');
    assert.equal(Number(charge!.amount), 3000);
    assert.equal(charge!.payment_method_id, 'pm_demo_visa');
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM subscription_adjustments WHERE invoice_id = $1`, [body.invoice.id]), 2);
    assert.equal((await events(c.t, 'invoice.paid'))[0]!.data.object.id, body.invoice.id);
    // The new invoice heads the customer's invoice list.
    const list = await get(c.t, c.token, '/v1/invoices?limit=1');
    assert.equal(list.body.data[0].number, 'DEMO-0037');

    // Down to 3 seats: −8 × 1500 × 2/3 + 3 × 1500 × 2/3 = −5000: nothing due, the credit waits for the next invoice.
    const down = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 3 });
    assert.equal(down.body.amount_due_now, 0);
    assert.deepEqual(down.body.proration_lines.map((l: Json) => l.amount), [-8000, 3000]);
    assert.equal(down.body.next_invoice.amount, 0); // 3 × 1500 − 5000, never below zero
    const applied = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/update', { quantity: 3, version: 2 });
    assert.equal(applied.body.invoice, null);
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM invoices WHERE customer_id = 'cus_demo'`), 37);
  });

  it('with proration_behavior none: no prorations, the next invoice at the new price', async () => {
    await activeTeam();
    await configure(c.t, (cfg) => (cfg.features.subscription_update.proration_behavior = 'none'));
    const { body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 8 });
    assert.deepEqual(body.proration_lines, []);
    assert.equal(body.amount_due_now, 0);
    assert.deepEqual(body.next_invoice, { amount: 12_000, date: at(START + 20 * DAY) });
  });

  it('monthly → yearly: a new period starts now, charged in full less the unused month', async () => {
    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_yearly' });
    assert.equal(preview.status, 200);
    assert.deepEqual(
      preview.body.proration_lines.map((l: Json) => [l.kind, l.amount, l.description]),
      [
        ['unused_time', -1933, 'Unused time on Pro monthly after 15 Jun 2026'],
        ['new_period', 29_000, 'Pro yearly (15 Jun 2026 – 15 Jun 2027)'],
      ],
    );
    assert.equal(preview.body.amount_due_now, 27_067);
    assert.deepEqual(preview.body.new_period, { start: at(START), end: '2027-06-15T12:00:00.000Z' });
    assert.deepEqual(preview.body.next_invoice, { amount: 29_000, date: '2027-06-15T12:00:00.000Z' });
    assert.equal(preview.body.ends_trial, false);

    await c.setClock(c.t.clock.now + 60_000); // confirmed a minute later: charged exactly as previewed
    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/update', {
      price: 'price_pro_yearly',
      proration_date: preview.body.proration_date,
      version: 1,
    });
    assert.equal(status, 200);
    assert.equal(body.price.id, 'price_pro_yearly');
    assert.equal(body.status, 'active');
    assert.equal(body.current_period_start, at(START + 60_000));
    assert.equal(body.current_period_end, '2027-06-15T12:01:00.000Z');
    assert.equal(body.invoice.total, 27_067);
    assert.equal(body.invoice.number, 'DEMO-0037');
    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.price_id, 'price_pro_yearly');
    assert.equal(Number(stored.current_period_start), START + 60_000);
    assert.equal(Number((await c.t.db.get<Json>(`SELECT amount FROM charges WHERE invoice_id = $1`, [body.invoice.id]))!.amount), 27_067);

    const old = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_monthly' });
    assert.equal(old.body.new_period.end, '2026-07-15T12:01:00.000Z');
    const stale = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/update', {
      price: 'price_pro_monthly',
      proration_date: at(START - 2 * 3_600_000),
      version: 2,
    });
    assert.equal(stale.status, 400);
    assert.equal(stale.body.error.param, 'proration_date');
  });

  it('a change to a trialing subscription ends the trial and charges the new period: Team 5 → 8', async () => {
    await c.setClock(START + 2 * DAY);
    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 8 });
    assert.equal(preview.body.ends_trial, true);
    assert.deepEqual(preview.body.proration_lines.map((l: Json) => [l.kind, l.amount]), [['new_period', 12_000]]);
    assert.equal(preview.body.amount_due_now, 12_000);
    assert.deepEqual(preview.body.new_period, { start: at(START + 2 * DAY), end: '2026-07-17T12:00:00.000Z' });
    assert.deepEqual(preview.body.next_invoice, { amount: 12_000, date: '2026-07-17T12:00:00.000Z' });

    const { body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/update', { quantity: 8, version: 1 });
    assert.equal(body.status, 'active');
    assert.equal(body.trial_end, at(START + 2 * DAY));
    assert.equal(body.quantity, 8);
    assert.equal(body.current_period_start, at(START + 2 * DAY));
    assert.equal(body.invoice.total, 12_000);
    const stored = await row(c.t, 'sub_demo_team');
    assert.equal(stored.status, 'active');
    assert.equal(Number(stored.trial_end), START + 2 * DAY);
    const [event] = await events(c.t, 'subscription.updated');
    assert.equal(event!.data.ended_trial, true);
    assert.equal(event!.data.previous.status, 'trialing');
  });

  it('with trial_update_behavior continue_trial: the trial goes on and nothing is charged', async () => {
    await configure(c.t, (cfg) => (cfg.features.subscription_update.trial_update_behavior = 'continue_trial'));
    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 8 });
    assert.equal(preview.body.ends_trial, false);
    assert.deepEqual(preview.body.proration_lines, []);
    assert.equal(preview.body.amount_due_now, 0);
    assert.deepEqual(preview.body.next_invoice, { amount: 12_000, date: at(START + 10 * DAY) });
    const { body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/update', { quantity: 8, version: 1 });
    assert.equal(body.status, 'trialing');
    assert.equal(body.trial_end, at(START + 10 * DAY));
    assert.equal(body.invoice, null);
  });

  it('switching Team to a product sold one at a time sets the quantity to 1', async () => {
    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { price: 'price_pro_monthly' });
    assert.equal(preview.body.quantity, 1);
    assert.equal(preview.body.amount_due_now, 2900);
    const refused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { price: 'price_pro_monthly', quantity: 5 });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'quantity_not_adjustable');
    assert.equal(refused.body.error.param, 'quantity');
  });

  it('refuses a price with another tax behaviour (USD Pro → EUR Pro)', async () => {
    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_monthly_eur' });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'tax_behavior_mismatch');
    assert.equal(body.error.param, 'price');
    assert.match(body.error.message, /tax inclusive.*tax exclusive/);
    const update = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/update', { price: 'price_pro_monthly_eur', version: 1 });
    assert.equal(update.body.error.code, 'tax_behavior_mismatch');
    assert.equal((await row(c.t, 'sub_demo_pro')).price_id, 'price_pro_monthly');
  });

  it('refuses prices outside the configuration and quantities outside the limits', async () => {
    const cases: [string, Json, string, string][] = [
      ['sub_demo_pro', { price: 'price_nope' }, 'price_not_allowed', 'price'],
      ['sub_demo_team', { quantity: 51 }, 'quantity_out_of_range', 'quantity'],
      ['sub_demo_team', { quantity: 0 }, 'parameter_invalid', 'quantity'],
      ['sub_demo_team', { quantity: 2.5 }, 'parameter_invalid', 'quantity'],
      ['sub_demo_pro', { quantity: 2 }, 'quantity_not_adjustable', 'quantity'],
      ['sub_demo_pro', {}, 'parameter_invalid', 'quantity'],
      ['sub_demo_pro', { price: 'price_pro_monthly' }, 'parameter_invalid', 'price'],
      ['sub_demo_pro', { promotion_code: 'NOPE' }, 'promotion_code_invalid', 'promotion_code'],
    ];
    for (const [id, request, code, param] of cases) {
      const { status, body } = await post(c.t, c.token, `/v1/subscriptions/${id}/preview-update`, request);
      assert.equal(status, 400, JSON.stringify(request));
      assert.equal(body.error.code, code, JSON.stringify(request));
      assert.equal(body.error.param, param, JSON.stringify(request));
    }
    const range = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 51 });
    assert.match(range.body.error.message, /between 1 and 50/);

    await configure(c.t, (cfg) => {
      const team = cfg.features.subscription_update.products.find((p) => p.product === 'prod_team')!;
      team.prices = ['price_team_monthly'];
      team.adjustable_quantity = { enabled: true, minimum: 3, maximum: 10 };
    });
    const dropped = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { price: 'price_team_yearly' });
    assert.equal(dropped.body.error.code, 'price_not_allowed');
    const min = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 2 });
    assert.equal(min.body.error.code, 'quantity_out_of_range');
    assert.match(min.body.error.message, /between 3 and 10/);
  });

  it('follows default_allowed_updates and switches off entirely with the feature', async () => {
    await configure(c.t, (cfg) => (cfg.features.subscription_update.default_allowed_updates = ['price']));
    const quantity = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { quantity: 8 });
    assert.equal(quantity.body.error.code, 'update_not_allowed');
    assert.equal(quantity.body.error.param, 'quantity');
    const promo = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { promotion_code: 'SAVE10' });
    assert.equal(promo.body.error.code, 'update_not_allowed');
    assert.equal(promo.body.error.param, 'promotion_code');

    await configure(c.t, (cfg) => (cfg.features.subscription_update.enabled = false));
    const { body } = await get(c.t, c.token, '/v1/subscriptions');
    assert.ok(body.data.every((s: Json) => s.allowed_actions.update === false));
    const off = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_yearly' });
    assert.equal(off.body.error.code, 'action_not_allowed');
    assert.match(off.body.error.message, /switched off/);
  });

  it('applies a promotion code: the discount from the next invoice on', async () => {
    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { promotion_code: 'save10' });
    assert.equal(preview.status, 200);
    assert.deepEqual(preview.body.proration_lines, []);
    assert.equal(preview.body.amount_due_now, 0);
    assert.deepEqual(preview.body.next_invoice, { amount: 2610, date: '2026-07-05T12:00:00.000Z' });
    assert.deepEqual(preview.body.discount, {
      coupon: { id: 'save10', name: '10% off', percent_off: 10, amount_off: null, currency: null },
      ends_at: null,
      promotion_code: 'SAVE10',
      amount_off_now: 0,
      amount_off_next_invoice: 290,
    });
    const { body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/update', { promotion_code: 'save10', version: 1 });
    assert.deepEqual(body.discount, { coupon: preview.body.discount.coupon, ends_at: null });
    assert.equal((await row(c.t, 'sub_demo_pro')).coupon_id, 'save10');

    // With the discount in force, a yearly switch is discounted now too: (29000 − 1933) × 90 %.
    const yearly = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_yearly' });
    assert.equal(yearly.body.amount_due_now, 27_067 - 2707);
    assert.equal(yearly.body.discount.amount_off_now, 2707);

    await c.t.db.run(`UPDATE promotion_codes SET active = 0 WHERE code = 'SAVE10'`);
    const inactive = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/preview-update', { promotion_code: 'SAVE10' });
    assert.equal(inactive.body.error.code, 'promotion_code_invalid');
  });

  it('a subscription on a schedule or with several items can only be canceled', async () => {
    const scheduled = await post(c.t, c.token, '/v1/subscriptions/sub_demo_scheduled/preview-update', { price: 'price_pro_monthly' });
    assert.equal(scheduled.status, 400);
    assert.equal(scheduled.body.error.code, 'subscription_update_blocked');
    assert.match(scheduled.body.error.message, /schedule.*only be canceled/);
    const update = await post(c.t, c.token, '/v1/subscriptions/sub_demo_scheduled/update', { price: 'price_pro_monthly', version: 1 });
    assert.equal(update.body.error.code, 'subscription_update_blocked');
    const pause = await post(c.t, c.token, '/v1/subscriptions/sub_demo_scheduled/pause', { version: 1 });
    assert.equal(pause.body.error.code, 'action_not_allowed');
    const options = await get(c.t, c.token, '/v1/subscriptions/sub_demo_scheduled/cancel-options');
    assert.deepEqual(options.body.offers, []);
    const cancel = await post(c.t, c.token, '/v1/subscriptions/sub_demo_scheduled/cancel', { reason: 'too_expensive', version: 1 });
    assert.equal(cancel.status, 200);
    assert.equal(cancel.body.cancel_at_period_end, true);

    await c.t.db.run(`UPDATE subscriptions SET item_count = 2 WHERE id = 'sub_demo_pro'`);
    const pro = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro');
    assert.deepEqual(pro.body.restrictions, { update_blocked_reason: 'multiple_items' });
    assert.equal(pro.body.allowed_actions.update, false);
    const items = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_yearly' });
    assert.equal(items.body.error.code, 'subscription_update_blocked');
    assert.match(items.body.error.message, /several items/);
  });

  it('refuses changes while on hold or while a cancellation is pending', async () => {
    const onHold = await post(c.t, c.token, '/v1/subscriptions/sub_demo_starter/preview-update', { price: 'price_starter_yearly' });
    assert.equal(onHold.body.error.code, 'action_not_allowed');
    assert.match(onHold.body.error.message, /on hold/);
    const pending = await post(c.t, c.token, '/v1/subscriptions/sub_demo_addon/preview-update', { price: 'price_starter_monthly' });
    assert.equal(pending.body.error.code, 'action_not_allowed');
    assert.match(pending.body.error.message, /undo the cancellation/);
  });

  it('a declined payment changes nothing and records the failed charge', async () => {
    await c.t.db.run(`UPDATE subscriptions SET payment_method_id = 'pm_demo_expired' WHERE id = 'sub_demo_pro'`);
    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/update', { price: 'price_pro_yearly', version: 1 });
    assert.equal(status, 402);
    assert.equal(body.error.code, 'card_declined');
    assert.match(body.error.message, /\$270\.67/);
    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.price_id, 'price_pro_monthly');
    assert.equal(stored.version, 1);
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM invoices WHERE customer_id = 'cus_demo'`), 36);
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM subscription_adjustments`), 0);
    const failed = await c.t.db.get<Json>(`SELECT * FROM charges WHERE status = 'failed' AND payment_method_id = 'pm_demo_expired'`);
    assert.equal(Number(failed!.amount), 27_067);
    assert.equal(failed!.failure_code, 'expired_card');
    assert.equal((await events(c.t, 'subscription.updated')).length, 0);
  });

  it('charges the default method when the subscription has none, and refuses when there is no method at all', async () => {
    await c.t.db.run(`UPDATE subscriptions SET payment_method_id = NULL WHERE id = 'sub_demo_pro'`);
    const charged = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/update', { price: 'price_pro_yearly', version: 1 });
    assert.equal(charged.status, 200);
    const charge = await c.t.db.get<Json>(`SELECT payment_method_id FROM charges WHERE invoice_id = $1`, [charged.body.invoice.id]);
    assert.equal(charge!.payment_method_id, 'pm_demo_visa');

    await c.t.db.run(`UPDATE subscriptions SET payment_method_id = NULL WHERE id = 'sub_demo_team'`);
    await c.t.db.run(`UPDATE payment_methods SET detached_at = $1 WHERE customer_id = 'cus_demo'`, [START]);
    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_team/update', { quantity: 6, version: 1 });
    assert.equal(status, 402);
    assert.equal(body.error.code, 'payment_method_missing');
    assert.equal((await row(c.t, 'sub_demo_team')).quantity, 5);
  });

  it('a usage-based price can only be canceled', async () => {
    await c.t.db.run(`UPDATE prices SET usage_type = 'metered' WHERE id = 'price_pro_monthly'`);
    const { body } = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro');
    assert.deepEqual(body.restrictions, { update_blocked_reason: 'usage_based' });
    assert.deepEqual(body.allowed_actions, { cancel: true, undo_cancel: false, pause: false, resume: false, update: false });
    const refused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_yearly' });
    assert.equal(refused.body.error.code, 'subscription_update_blocked');
  });
});

describe('retention offers', () => {
  const c = suite();

  it('cancel-options: the configured reasons, each offer with its exact saving, when it ends', async () => {
    const { status, body } = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel-options');
    assert.equal(status, 200);
    assert.deepEqual(body.reasons, [
      'customer_service', 'low_quality', 'missing_features', 'other', 'switched_service', 'too_complex', 'too_expensive', 'unused',
    ]);
    assert.equal(body.mode, 'at_period_end');
    assert.equal(body.effective_at, '2026-07-05T12:00:00.000Z');
    assert.equal(body.refund, null);
    assert.equal(body.comment_max_length, 500);
    assert.deepEqual(body.offers, [
      {
        reason: 'too_expensive',
        offer: {
          type: 'coupon',
          coupon: {
            id: 'retention_25', name: '25% off for 3 months', percent_off: 25, amount_off: null, currency: null,
            duration: 'repeating', duration_in_months: 3,
          },
          ends_at: '2026-09-15T12:00:00.000Z',
          // 725 off each of the invoices of 5 Jul, 5 Aug and 5 Sep
          saving: { amount: 2175, currency: 'usd', description: '25% off for 3 months: save $21.75 over your next 3 invoices' },
        },
      },
      {
        reason: 'unused',
        offer: {
          type: 'pause',
          months: 3,
          resumes_at: '2026-09-15T12:00:00.000Z',
          saving: { amount: 8700, currency: 'usd', description: 'Pause for 3 months instead: no payments until 15 Sep 2026, saving $87.00' },
        },
      },
      {
        reason: 'missing_features',
        offer: {
          type: 'switch_price',
          price: {
            id: 'price_starter_monthly', nickname: 'Starter monthly', currency: 'usd', unit_amount: 900, interval: 'month',
            interval_count: 1, tax_behavior: 'exclusive',
          },
          quantity: 1,
          saving: { amount: 2000, currency: 'usd', description: 'Switch to Starter monthly: $20.00 less every month' },
        },
      },
    ]);
  });

  it('accepting the coupon discounts the next invoices and records both events; it is not offered twice', async () => {
    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/accept-offer', { reason: 'too_expensive', version: 1 });
    assert.equal(status, 200);
    assert.deepEqual(body.discount, {
      coupon: { id: 'retention_25', name: '25% off for 3 months', percent_off: 25, amount_off: null, currency: null },
      ends_at: '2026-09-15T12:00:00.000Z',
    });
    assert.equal(body.accepted_offer.reason, 'too_expensive');
    assert.equal(body.accepted_offer.offer.saving.amount, 2175);
    assert.equal(body.version, 2);
    assert.equal(body.status, 'active');
    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.coupon_id, 'retention_25');
    assert.equal(Number(stored.coupon_ends_at), Date.parse('2026-09-15T12:00:00.000Z'));
    const [accepted] = await events(c.t, 'subscription.retention_offer_accepted');
    assert.equal(accepted!.data.reason, 'too_expensive');
    assert.equal(accepted!.data.offer.type, 'coupon');
    assert.equal(accepted!.data.cleared_cancellation, false);
    assert.equal((await events(c.t, 'subscription.updated')).length, 1);

    const preview = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/preview-update', { price: 'price_pro_yearly' });
    assert.equal(preview.body.discount.coupon.id, 'retention_25');
    assert.equal(preview.body.amount_due_now, 27_067 - 6767); // 25 % off now
    assert.equal(preview.body.next_invoice.amount, 29_000); // the coupon has ended by June 2027

    const options = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel-options');
    assert.deepEqual(options.body.offers.map((o: Json) => o.reason), ['unused', 'missing_features']);
    const again = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/accept-offer', { reason: 'too_expensive', version: 2 });
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'action_not_allowed');

    // After three months the discount is gone.
    await c.setClock(Date.parse('2026-09-15T12:00:00.000Z'));
    assert.equal((await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro')).body.discount, null);
  });

  it('accepting the cheaper price after cancelling keeps the customer: cancellation cleared, same period, nothing charged', async () => {
    await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel', { reason: 'missing_features', version: 1 });
    const { status, body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/accept-offer', { reason: 'missing_features', version: 2 });
    assert.equal(status, 200);
    assert.equal(body.price.id, 'price_starter_monthly');
    assert.equal(body.product.name, 'Starter');
    assert.equal(body.cancel_at_period_end, false);
    assert.equal(body.cancellation_details, null);
    assert.equal(body.current_period_start, '2026-06-05T12:00:00.000Z');
    assert.equal(body.current_period_end, '2026-07-05T12:00:00.000Z');
    assert.equal(body.version, 3);
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM invoices WHERE customer_id = 'cus_demo'`), 36);
    assert.equal(await count(c.t, `SELECT COUNT(*) AS n FROM subscription_adjustments`), 0);
    const stored = await row(c.t, 'sub_demo_pro');
    assert.equal(stored.cancel_at_period_end, 0);
    assert.equal(stored.price_id, 'price_starter_monthly');
    const [accepted] = await events(c.t, 'subscription.retention_offer_accepted');
    assert.equal(accepted!.data.cleared_cancellation, true);
    assert.equal(accepted!.data.offer.saving.amount, 2000);
  });

  it('accepting the pause pauses for the offered months', async () => {
    const { body } = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/accept-offer', { reason: 'unused', version: 1 });
    assert.equal(body.status, 'paused');
    assert.deepEqual(body.pause, { paused_at: at(START), resumes_at: '2026-09-15T12:00:00.000Z' });
    assert.equal((await events(c.t, 'subscription.paused'))[0]!.data.retention_offer, 'pause');
    await c.setClock(Date.parse('2026-09-15T12:00:00.000Z'));
    assert.equal((await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro')).body.status, 'active');
  });

  it('offers nothing for a reason without an offer, when reasons are off, or when cancelling is off', async () => {
    const none = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/accept-offer', { reason: 'other', version: 1 });
    assert.equal(none.status, 400);
    assert.equal(none.body.error.code, 'action_not_allowed');
    assert.equal(none.body.error.param, 'reason');

    // Team (trialing, per seat): the coupon counts the invoices from the trial's end.
    const team = await get(c.t, c.token, '/v1/subscriptions/sub_demo_team/cancel-options');
    const coupon = team.body.offers.find((o: Json) => o.reason === 'too_expensive');
    assert.equal(coupon.offer.saving.amount, 3 * 1875);
    const cheaper = team.body.offers.find((o: Json) => o.reason === 'missing_features');
    assert.deepEqual([cheaper.offer.quantity, cheaper.offer.saving.amount], [1, 7500 - 900]);

    await configure(c.t, (cfg) => (cfg.features.subscription_cancel.cancellation_reason.enabled = false));
    const off = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel-options');
    assert.deepEqual([off.body.reasons, off.body.offers], [[], []]);
    const refused = await post(c.t, c.token, '/v1/subscriptions/sub_demo_pro/accept-offer', { reason: 'too_expensive', version: 1 });
    assert.equal(refused.body.error.code, 'action_not_allowed');

    await configure(c.t, (cfg) => (cfg.features.subscription_cancel.enabled = false));
    const disabled = await get(c.t, c.token, '/v1/subscriptions/sub_demo_pro/cancel-options');
    assert.equal(disabled.status, 400);
    assert.equal(disabled.body.error.code, 'action_not_allowed');
    assert.equal((await row(c.t, 'sub_demo_pro')).version, 1);
  });
});


describe('a portal session created to cancel with a retention coupon', () => {
  const s = suite();

  it('offers that coupon for every reason, with its saving, and applies it when accepted', async () => {
    const created = await s.t.merchant('/v1/portal-sessions', {
      customer: 'cus_demo',
      flow: { type: 'subscription_cancel', subscription: 'sub_demo_pro', retention: { coupon: 'save10' } },
    });
    assert.equal(created.status, 201);
    const { token } = (await created.json()) as { token: string };
    const options = await get(s.t, token, '/v1/subscriptions/sub_demo_pro/cancel-options');
    assert.equal(options.status, 200);
    const offers = options.body.offers as Json[];
    assert.equal(offers.length, (options.body.reasons as string[]).length);
    assert.ok(offers.every((o) => o.offer.type === 'coupon' && o.offer.coupon.id === 'save10'));
    // 10 % of $29.00 on every invoice.
    assert.equal(offers[0]!.offer.saving.amount, 290);

    const version = (await row(s.t, 'sub_demo_pro')).version;
    const accepted = await post(s.t, token, '/v1/subscriptions/sub_demo_pro/accept-offer', { reason: 'unused', version });
    assert.equal(accepted.status, 200);
    assert.equal((await row(s.t, 'sub_demo_pro')).coupon_id, 'save10');

    // A session without that flow sees the configured offers only.
    const plain = await get(s.t, s.token, '/v1/subscriptions/sub_demo_team/cancel-options');
    assert.ok((plain.body.offers as Json[]).every((o) => o.offer.coupon?.id !== 'save10'));
  });
});
