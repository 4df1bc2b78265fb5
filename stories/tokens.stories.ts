import { LitElement, css, html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { tokens } from '../src/themes/tokens.js';

/** Every public token in src/themes/tokens.ts: `--_private: var(--portal-public, default)`. */
const TOKENS = [...tokens.cssText.matchAll(/(--_[\w-]+):\s*var\(\s*(--portal-[\w-]+)\s*,([^;]*);/g)].map(([, privateName, publicName, fallback]) => ({
  privateName: privateName!,
  publicName: publicName!,
  fallback: fallback!.replace(/\s+/g, ' ').trim().replace(/\)$/, ''),
}));

/**
 * A live table of the tokens: each value is what an element resolves right now, so the
 * toolbar's theme, and any value typed into the page's CSS, show at once.
 */
class TokenTable extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--_space-2) var(--_space-3);
        border-block-end: 1px solid var(--_border);
        vertical-align: middle;
      }
      code {
        font-size: var(--_font-size-sm);
      }
      .swatch {
        display: inline-block;
        inline-size: 2.5rem;
        block-size: 1.5rem;
        border-radius: 4px;
        border: 1px solid var(--_border);
      }
    `,
  ];

  #value(name: string): string {
    return getComputedStyle(this).getPropertyValue(name).trim();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Resolved values change with the theme: read them again after the first paint.
    requestAnimationFrame(() => this.requestUpdate());
  }

  protected override render() {
    return html`
      <table>
        <caption>Design tokens (set the public name on the page, on &lt;portal-session&gt; or on an element)</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Default</th>
            <th scope="col">Now</th>
            <th scope="col"><span class="visually-hidden">Swatch</span></th>
          </tr>
        </thead>
        <tbody>
          ${TOKENS.map(({ privateName, publicName, fallback }) => {
            const value = this.#value(privateName);
            const colour = /color|shadow|backdrop/.test(publicName);
            return html`<tr>
              <th scope="row"><code>${publicName}</code></th>
              <td><code>${fallback}</code></td>
              <td><code>${value}</code></td>
              <td>${colour ? html`<span class="swatch" style="background: var(${privateName})"></span>` : ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }
}
if (!customElements.get('portal-token-table')) customElements.define('portal-token-table', TokenTable);

const meta = {
  title: 'Design/Tokens',
  render: () => html`<portal-token-table></portal-token-table>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every token, its default, and what it resolves to now (switch the theme in the toolbar). */
export const Tokens: Story = {};

/** The same table under a merchant's brand and radius, set on a wrapper as a page would. */
export const MerchantBrand: Story = {
  render: () => html`<div style="--portal-color-brand: #0f766e; --portal-radius: 2px"><portal-token-table></portal-token-table></div>`,
};
