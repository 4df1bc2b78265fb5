import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/portal-session.js';
import '../src/define/portal-profile.js';
import '../src/define/portal-invoices.js';
import type { PortalProfile } from '../src/components/portal-profile/portal-profile.js';
import { deepFocus, holdMutations, pressEnterTwice } from './support/held.js';
import { freshCustomer, listsOnTheirOwn, requestsTo, serverApiBase, sessionToken } from './support/portal.js';

const CUSTOMER = /\/v1\/customer$/;
/** The form's code, a module of its own (a chunk in the bundle). */
const FORM_CODE = /\/portal-profile\/profile-form\.(js|ts)(\?|$)/;

async function mount(options: { token?: string; customer?: string; fetch?: typeof fetch; lang?: string } = {}) {
  const apiBase = await serverApiBase();
  const token = options.token ?? (await sessionToken(options.customer ?? 'cus_demo'));
  // A stub injects its fault on a list's own endpoint, so with one the bootstrap brings no list along.
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang=${options.lang ?? 'en-US'}>
      <portal-session api-base=${apiBase} token=${token} .fetch=${options.fetch && listsOnTheirOwn(options.fetch)}>
        <portal-profile></portal-profile>
      </portal-session>
    </div>
  `);
  const profile = wrapper.querySelector('portal-profile') as PortalProfile;
  return { apiBase, token, profile, root: profile.shadowRoot! };
}

/** The details (or an error) have shown. */
const loaded = (root: ShadowRoot) =>
  waitUntil(() => root.querySelector('[part="details"]') || root.querySelector('[role="alert"]'), 'never loaded', { timeout: 8000 });
const editButton = (root: ShadowRoot) => root.querySelector('button[part="edit"]') as HTMLButtonElement | null;
/** Presses "Edit details" and waits for the form (its code loads on first use). */
async function edit(root: ShadowRoot) {
  editButton(root)!.click();
  await waitUntil(() => root.querySelector('form'), 'the form never opened', { timeout: 8000 });
}
const field = (root: ShadowRoot, name: string) => root.querySelector(`[name="${name}"]`) as HTMLInputElement & HTMLSelectElement;
const labelOf = (root: ShadowRoot, el: Element) => root.querySelector(`label[for="${el.id}"]`)?.textContent?.trim();
const save = (root: ShadowRoot) => root.querySelector('button[part="save"]') as HTMLButtonElement;
const cancel = (root: ShadowRoot) => root.querySelector('button[part="cancel"]') as HTMLButtonElement;
const status = (root: ShadowRoot) => root.querySelector('[role="status"]')!.textContent!.trim();
const invalid = (root: ShadowRoot) => [...root.querySelectorAll('[aria-invalid="true"]')].map((el) => el.getAttribute('name'));
/** The message an invalid field points to with aria-describedby. */
const errorFor = (root: ShadowRoot, name: string) => {
  const ids = field(root, name).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root.getElementById(id)).find((el) => el?.classList.contains('field-error'))?.textContent?.trim();
};
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** One row of the details: its term and the lines of its value. */
function detail(root: ShadowRoot, name: string) {
  const row = root.querySelector(`[part="details"] [data-field="${name}"]`);
  const dd = row?.querySelector('dd');
  const lines = [...(dd?.querySelectorAll('.line') ?? [])].map(text);
  return { term: text(row?.querySelector('dt')), value: text(dd), lines };
}
/** The details are shown again (the form closed). */
const detailsBack = (root: ShadowRoot) => waitUntil(() => root.querySelector('[part="details"]') && !root.querySelector('form'), 'the details never came back', { timeout: 8000 });
/** How many times the page fetched the form's code. */
const formCodeRequests = () => performance.getEntriesByType('resource').filter((e) => FORM_CODE.test(new URL(e.name).pathname)).length;

/** Replaces a field's text with real key presses. */
async function type(root: ShadowRoot, name: string, value: string) {
  const input = field(root, name);
  input.focus();
  input.select();
  if (value) await sendKeys({ type: value });
  else await sendKeys({ press: 'Backspace' });
}

function choose(root: ShadowRoot, name: string, value: string) {
  const select = field(root, name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function storedProfile(token: string) {
  const apiBase = await serverApiBase();
  const response = await fetch(`${apiBase}/customer`, { headers: { Authorization: `Bearer ${token}` } });
  return response.json();
}

/** A fetch that records POST bodies and holds them until `release()`. */
function gatedPosts() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const bodies: unknown[] = [];
  const gated: typeof fetch = async (input, init) => {
    if (init?.method === 'POST') {
      bodies.push(JSON.parse(String(init.body)));
      await gate;
    }
    return fetch(input, init);
  };
  return { fetch: gated, release, bodies };
}

/** A fetch whose GET /v1/customer answers allow only `allowed` (the merchant's configuration), recording POST bodies. */
function configured(allowed: string[]) {
  const bodies: unknown[] = [];
  const stub: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (init?.method === 'POST') bodies.push(JSON.parse(String(init.body)));
    const response = await fetch(input, init);
    if (!CUSTOMER.test(new URL(url).pathname) || !response.ok) return response;
    const profile = await response.json();
    return new Response(JSON.stringify({ ...profile, allowed_updates: allowed }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: stub, bodies };
}

describe('<portal-profile>', () => {
  beforeEach(() => performance.clearResourceTimings());

  // First in this file: the form's code is fetched once per page, by the first Edit.
  it('shows the details in the frame that shows the data beside it; fetches the form’s code only when Edit is pressed (issue #9)', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    // Each frame: do the invoices show their rows yet, and does the profile show its details?
    const frames: Array<{ rows: number; details: boolean; busy: boolean }> = [];
    let watching = true;
    const watch = () => {
      const session = document.querySelector('portal-session');
      const invoices = session?.querySelector('portal-invoices')?.shadowRoot;
      const profile = session?.querySelector('portal-profile')?.shadowRoot;
      frames.push({
        rows: invoices?.querySelectorAll('tbody tr').length ?? 0,
        details: !!profile?.querySelector('[part="details"] [data-field="name"] dd')?.textContent?.includes('Dana Demo'),
        busy: !!profile?.querySelector('.skeleton[aria-busy="true"]'),
      });
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${token}>
          <portal-invoices></portal-invoices>
          <portal-profile></portal-profile>
        </portal-session>
      </div>
    `);
    const profile = wrapper.querySelector('portal-profile') as PortalProfile;
    const root = profile.shadowRoot!;
    await loaded(root);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    watching = false;
    const first = frames.findIndex((f) => f.rows > 0);
    expect(first, 'the invoices showed their rows').to.be.greaterThan(-1);
    // The data came together (one request), and the frame showing the invoices shows the profile's details too.
    expect(frames[first]).to.include({ details: true, busy: false });
    expect(frames.findIndex((f) => f.details)).to.equal(first);
    expect(root.querySelector('form')).to.equal(null);
    await expect(profile).to.be.accessible();

    // Nothing of the form yet: its code comes when the customer asks for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(formCodeRequests(), 'the form’s code was fetched before Edit').to.equal(0);
    const button = editButton(root)!;
    expect(text(button)).to.equal('Edit details');
    button.click();
    await profile.updateComplete;
    expect(button.getAttribute('aria-busy'), 'Edit is busy while the code arrives').to.equal('true');
    await waitUntil(() => root.querySelector('form'), 'the form never opened', { timeout: 8000 });
    expect(formCodeRequests(), 'the form’s code is fetched once').to.equal(1);
    expect(deepFocus(), 'focus on the first field').to.equal(field(root, 'name'));
    expect(root.querySelector('[part="details"]'), 'the form takes the details’ place').to.equal(null);
    await expect(profile).to.be.accessible();
  });

  it('shows each detail read-only: addresses in lines with the country by name, tax IDs by type', async () => {
    const { root } = await mount();
    await loaded(root);
    expect(root.querySelector('form')).to.equal(null);
    expect(root.querySelector('input, select')).to.equal(null);
    expect(detail(root, 'name')).to.deep.include({ term: 'Name', value: 'Dana Demo' });
    expect(detail(root, 'email')).to.deep.include({ term: 'Email', value: 'demo@example.com' });
    expect(detail(root, 'phone')).to.deep.include({ term: 'Phone', value: '+1 415 555 0132' });
    expect(detail(root, 'address').term).to.equal('Billing address');
    expect(detail(root, 'address').lines).to.deep.equal(['510 Townsend St', 'San Francisco, CA 94103', 'United States']);
    expect(detail(root, 'shipping').term).to.equal('Shipping address');
    expect(detail(root, 'shipping').lines).to.deep.equal(['Dana Demo', '510 Townsend St', 'Floor 2', 'San Francisco, CA 94103', 'United States']);
    expect(detail(root, 'tax_ids').term).to.equal('Tax IDs');
    const taxIds = [...root.querySelectorAll('[data-field="tax_ids"] li')].map((li) => [text(li.querySelector('.tax-type')), text(li.querySelector('.tax-value'))]);
    expect(taxIds).to.deep.equal([['EU VAT number', 'DE123456789']]);
    expect(text(editButton(root))).to.equal('Edit details');
    expect(root.querySelector('.note'), 'no read-only note when fields may be changed').to.equal(null);
    await expect(root.host).to.be.accessible();
  });

  it('says quietly what the customer has not given', async () => {
    const { root } = await mount({ token: (await freshCustomer('cus_new')).token });
    await loaded(root);
    expect(detail(root, 'name').value).to.equal('Nina New');
    for (const name of ['phone', 'address', 'shipping', 'tax_ids']) {
      expect(detail(root, name).value, name).to.equal('Not provided');
      expect(root.querySelector(`[data-field="${name}"] dd .empty`), name).to.exist;
    }
    await expect(root.host).to.be.accessible();
  });

  it('names the country in the page’s language', async () => {
    const { root, profile } = await mount({ lang: 'de' });
    await waitUntil(() => !profile.hasAttribute('data-i18n-pending') && root.querySelector('[part="details"]'), 'never showed in German', { timeout: 8000 });
    expect(detail(root, 'address').lines.at(-1)).to.equal('Vereinigte Staaten');
    expect(text(editButton(root))).to.equal('Angaben bearbeiten');
    expect(detail(root, 'phone').term).to.equal('Telefon');
  });

  it('Edit opens the form in place, focus on the first field; Escape leaves it open (not a dialog)', async () => {
    const { root } = await mount();
    await loaded(root);
    await edit(root);
    expect(root.querySelector('dialog')).to.equal(null);
    expect(root.querySelector('[part="details"]')).to.equal(null);
    await waitUntil(() => deepFocus() === field(root, 'name'), 'focus not on the first field');
    await sendKeys({ press: 'Escape' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root.querySelector('form'), 'Escape closed the form').to.exist;
    expect(deepFocus()).to.equal(field(root, 'name'));
    expect(text(save(root))).to.equal('Save');
    expect(text(cancel(root))).to.equal('Cancel');
  });

  it('Cancel drops what was typed, sends nothing, shows the details unchanged, focus back on Edit', async () => {
    const { root, apiBase } = await mount();
    await loaded(root);
    await edit(root);
    await type(root, 'name', 'Someone Else');
    await type(root, 'phone', '+49 30 1234567');
    cancel(root).click();
    await detailsBack(root);
    expect(detail(root, 'name').value).to.equal('Dana Demo');
    expect(detail(root, 'phone').value).to.equal('+1 415 555 0132');
    await waitUntil(() => deepFocus() === editButton(root), 'focus not back on Edit');
    expect(status(root)).to.equal('');
    expect(requestsTo(apiBase, CUSTOMER)).to.equal(0); // nothing sent (the profile came with the bootstrap)
    await expect(root.host).to.be.accessible();
    // The draft is gone: Edit starts again from what the server has.
    await edit(root);
    expect(field(root, 'name').value).to.equal('Dana Demo');
    expect(field(root, 'phone').value).to.equal('+1 415 555 0132');
  });

  it('Save stores the changes, then shows the details the server stored, says “Saved.”, focus back on Edit', async () => {
    const fresh = await freshCustomer();
    const { root, apiBase } = await mount({ token: fresh.token });
    await loaded(root);
    await edit(root);
    await type(root, 'name', 'Dana Q. Demo');
    await type(root, 'address.line1', 'Friedrichstraße 68');
    await type(root, 'address.city', 'Berlin');
    await type(root, 'address.state', '');
    await type(root, 'address.postal_code', '10117');
    choose(root, 'address.country', 'DE');
    save(root).click();
    await detailsBack(root);
    expect(status(root)).to.equal('Saved.');
    await waitUntil(() => deepFocus() === editButton(root), 'focus not back on Edit');
    expect(detail(root, 'name').value).to.equal('Dana Q. Demo');
    expect(detail(root, 'address').lines).to.deep.equal(['Friedrichstraße 68', '10117 Berlin', 'Germany']);
    expect(requestsTo(apiBase, CUSTOMER)).to.equal(1); // the one save
    const stored = await storedProfile(fresh.token);
    expect(stored.name).to.equal('Dana Q. Demo');
    expect(stored.address).to.deep.equal({ line1: 'Friedrichstraße 68', line2: null, city: 'Berlin', state: null, postal_code: '10117', country: 'DE' });
    await expect(root.host).to.be.accessible();
  });

  it('shows the customer’s details in a form of labelled inputs with autocomplete tokens', async () => {
    const { root } = await mount();
    await loaded(root);
    await edit(root);
    const form = root.querySelector('form')!;
    const expected: Array<[string, string, string]> = [
      ['name', 'Dana Demo', 'name'],
      ['email', 'demo@example.com', 'email'],
      ['phone', '+1 415 555 0132', 'tel'],
      ['address.line1', '510 Townsend St', 'billing address-line1'],
      ['address.line2', '', 'billing address-line2'],
      ['address.city', 'San Francisco', 'billing address-level2'],
      ['address.state', 'CA', 'billing address-level1'],
      ['address.postal_code', '94103', 'billing postal-code'],
      ['address.country', 'US', 'billing country'],
      ['shipping.name', 'Dana Demo', 'shipping name'],
      ['shipping.address.line2', 'Floor 2', 'shipping address-line2'],
      ['shipping.address.country', 'US', 'shipping country'],
    ];
    for (const [name, value, autocomplete] of expected) {
      const input = field(root, name);
      expect(input.value, name).to.equal(value);
      expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
      expect(labelOf(root, input), name).to.be.a('string').and.not.equal('');
      expect(input.form === form, `${name} belongs to the form`).to.be.true;
    }
    expect(labelOf(root, field(root, 'email'))).to.equal('Email');
    expect(labelOf(root, field(root, 'phone'))).to.equal('Phone (optional)');
    expect(field(root, 'email').type).to.equal('email');
    expect(field(root, 'phone').type).to.equal('tel');
    const country = field(root, 'address.country');
    expect(country.selectedOptions[0]!.textContent!.trim()).to.equal('United States');
    expect(country.options.length).to.be.greaterThan(240);
    expect(field(root, 'tax_ids.0.type').value).to.equal('eu_vat');
    expect(field(root, 'tax_ids.0.type').selectedOptions[0]!.textContent!.trim()).to.equal('EU VAT number');
    expect(field(root, 'tax_ids.0.value').value).to.equal('DE123456789');
    expect(save(root).textContent!.trim()).to.equal('Save');
    await expect(root.host).to.be.accessible();
  });

  it('names countries in the page’s language (Intl.DisplayNames), sorted for it', async () => {
    const { root } = await mount({ lang: 'de' });
    await loaded(root);
    await edit(root);
    const country = field(root, 'address.country');
    expect(country.selectedOptions[0]!.textContent!.trim()).to.equal('Vereinigte Staaten');
    const names = [...country.options].slice(1).map((o) => o.textContent!.trim());
    expect(names.indexOf('Deutschland')).to.be.lessThan(names.indexOf('Frankreich'));
    expect(text(save(root))).to.equal('Speichern'); // the form's strings in German too
    expect(text(cancel(root))).to.equal('Abbrechen');
  });

  it('keeps each country select’s choice across renders, and renames the countries when the language changes', async () => {
    const { root, profile } = await mount();
    await loaded(root);
    await edit(root);
    const billing = field(root, 'address.country');
    const shipping = field(root, 'shipping.address.country');
    expect(billing.options[1]).not.to.equal(shipping.options[1]); // each select has its own options
    choose(root, 'address.country', 'FR');
    await type(root, 'name', 'Ada Lovelace'); // another field changes: the form renders again
    await profile.updateComplete;
    expect(field(root, 'address.country')).to.equal(billing); // the same select, not a new one
    expect(billing.value).to.equal('FR');
    expect(billing.selectedOptions[0]!.textContent).to.equal('France');
    expect(shipping.value).to.equal('US');
    expect(billing.options.length).to.equal(shipping.options.length);

    profile.closest('[lang]')!.setAttribute('lang', 'de');
    await waitUntil(() => billing.selectedOptions[0]?.textContent === 'Frankreich', 'not renamed in German', { timeout: 4000 });
    expect(billing.value).to.equal('FR');
    expect(shipping.selectedOptions[0]!.textContent).to.equal('Vereinigte Staaten');
    const names = [...billing.options].slice(1).map((o) => o.textContent!);
    expect(names.indexOf('Deutschland')).to.be.lessThan(names.indexOf('Frankreich'));
    expect(new Set(names).size).to.equal(names.length); // the old options went: no English left beside the German
    expect(names).not.to.include('Germany');
  });

  it('shows a skeleton while loading, then the details', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: typeof fetch = async (input, init) => {
      await gate;
      return fetch(input, init);
    };
    const { root } = await mount({ fetch: gated });
    const skeleton = root.querySelector('.skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.textContent!.trim()).to.equal('Loading your details…');
    await expect(root.host).to.be.accessible();
    release();
    await loaded(root);
    expect(detail(root, 'name').value).to.equal('Dana Demo');
    expect(root.querySelector('.skeleton')).to.equal(null);
  });

  it('updateComplete resolves with the details rendered once they are there', async () => {
    const { profile, root } = await mount();
    await waitUntil(() => (profile as unknown as { store?: { customer: { state: { status: string } } } }).store?.customer.state.status === 'ready', 'details never came', { timeout: 8000 });
    await profile.updateComplete;
    expect(root.querySelector('[part="details"]'), 'the details are rendered when updateComplete resolves').to.exist;
    expect(detail(root, 'email').value).to.equal('demo@example.com');
  });

  it('shows a load failure with Try again, and recovers', async () => {
    let calls = 0;
    const failing: typeof fetch = async (input, init) => {
      if (CUSTOMER.test(new URL(String(input instanceof Request ? input.url : input)).pathname) && ++calls <= 3) {
        return new Response('{"error":{"type":"api_error","code":"internal_error","message":"boom"}}', { status: 500 });
      }
      return fetch(input, init);
    };
    const { root } = await mount({ fetch: failing });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('Something went wrong on our side.');
    expect(editButton(root)).to.equal(null);
    await expect(root.host).to.be.accessible();
    (root.querySelector('button[part="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('[part="details"]'), 'did not recover', { timeout: 8000 });
    expect(detail(root, 'name').value).to.equal('Dana Demo');
  });

  it('saves a new phone number with one request however often Save is pressed, announced, stored, with an event', async () => {
    const fresh = await freshCustomer();
    const gate = gatedPosts();
    const { root, profile, apiBase } = await mount({ token: fresh.token, fetch: gate.fetch });
    await loaded(root);
    await edit(root);
    await type(root, 'phone', '+49 30 1234567');
    expect(field(root, 'phone').value).to.equal('+49 30 1234567');
    const updated = oneEvent(profile, 'portal-profile-updated');
    for (let i = 0; i < 5; i++) save(root).click();
    await waitUntil(() => save(root).getAttribute('aria-busy') === 'true', 'never busy');
    expect(save(root).textContent!.trim()).to.equal('Saving…');
    expect(save(root).getAttribute('aria-disabled')).to.equal('true');
    await expect(root.host).to.be.accessible();
    gate.release();
    await waitUntil(() => status(root) === 'Saved.', 'never announced', { timeout: 8000 });
    const event = await updated;
    expect(event.detail.customer.phone).to.equal('+49 30 1234567');
    expect(event.bubbles && event.composed).to.be.true;
    expect(gate.bodies).to.deep.equal([{ phone: '+49 30 1234567' }]); // only what changed, once
    expect(requestsTo(apiBase, CUSTOMER)).to.equal(2); // the first load and one save
    expect((await storedProfile(fresh.token)).phone).to.equal('+49 30 1234567');
    await detailsBack(root);
    expect(detail(root, 'phone').value).to.equal('+49 30 1234567');
    await expect(root.host).to.be.accessible();
  });

  it('Save: two Enters on a slow network save once, announced and stored', async () => {
    const fresh = await freshCustomer();
    const net = holdMutations();
    const { root, profile } = await mount({ token: fresh.token, fetch: net.fetch });
    await loaded(root);
    await edit(root);
    await type(root, 'phone', '+49 30 1234567');
    const updated = oneEvent(profile, 'portal-profile-updated');
    const button = save(root);

    await pressEnterTwice(button);
    await net.until('POST', CUSTOMER);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(status(root)).to.equal('');
    net.release();
    await waitUntil(() => status(root) === 'Saved.', 'never announced', { timeout: 8000 });
    expect((await updated).detail.customer.phone).to.equal('+49 30 1234567');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(net.count('POST', CUSTOMER)).to.equal(1);
    expect((await storedProfile(fresh.token)).phone).to.equal('+49 30 1234567');
    expect(detail(root, 'phone').value).to.equal('+49 30 1234567');
  });

  it('two Enters in a field submit the form once (slow network), and five clicks and two Enters too', async () => {
    const fresh = await freshCustomer();
    const net = holdMutations();
    const { root } = await mount({ token: fresh.token, fetch: net.fetch });
    await loaded(root);
    await edit(root);
    await type(root, 'address.city', 'Oakland');

    await pressEnterTwice(field(root, 'address.city'));
    await net.until('POST', CUSTOMER);
    expect(save(root).getAttribute('aria-busy')).to.equal('true');
    net.release();
    await waitUntil(() => status(root) === 'Saved.', 'never announced', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(net.count('POST', CUSTOMER)).to.equal(1);
    expect((await storedProfile(fresh.token)).address.city).to.equal('Oakland');

    net.hold();
    await edit(root);
    await type(root, 'name', 'Dana Q. Demo');
    for (let i = 0; i < 5; i++) save(root).click();
    await pressEnterTwice(field(root, 'name'));
    await pressEnterTwice(save(root));
    await net.until('POST', CUSTOMER, 2);
    net.release();
    await waitUntil(() => status(root) === 'Saved.' && !root.querySelector('form'), 'never saved', { timeout: 8000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(net.count('POST', CUSTOMER)).to.equal(2); // one for the city, one for the name
    const stored = await storedProfile(fresh.token);
    expect(stored.name).to.equal('Dana Q. Demo');
    expect(stored.address.city).to.equal('Oakland');
  });

  it('checks required fields and the email before sending anything, and focuses the first', async () => {
    const { root, apiBase } = await mount();
    await loaded(root);
    await edit(root);
    await type(root, 'name', '');
    await type(root, 'email', 'dana-at-example');
    save(root).click();
    await waitUntil(() => invalid(root).length === 2, 'fields not marked');
    expect(invalid(root)).to.deep.equal(['name', 'email']);
    expect(errorFor(root, 'name')).to.equal('Name is required.');
    expect(errorFor(root, 'email')).to.equal('Enter an email address like name@example.com.');
    expect(root.activeElement === field(root, 'name'), 'focus on the first invalid field').to.be.true;
    expect(root.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('2 fields need your attention. Nothing was saved.');
    expect(requestsTo(apiBase, CUSTOMER)).to.equal(0); // nothing sent (the profile came with the bootstrap)
    await expect(root.host).to.be.accessible();

    await type(root, 'name', 'Dana D.');
    expect(invalid(root)).to.deep.equal(['email']); // fixing a field clears its error
  });

  it('requires the address lines, city and country of an address that is being filled', async () => {
    const { root } = await mount({ customer: 'cus_new' });
    await loaded(root);
    await edit(root);
    expect(field(root, 'address.line1').value).to.equal('');
    await type(root, 'address.postal_code', '10115');
    save(root).click();
    await waitUntil(() => invalid(root).length === 3, 'address fields not marked');
    expect(invalid(root)).to.deep.equal(['address.line1', 'address.city', 'address.country']);
    expect(errorFor(root, 'address.country')).to.equal('Country is required.');
  });

  it('puts the server’s error on the field it names, keeps everything typed, then saves once fixed', async () => {
    const fresh = await freshCustomer();
    const { root } = await mount({ token: fresh.token });
    await loaded(root);
    await edit(root);
    await type(root, 'name', 'Dana Q. Demo');
    await type(root, 'address.postal_code', 'ABC');
    save(root).click();
    await waitUntil(() => invalid(root).length === 1, 'server error not placed', { timeout: 8000 });
    expect(invalid(root)).to.deep.equal(['address.postal_code']);
    expect(errorFor(root, 'address.postal_code')).to.equal('Postal code is not a US postal code (like 94103 or 94103-1234).');
    await waitUntil(() => root.activeElement === field(root, 'address.postal_code'), 'focus not on the field');
    expect(field(root, 'name').value).to.equal('Dana Q. Demo');
    expect(field(root, 'address.postal_code').value).to.equal('ABC');
    expect(status(root)).to.equal('');
    await expect(root.host).to.be.accessible();
    expect((await storedProfile(fresh.token)).name).to.equal('Dana Demo'); // nothing stored

    await type(root, 'address.postal_code', '94107');
    save(root).click();
    await waitUntil(() => status(root) === 'Saved.', 'never saved', { timeout: 8000 });
    const stored = await storedProfile(fresh.token);
    expect(stored.name).to.equal('Dana Q. Demo');
    expect(stored.address.postal_code).to.equal('94107');
    await detailsBack(root);
    expect(detail(root, 'address').lines).to.include('San Francisco, CA 94107');
  });

  it('adds and removes tax IDs (type and number); an invalid second one is marked on its own row', async () => {
    const fresh = await freshCustomer();
    const { root } = await mount({ token: fresh.token });
    await loaded(root);
    await edit(root);
    const add = root.querySelector('button[part="add"]') as HTMLButtonElement;
    add.click();
    await waitUntil(() => field(root, 'tax_ids.1.type'), 'no new row');
    expect(root.activeElement === field(root, 'tax_ids.1.type'), 'focus on the new row').to.be.true;
    choose(root, 'tax_ids.1.type', 'gb_vat');
    await waitUntil(() => root.querySelector('#' + field(root, 'tax_ids.1.value').getAttribute('aria-describedby'))?.textContent === 'Like GB123456789.');
    await type(root, 'tax_ids.1.value', 'GB12');
    save(root).click();
    await waitUntil(() => invalid(root).length === 1, 'server error not placed', { timeout: 8000 });
    expect(invalid(root)).to.deep.equal(['tax_ids.1.value']);
    expect(errorFor(root, 'tax_ids.1.value')).to.match(/^Number /);
    await expect(root.host).to.be.accessible();

    await type(root, 'tax_ids.1.value', 'GB123456789');
    save(root).click();
    await waitUntil(() => status(root) === 'Saved.', 'never saved', { timeout: 8000 });
    let stored = await storedProfile(fresh.token);
    expect(stored.tax_ids.map((t: { type: string; value: string }) => `${t.type} ${t.value}`)).to.deep.equal(['eu_vat DE123456789', 'gb_vat GB123456789']);
    await detailsBack(root);
    expect([...root.querySelectorAll('[data-field="tax_ids"] li')].map(text)).to.deep.equal(['EU VAT number DE123456789', 'UK VAT number GB123456789']);

    await edit(root);
    (root.querySelector('[data-remove-tax="0"]') as HTMLButtonElement).click();
    await waitUntil(() => !field(root, 'tax_ids.1.value'), 'row not removed');
    expect(field(root, 'tax_ids.0.value').value).to.equal('GB123456789');
    expect(status(root)).to.equal('Tax ID 1 removed. Save to keep the change.');
    save(root).click();
    await waitUntil(() => status(root) === 'Saved.', 'never saved', { timeout: 8000 });
    stored = await storedProfile(fresh.token);
    expect(stored.tax_ids.map((t: { value: string }) => t.value)).to.deep.equal(['GB123456789']);
    await detailsBack(root);
    expect([...root.querySelectorAll('[data-field="tax_ids"] li')].map(text)).to.deep.equal(['UK VAT number GB123456789']);
  });

  it('removes the shipping address when every one of its fields is emptied', async () => {
    const fresh = await freshCustomer();
    const { root } = await mount({ token: fresh.token });
    await loaded(root);
    await edit(root);
    for (const name of ['shipping.name', 'shipping.address.line1', 'shipping.address.line2', 'shipping.address.city', 'shipping.address.state', 'shipping.address.postal_code']) {
      await type(root, name, '');
    }
    choose(root, 'shipping.address.country', '');
    save(root).click();
    await waitUntil(() => status(root) === 'Saved.', 'never saved', { timeout: 8000 });
    const stored = await storedProfile(fresh.token);
    expect(stored.shipping).to.equal(null);
    expect(stored.address.line1).to.equal('510 Townsend St');
    await detailsBack(root);
    expect(detail(root, 'shipping').value).to.equal('Not provided');
  });

  it('says when nothing changed, without a request', async () => {
    const { root, apiBase } = await mount();
    await loaded(root);
    await edit(root);
    save(root).click();
    await waitUntil(() => status(root) !== '', 'nothing said');
    expect(status(root)).to.equal('Nothing has changed, so there was nothing to save.');
    expect(requestsTo(apiBase, CUSTOMER)).to.equal(0); // the profile came with the bootstrap
  });

  it('keeps what was typed when the save cannot reach the server, and says nothing was saved', async () => {
    const fresh = await freshCustomer();
    const offlinePosts: typeof fetch = async (input, init) => {
      if (init?.method === 'POST') throw new TypeError('Failed to fetch');
      return fetch(input, init);
    };
    const { root } = await mount({ token: fresh.token, fetch: offlinePosts });
    await loaded(root);
    await edit(root);
    await type(root, 'address.city', 'Oakland');
    save(root).click();
    await waitUntil(() => root.querySelector('p[role="alert"]'), 'no error', { timeout: 15000 });
    expect(root.querySelector('p[role="alert"]')!.textContent!.trim()).to.equal(
      'We couldn’t reach the billing service. Check your connection and try again. Your changes were not saved.',
    );
    expect(field(root, 'address.city').value).to.equal('Oakland');
    expect(save(root).getAttribute('aria-busy')).to.equal('false');
    await expect(root.host).to.be.accessible();
  });

  it('lets the customer change only what the configuration allows; the rest is read-only', async () => {
    const fresh = await freshCustomer();
    const stub = configured(['phone']);
    const { root } = await mount({ token: fresh.token, fetch: stub.fetch });
    await loaded(root);
    await edit(root);
    await waitUntil(() => deepFocus() === field(root, 'phone'), 'focus not on the first field that may be changed');
    expect(field(root, 'name').readOnly).to.be.true;
    expect(field(root, 'email').readOnly).to.be.true;
    expect(field(root, 'phone').readOnly).to.be.false;
    const hint = root.getElementById(field(root, 'name').getAttribute('aria-describedby')!)!;
    expect(hint.textContent!.trim()).to.equal('Contact us to change this.');
    expect(field(root, 'address.country').tagName).to.equal('INPUT'); // shown by name, read-only
    expect(field(root, 'address.country').value).to.equal('United States');
    expect(Boolean(root.querySelector('button[part="add"]'))).to.be.false;
    expect(Boolean(root.querySelector('button[part="remove"]'))).to.be.false;
    await expect(root.host).to.be.accessible();
    await type(root, 'phone', '+1 415 555 0199');
    save(root).click();
    await waitUntil(() => status(root) === 'Saved.', 'never saved', { timeout: 8000 });
    expect(stub.bodies).to.deep.equal([{ phone: '+1 415 555 0199' }]);
  });

  it('shows everything read-only, without Edit, when no field may be changed', async () => {
    const stub = configured([]);
    const { root } = await mount({ fetch: stub.fetch });
    await loaded(root);
    expect(root.querySelector('.note')!.textContent!.trim()).to.equal('Your details can’t be changed here. Contact us to update them.');
    expect(detail(root, 'name').value).to.equal('Dana Demo');
    expect(editButton(root)).to.equal(null);
    expect(Boolean(root.querySelector('button[part="save"]'))).to.be.false;
    expect(root.querySelector('form, input, select, button')).to.equal(null);
    await expect(root.host).to.be.accessible();
  });

  it('asks the customer to sign in when it is not inside a session', async () => {
    const el = await fixture<PortalProfile>(html`<portal-profile lang="en"></portal-profile>`);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal('Sign in to see your details.');
    await expect(el).to.be.accessible();
  });
});
