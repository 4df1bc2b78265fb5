import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../events.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import { PortalApiClient } from '../../state/api-client.js';
import { PortalError } from '../../state/errors.js';
import { controls } from '../../themes/controls.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './portal-login.styles.js';

/**
 * Email sign-in (Dodo's static login link, on the merchant's page): the customer types
 * the email used at purchase and receives a one-time sign-in link. The answer is the
 * same whether or not the email is known.
 *
 * @summary Sign in by email link.
 * @fires portal-login-requested - A sign-in link was requested; `detail.email`.
 * @fires portal-error - The request failed; `detail.error`.
 * @csspart form - The form.
 * @csspart title - The heading.
 * @csspart input - The email field.
 * @csspart submit - The submit button.
 * @csspart message - The confirmation or error message.
 * @cssprop [--portal-color-brand=#4f46e5] - The submit button.
 * @cssprop [--portal-color-brand-text] - Brand-coloured text (links) and the focus ring; defaults to the brand when it is readable on the surface, else the text colour.
 * @cssprop [--portal-color-on-brand=#ffffff] - The submit button's text.
 */
export class PortalLogin extends LitElement {
  static override styles = [tokens, controls, styles];
  /** The string namespaces it shows, with their English (other languages load lazily). */
  static i18n: ElementStrings = {};

  /** Base URL of the portal API, e.g. `https://billing.example.com/v1`. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The merchant's business id (e.g. `biz_demo`). */
  @property({ attribute: 'business-id' }) businessId = '';

  /** A fetch to use instead of the global one. */
  @property({ attribute: false }) fetch?: typeof globalThis.fetch;

  @state() private phase: 'form' | 'sending' | 'sent' = 'form';
  @state() private error?: PortalError;
  @state() private invalid = false;
  @state() private sentTo = '';

  readonly #i18n = new LocalizeController(this);

  get #input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  protected override updated(): void {
    const focusAfter = this.renderRoot.querySelector<HTMLElement>('[data-focus-after]');
    if (focusAfter) {
      focusAfter.focus();
      focusAfter.removeAttribute('data-focus-after');
    }
  }

  protected override render() {
    const t = this.#i18n;
    if (this.phase === 'sent') {
      return html`
        <div part="message" class="sent" role="status">
          <h2 part="title" tabindex="-1" data-focus-after>${t.term('login.sent.title')}</h2>
          <p>${t.term('login.sent.body', this.sentTo)}</p>
          <button type="button" class="link" @click=${this.#again}>${t.term('login.again')}</button>
        </div>
      `;
    }
    const busy = this.phase === 'sending';
    return html`
      <form part="form" novalidate @submit=${this.#submit}>
        <h2 part="title">${t.term('login.title')}</h2>
        <p class="intro" id="intro">${t.term('login.intro')}</p>
        <label for="email">${t.term('login.email')}</label>
        <input
          part="input"
          id="email"
          name="email"
          type="email"
          inputmode="email"
          autocomplete="email"
          required
          maxlength="254"
          spellcheck="false"
          aria-describedby=${this.invalid ? 'email-error' : 'intro'}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          @input=${() => (this.invalid = false)}
        />
        ${this.invalid ? html`<p id="email-error" class="field-error">${t.term('login.invalidEmail')}</p>` : nothing}
        <button part="submit" type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? t.term('login.sending') : t.term('login.submit')}
        </button>
        <div class="live" role="alert">${this.error ? html`<p part="message" class="error">${this.#errorText(this.error)}</p>` : nothing}</div>
      </form>
    `;
  }

  #errorText(error: PortalError): string {
    if (error.kind === 'rate_limited') {
      const minutes = Math.max(1, Math.ceil((error.details.retryAfterMs ?? 60_000) / 60_000));
      return this.#i18n.term('login.rateLimited', minutes);
    }
    return this.#i18n.errorMessage(error);
  }

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (this.phase === 'sending') return;
    const email = this.#input.value.trim();
    if (!this.#input.checkValidity() || !email.includes('@')) {
      this.invalid = true;
      this.#input.focus();
      return;
    }
    this.phase = 'sending';
    this.error = undefined;
    try {
      const client = new PortalApiClient({ apiBase: this.apiBase, fetch: this.fetch });
      await client.call('post', '/v1/login', { body: { business_id: this.businessId, email } });
      this.sentTo = email;
      this.phase = 'sent';
      emit(this, 'portal-login-requested', { email });
    } catch (error) {
      this.phase = 'form';
      this.error = error instanceof PortalError ? error : new PortalError('network', String(error));
      emit(this, 'portal-error', { error: this.error, action: 'login' });
    }
  };

  #again = async () => {
    this.phase = 'form';
    this.error = undefined;
    await this.updateComplete;
    this.#input.value = '';
    this.#input.focus();
  };
}
