/**
 * Chromium loads its locale data on a page's first Intl formatter (50–130 ms measured on
 * the test machine): the store builds the page's first money and date formatters while its
 * first request travels, so the first render with data does not pay for them.
 * (Its own page: the formatters are cached for the page's life.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import { serverApiBase, sessionToken } from './support/portal.js';

describe('first formatters', () => {
  const Original = { number: Intl.NumberFormat, date: Intl.DateTimeFormat };
  afterEach(() => {
    Intl.NumberFormat = Original.number;
    Intl.DateTimeFormat = Original.date;
    document.documentElement.removeAttribute('lang');
  });

  it('are built while the first request is on its way, and the first render reuses them', async () => {
    const built: string[] = [];
    const counting = <T extends object>(Target: T, kind: string): T =>
      new Proxy(Target, {
        construct(target, args: [string?, Intl.NumberFormatOptions?]) {
          built.push(`${kind} ${args[0]} ${args[1]?.currency ?? ''}`.trim());
          return Reflect.construct(target as new (...a: unknown[]) => object, args);
        },
      });
    Intl.NumberFormat = counting(Intl.NumberFormat, 'number');
    Intl.DateTimeFormat = counting(Intl.DateTimeFormat, 'date');
    document.documentElement.lang = 'en-US';

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sent = 0;
    const held: typeof fetch = async (input, init) => {
      sent++;
      const response = await fetch(input, init); // the server answers; the network holds the answer back
      await gate;
      return response;
    };
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <portal-session api-base=${apiBase} token=${token} .fetch=${held}><portal-invoices></portal-invoices></portal-session>
      </div>
    `);
    await waitUntil(() => sent === 1, 'the first request never went out');
    await waitUntil(() => built.length >= 2, 'no formatter built while waiting for the answer', { timeout: 2000 });
    expect(built).to.deep.equal(['number en-US USD', 'date en-US']);

    release();
    const root = wrapper.querySelector('portal-invoices')!.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('tbody tr').length > 0, 'never rendered', { timeout: 8000 });
    expect(root.querySelector('tbody tr')!.textContent).to.contain('$9.00');
    // The rows' dollars and dates came from those same formatters.
    expect(built.filter((b) => b === 'number en-US USD' || b === 'date en-US')).to.have.length(2);
    expect(sent).to.equal(1);
  });
});
