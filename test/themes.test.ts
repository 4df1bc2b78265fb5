/**
 * Branding and themes (src/themes/tokens.ts): the page's CSS wins over the server's
 * branding, text on the brand colour stays readable whatever the colour, dark mode
 * applies on request and passes axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/portal-session.js';
import '../src/define/portal-login.js';
import '../src/define/portal-invoices.js';
import type { PortalSession } from '../src/components/portal-session/portal-session.js';
import { serverApiBase, sessionToken, sessionReady } from './support/portal.js';

/** A CSS colour as the browser computed it → linear-light RGB in [0, 1]. */
function linear(css: string): [number, number, number] {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = '#000';
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  const toLinear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [toLinear(r!), toLinear(g!), toLinear(b!)];
}
const luminance = (css: string) => {
  const [r, g, b] = linear(css);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

async function loginButton(style = '', theme?: string) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang="en" style=${style}>
      <portal-login api-base="http://localhost:1/v1" business-id="biz_demo" theme=${theme ?? ''}></portal-login>
    </div>
  `);
  const login = wrapper.querySelector('portal-login')!;
  await login.updateComplete;
  return { wrapper, login, button: login.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')! };
}

describe('themes and branding', () => {
  for (const [name, brand] of [
    ['a light brand colour', '#ffd60a'],
    ['a mid brand colour', '#2f9e44'],
    ['a dark brand colour', '#1e3a8a'],
    ['the default brand colour', ''],
  ] as const) {
    it(`keeps text on ${name} at 4.5:1 or more`, async () => {
      const { button } = await loginButton(brand ? `--portal-color-brand: ${brand}` : '');
      const style = getComputedStyle(button);
      if (brand) expect(luminance(style.backgroundColor)).to.be.closeTo(luminance(brand), 0.002);
      expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('lets the page’s --portal-color-brand beat the server’s brand colour', async () => {
    const apiBase = await serverApiBase();
    const token = await sessionToken('cus_demo');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <portal-session api-base=${apiBase} token=${token}><portal-invoices></portal-invoices></portal-session>
      </div>
    `);
    const session = wrapper.querySelector<PortalSession>('portal-session')!;
    await sessionReady(session);
    // The server's branding arrives as a fallback on the session…
    const serverBrand = session.style.getPropertyValue('--portal-branding-brand');
    expect(serverBrand).to.match(/^#[0-9a-f]{6}$/i);
    const invoices = wrapper.querySelector('portal-invoices')!;
    await waitUntil(() => invoices.shadowRoot!.querySelector('button[part="more"]'), 'never loaded', { timeout: 8000 });
    const more = invoices.shadowRoot!.querySelector<HTMLElement>('button[part="more"]')!;
    const brandOf = () => getComputedStyle(invoices).getPropertyValue('--_brand').trim();
    expect(luminance(brandOf())).to.be.closeTo(luminance(serverBrand), 0.002);
    // …and the page's own CSS wins over it.
    wrapper.style.setProperty('--portal-color-brand', '#c2185b');
    expect(luminance(brandOf())).to.be.closeTo(luminance('#c2185b'), 0.002);
    expect(more).to.exist;
  });

  it('applies theme="dark": dark surfaces, light text, still readable, and passes axe', async () => {
    const { login, button } = await loginButton('', 'dark');
    const host = getComputedStyle(login);
    expect(host.colorScheme).to.equal('dark');
    const surface = getComputedStyle(login.shadowRoot!.querySelector('input')!).backgroundColor;
    expect(luminance(surface)).to.be.below(0.05);
    expect(luminance(host.color)).to.be.above(0.6);
    expect(contrast(getComputedStyle(button).color, getComputedStyle(button).backgroundColor)).to.be.at.least(4.5);
    await expect(login).to.be.accessible();
  });

  it('carries a session’s theme to the elements inside it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en"><portal-session theme="dark"><portal-login api-base="http://localhost:1/v1"></portal-login></portal-session></div>
    `);
    const login = wrapper.querySelector('portal-login')!;
    await login.updateComplete;
    expect(getComputedStyle(login).colorScheme).to.equal('dark');
    const light = await fixture<HTMLDivElement>(html`
      <div lang="en"><portal-session theme="light"><portal-login api-base="http://localhost:1/v1"></portal-login></portal-session></div>
    `);
    expect(getComputedStyle(light.querySelector('portal-login')!).colorScheme).to.equal('light');
  });
});
