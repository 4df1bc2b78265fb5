import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import type { PortalInvoices } from '../src/components/portal-invoices/portal-invoices.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import type { PortalStore } from '../src/state/store.js';
import { listsOnTheirOwn, requestsTo, serverApiBase, sessionToken, sessionEnded } from './support/portal.js';

const INVOICES = /\/v1\/invoices$/;

async function mount(customer = 'cus_demo', options: { fetch?: typeof fetch; token?: string } = {}) {
  const apiBase = await serverApiBase();
  const token = options.token ?? (await sessionToken(customer));
  // A stub injects its fault on a list's own endpoint, so with one the bootstrap brings no list along.
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en-US">
      <portal-session api-base=${apiBase} token=${token} .fetch=${options.fetch && listsOnTheirOwn(options.fetch)}>
        <portal-invoices></portal-invoices>
      </portal-session>
    </div>
  `);
  const session = wrapper.querySelector('portal-session') as PortalSession;
  const invoices = wrapper.querySelector('portal-invoices') as PortalInvoices;
  return { apiBase, session, invoices, root: invoices.shadowRoot! };
}

const rows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')];
const cells = (row: Element) => [...row.children].map((c) => c.textContent!.trim());
const loaded = (root: ShadowRoot) => waitUntil(() => rows(root).length > 0 || root.querySelector('.message'), 'never loaded', { timeout: 8000 });

/** Counts dates formatted through any `Intl.DateTimeFormat` until `restore()`. */
function countDateFormats() {
  const proto = Intl.DateTimeFormat.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'format')!;
  let count = 0;
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get(this: Intl.DateTimeFormat) {
      const format = original.get!.call(this) as (date?: Date | number) => string;
      return (date?: Date | number) => {
        count++;
        return format(date);
      };
    },
  });
  return { count: () => count, restore: () => Object.defineProperty(proto, 'format', original) };
}

/** A fetch that holds every request until `release()` is called, then sends it for real. */
function gatedFetch() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const gated: typeof fetch = async (input, init) => {
    await gate;
    return fetch(input, init);
  };
  return { fetch: gated, release };
}

describe('<portal-invoices>', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('shows the newest page of the customer’s invoices with number, date, amount, status and PDF link', async () => {
    const { root, apiBase } = await mount('cus_demo');
    await loaded(root);
    const list = rows(root);
    expect(list).to.have.length(20);
    const [number, date, amount, status] = cells(list[0]!);
    expect(number).to.equal('DEMO-0036');
    expect(status).to.equal('Open');
    expect(amount).to.equal('$9.00');
    expect(date).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(cells(list[1]!)[2]).to.equal('$31.32');
    expect(cells(list[1]!)[3]).to.equal('Paid');
    const link = list[0]!.querySelector('a[part="download"]') as HTMLAnchorElement;
    expect(link.href.startsWith(`${apiBase}/invoices/in_demo_0036/pdf?`)).to.be.true;
    expect(link.getAttribute('aria-label')).to.equal('Download invoice DEMO-0036 as PDF');
    expect(root.querySelector('button[part="more"]')!.textContent!.trim()).to.equal('Show more invoices');
    await expect(root.host).to.be.accessible();
  });

  it('links a PDF that downloads a real PDF without the bearer token', async () => {
    const { root } = await mount('cus_demo');
    await loaded(root);
    const href = (root.querySelector('a[part="download"]') as HTMLAnchorElement).href;
    const response = await fetch(href, { credentials: 'omit' });
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).to.equal('%PDF-');
    expect(bytes.length).to.be.greaterThan(1000);
  });

  it('pages with "Show more": older invoices in their own currency, focus on the first new row, announced', async () => {
    const { root, apiBase } = await mount('cus_demo');
    await loaded(root);
    const more = root.querySelector('button[part="more"]') as HTMLButtonElement;
    more.click();
    await waitUntil(() => rows(root).length === 36, 'second page never arrived', { timeout: 8000 });
    expect(root.querySelector('button[part="more"]')).to.equal(null);
    const oldest = rows(root).at(-1)!;
    expect(cells(oldest)[0]).to.equal('DEMO-0001');
    expect(cells(oldest)[2]).to.equal('€32.13');
    await waitUntil(() => root.activeElement?.textContent?.trim() === 'DEMO-0016', 'focus did not move to the first new row');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('36 invoices shown.');
    expect(requestsTo(apiBase, INVOICES)).to.equal(1); // the first page came with the bootstrap
    await expect(root.host).to.be.accessible();
  });

  it('"Show more" renders only the new rows: the rows shown keep their nodes and text, one date formatted per new row', async () => {
    const { root } = await mount('cus_demo');
    await loaded(root);
    const before = rows(root);
    const texts = before.map(cells);
    const dates = countDateFormats();
    try {
      (root.querySelector('button[part="more"]') as HTMLButtonElement).click();
      await waitUntil(() => rows(root).length === 36, 'second page never arrived', { timeout: 8000 });
      await waitUntil(() => root.activeElement?.textContent?.trim() === 'DEMO-0016', 'focus did not move to the first new row');
    } finally {
      dates.restore();
    }
    const after = rows(root);
    expect(after.slice(0, 20).every((row, i) => row === before[i]), 'a row already shown was made again').to.be.true;
    expect(after.slice(0, 20).map(cells)).to.deep.equal(texts);
    expect(cells(after[20]!)[0]).to.equal('DEMO-0016');
    expect(cells(after[20]!)[1]).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    // The 16 new rows' dates, and not the 20 rows already shown again (once per render, twice per "Show more").
    expect(dates.count()).to.equal(16);
  });

  it('shows every row, old and new, in the new language when the page’s language changes, and the merchant’s wording', async () => {
    const { root, session } = await mount('cus_demo');
    await loaded(root);
    (root.querySelector('button[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(root).length === 36, 'second page never arrived', { timeout: 8000 });
    const shown = rows(root);
    const statuses = ['Bezahlt', 'Offen', 'Storniert', 'Uneinbringlich'];
    const german = (row: Element) => {
      const [, date, amount, status] = cells(row);
      return (
        /^\d{2}\.\d{2}\.\d{4}$/.test(date!) &&
        /^\d{1,3}(\.\d{3})*,\d{2}\s\S+$/.test(amount!.replace(/\s/g, ' ')) &&
        statuses.includes(status!) &&
        /^Rechnung \S+ als PDF herunterladen$/.test(row.querySelector('a[part="download"]')!.getAttribute('aria-label')!)
      );
    };
    expect(shown.some(german)).to.be.false;

    session.parentElement!.setAttribute('lang', 'de-DE');
    await waitUntil(() => rows(root).every(german), 'not every row is in German', { timeout: 8000 });
    expect(rows(root).every((row, i) => row === shown[i])).to.be.true;
    expect(cells(rows(root)[0]!)[2]!.replace(/\s/g, ' ')).to.equal('9,00 $');
    expect(cells(rows(root).at(-1)!)[2]!.replace(/\s/g, ' ')).to.equal('32,13 €');
    expect(rows(root)[0]!.querySelector('a[part="pay"]')!.getAttribute('aria-label')!.replace(/\s/g, ' ')).to.equal(
      'Rechnung DEMO-0036 bezahlen, 9,00 $ fällig',
    );

    const paid = rows(root).filter((row) => cells(row)[3] === 'Bezahlt');
    expect(paid.length).to.be.greaterThan(20); // on both pages
    session.strings = { de: { 'invoices.status.paid': 'Beglichen' } };
    await waitUntil(() => paid.every((row) => cells(row)[3] === 'Beglichen'), 'the merchant’s wording did not reach every row');
    expect(rows(root).filter((row) => cells(row)[3] === 'Bezahlt')).to.have.length(0);
  });

  it('shows a skeleton while loading, busy for assistive technology', async () => {
    const gate = gatedFetch();
    const { root } = await mount('cus_demo', { fetch: gate.fetch });
    const skeleton = root.querySelector('.skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.textContent!.trim()).to.equal('Loading invoices…');
    expect(rows(root)).to.have.length(0);
    await expect(root.host).to.be.accessible();
    gate.release();
    await loaded(root);
    expect(rows(root)).to.have.length(20);
  });

  it('says so when the customer has no invoices', async () => {
    const { root } = await mount('cus_new');
    await loaded(root);
    expect(rows(root)).to.have.length(0);
    expect(root.querySelector('[part="message"]')!.textContent!.trim()).to.equal(
      'No invoices yet. They appear here once you have been billed.',
    );
    expect(root.querySelector('button[part="more"]')).to.equal(null);
    await expect(root.host).to.be.accessible();
  });

  it('shows the merchant’s own empty state from the "empty" slot', async () => {
    const apiBase = await serverApiBase();
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${await sessionToken('cus_new')}>
          <portal-invoices><p slot="empty">Your first invoice arrives after your first month.</p></portal-invoices>
        </portal-session>
      </div>
    `);
    const root = wrapper.querySelector('portal-invoices')!.shadowRoot!;
    await waitUntil(() => root.querySelector('slot[name="empty"]'), 'no empty state', { timeout: 8000 });
    const slot = root.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Your first invoice arrives after your first month.');
    await expect(wrapper).to.be.accessible();
  });

  it('shows a clear error with Try again when the server fails, and recovers', async () => {
    let calls = 0;
    const failing: typeof fetch = async (input, init) => {
      if (!String(input).includes('/invoices')) return fetch(input, init);
      calls++;
      if (calls <= 3) return new Response('{"error":{"type":"api_error","code":"internal_error","message":"boom"}}', { status: 500 });
      return fetch(input, init);
    };
    const { root, session } = await mount('cus_demo', { fetch: failing });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(calls).to.equal(3); // the first try and two retries with backoff
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Something went wrong on our side. Try again in a moment.');
    await expect(root.host).to.be.accessible();
    (alert.querySelector('button[part="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(root).length === 20, 'did not recover', { timeout: 8000 });
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(session.isConnected).to.be.true;
  });

  it('turns a malformed response into a clear error, not an exception', async () => {
    const malformed: typeof fetch = async () => new Response('{"object":"list","data":[{"id":42}]', { status: 200 });
    const { root } = await mount('cus_demo', { fetch: malformed });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('sent something we couldn’t read');
    expect(rows(root)).to.have.length(0);
  });

  it('turns a response of the wrong shape into the same clear error', async () => {
    const wrongShape: typeof fetch = async () =>
      new Response(JSON.stringify({ object: 'list', data: [{ id: 'in_1', number: '<img src=x onerror=alert(1)>' }], has_more: false, next_cursor: null }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const { root } = await mount('cus_demo', { fetch: wrongShape });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(root.querySelector('img')).to.equal(null);
    expect(rows(root)).to.have.length(0);
  });

  it('with a token the server does not know, shows no data and lets the session show the way back', async () => {
    const { root, session } = await mount('cus_demo', { token: 'pst_not_a_real_token' });
    await sessionEnded(session);
    expect(rows(root)).to.have.length(0);
    expect(root.querySelector('button[part="retry"]')).to.equal(null);
    expect(session.shadowRoot!.querySelector('[part="ended"] h2')!.textContent).to.equal('Your session has ended');
    expect(requestsTo(await serverApiBase(), INVOICES)).to.be.at.most(1);
    await expect(session).to.be.accessible();
  });

  it('asks the customer to sign in when it is not inside a session', async () => {
    const el = await fixture<PortalInvoices>(html`<portal-invoices lang="en"></portal-invoices>`);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal('Sign in to see your invoices.');
    await expect(el).to.be.accessible();
  });

  it('makes one request for invoices however many elements show them', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${token}>
          <portal-invoices></portal-invoices>
          <portal-invoices></portal-invoices>
        </portal-session>
      </div>
    `);
    const [a, b] = [...wrapper.querySelectorAll('portal-invoices')].map((el) => el.shadowRoot!);
    await loaded(a!);
    await loaded(b!);
    expect(rows(a!)).to.have.length(20);
    expect(rows(b!)).to.have.length(20);
    expect(requestsTo(apiBase)).to.equal(1); // the bootstrap, which brought the invoices along
  });

  it('fits a 320 px container as two-line rows, without horizontal scrolling, still a table', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US" style="inline-size: 320px">
        <portal-session api-base=${apiBase} token=${token}><portal-invoices></portal-invoices></portal-session>
      </div>
    `);
    const root = wrapper.querySelector('portal-invoices')!.shadowRoot!;
    await loaded(root);
    const scroller = root.querySelector('.scroller') as HTMLElement;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    const first = rows(root)[0]!;
    expect(getComputedStyle(first).display).to.equal('grid');
    expect(first.getAttribute('role')).to.equal('row');
    const link = first.querySelector('a') as HTMLElement;
    const box = link.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    await expect(root.host).to.be.accessible();
  });

  it('formats amounts in the invoice’s currency and the page’s language', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_invoice_only');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="de-DE">
        <portal-session api-base=${apiBase} token=${token}><portal-invoices></portal-invoices></portal-session>
      </div>
    `);
    const root = wrapper.querySelector('portal-invoices')!.shadowRoot!;
    await loaded(root);
    expect(rows(root)).to.have.length(5);
    // 18,000 + 19 % tax = 21,420 cents
    expect(cells(rows(root)[0]!)[2]!.replace(/\s/g, ' ')).to.equal('214,20 €');
  });
});

describe('<portal-invoices> status filter, windowed paging, Pay', () => {
  beforeEach(() => performance.clearResourceTimings());

  /** Requests for invoices, and which status each asked for. */
  const invoiceQueries = (apiBase: string) =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.startsWith(apiBase) && INVOICES.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).searchParams.get('status') ?? 'all');

  const select = (root: ShadowRoot) => root.querySelector('select[part="filter"]') as HTMLSelectElement;
  const choose = (root: ShadowRoot, value: string) => {
    const el = select(root);
    el.focus();
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const announced = (root: ShadowRoot) => root.querySelector('[role="status"]')!.textContent!.trim();
  const numbers = (root: ShadowRoot) => rows(root).map((r) => cells(r)[0]);

  it('filters by status on the server: one request per change, announced, back to All', async () => {
    const { root, apiBase } = await mount('cus_demo');
    await loaded(root);
    const filter = select(root);
    expect(root.querySelector(`label[for="${filter.id}"]`)!.textContent!.trim()).to.equal('Status');
    expect([...filter.options].map((o) => o.textContent!.trim())).to.deep.equal(['All', 'Paid', 'Open', 'Void', 'Uncollectible']);
    expect(filter.value).to.equal('all');

    choose(root, 'paid');
    await waitUntil(() => announced(root) === '20 paid invoices shown, more available.', 'paid never announced', { timeout: 8000 });
    expect(rows(root)).to.have.length(20);
    expect(rows(root).every((r) => cells(r)[3] === 'Paid')).to.be.true;
    expect(numbers(root)[0]).to.equal('DEMO-0035');
    await expect(root.host).to.be.accessible();

    choose(root, 'open');
    await waitUntil(() => announced(root) === 'One open invoice shown.', 'open never announced', { timeout: 8000 });
    expect(numbers(root)).to.deep.equal(['DEMO-0036']);
    expect(Boolean(root.querySelector('button[part="more"]'))).to.be.false;

    choose(root, 'uncollectible');
    await waitUntil(() => announced(root) === 'One uncollectible invoice shown.', 'uncollectible never announced', { timeout: 8000 });
    expect(numbers(root)).to.deep.equal(['DEMO-0028']);

    choose(root, 'all');
    await waitUntil(() => announced(root) === '20 invoices shown, more available.', 'all never announced', { timeout: 8000 });
    expect(numbers(root)[0]).to.equal('DEMO-0036');
    expect(invoiceQueries(apiBase)).to.deep.equal(['paid', 'open', 'uncollectible', 'all']); // the first 'all' came with the bootstrap
    expect(root.activeElement === select(root), 'focus stays on the filter').to.be.true;
  });

  it('pages a filtered list with "Show more" and says when a filter has nothing', async () => {
    const { root, apiBase } = await mount('cus_demo');
    await loaded(root);
    choose(root, 'paid');
    await waitUntil(() => rows(root).length === 20 && cells(rows(root)[0]!)[0] === 'DEMO-0035', 'paid never shown', { timeout: 8000 });
    (root.querySelector('button[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(root).length === 33, 'second paid page never arrived', { timeout: 8000 });
    expect(rows(root).every((r) => cells(r)[3] === 'Paid')).to.be.true;
    expect(new Set(numbers(root)).size).to.equal(33);
    expect(announced(root)).to.equal('33 invoices shown.');
    expect(invoiceQueries(apiBase)).to.deep.equal(['paid', 'paid']);
    await expect(root.host).to.be.accessible();

    const other = await mount('cus_invoice_only');
    await loaded(other.root);
    choose(other.root, 'void');
    await waitUntil(() => announced(other.root) === 'No void invoices.', 'empty filter never announced', { timeout: 8000 });
    expect(rows(other.root)).to.have.length(0);
    expect(other.root.querySelector('[part="message"]')!.textContent!.trim()).to.equal('No void invoices.');
    expect(select(other.root).value).to.equal('void'); // still there, to take the filter off
    await expect(other.root.host).to.be.accessible();
  });

  it('shows a filtered list’s failure with Try again, and recovers with one more request', async () => {
    let failing = true;
    let openRequests = 0;
    const faulty: typeof fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.searchParams.get('status') === 'open') {
        openRequests++;
        if (failing) return new Response('{"error":{"type":"api_error","code":"internal_error","message":"boom"}}', { status: 503 });
      }
      return fetch(input, init);
    };
    const { root } = await mount('cus_demo', { fetch: faulty });
    await loaded(root);
    choose(root, 'open');
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown', { timeout: 8000 });
    expect(openRequests).to.equal(3); // the first try and two retries
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('Something went wrong on our side.');
    expect(select(root).value).to.equal('open');
    await expect(root.host).to.be.accessible();
    failing = false;
    (root.querySelector('button[part="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(root).length === 1, 'did not recover', { timeout: 8000 });
    expect(openRequests).to.equal(4);
    expect(numbers(root)).to.deep.equal(['DEMO-0036']);
  });

  it('refreshes a filtered list when the session’s invoices are read again (after a payment elsewhere)', async () => {
    const { root, apiBase, session } = await mount('cus_demo');
    await loaded(root);
    choose(root, 'open');
    await waitUntil(() => numbers(root).join() === 'DEMO-0036', 'open never shown', { timeout: 8000 });
    const store = (session as unknown as { store: PortalStore }).store;
    await store.refresh(['invoices']);
    await waitUntil(() => invoiceQueries(apiBase).length === 3, 'filtered list not refreshed', { timeout: 8000 });
    expect(invoiceQueries(apiBase)).to.deep.equal(['open', 'all', 'open']);
  });

  it('keeps at most max-rows rows: older pages let the newest go, "Back to newest" returns with one request', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_heavy');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${token}><portal-invoices max-rows="40"></portal-invoices></portal-session>
      </div>
    `);
    const root = wrapper.querySelector('portal-invoices')!.shadowRoot!;
    await loaded(root);
    expect(numbers(root)[0]).to.equal('HVY-10000');
    const more = async (expectedFirst: string) => {
      (root.querySelector('button[part="more"]') as HTMLButtonElement).click();
      await waitUntil(() => numbers(root)[0] === expectedFirst && !root.querySelector('button[part="more"][aria-disabled="true"]'), `never reached ${expectedFirst}`, {
        timeout: 8000,
      });
    };
    (root.querySelector('button[part="more"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(root).length === 40, 'second page never arrived', { timeout: 8000 });
    expect(Boolean(root.querySelector('[part="window"]'))).to.be.false;

    await more('HVY-09980');
    expect(rows(root)).to.have.length(40);
    expect(numbers(root).at(-1)).to.equal('HVY-09941');
    const window = root.querySelector('[part="window"]')!;
    expect(window.querySelector('span')!.textContent!.trim()).to.equal('Showing invoices 21–60');
    expect(announced(root)).to.equal('Showing invoices 21–60, more available.');
    await waitUntil(() => root.activeElement?.textContent?.trim() === 'HVY-09960', 'focus did not move to the first new row');
    await expect(root.host).to.be.accessible();

    for (const first of ['HVY-09960', 'HVY-09940', 'HVY-09920']) {
      await more(first);
      expect(rows(root).length).to.equal(40);
    }
    expect(root.querySelector('[part="window"] span')!.textContent!.trim()).to.equal('Showing invoices 81–120');
    expect(requestsTo(apiBase, INVOICES)).to.equal(5); // the first page came with the bootstrap

    (root.querySelector('button[part="newest"]') as HTMLButtonElement).click();
    await waitUntil(() => numbers(root)[0] === 'HVY-10000', 'never back to the newest', { timeout: 8000 });
    expect(rows(root)).to.have.length(20);
    expect(Boolean(root.querySelector('[part="window"]'))).to.be.false;
    expect(announced(root)).to.equal('Showing the newest invoices.');
    await waitUntil(() => root.activeElement?.textContent?.trim() === 'HVY-10000', 'focus did not move to the newest invoice');
    expect(requestsTo(apiBase, INVOICES)).to.equal(6);
  });

  it('gives open invoices a Pay link to the hosted page that returns to this page, without its fragment', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#section=billing`);
    try {
      const { root, apiBase } = await mount('cus_demo');
      await loaded(root);
      const pay = rows(root)[0]!.querySelector('a[part="pay"]') as HTMLAnchorElement;
      expect(pay.textContent!.trim()).to.equal('Pay');
      expect(pay.getAttribute('aria-label')).to.equal('Pay invoice DEMO-0036, $9.00 due');
      expect(pay.hasAttribute('target')).to.be.false; // a full-page visit that comes back here
      const url = new URL(pay.href);
      expect(url.origin).to.equal(new URL(apiBase).origin);
      expect(url.pathname).to.equal('/hosted/pay/in_demo_0036');
      expect(url.searchParams.get('return_url')).to.equal(`${location.origin}${location.pathname}${location.search}`);
      expect(url.searchParams.get('signature')).to.match(/\S+/);
      expect(rows(root).slice(1).some((r) => r.querySelector('a[part="pay"]'))).to.be.false;
      await expect(root.host).to.be.accessible();
    } finally {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
  });

  it('back from paying (#portal_paid), takes the marker out of the address and confirms once the server says paid', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#portal_paid=in_demo_0035&tab=billing`);
    const { root, apiBase } = await mount('cus_demo');
    expect(location.hash).to.equal('#tab=billing');
    await waitUntil(() => root.querySelector('[part="notice"]'), 'no confirmation', { timeout: 8000 });
    expect(root.querySelector('[part="notice"]')!.textContent!.trim()).to.equal('Invoice DEMO-0035 paid.');
    expect(announced(root)).to.equal('Invoice DEMO-0035 paid.');
    expect(requestsTo(apiBase, INVOICES)).to.equal(0); // the first load, with the bootstrap, is the fresh read
    await expect(root.host).to.be.accessible();
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('back from paying while the list is shown (the fragment changes), reads the invoices once more and confirms', async () => {
    const other = await mount('cus_demo');
    const apiBase = other.apiBase;
    await loaded(other.root);
    location.hash = 'portal_paid=in_demo_0034';
    await waitUntil(() => other.root.querySelector('[part="notice"]')?.textContent?.includes('DEMO-0034'), 'no confirmation after hashchange', {
      timeout: 8000,
    });
    expect(requestsTo(apiBase, INVOICES)).to.equal(1); // the first page came with the bootstrap
    expect(location.hash).to.equal('');
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('never claims an invoice is paid that the server still shows open', async () => {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#portal_paid=in_demo_0036`);
    const { root } = await mount('cus_demo');
    expect(location.hash).to.equal('');
    await loaded(root);
    await new Promise((r) => setTimeout(r, 200));
    expect(Boolean(root.querySelector('[part="notice"]'))).to.be.false;
    expect(cells(rows(root)[0]!)[3]).to.equal('Open');
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  });

  it('gives a customer with invoices but no subscriptions a complete page: what each was for, Pay, PDF, filter', async () => {
    const { root } = await mount('cus_invoice_only');
    await loaded(root);
    expect(rows(root)).to.have.length(5);
    const [first] = rows(root);
    expect(cells(first!).slice(0, 5)).to.deep.include.members(['IO-1005', 'Open', 'Consulting, batch 5']);
    expect(cells(first!)[2]).to.equal('€214.20');
    expect(first!.querySelector('a[part="pay"]')!.getAttribute('aria-label')).to.equal('Pay invoice IO-1005, €214.20 due');
    expect(rows(root).every((r) => r.querySelector('a[part="download"]'))).to.be.true;
    expect(Boolean(select(root))).to.be.true;
    expect(root.textContent).not.to.match(/subscription/i);
    await expect(root.host).to.be.accessible();
  });
});
