/**
 * Localization, per element: German strings and number formats, Arabic right to left
 * and mirrored, an unsupported language in English, regional fallbacks, no flash of
 * English while a bundle loads, the merchant's own wording, and the pseudo-locale with
 * nothing clipped or overflowing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define/portal-session.js';
import '../src/define/portal-invoices.js';
import '../src/define/portal-subscriptions.js';
import '../src/define/portal-payment-method.js';
import '../src/define/portal-profile.js';
import '../src/define/portal-license-keys.js';
import '../src/define/portal-login.js';
import { en } from '../src/i18n/en.js';
import { addEnglish, load, lookup, registerTranslation } from '../src/i18n/registry.js';
import { NAMESPACES, type PartialTranslation } from '../src/i18n/locales.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { serverApiBase, sessionToken } from './support/portal.js';

type Key = keyof typeof en;
const ELEMENTS: Array<{ tag: string; title: Key; namespace: string }> = [
  { tag: 'portal-invoices', title: 'invoices.title', namespace: 'invoices' },
  { tag: 'portal-subscriptions', title: 'subscriptions.title', namespace: 'subscriptions' },
  { tag: 'portal-payment-method', title: 'paymentMethod.title', namespace: 'paymentMethod' },
  { tag: 'portal-profile', title: 'profile.title', namespace: 'profile' },
  { tag: 'portal-license-keys', title: 'licenseKeys.title', namespace: 'licenseKeys' },
  { tag: 'portal-login', title: 'login.title', namespace: 'common' },
];

/** A bundle file's strings ({} when the file does not exist, e.g. a regional one with no changes). */
async function bundle(locale: string, namespace: string): Promise<Record<string, unknown>> {
  try {
    return (await import(`../src/i18n/locales/${locale}/${namespace}.ts`)).default;
  } catch {
    return {};
  }
}

async function mount(tag: string, lang: string, width = '') {
  const apiBase = await serverApiBase();
  const token = await sessionToken('cus_demo');
  const element = unsafeStatic(tag);
  const wrapper = await fixture<HTMLDivElement>(staticHtml`
    <div lang=${lang} style=${width ? `inline-size: ${width}` : ''}>
      <portal-session api-base=${apiBase} token=${token}>
        <${element} api-base=${apiBase} business-id="biz_demo"></${element}>
      </portal-session>
    </div>
  `);
  const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await waitUntil(
    () => !el.hasAttribute('data-i18n-pending') && el.shadowRoot!.querySelector('[part="title"]') && !el.shadowRoot!.querySelector('.skeleton, [aria-busy="true"]'),
    `${tag} never settled`,
    { timeout: 10_000 },
  );
  return { wrapper, el, root: el.shadowRoot!, session: wrapper.querySelector('portal-session') as PortalSession };
}

const title = (root: ShadowRoot) => root.querySelector('[part="title"]')!.textContent!.trim();

describe('localization', () => {
  it('shows no English while another language loads, then the language asked for', async () => {
    const expected = (await bundle('it', 'invoices'))['invoices.title'];
    const apiBase = await serverApiBase();
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="it"><portal-session api-base=${apiBase} token=${await sessionToken('cus_demo')}><portal-invoices></portal-invoices></portal-session></div>
    `);
    const el = wrapper.querySelector('portal-invoices')!;
    // Until Italian arrives the element keeps its place but shows nothing.
    if (el.hasAttribute('data-i18n-pending')) expect(getComputedStyle(el).visibility).to.equal('hidden');
    await waitUntil(() => !el.hasAttribute('data-i18n-pending'), 'the bundle never arrived', { timeout: 5000 });
    expect(title(el.shadowRoot!)).to.equal(expected);
    expect(getComputedStyle(el).visibility).to.equal('visible');
  });

  for (const { tag, title: key, namespace } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('lang="de" shows German, with German number formats', async () => {
        const { root } = await mount(tag, 'de');
        expect(title(root)).to.equal((await bundle('de', namespace))[key]);
        expect(title(root)).not.to.equal(en[key]);
        const text = root.textContent!.replace(/\s+/g, ' ');
        if (tag === 'portal-invoices' || tag === 'portal-subscriptions') {
          expect(text).to.match(/\d+,\d{2}\s(\$|€)/); // 29,00 $ — German decimal comma, symbol after
          expect(text).to.match(/\d{2}\.\d{2}\.\d{4}|\d{1,2}\. \p{L}+\.? \d{4}/u); // German dates
        }
      });

      it('lang="ar" reads right to left and mirrors the layout', async () => {
        const { el, root } = await mount(tag, 'ar');
        expect(getComputedStyle(el).direction).to.equal('rtl');
        const heading = root.querySelector('[part="title"]') as HTMLElement;
        expect(getComputedStyle(heading).direction).to.equal('rtl');
        expect(title(root)).to.equal((await bundle('ar', namespace))[key]);
        const box = el.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getBoundingClientRect();
        // Start-aligned text sits at the right edge.
        expect(box.right - text.right).to.be.below(text.left - box.left);
      });

      it('an unsupported language falls back to English', async () => {
        const { el, root } = await mount(tag, 'tlh');
        expect(title(root)).to.equal(en[key]);
        expect(getComputedStyle(el).direction).to.equal('ltr');
      });

      it('the pseudo-locale (accented, 40 % longer) fits 375 px: nothing clipped or overflowing', async () => {
        const { el, root } = await mount(tag, 'en-XA', '375px');
        expect(title(root)).to.match(/·/);
        expect(el.scrollWidth, 'the element overflows').to.be.at.most(el.clientWidth + 1);
        for (const node of root.querySelectorAll<HTMLElement>('*')) {
          const style = getComputedStyle(node);
          const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
          if (!clips || node.classList.contains('visually-hidden') || style.position === 'absolute') continue;
          if (node.closest('dialog:not([open])')) continue;
          expect(node.scrollWidth, `${node.localName}.${node.className} clips its text`).to.be.at.most(node.clientWidth + 1);
        }
      });
    });
  }

  it('an element with lang="ar" and no page direction sets its own dir, and drops it when the language changes', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<portal-login lang="ar" api-base="http://localhost:1/v1"></portal-login>`,
    );
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'dir was not set', { timeout: 5000 });
    el.setAttribute('lang', 'en');
    await waitUntil(() => !el.hasAttribute('dir'), 'dir stayed after the language changed', { timeout: 5000 });
  });

  it('fr-CA falls back to fr for what it does not change, then to English', async () => {
    const { root } = await mount('portal-invoices', 'fr-CA');
    const frCa = await bundle('fr-CA', 'invoices');
    const expected = (frCa['invoices.title'] ?? (await bundle('fr', 'invoices'))['invoices.title']) as string;
    expect(title(root)).to.equal(expected);
    expect(title(root)).not.to.equal(en['invoices.title']);
  });

  it('zh-HK falls back to zh-TW (Traditional) for what it does not change, then to zh', async () => {
    const { root } = await mount('portal-invoices', 'zh-HK');
    const [hk, tw, zh] = await Promise.all(['zh-HK', 'zh-TW', 'zh'].map((locale) => bundle(locale, 'invoices')));
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    // Hong Kong's own wording first.
    expect(hk['invoices.title']).to.be.a('string').and.not.equal(tw['invoices.title']);
    expect(title(root)).to.equal(hk['invoices.title']);
    // None of its own: Taiwan's Traditional Chinese, not the Simplified base.
    expect(hk).not.to.have.property('invoices.column.description');
    expect(tw['invoices.column.description']).to.be.a('string').and.not.equal(zh['invoices.column.description']);
    expect(headers).to.include(tw['invoices.column.description']);
    // Neither has one (the same in both scripts): the base.
    expect(hk).not.to.have.property('invoices.column.date');
    expect(tw).not.to.have.property('invoices.column.date');
    expect(headers).to.include(zh['invoices.column.date']);
  });

  it('zh-HK holds only what differs from zh-TW', async () => {
    for (const namespace of Object.keys(NAMESPACES)) {
      const [hk, tw] = await Promise.all([bundle('zh-HK', namespace), bundle('zh-TW', namespace)]);
      const same = Object.keys(hk).filter((key) =>
        typeof hk[key] === 'function' ? String(hk[key]).replaceAll('zh-HK', 'zh-TW') === String(tw[key]) : hk[key] === tw[key],
      );
      expect(same, `zh-HK/${namespace} repeats zh-TW`).to.deep.equal([]);
    }
  });

  it('pseudo-localizes English that arrives after the pseudo-locale (an element defined later)', async () => {
    await load('en-XA', ['common']);
    addEnglish({ 'test.late': 'Late' } as unknown as PartialTranslation);
    expect(lookup('en-XA', 'test.late' as Key)).to.equal('Ļàţé ··');
    expect(lookup('en', 'test.late' as Key)).to.equal('Late');
  });

  it('takes the merchant’s own wording: <portal-session>.strings and registerTranslation', async () => {
    const { root, session } = await mount('portal-invoices', 'de');
    session.strings = { de: { 'invoices.title': 'Ihre Belege' } };
    await waitUntil(() => title(root) === 'Ihre Belege', 'the session’s strings were not used');
    registerTranslation('de', { 'invoices.column.number': 'Belegnummer' });
    await waitUntil(() => root.querySelector('thead th')?.textContent?.trim() === 'Belegnummer', 'registerTranslation was not used');
  });
});
