import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ResourceController } from '../../state/resource-controller.js';
import type { ResourceState } from '../../state/resource.js';
import type { ResponseOf } from '../../state/api-client.js';
import { linkOrigins, returnOrigins, safeHttpUrl } from '../../state/urls.js';
import { PortalSession } from '../portal-session/portal-session.js';
import { styles } from './portal-app.styles.js';

type Subscriptions = ResponseOf<'/v1/subscriptions', 'get'>;
type SectionId = 'subscriptions' | 'paymentMethods' | 'invoices' | 'profile' | 'licenseKeys';

/**
 * The whole portal in one tag, as the hosted portals offer it: the business's header,
 * then subscriptions, payment methods, invoices, account details and license keys —
 * each hidden when the configuration turns it off (subscriptions when the customer has
 * none) — with section navigation, the business's links and a way back to its site.
 * It is a `<portal-session>`: every attribute and property of one applies.
 *
 * @summary The complete customer portal.
 * @slot header - Replaces the header (logo, business name, headline).
 * @slot footer - Replaces the footer (return link, privacy and terms links).
 * @csspart header - The header.
 * @csspart sign-out - The Sign out button (ends the session on the server, then shows the way back).
 * @csspart logo - The business's logo or icon.
 * @csspart nav - The section navigation.
 * @csspart nav-item - One section's link in the navigation.
 * @csspart main - The sections.
 * @csspart section - One section.
 * @csspart footer - The footer.
 * @cssprop [--portal-app-max-width=72rem] - The widest the portal grows.
 * @attr theme - `light` or `dark` forces that theme; without it, the OS preference applies.
 */
export class PortalApp extends PortalSession {
  static override styles = [PortalSession.styles, styles];

  @state() private current: SectionId | undefined;

  readonly #subscriptions = new ResourceController<ResourceState<Subscriptions>>(this, () =>
    this.store?.subscriptions,
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The sections render once the bootstrap says which are on: their lists come with it,
    // not after it (those turned off are left out, or never shown).
    this.store?.prefetch(['subscriptions', 'payment_methods', 'invoices', 'customer', 'license_keys']);
  }

  /** The sections this customer sees, in order. */
  get #sections(): SectionId[] {
    const features = this.store?.bootstrap.state.data?.features;
    if (!features) return [];
    const subscriptions = this.#subscriptions.state;
    const hasSubscriptions = subscriptions?.status !== 'ready' || (subscriptions.data?.data.length ?? 0) > 0;
    const out: SectionId[] = [];
    if (hasSubscriptions) out.push('subscriptions');
    if (features.payment_method_update.enabled) out.push('paymentMethods');
    if (features.invoice_history.enabled) out.push('invoices');
    if (features.customer_update.enabled) out.push('profile');
    if (features.license_keys.enabled) out.push('licenseKeys');
    return out;
  }

  /** Signing out is under way: further presses are ignored. */
  #signingOut = false;

  #signOut = async () => {
    if (this.#signingOut) return;
    this.#signingOut = true;
    this.requestUpdate();
    try {
      await this.logout();
    } finally {
      this.#signingOut = false;
    }
  };

  #go(id: SectionId): void {
    this.current = id;
    const section = this.renderRoot.querySelector<HTMLElement>(`#section-${id}`);
    section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    section?.focus({ preventScroll: true });
  }

  protected override renderContent(hidden: boolean): unknown {
    const t = this.i18n;
    const data = this.store?.bootstrap.state.data;
    const profile = data?.business_profile;
    const business = profile?.name ?? '';
    const links = linkOrigins(this.store);
    const back = returnOrigins(this.store);
    const logo = safeHttpUrl(data?.branding.logo_url, links) ?? safeHttpUrl(data?.branding.icon_url, links);
    const returnUrl = safeHttpUrl(this.returnUrl, back) ?? safeHttpUrl(data?.return_url, back);
    const privacy = safeHttpUrl(profile?.privacy_policy_url, links);
    const terms = safeHttpUrl(profile?.terms_of_service_url, links);
    const sections = this.#sections;
    const element = (id: SectionId) =>
      ({
        subscriptions: html`<portal-subscriptions></portal-subscriptions>`,
        paymentMethods: html`<portal-payment-method></portal-payment-method>`,
        invoices: html`<portal-invoices></portal-invoices>`,
        profile: html`<portal-profile></portal-profile>`,
        licenseKeys: html`<portal-license-keys></portal-license-keys>`,
      })[id];
    return html`
      <div class="app" ?hidden=${hidden}>
        <header part="header" class="header">
          <slot name="header">
            ${logo
              ? html`<img part="logo" class="logo" src=${logo} alt="" />`
              : business
                ? html`<span part="logo" class="monogram" aria-hidden="true">${[...business][0]}</span>`
                : nothing}
            <div class="identity">
              <p class="business">${business}</p>
              ${profile?.headline ? html`<p class="headline">${profile.headline}</p>` : nothing}
            </div>
          </slot>
          <button type="button" part="sign-out" class="sign-out" aria-disabled=${this.#signingOut ? 'true' : 'false'} @click=${this.#signOut}>
            ${t.term('app.signOut')}
          </button>
        </header>
        <div class="body">
          ${sections.length > 1
            ? html`<nav part="nav" class="nav" aria-label=${t.term('app.nav')}>
                <ul>
                  ${sections.map(
                    (id) => html`<li>
                      <a
                        part="nav-item"
                        href=${`#section-${id}`}
                        aria-current=${this.current === id ? 'true' : 'false'}
                        @click=${(event: Event) => {
                          event.preventDefault();
                          this.#go(id);
                        }}
                        >${t.term(`app.section.${id}`)}</a
                      >
                    </li>`,
                  )}
                </ul>
              </nav>`
            : nothing}
          <main part="main" class="main">
            ${sections.map(
              // Not a landmark of its own: each element inside is already a labelled region.
              (id) => html`<div part="section" class="section" id=${`section-${id}`} tabindex="-1">${element(id)}</div>`,
            )}
            <slot></slot>
          </main>
        </div>
        <footer part="footer" class="footer">
          <slot name="footer">
            ${returnUrl ? html`<a class="return" href=${returnUrl}>${t.term('app.return', business || '…')}</a>` : nothing}
            <span class="links">
              ${privacy ? html`<a href=${privacy} rel="noopener">${t.term('app.privacy')}</a>` : nothing}
              ${terms ? html`<a href=${terms} rel="noopener">${t.term('app.terms')}</a>` : nothing}
            </span>
          </slot>
        </footer>
      </div>
    `;
  }
}
