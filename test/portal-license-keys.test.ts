import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/portal-session.js';
import '../src/define/portal-license-keys.js';
import { lastFour, maskKey, type PortalLicenseKeys } from '../src/components/portal-license-keys/portal-license-keys.js';
import { listsOnTheirOwn, requestsTo, serverApiBase, sessionToken } from './support/portal.js';

const KEYS = /\/v1\/license-keys$/;

async function mount(customer = 'cus_demo', options: { fetch?: typeof fetch } = {}) {
  const apiBase = await serverApiBase();
  const token = await sessionToken(customer);
  // A stub injects its fault on a list's own endpoint, so with one the bootstrap brings no list along.
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US">
      <portal-session api-base=${apiBase} token=${token} .fetch=${options.fetch && listsOnTheirOwn(options.fetch)}>
        <portal-license-keys></portal-license-keys>
      </portal-session>
    </div>
  `);
  const el = wrapper.querySelector('portal-license-keys') as PortalLicenseKeys;
  return { apiBase, el, root: el.shadowRoot! };
}

const cards = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[part="key"]')];
const card = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`[data-key="${id}"]`)!;
const loaded = (root: ShadowRoot) =>
  waitUntil(() => cards(root).length > 0 || root.querySelector('[part="message"]'), 'never loaded', { timeout: 8000 });
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const facts = (c: Element) => [...c.querySelectorAll('dl > div')].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
const status = (root: ShadowRoot) => text(root.querySelector('[role="status"]'));

/** Presses a button with the keyboard: a real user activation, as the clipboard wants. */
async function press(button: HTMLElement) {
  button.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<portal-license-keys>', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('masks all but the last four letters or digits, keeping the key’s shape', () => {
    expect(maskKey('PRO-7F3K-92QD-L8XM-4TZC')).to.equal('•••-••••-••••-••••-4TZC');
    expect(lastFour('PRO-7F3K-92QD-L8XM-4TZC')).to.equal('4TZC');
    expect(maskKey('AB-CD')).to.equal('AB-CD');
    expect(lastFour('ab-c-d')).to.equal('abcd');
  });

  it('shows each key with its product, status, activations of the limit and expiry, masked', async () => {
    const { root, apiBase } = await mount();
    await loaded(root);
    expect(cards(root).map((c) => c.dataset['key'])).to.deep.equal(['lk_demo_team', 'lk_demo_pro']);
    const pro = card(root, 'lk_demo_pro');
    expect(text(pro.querySelector('h3'))).to.equal('Pro');
    expect(text(pro.querySelector('[part="status"]'))).to.equal('Active');
    expect(facts(pro)).to.deep.equal(['Activations: 2 of 5 used', 'Expires: Never']);
    const team = card(root, 'lk_demo_team');
    expect(facts(team)[0]).to.equal('Activations: 1 of 10 used');
    expect(facts(team)[1]).to.match(/^Expires: [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    const value = pro.querySelector('[part="value"]')!;
    expect(value.querySelector('[aria-hidden="true"]')!.textContent).to.equal('•••-••••-••••-••••-4TZC');
    expect(text(value.querySelector('.visually-hidden'))).to.equal('Hidden, ends in 4TZC');
    expect(root.textContent).not.to.contain('PRO-7F3K');
    const reveal = pro.querySelector('button[part="reveal"]')!;
    expect(reveal.getAttribute('aria-pressed')).to.equal('false');
    expect(text(reveal)).to.equal('Show key Pro');
    expect(requestsTo(apiBase, KEYS)).to.equal(0); // they came with the bootstrap
    expect(requestsTo(apiBase)).to.equal(1);
    await expect(root.host).to.be.accessible();
  });

  it('reveals a key with a toggle button (aria-pressed) and masks it again', async () => {
    const { root } = await mount();
    await loaded(root);
    const pro = card(root, 'lk_demo_pro');
    const reveal = pro.querySelector<HTMLButtonElement>('button[part="reveal"]')!;
    await press(reveal);
    await waitUntil(() => reveal.getAttribute('aria-pressed') === 'true', 'not pressed');
    expect(text(pro.querySelector('[part="value"]'))).to.equal('PRO-7F3K-92QD-L8XM-4TZC');
    expect(text(card(root, 'lk_demo_team').querySelector('[part="value"] [aria-hidden]'))).to.equal('••••-••••-••••-••••-3WKE'); // only that one
    expect(root.activeElement === reveal, 'focus stays on the toggle').to.be.true;
    await expect(root.host).to.be.accessible();
    await press(reveal);
    await waitUntil(() => reveal.getAttribute('aria-pressed') === 'false', 'not released');
    expect(root.textContent).not.to.contain('PRO-7F3K');
  });

  it('copies the whole key to the clipboard without revealing it, announces it, and tells the page which key', async () => {
    const { root, el } = await mount();
    await loaded(root);
    const written: string[] = [];
    const original = navigator.clipboard.writeText;
    // Observe the real clipboard call (and still make it, when the browser lets the test page write).
    navigator.clipboard.writeText = async (data: string) => {
      written.push(data);
      await original.call(navigator.clipboard, data).catch(() => undefined);
    };
    try {
      const copied = oneEvent(el, 'portal-license-key-copied');
      await press(card(root, 'lk_demo_pro').querySelector<HTMLButtonElement>('button[part="copy"]')!);
      const event = await copied;
      expect(event.detail).to.deep.equal({ license_key: 'lk_demo_pro' });
      expect(written).to.deep.equal(['PRO-7F3K-92QD-L8XM-4TZC']);
      await waitUntil(() => status(root) === 'Copied the Pro license key.', 'not announced');
      expect(root.textContent).not.to.contain('PRO-7F3K-92QD'); // still masked
      expect(Boolean(root.querySelector('[role="alert"]'))).to.be.false;
      await expect(root.host).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('when the browser refuses the clipboard, says so and shows the key to copy by hand', async () => {
    const { root } = await mount();
    await loaded(root);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    try {
      const team = card(root, 'lk_demo_team');
      const copy = team.querySelector<HTMLButtonElement>('button[part="copy"]')!;
      await press(copy);
      await waitUntil(() => team.querySelector('[role="alert"]'), 'no message');
      expect(text(team.querySelector('[role="alert"]'))).to.equal('We couldn’t copy the key. It’s shown now: select it and copy it yourself.');
      expect(text(team.querySelector('[part="value"]'))).to.equal('TEAM-M2VB-6HJN-Q9RP-3WKE');
      expect(team.querySelector('button[part="reveal"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(copy.getAttribute('aria-describedby')).to.equal(team.querySelector('[role="alert"]')!.id);
      expect(status(root)).to.equal('');
      await expect(root.host).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('shows a skeleton while loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { root } = await mount('cus_demo', {
      fetch: async (input, init) => {
        await gate;
        return fetch(input, init);
      },
    });
    const skeleton = root.querySelector('.skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(text(skeleton)).to.equal('Loading license keys…');
    await expect(root.host).to.be.accessible();
    release();
    await loaded(root);
    expect(cards(root)).to.have.length(2);
  });

  it('says so when the customer has no license keys', async () => {
    const { root } = await mount('cus_invoice_only');
    await loaded(root);
    expect(cards(root)).to.have.length(0);
    expect(text(root.querySelector('[part="message"]'))).to.equal('You have no license keys.');
    await expect(root.host).to.be.accessible();
  });

  it('says license keys aren’t available when the portal turns them off (403 feature_disabled), without an alarm', async () => {
    const off: typeof fetch = async (input, init) => {
      if (KEYS.test(new URL(String(input instanceof Request ? input.url : input)).pathname)) {
        return new Response(
          JSON.stringify({ error: { type: 'permission_error', code: 'feature_disabled', message: 'License keys are turned off in this portal.' } }),
          { status: 403, headers: { 'content-type': 'application/json' } },
        );
      }
      return fetch(input, init);
    };
    const { root } = await mount('cus_demo', { fetch: off });
    await loaded(root);
    expect(text(root.querySelector('[part="message"]'))).to.equal('License keys aren’t available here.');
    expect(Boolean(root.querySelector('[role="alert"]'))).to.be.false;
    expect(Boolean(root.querySelector('button[part="retry"]'))).to.be.false;
    await expect(root.host).to.be.accessible();
  });

  it('shows a failure with Try again, and recovers', async () => {
    let calls = 0;
    const failing: typeof fetch = async (input, init) => {
      if (KEYS.test(new URL(String(input instanceof Request ? input.url : input)).pathname) && ++calls <= 3) {
        return new Response('{"error":{"type":"api_error","code":"internal_error","message":"boom"}}', { status: 500 });
      }
      return fetch(input, init);
    };
    const { root } = await mount('cus_demo', { fetch: failing });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error', { timeout: 8000 });
    expect(text(root.querySelector('[role="alert"]'))).to.contain('Something went wrong on our side.');
    await expect(root.host).to.be.accessible();
    (root.querySelector('button[part="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => cards(root).length === 2, 'did not recover', { timeout: 8000 });
    expect(calls).to.equal(4);
  });

  it('asks the customer to sign in when it is not inside a session', async () => {
    const el = await fixture<PortalLicenseKeys>(html`<portal-license-keys lang="en"></portal-license-keys>`);
    expect(text(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('Sign in to see your license keys.');
    await expect(el).to.be.accessible();
  });
});
