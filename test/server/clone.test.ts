import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { testApp } from './helpers.js';

describe('POST /v1/dev/customers (demo mode)', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  before(async () => (t = await testApp()));
  after(() => t.close());

  const clone = async (template = 'cus_demo') => {
    const response = await t.merchant('/v1/dev/customers', { template });
    assert.equal(response.status, 201);
    return (await response.json()) as { id: string; email: string; ids: Record<string, string> };
  };

  it('copies a seeded customer with everything that is theirs, under new ids', async () => {
    const copy = await clone();
    assert.match(copy.id, /^cus_demo_[0-9a-f]{10}$/);
    assert.match(copy.email, /^demo\+[0-9a-f]{10}@example\.com$/);
    const { token } = await t.session(copy.id);
    const subs = (await (await t.customer('/v1/subscriptions', token)).json()).data as Array<{
      id: string;
      status: string;
      payment_method: { id: string } | null;
      outstanding: { invoice: string } | null;
    }>;
    assert.equal(subs.length, 5);
    assert.ok(subs.every((s) => s.id.endsWith(copy.id.slice(-10))));
    const onHold = subs.find((s) => s.status === 'on_hold')!;
    assert.equal(onHold.payment_method!.id, copy.ids['pm_demo_expired']);
    assert.equal(onHold.outstanding!.invoice, copy.ids['in_demo_0036']);
    const invoices = (await (await t.customer('/v1/invoices?limit=100', token)).json()).data as unknown[];
    assert.equal(invoices.length, 36);
    const methods = (await (await t.customer('/v1/payment-methods', token)).json()).data as unknown[];
    assert.equal(methods.length, 3);
    const keys = (await (await t.customer('/v1/license-keys', token)).json()).data as unknown[];
    assert.equal(keys.length, 2);
  });

  it('leaves the template untouched when the copy changes', async () => {
    const copy = await clone();
    const { token } = await t.session(copy.id);
    const sub = copy.ids['sub_demo_pro']!;
    const current = await (await t.customer(`/v1/subscriptions/${sub}`, token)).json();
    const canceled = await t.customer(`/v1/subscriptions/${sub}/cancel`, token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'unused', version: current.version }),
    });
    assert.equal(canceled.status, 200);
    const { token: demo } = await t.session('cus_demo');
    const original = await (await t.customer('/v1/subscriptions/sub_demo_pro', demo)).json();
    assert.equal(original.cancel_at_period_end, false);
  });

  it('needs the secret key, and a known template', async () => {
    const anonymous = await t.app.request('/v1/dev/customers', { method: 'POST', body: '{}' });
    assert.equal(anonymous.status, 401);
    const unknown = await t.merchant('/v1/dev/customers', { template: 'cus_nobody' });
    assert.equal(unknown.status, 400);
    assert.equal((await unknown.json()).error.param, 'template');
  });

  it('is not there outside demo mode', async () => {
    const prod = await testApp({ PORTAL_DEMO: '0' });
    const response = await prod.merchant('/v1/dev/customers', { template: 'cus_demo' });
    assert.equal(response.status, 404);
    await prod.close();
  });
});
