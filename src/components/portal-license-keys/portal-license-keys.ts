import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../../events.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import licenseKeys from '../../i18n/en/licenseKeys.js';
import type { Schemas } from '../../state/api-client.js';
import type { ResourceState } from '../../state/resource.js';
import { ResourceController } from '../../state/resource-controller.js';
import { sessionContext } from '../../state/session-context.js';
import type { PortalStore } from '../../state/store.js';
import { controls } from '../../themes/controls.js';
import { skeleton } from '../../themes/skeleton.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './portal-license-keys.styles.js';

type LicenseKey = Schemas['LicenseKey'];
type LicenseKeyList = Schemas['LicenseKeyList'];

/** The key's last four letters or digits (separators skipped): what the mask leaves visible. */
export function lastFour(key: string): string {
  return key.replace(/[^0-9A-Za-z]/g, '').slice(-4);
}

/** The key with every letter and digit but the last four replaced by a dot; separators kept, so its shape shows. */
export function maskKey(key: string): string {
  let keep = 4;
  const chars = [...key];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/[0-9A-Za-z]/.test(chars[i]!)) continue;
    if (keep > 0) keep--;
    else chars[i] = '•';
  }
  return chars.join('');
}

/**
 * The customer's license keys (Dodo's and Polar's portals): each with its product,
 * status, activations used of the limit and expiry. A key is masked (its last four
 * shown) until the customer reveals it with a toggle; Copy puts the whole key on the
 * clipboard without revealing it, and says so. If the browser refuses the clipboard,
 * the key is revealed so the customer can select it.
 *
 * When the portal configuration turns license keys off, it says they aren't available.
 *
 * @summary License keys: reveal, copy, activations and expiry.
 * @slot empty - What to show when there is nothing to list (the kit's own message otherwise).
 * @fires portal-license-key-copied - A key was copied; `detail.license_key` is its id (never the key).
 * @csspart title - The heading.
 * @csspart key - One key's card.
 * @csspart status - A key's status badge.
 * @csspart value - The key (masked or revealed).
 * @csspart reveal - The "Show key" toggle.
 * @csspart copy - The Copy button.
 * @csspart announcement - The "Copied" confirmation.
 * @csspart message - The empty, unavailable, signed-out or error message.
 * @csspart retry - The "Try again" button.
 * @cssprop [--portal-color-brand=#4f46e5] - Buttons and the focus ring.
 * @cssprop [--portal-color-brand-text] - Brand-coloured text (links) and the focus ring; defaults to the brand when it is readable on the surface, else the text colour.
 * @cssprop [--portal-color-surface=#ffffff] - The cards' background.
 * @cssprop [--portal-color-border=#dcdfe5] - The cards' border.
 * @cssprop [--portal-radius=8px] - Corner radius.
 * @cssprop [--portal-license-keys-card-bg=var(--portal-color-surface)] - The cards' background.
 */
export class PortalLicenseKeys extends LitElement {
  static override styles = [tokens, skeleton, controls, styles];
  /** The string namespaces it shows, with their English (other languages load lazily). */
  static i18n: ElementStrings = { licenseKeys };

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected store?: PortalStore;

  /** Ids of the keys shown in full. */
  @state() private revealed = new Set<string>();
  @state() private announcement = '';
  /** The key whose copy failed, and why that matters. */
  @state() private copyProblem?: { id: string; message: string };
  /** The key being copied now (its button is busy). */
  @state() private copying?: string;

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  readonly #keys = new ResourceController<ResourceState<LicenseKeyList>>(this, () => this.store?.licenseKeys);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed as Map<PropertyKey, unknown>).has('store')) {
      this.revealed = new Set();
      this.announcement = '';
      this.copyProblem = undefined;
    }
  }

  protected override render() {
    const t = this.#i18n;
    const state = this.#keys.state;
    return html`
      <section aria-labelledby="title">
        <h2 id="title" part="title">${t.term('licenseKeys.title')}</h2>
        ${state ? this.#renderState(state) : html`<p part="message" class="message">${t.term('licenseKeys.signedOut')}</p>`}
        <div role="status" part="announcement" class="announcement">
          ${this.announcement ? html`<p class="notice">${this.announcement}</p>` : nothing}
        </div>
      </section>
    `;
  }

  #renderState(state: ResourceState<LicenseKeyList>) {
    const t = this.#i18n;
    if (!state.data) {
      if (state.status === 'error') {
        const error = state.error;
        if (error?.details.code === 'feature_disabled') {
          return html`<p part="message" class="message">${t.term('licenseKeys.disabled')}</p>`;
        }
        const canRetry = error?.kind !== 'expired' && error?.kind !== 'unauthenticated';
        return html`<div part="message" class="message error" role="alert">
          <span>${t.errorMessage(error)}</span>
          ${canRetry
            ? html`<button part="retry" type="button" @click=${() => this.#reload()}>${t.term('action.retry')}</button>`
            : nothing}
        </div>`;
      }
      return html`<div class="skeleton" aria-busy="true">
        <span class="visually-hidden">${t.term('licenseKeys.loading')}</span>
        ${[0, 1].map(() => html`<div class="bone" aria-hidden="true"></div>`)}
      </div>`;
    }
    const keys = state.data.data;
    if (keys.length === 0) return html`<slot name="empty"><p part="message" class="message">${t.term('licenseKeys.empty')}</p></slot>`;
    return html`<ul class="list">
      ${repeat(keys, (key) => key.id, (key) => this.#renderKey(key))}
    </ul>`;
  }

  #renderKey(key: LicenseKey) {
    const t = this.#i18n;
    const shown = this.revealed.has(key.id);
    const valueId = `key-${key.id}`;
    const headingId = `product-${key.id}`;
    const problem = this.copyProblem?.id === key.id ? this.copyProblem.message : '';
    const busy = this.copying === key.id;
    const used = t.number(key.activations_used);
    return html`
      <li part="key" class="card" data-key=${key.id} data-status=${key.status} aria-labelledby=${headingId}>
        <div class="card-head">
          <h3 id=${headingId}>${key.product.name}</h3>
          <span part="status" class="status" data-status=${key.status}>${t.term(`licenseKeys.status.${key.status}` as const)}</span>
        </div>
        <div class="key-row">
          <span class="label">${t.term('licenseKeys.key')}</span>
          ${shown
            ? html`<code part="value" class="value" id=${valueId}>${key.key}</code>`
            : html`<code part="value" class="value masked" id=${valueId}
                ><span aria-hidden="true">${maskKey(key.key)}</span
                ><span class="visually-hidden">${t.term('licenseKeys.masked', lastFour(key.key))}</span></code
              >`}
          <div class="buttons">
            <button
              part="reveal"
              type="button"
              data-action="reveal"
              aria-pressed=${shown ? 'true' : 'false'}
              aria-controls=${valueId}
              @click=${() => this.#toggle(key.id)}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
                <path
                  fill="currentColor"
                  d=${shown
                    ? 'M2.7 3.3 1.3 4.7l3.1 3.1C2.9 9 1.7 10.4 1 12c1.7 4 5.7 7 11 7 1.8 0 3.4-.4 4.9-1l3.4 3.4 1.4-1.4L2.7 3.3ZM12 17c-2.8 0-5-2.2-5-5 0-.8.2-1.5.5-2.2l1.6 1.6c0 .2-.1.4-.1.6 0 1.7 1.3 3 3 3 .2 0 .4 0 .6-.1l1.6 1.6c-.7.3-1.4.5-2.2.5Zm0-12c-1.3 0-2.5.2-3.6.6l1.7 1.7c.6-.2 1.2-.3 1.9-.3 2.8 0 5 2.2 5 5 0 .7-.1 1.3-.3 1.9l2.9 2.9C21 15.5 22.3 13.9 23 12c-1.7-4-5.7-7-11-7Z'
                    : 'M12 5C6.7 5 2.7 8 1 12c1.7 4 5.7 7 11 7s9.3-3 11-7c-1.7-4-5.7-7-11-7Zm0 12c-2.8 0-5-2.2-5-5s2.2-5 5-5 5 2.2 5 5-2.2 5-5 5Zm0-8c-1.7 0-3 1.3-3 3s1.3 3 3 3 3-1.3 3-3-1.3-3-3-3Z'}
                />
              </svg>
              ${t.term('licenseKeys.show')}<span class="visually-hidden"> ${key.product.name}</span>
            </button>
            <button
              part="copy"
              type="button"
              data-action="copy"
              aria-disabled=${busy ? 'true' : 'false'}
              aria-busy=${busy ? 'true' : 'false'}
              aria-describedby=${problem ? `${valueId}-problem` : nothing}
              @click=${() => void this.#copy(key)}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
                <path
                  fill="currentColor"
                  d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1Zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2Zm0 16H8V7h11v14Z"
                />
              </svg>
              ${t.term('licenseKeys.copy')}<span class="visually-hidden"> ${key.product.name}</span>
            </button>
          </div>
        </div>
        ${problem ? html`<p class="problem" role="alert" id="${valueId}-problem">${problem}</p>` : nothing}
        <dl class="facts">
          <div>
            <dt>${t.term('licenseKeys.activations')}</dt>
            <dd>
              ${key.activation_limit === null
                ? t.term('licenseKeys.activationsUnlimited', used)
                : t.term('licenseKeys.activationsOf', used, t.number(key.activation_limit))}
            </dd>
          </div>
          <div>
            <dt>${key.status === 'expired' ? t.term('licenseKeys.expired') : t.term('licenseKeys.expires')}</dt>
            <dd>${key.expires_at ? html`<time datetime=${key.expires_at}>${t.date(key.expires_at)}</time>` : t.term('licenseKeys.never')}</dd>
          </div>
        </dl>
      </li>
    `;
  }

  #reload(): void {
    void this.store?.licenseKeys.load();
  }

  #toggle(id: string): void {
    const revealed = new Set(this.revealed);
    if (revealed.has(id)) revealed.delete(id);
    else revealed.add(id);
    this.revealed = revealed;
  }

  async #copy(key: LicenseKey): Promise<void> {
    if (this.copying) return;
    const t = this.#i18n;
    this.copying = key.id;
    this.announcement = '';
    this.copyProblem = undefined;
    try {
      const clipboard = globalThis.navigator?.clipboard;
      if (!clipboard?.writeText) throw new Error('The Clipboard API is not available.');
      await clipboard.writeText(key.key);
      this.announcement = t.term('licenseKeys.copied', key.product.name);
      emit(this, 'portal-license-key-copied', { license_key: key.id });
    } catch {
      // Show the key so the customer can select and copy it by hand.
      this.revealed = new Set([...this.revealed, key.id]);
      this.copyProblem = { id: key.id, message: t.term('licenseKeys.copyFailed') };
    } finally {
      this.copying = undefined;
    }
  }
}
