/**
 * The floor `npm run bench` measures the kit against: one trivial Lit element, bundled
 * the way dist/portal-kit.js is (minified, lit inlined), on a page with the same
 * skeleton. Whatever the kit costs above this is the kit's own.
 */
import { LitElement, css, html } from 'lit';

export class BenchFloor extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
    }
  `;

  protected override render() {
    return html`<p>Billing, as fast as a page can be.</p>`;
  }
}

customElements.define('bench-floor', BenchFloor);
