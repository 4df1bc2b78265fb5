import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { emit, type PortalEventDetails } from '../../events.js';
import { warmFormatters } from '../../i18n/format.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import { stringsChanged } from '../../i18n/registry.js';
import type { Locale, PSEUDO_LOCALE, PartialTranslation } from '../../i18n/locales.js';
import { PortalApiClient } from '../../state/api-client.js';
import { PortalError } from '../../state/errors.js';
import { takeFragmentToken } from '../../state/fragment.js';
import { sessionContext } from '../../state/session-context.js';
import { PortalStore } from '../../state/store.js';
import { returnOrigins, safeHttpUrl } from '../../state/urls.js';
import { controls } from '../../themes/controls.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './portal-session.styles.js';

type Phase = 'idle' | 'signing-in' | 'ready' | 'expired' | 'logged-out' | 'invalid-link' | 'renew-failed';

/**
 * Holds one customer's portal session and provides it to every portal element inside
 * it: they share one API client and one store, so each resource is fetched once
 * however many elements show it.
 *
 * The token comes from the `token` attribute, from the page's URL fragment
 * (`#portal_session=…`, or a one-time `#portal_login=…` link, exchanged once), or from
 * `fetchToken`. It is kept in memory only. A minute before the session would end the
 * customer can stay signed in with one action; when it ends, every element's data is
 * cleared and the way back is shown — or, with `fetchToken`, the session is renewed
 * without interrupting the customer.
 *
 * @summary The session every portal element inside it uses.
 * @slot - Portal elements, and any of the merchant's own markup.
 * @fires portal-session-ready - The session works; `detail.customer`, `detail.renewed`.
 * @fires portal-session-expired - The session ended and the customer's data was cleared; `detail.reason`.
 * @fires portal-error - Signing in or renewing failed; `detail.error`.
 * @csspart notice - The "session ends soon" notice.
 * @csspart offline - The offline notice.
 * @csspart ended - The panel shown when the session has ended or a link is not valid.
 * @csspart button - Buttons in the notices.
 * @cssprop [--portal-color-warning-bg=#fdf1d8] - The notices' background.
 * @attr theme - `light` or `dark` forces that theme on every element inside; without it, the OS preference applies.
 */
export class PortalSession extends LitElement {
  static override styles: CSSResultGroup = [tokens, controls, styles];
  /** The string namespaces it shows, with their English (other languages load lazily). */
  static i18n: ElementStrings = {};

  /** Base URL of the portal API, e.g. `https://billing.example.com/v1`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The portal session token the merchant's server created. Kept in memory only. */
  @property({ attribute: 'token' }) token = '';

  /**
   * Mints a new session token through the merchant's backend; called when no token is
   * given and again whenever the session ends (Stripe Connect's fetchClientSecret).
   */
  @property({ attribute: false }) fetchToken?: () => Promise<string>;

  /** The customer's language, when the merchant knows it (BCP 47, e.g. `fr-CA`). */
  @property({ reflect: true }) locale = '';

  /** Where the customer goes back to on the merchant's site. */
  @property({ attribute: 'return-url' }) returnUrl = '';

  /** The merchant's business id: lets a customer whose session ended ask for a new link. */
  @property({ attribute: 'business-id' }) businessId = '';

  /**
   * The merchant's own wording, per locale, for every element inside:
   * `session.strings = { en: { 'invoices.title': 'Billing history' }, de: { … } }`.
   * Type-checked against the English bundle.
   */
  @property({ attribute: false }) strings: Partial<Record<Locale | typeof PSEUDO_LOCALE, PartialTranslation>> = {};

  /** Extra headers sent with every API request (e.g. a tenant header). */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /** A fetch to use instead of the global one. */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  /** The shared store, provided to every portal element inside. */
  @provide({ context: sessionContext })
  @state()
  protected store?: PortalStore;

  @state() private phase: Phase = 'idle';

  readonly #i18n = new LocalizeController(this, () => this.store?.locale ?? (this.locale || undefined));
  #unsubscribe: Array<() => void> = [];
  /** A session was ready before: the next one is a renewal. */
  #wasReady = false;
  /** The token the running store uses. */
  #token = '';
  #renewing?: Promise<void>;
  /** The origins the server declared for links, kept for the way back once the session has ended. */
  #linkOrigins: readonly string[] = [];
  #firstConnect = true;

  /** The deep-link flow the session was created with, once the session is ready. */
  get flow(): unknown {
    return this.store?.bootstrap.state.data?.flow ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#firstConnect) {
      this.#firstConnect = false;
      // Before anything else: take a token out of the address bar.
      this.#useFragment();
    }
    // A link opened in a tab that already shows the portal changes only the fragment.
    globalThis.addEventListener?.('hashchange', this.#useFragment);
    if (!this.store && this.hasUpdated && this.phase === 'ready') this.#start();
  }

  #useFragment = () => {
    const fromFragment = takeFragmentToken();
    if (fromFragment?.kind === 'session') this.token = fromFragment.token;
    if (fromFragment?.kind === 'login') void this.#exchange(fromFragment.token);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.#useFragment);
    // A session taken off the page drops its data; put back, it starts afresh.
    this.#stop();
    if (this.phase === 'ready') this.phase = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('strings') || changed.has('locale'))) stringsChanged();
    const inputs = ['apiBase', 'locale', 'headers', 'fetch'] as const;
    const tokenChanged = changed.has('token') && this.token !== this.#token;
    if (tokenChanged || inputs.some((key) => changed.has(key))) {
      if (this.apiBase && this.token) this.#start();
      else this.#stop();
    }
    if (!this.token && this.apiBase && this.fetchToken && (this.phase === 'idle' || this.phase === 'expired')) {
      void this.#renew();
    }
  }

  /** Signs the customer out: the session token stops working at once. */
  async logout(): Promise<void> {
    const store = this.store;
    if (store) {
      try {
        await store.client.call('post', '/v1/logout', {});
      } catch {
        // Signed out here whatever the server said: the token is dropped below.
      }
    }
    this.#end('logged_out');
  }

  #start(): void {
    this.#stop();
    this.#token = this.token;
    this.#linkOrigins = [];
    const store = new PortalStore({
      apiBase: this.apiBase,
      token: this.token,
      locale: this.locale || undefined,
      headers: this.headers,
      fetch: this.fetch,
      onSessionEnded: (error) => this.#sessionEnded(error),
      // Chromium loads its locale data on a page's first formatter: built while the first answer travels.
      whileWaiting: warmFormatters,
    });
    this.store = store;
    this.phase = 'ready';
    this.#unsubscribe = [
      store.clock.subscribe(() => this.#clockChanged()),
      store.connectivity.subscribe(() => this.requestUpdate()),
      store.bootstrap.subscribe(() => {
        this.#applyBranding();
        this.#linkOrigins = store.bootstrap.state.data?.link_origins ?? this.#linkOrigins;
        this.requestUpdate();
      }),
    ];
    void store.bootstrap.load().then(() => {
      const customer = store.bootstrap.state.data?.customer.id;
      if (customer && this.store === store) {
        emit(this, 'portal-session-ready', { customer, renewed: this.#wasReady });
        this.#wasReady = true;
      }
    });
  }

  /**
   * The merchant's branding from the server's configuration, as fallbacks under the
   * page's own CSS: `--portal-color-brand` set by the page still wins.
   */
  #applyBranding(): void {
    const branding = this.store?.bootstrap.state.data?.branding;
    const set = (name: string, value: string | null | undefined) =>
      value && /^#[0-9a-fA-F]{6}$/.test(value) ? this.style.setProperty(name, value) : this.style.removeProperty(name);
    set('--portal-branding-brand', branding?.brand_color);
    set('--portal-branding-accent', branding?.accent_color);
  }

  #stop(): void {
    this.#token = '';
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    this.store?.dispose();
    this.store = undefined;
  }

  #clockChanged(): void {
    if (this.store?.clock.state.phase === 'expired') {
      this.#sessionEnded(new PortalError('expired', 'The portal session has expired.'));
    }
    this.requestUpdate();
  }

  #sessionEnded(error: PortalError): void {
    if (this.phase !== 'ready') return;
    if (this.fetchToken) {
      void this.#renew();
      return;
    }
    this.#end(error.kind === 'unauthenticated' ? 'revoked' : 'expired');
  }

  #end(reason: PortalEventDetails['portal-session-expired']['reason']): void {
    this.#stop();
    this.token = '';
    this.phase = reason === 'logged_out' ? 'logged-out' : reason === 'invalid_link' ? 'invalid-link' : 'expired';
    emit(this, 'portal-session-expired', { reason });
  }

  /**
   * Gets a new token from `fetchToken`. A running store keeps what it shows and uses the
   * new token from now on (every resource is read again); otherwise a store starts.
   */
  #renew(): Promise<void> {
    if (this.#renewing) return this.#renewing;
    const fetchToken = this.fetchToken!;
    this.#renewing = (async () => {
      try {
        if (!this.store) this.phase = 'signing-in';
        const token = await fetchToken();
        if (typeof token !== 'string' || token.length === 0) throw new PortalError('unauthenticated', 'fetchToken gave no token.');
        const store = this.store;
        if (store) {
          store.client.setToken(token);
          this.#token = token; // the same store goes on: no new store for this change
          this.token = token;
          await store.bootstrap.load(); // restarts the session clock with the new session's times
          await store.refresh(['invoices', 'subscriptions', 'payment_methods', 'customer', 'license_keys', 'plans']);
          const customer = store.bootstrap.state.data?.customer.id;
          if (customer) emit(this, 'portal-session-ready', { customer, renewed: true });
        } else {
          this.token = token;
        }
      } catch (error) {
        const portalError = error instanceof PortalError ? error : new PortalError('unauthenticated', String(error), { cause: error });
        emit(this, 'portal-error', { error: portalError, action: 'renew' });
        this.#stop();
        this.phase = 'renew-failed';
        emit(this, 'portal-session-expired', { reason: 'expired' });
      } finally {
        this.#renewing = undefined;
      }
    })();
    return this.#renewing;
  }

  /** Exchanges a one-time login link's token for a session. */
  async #exchange(loginToken: string): Promise<void> {
    this.phase = 'signing-in';
    await this.updateComplete;
    if (!this.apiBase) await new Promise((resolve) => setTimeout(resolve)); // attributes set after connect
    try {
      const client = new PortalApiClient({ apiBase: this.apiBase, headers: this.headers, fetch: this.fetch, retries: 1 });
      const session = await client.call('post', '/v1/sessions/exchange', { body: { login_token: loginToken } });
      this.token = session.token;
    } catch (error) {
      const portalError = error instanceof PortalError ? error : new PortalError('network', String(error));
      emit(this, 'portal-error', { error: portalError, action: 'exchange' });
      if (portalError.kind === 'unauthenticated' || portalError.kind === 'expired' || portalError.kind === 'validation') {
        this.#end('invalid_link');
      } else {
        this.phase = 'renew-failed';
      }
    }
  }

  #stay = () => void this.store?.bootstrap.load();

  protected override render() {
    const signedOut = this.phase === 'idle' && !this.token && !this.fetchToken && Boolean(this.businessId && this.apiBase);
    const ended = signedOut || (this.phase !== 'ready' && this.phase !== 'idle' && this.phase !== 'signing-in');
    return html`
      ${this.#renderNotices()}
      ${this.phase === 'signing-in' ? html`<p class="signing-in" role="status">${this.#i18n.term('session.signingIn')}</p>` : nothing}
      ${ended ? this.#renderEnded() : nothing}
      ${this.renderContent(ended)}
    `;
  }

  /** What the session shows while it works: its children. (`<portal-app>` shows the whole portal.) */
  protected renderContent(hidden: boolean): unknown {
    return html`<div class="content" ?hidden=${hidden}><slot></slot></div>`;
  }

  /** The language controller, for subclasses' own strings. */
  protected get i18n(): LocalizeController {
    return this.#i18n;
  }

  #renderNotices() {
    const t = this.#i18n;
    const store = this.store;
    if (!store || this.phase !== 'ready') return nothing;
    const clock = store.clock.state;
    const warning = clock.phase === 'warning' && !this.fetchToken;
    return html`
      <div class="live" role="alert">
        ${warning
          ? html`<div part="notice" class="notice">
              <p>${clock.extendable ? t.term('session.warning') : t.term('session.warningFinal')}</p>
              ${clock.extendable
                ? html`<button part="button" class="primary" type="button" @click=${this.#stay}>${t.term('session.stay')}</button>`
                : nothing}
            </div>`
          : nothing}
      </div>
      <div class="live" role="status">
        ${store.connectivity.state.online ? nothing : html`<p part="offline" class="notice offline">${t.term('session.offline')}</p>`}
      </div>
    `;
  }

  #renderEnded() {
    const t = this.#i18n;
    const [title, body] =
      this.phase === 'idle'
        ? [undefined, undefined]
        : this.phase === 'logged-out'
        ? [t.term('session.loggedOut.title'), t.term('session.loggedOut.body')]
        : this.phase === 'invalid-link'
          ? [t.term('session.invalidLink.title'), t.term('session.invalidLink.body')]
          : this.phase === 'renew-failed'
            ? [t.term('session.expired.title'), t.term('session.renewFailed')]
            : [t.term('session.expired.title'), t.term('session.expired.body')];
    const returnUrl = safeHttpUrl(this.returnUrl, returnOrigins(this.store, [...this.#linkOrigins, this.apiBase]));
    return html`
      <section part="ended" class="ended" aria-labelledby=${title ? 'ended-title' : nothing}>
        ${title ? html`<h2 id="ended-title" tabindex="-1">${title}</h2>` : nothing} ${body ? html`<p>${body}</p>` : nothing}
        ${this.businessId && this.apiBase
          ? html`<portal-login api-base=${this.apiBase} business-id=${this.businessId} .fetch=${this.fetch}></portal-login>`
          : nothing}
        ${returnUrl ? html`<a part="button" class="return" href=${returnUrl}>${t.term('session.returnGeneric')}</a>` : nothing}
      </section>
    `;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // Move focus to the panel when the session ends while the customer was using it.
    if (changed.has('phase') && changed.get('phase') === 'ready' && this.phase !== 'ready') {
      const active = document.activeElement;
      if (!active || active === document.body || this.contains(active)) {
        this.renderRoot.querySelector<HTMLElement>('#ended-title')?.focus();
      }
    }
  }
}
