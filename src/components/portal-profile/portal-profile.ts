import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import profile from '../../i18n/en/profile.js';
import type { ResourceState } from '../../state/resource.js';
import { ResourceController } from '../../state/resource-controller.js';
import { sessionContext } from '../../state/session-context.js';
import type { PortalStore } from '../../state/store.js';
import { controls } from '../../themes/controls.js';
import { skeleton } from '../../themes/skeleton.js';
import { tokens } from '../../themes/tokens.js';
import { lazyChunk } from '../lazy-chunk.js';
import { styles } from './portal-profile.styles.js';
import { countryName, type Address, type FormContext, type Profile } from './shared.js';

/** The form's chunk (profile-form.ts): asked for once, when the customer first heads for Edit. */
type FormModule = typeof import('./profile-form.js');
const formChunk = lazyChunk(() => import('./profile-form.js'));
const prefetch = formChunk.prefetch;

/** Countries that write the postal code before the town ("10117 Berlin"); elsewhere "San Francisco, CA 94103". */
const POSTAL_CODE_FIRST = new Set(
  'AD AT BA BE BG CH CY CZ DE DK EE ES FI FO FR GL GR HR HU IL IS IT LI LT LU MC MD ME MK NL NO PL PT RO RS SE SI SK SM TR VA'.split(' '),
);

/** An address as the lines it is written in: street, the town's line, the country by name in `lang`. */
function addressLines(a: Address, lang: string): string[] {
  const postalFirst = POSTAL_CODE_FIRST.has(a.country);
  const town = postalFirst
    ? [a.postal_code, a.city, a.state].filter(Boolean).join(' ')
    : [a.city, [a.state, a.postal_code].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.line1, a.line2 ?? '', town, a.country ? countryName(lang, a.country) : ''].filter(Boolean);
}

/**
 * The customer's details: name, email, phone, billing address, shipping address and tax
 * IDs (type and number, e.g. an EU VAT number DE123456789), shown read-only, each address
 * in lines with its country named in the page's language; a field left empty says so.
 *
 * "Edit details" opens the form in its place (not a dialog): the fields the portal
 * configuration lets customers change (`allowed_updates`), the others read-only; with
 * none, there is no Edit and a note says whom to ask. The form's code is a chunk of its
 * own, fetched when the customer heads for Edit (pointer over or focus on it); Edit is
 * busy while it arrives, and if it cannot, says so and works again on the next press.
 *
 * The form is a native `<form>` with labelled inputs and autocomplete tokens, so browsers
 * fill it and password managers and assistive technology understand it; focus starts on
 * its first field the customer may change. Each field is checked as the customer saves
 * (required, email); an error the server finds lands on its field
 * (`address.postal_code`, `tax_ids.1.value`), marked invalid and described, with focus
 * on the first. Save sends one request with only what changed, however often it is
 * pressed, then shows the details the server stored, announces "Saved" and puts focus
 * back on Edit; on any error nothing typed is lost. Cancel drops what was typed and sends
 * nothing.
 *
 * @summary The customer's name, email, phone, addresses and tax IDs; Edit opens the form.
 * @fires portal-profile-updated - The details were saved; `detail.customer` is the profile the server stored.
 * @csspart title - The heading.
 * @csspart details - The details, read-only (a description list).
 * @csspart edit - The "Edit details" button.
 * @csspart form - The form.
 * @csspart group - Each group of fields (contact, billing address, shipping address, tax IDs).
 * @csspart input - Every text input and select.
 * @csspart error - A field's error message, or the message that the form could not load.
 * @csspart add - The "Add tax ID" button.
 * @csspart remove - A tax ID's "Remove" button.
 * @csspart save - The Save button.
 * @csspart cancel - The Cancel button.
 * @csspart announcement - The "Saved" confirmation.
 * @csspart message - The loading, signed-out or error message.
 * @csspart retry - The "Try again" button.
 * @cssprop [--portal-color-brand=#4f46e5] - The Save button and the focus ring.
 * @cssprop [--portal-color-brand-text] - Brand-coloured text (links) and the focus ring; defaults to the brand when it is readable on the surface, else the text colour.
 * @cssprop [--portal-color-on-danger] - Text on danger buttons; defaults to black or white, whichever contrasts with the danger colour.
 * @cssprop [--portal-color-surface=#ffffff] - Field and details background.
 * @cssprop [--portal-color-border=#dcdfe5] - Field and details borders.
 * @cssprop [--portal-color-danger=#b42318] - Field errors.
 * @cssprop [--portal-radius=8px] - Corner radius.
 */
export class PortalProfile extends LitElement {
  static override styles = [tokens, skeleton, controls, styles];
  /** The string namespaces it shows, with their English (other languages load lazily; the form's English comes with its code). */
  static i18n: ElementStrings = { profile, profileForm: null };

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected store?: PortalStore;

  /** What the live region says: "Saved.", a tax ID removed, nothing to save. */
  @state() private announcement = '';
  /** The form's code is on its way: Edit is busy. */
  @state() private loadingForm = false;
  /** The form's code could not load. */
  @state() private problem = '';

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  readonly #profile = new ResourceController<ResourceState<Profile>>(this, () => this.store?.customer);
  /** The form, once its code has loaded. */
  #form?: InstanceType<FormModule['ProfileForm']>;
  #focusEdit = false;

  readonly #ctx: FormContext = {
    store: () => this.store,
    i18n: this.#i18n,
    profile: () => this.#profile.state?.data,
    announce: (message) => {
      this.announcement = message;
    },
    closed: () => {
      this.#focusEdit = true;
      this.requestUpdate();
    },
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed as Map<PropertyKey, unknown>).has('store')) {
      this.#form?.close();
      this.announcement = '';
      this.problem = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusEdit) {
      this.#focusEdit = false;
      this.renderRoot.querySelector<HTMLElement>('[part="edit"]')?.focus();
    }
  }

  /** Edit: the form in place of the details, once its code is here. */
  #edit = async () => {
    if (this.loadingForm || this.#form?.isOpen) return;
    if (!this.#form) {
      this.loadingForm = true;
      this.problem = '';
      try {
        const module = await formChunk.load();
        this.#form ??= new module.ProfileForm(this, this.#ctx);
      } catch {
        this.problem = this.#i18n.term('error.network');
        return;
      } finally {
        this.loadingForm = false;
      }
    }
    this.problem = '';
    this.announcement = '';
    this.#form.open();
  };

  // ── Rendering ───────────────────────────────────────────────────────────────

  protected override render() {
    const t = this.#i18n;
    const state = this.#profile.state;
    return html`
      <section aria-labelledby="title">
        <h2 id="title" part="title">${t.term('profile.title')}</h2>
        ${state ? this.#renderState(state) : html`<p part="message" class="message">${t.term('profile.signedOut')}</p>`}
      </section>
    `;
  }

  #renderState(state: ResourceState<Profile>) {
    const t = this.#i18n;
    const data = state.data;
    if (!data) {
      if (state.status === 'error') {
        const canRetry = state.error?.kind !== 'expired' && state.error?.kind !== 'unauthenticated';
        return html`<div part="message" class="message error" role="alert">
          <span>${t.errorMessage(state.error)}</span>
          ${canRetry
            ? html`<button part="retry" type="button" @click=${() => void this.store?.customer.load()}>${t.term('action.retry')}</button>`
            : nothing}
        </div>`;
      }
      return html`<div class="skeleton" aria-busy="true">
        <span class="visually-hidden">${t.term('profile.loading')}</span>
        ${[0, 1, 2].map(() => html`<div class="bone" aria-hidden="true"></div>`)}
      </div>`;
    }
    const anyAllowed = data.allowed_updates.length > 0;
    return html`
      ${anyAllowed ? nothing : html`<p class="note">${t.term('profile.allReadOnly')}</p>`}
      ${this.#form?.isOpen ? this.#form.render() : this.#details(data, anyAllowed)}
      <div role="status" part="announcement" class="announcement">
        ${this.announcement ? html`<p class="notice">${this.announcement}</p>` : nothing}
      </div>
    `;
  }

  /** The details, read-only, and Edit. */
  #details(p: Profile, editable: boolean) {
    const t = this.#i18n;
    const lang = t.lang;
    const none = html`<span class="empty">${t.term('profile.notProvided')}</span>`;
    // The customer's words keep their own direction (a street or phone number inside Arabic, a Hebrew name inside English).
    const own = (value: string | null) => (value ? html`<bdi>${value}</bdi>` : none);
    const lines = (values: string[]) => (values.length ? values.map((line) => html`<span class="line"><bdi>${line}</bdi></span>`) : none);
    const row = (field: string, term: string, value: unknown) => html`<div data-field=${field}><dt>${term}</dt><dd>${value}</dd></div>`;
    const shipping = p.shipping;
    return html`
      <dl part="details" class="details panel">
        ${row('name', t.term('profile.name'), own(p.name))} ${row('email', t.term('profile.email'), own(p.email))}
        ${row('phone', t.term('profile.phone'), own(p.phone))}
        ${row('address', t.term('profile.billing'), lines(p.address ? addressLines(p.address, lang) : []))}
        ${row(
          'shipping',
          t.term('profile.shipping'),
          lines(shipping ? [shipping.name, ...addressLines(shipping.address, lang), shipping.phone ?? ''].filter(Boolean) : []),
        )}
        ${row(
          'tax_ids',
          t.term('profile.taxIds'),
          p.tax_ids.length
            ? html`<ul class="tax-list">
                ${p.tax_ids.map((tax) => html`<li><span class="tax-type">${this.#taxType(tax.type)}</span> <bdi class="tax-value">${tax.value}</bdi></li>`)}
              </ul>`
            : none,
        )}
      </dl>
      ${editable ? this.#editButton() : nothing}
    `;
  }

  /** A tax ID type's name ("EU VAT number"); a type the kit has no name for, as the API spells it. */
  #taxType(type: string): string {
    const key = `profile.taxType.${type}` as 'profile.taxType.eu_vat';
    const name = this.#i18n.term(key);
    return name === key ? type : name;
  }

  #editButton(): TemplateResult {
    const busy = this.loadingForm;
    return html`
      <div class="footer">
        <button
          part="edit"
          type="button"
          aria-busy=${busy ? 'true' : 'false'}
          aria-describedby=${this.problem ? 'edit-problem' : nothing}
          @pointerover=${prefetch}
          @focusin=${prefetch}
          @click=${this.#edit}
        >
          ${this.#i18n.term('profile.edit')}
        </button>
        ${this.problem ? html`<p part="error" class="form-error" id="edit-problem" role="alert">${this.problem}</p>` : nothing}
      </div>
    `;
  }
}
