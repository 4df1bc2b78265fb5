import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { sessionContext } from '../../state/session-context.js';
import { PortalStore } from '../../state/store.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './portal-session.styles.js';

/**
 * Holds one customer's portal session and provides it to every portal element inside
 * it: they share one API client and one store, so each resource is fetched once
 * however many elements show it.
 *
 * @summary The session every portal element inside it uses.
 * @slot - Portal elements, and any of the merchant's own markup.
 */
export class PortalSession extends LitElement {
  static override styles = [tokens, styles];

  /** Base URL of the portal API, e.g. `https://billing.example.com/v1`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The portal session token the merchant's server created. Kept in memory only. */
  @property({ attribute: 'token' }) token = '';

  /** The customer's language, when the merchant knows it (BCP 47, e.g. `fr-CA`). */
  @property({ reflect: true }) locale = '';

  /** Where the customer goes back to on the merchant's site. */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /** Extra headers sent with every API request (e.g. a tenant header). */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /** A fetch to use instead of the global one. */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /** The shared store, provided to every portal element inside. */
  @provide({ context: sessionContext })
  @state()
  protected store?: PortalStore;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const keys = ['apiBase', 'token', 'locale', 'headers', 'fetch'];
    if (keys.some((key) => changed.has(key))) {
      this.store?.dispose();
      this.store =
        this.apiBase && this.token
          ? new PortalStore({
              apiBase: this.apiBase,
              token: this.token,
              locale: this.locale,
              headers: this.headers,
              fetch: this.fetch,
            })
          : undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A session taken off the page drops its data; put back, it starts afresh.
    this.store?.dispose();
    this.store = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.store && this.hasUpdated) this.requestUpdate('token');
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
